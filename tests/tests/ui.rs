//! Compile-time errors: one file per mistake in `tests/ui/`, each with the
//! `.stderr` it must produce (`TRYBUILD=overwrite` rewrites them); and a
//! check that every message the macros can emit is in one of them.

use std::path::{Path, PathBuf};

#[test]
fn mistakes_fail_to_compile_with_pointed_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}

/// Texts in the macros' source that are not diagnostics: internal panics
/// and generated documentation.
const NOT_DIAGNOSTICS: &[&str] = &[
    "checked against KEYS",
    "checked against CORS_KEYS",
    "Ctxt used after check",
    "Ctxt checked twice",
    "forgot to check for errors",
    "The declared errors of [`",
];

#[test]
fn every_message_the_macros_can_emit_has_a_ui_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut expected = String::new();
    for file in files(&root.join("tests/ui"), "stderr") {
        expected.push_str(&std::fs::read_to_string(file).unwrap());
    }
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in files(&root.join("macros/src"), "rs") {
        if file.ends_with("golden.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        // Unit tests' strings are not messages.
        let source = source.split("#[cfg(test)]\nmod tests").next().unwrap();
        for text in messages(source) {
            checked += 1;
            if !expected.contains(&text) && !NOT_DIAGNOSTICS.contains(&text.as_str()) {
                let name = file.strip_prefix(&root).unwrap_or(&file).display();
                missing.push(format!("{name}: {text}"));
            }
        }
    }
    assert!(
        checked > 80,
        "only {checked} messages found: is the scan broken?"
    );
    assert!(
        missing.is_empty(),
        "{} of {checked} messages have no tests/ui case that shows them:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// The files under `dir` (recursively) named `*.{ext}`, sorted.
/// What the compiler says about a mistake names the user's types and
/// opwire's public items, never the glue behind `opwire::__private`.
#[test]
fn no_diagnostic_names_a_private_item() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let mut naming = Vec::new();
    for file in files(&root, "stderr") {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().filter(|line| line.contains("__private")) {
            naming.push(format!("{}: {line}", file.display()));
        }
    }
    assert!(
        naming.is_empty(),
        "diagnostics that name `__private`:\n{}",
        naming.join("\n")
    );
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The fixed text of each message-like string literal in `source` outside
/// comments and `quote!` blocks: its longest piece between `{…}`
/// placeholders, when that is at least 16 characters with a space.
fn messages(source: &str) -> Vec<String> {
    let source = without_quote_blocks(source);
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            // `'"'` and `'\"'` are characters, not strings.
            '\'' if chars.get(i + 1) == Some(&'"') => i += 3,
            '\'' if chars.get(i + 1) == Some(&'\\') => i += 4,
            '"' => {
                let (text, end) = literal(&chars, i + 1);
                i = end;
                let fixed = text
                    .split('{')
                    .flat_map(|piece| piece.split('}'))
                    .enumerate()
                    .filter(|(n, _)| n % 2 == 0)
                    .map(|(_, piece)| piece.trim())
                    .max_by_key(|piece| piece.len())
                    .unwrap_or("")
                    .to_owned();
                if fixed.len() >= 16 && fixed.contains(' ') {
                    out.push(fixed);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// A string literal's text from just after its `"`: escapes read, a
/// line continuation's white space dropped; and where it ends.
fn literal(chars: &[char], mut i: usize) -> (String, usize) {
    let mut text = String::new();
    while i < chars.len() && chars[i] != '"' {
        if chars[i] == '\\' {
            i += 1;
            match chars.get(i) {
                Some('\n') => {
                    while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                        i += 1;
                    }
                }
                Some('n') => text.push('\n'),
                Some(&c) => text.push(c),
                None => {}
            }
        } else {
            text.push(chars[i]);
        }
        i += 1;
    }
    (text, i)
}

/// `source` without the bodies of `quote!`, `quote_spanned!` and
/// `parse_quote!`: generated code, not messages.
fn without_quote_blocks(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(at) = ["quote!", "quote_spanned!", "parse_quote!"]
        .iter()
        .filter_map(|name| rest.find(name))
        .min()
    {
        out.push_str(&rest[..at]);
        let body = &rest[at..];
        let Some(open) = body.find(['(', '{', '[']) else {
            rest = "";
            break;
        };
        let mut depth = 0;
        let mut end = body.len();
        for (n, c) in body[open..].char_indices() {
            match c {
                '(' | '{' | '[' => depth += 1,
                ')' | '}' | ']' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = open + n + 1;
                break;
            }
        }
        rest = &body[end..];
    }
    out.push_str(rest);
    out
}
