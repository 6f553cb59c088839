//! The path to the value a JSON parse failed at, found from the error's
//! position in the text: no second, path-tracking parse of the typed value
//! (which would compile every body type's decoding twice).
//!
//! serde_json places a value's error just past the value (an object's, such
//! as a missing member, past its `}`), and opwire's visitors raise their
//! errors while the parser is still there; a value of the wrong type is
//! refused at its first byte, before it is read. So the path is the member
//! names and list positions of the containers open at that point, each
//! naming the value it was reading last or is about to read.

use std::fmt;

/// Where a value sits in a JSON document: `.` for the document itself,
/// else member names and list positions, as `config.members[2].name`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Path(Vec<Step>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Member(String),
    Index(usize),
}

impl Path {
    pub(crate) fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn steps(&self) -> &[Step] {
        &self.0
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str(".");
        }
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Member(name) if i == 0 => f.write_str(name)?,
                Step::Member(name) => write!(f, ".{name}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// The path of the value being read when a parse of `text` (well-formed
/// JSON) stopped at line `line`, column `column`, as serde_json counts them
/// (line from 1, column in bytes from the line's start; line 0: no
/// position, the document).
pub(crate) fn at(text: &str, line: usize, column: usize) -> Path {
    match offset(text, line, column) {
        Some(offset) => open_at(text.as_bytes(), offset),
        None => Path::default(),
    }
}

fn offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = match line {
        0 => return None,
        1 => 0,
        _ => text.match_indices('\n').nth(line - 2)?.0 + 1,
    };
    Some((start + column).min(text.len()))
}

/// A container open at the offset, and the value it was reading last.
enum Open {
    /// An object: its member whose value started (after the `:`), and the
    /// name just read (before the `:`).
    Object {
        member: Option<String>,
        name: Option<String>,
    },
    /// A list: how many elements started, and whether one is being read.
    List { started: usize, reading: bool },
}

fn open_at(text: &[u8], offset: usize) -> Path {
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < offset {
        let byte = text[i];
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b':' => {
                if let Some(Open::Object { member, name }) = open.last_mut() {
                    *member = name.take();
                }
            }
            b',' => match open.last_mut() {
                Some(Open::Object { member, .. }) => *member = None,
                Some(Open::List { reading, .. }) => *reading = false,
                None => {}
            },
            b'}' | b']' => {
                open.pop();
            }
            _ => {
                let is_name = matches!(open.last(), Some(Open::Object { member: None, .. }));
                if !is_name {
                    start_element(&mut open);
                }
                match byte {
                    b'{' => open.push(Open::Object {
                        member: None,
                        name: None,
                    }),
                    b'[' => open.push(Open::List {
                        started: 0,
                        reading: false,
                    }),
                    b'"' => {
                        let end = string_end(text, i);
                        if is_name {
                            if let Some(Open::Object { name, .. }) = open.last_mut() {
                                *name = Some(member_name(&text[i..end]));
                            }
                        }
                        i = end;
                        continue;
                    }
                    // A number, `true`, `false` or `null`: up to a delimiter.
                    _ => {
                        while i + 1 < text.len()
                            && !matches!(
                                text[i + 1],
                                b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'
                            )
                        {
                            i += 1;
                        }
                    }
                }
            }
        }
        i += 1;
    }
    // An element's type error comes before the element is read, at its
    // first byte (serde_json peeks at it): that element is the one.
    let next = text[offset.min(text.len())..]
        .iter()
        .find(|byte| !super::is_json_whitespace(byte));
    if next.is_some_and(|byte| !matches!(byte, b']' | b',' | b'}' | b':')) {
        start_element(&mut open);
    }
    Path(
        open.into_iter()
            .filter_map(|open| match open {
                Open::Object { member, .. } => member.map(Step::Member),
                Open::List { started, reading } => reading.then(|| Step::Index(started - 1)),
            })
            .collect(),
    )
}

/// A value starts: in a list, its next element.
fn start_element(open: &mut [Open]) {
    if let Some(Open::List { started, reading }) = open.last_mut() {
        if !*reading {
            *started += 1;
            *reading = true;
        }
    }
}

/// The index just past the string that starts at `start` (its `"`).
fn string_end(text: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < text.len() {
        match text[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    text.len()
}

/// A member name token (quotes and escapes included) as its text.
fn member_name(token: &[u8]) -> String {
    serde_json::from_slice(token)
        .unwrap_or_else(|_| String::from_utf8_lossy(token).trim_matches('"').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the end of `text`'s prefix up to the first `^` mark.
    fn path(marked: &str) -> String {
        let offset = marked.find('^').expect("a ^ mark");
        let text = marked.replace('^', "");
        open_at(text.as_bytes(), offset).to_string()
    }

    #[test]
    fn a_member_value_is_named_by_its_member() {
        assert_eq!(path(r#"{"a": 5^}"#), "a");
        assert_eq!(path(r#"{"a": "x"^, "b": 1}"#), "a");
        assert_eq!(path(r#"{"a": 1, "b": true^}"#), "b");
    }

    #[test]
    fn a_closed_object_is_named_by_its_member() {
        assert_eq!(path(r#"{"cfg": {"x": 1}^}"#), "cfg");
        assert_eq!(path(r#"{"x": 1}^"#), ".");
    }

    #[test]
    fn a_member_name_before_its_colon_is_not_yet_entered() {
        assert_eq!(path(r#"{"a": 1, "a"^: 2}"#), ".");
        assert_eq!(path(r#"{"a": 1,^ "b": 2}"#), ".");
    }

    #[test]
    fn list_elements_are_counted_from_zero() {
        assert_eq!(path(r#"{"l": [1, 2, "x"^]}"#), "l[2]");
        assert_eq!(path(r#"{"l": [{"a": 1}, {"a": "x"^}]}"#), "l[1].a");
        assert_eq!(path(r#"{"l": [1]^}"#), "l");
        assert_eq!(path(r#"[[1], [2, 3^]]"#), "[1][1]");
    }

    #[test]
    fn a_value_refused_at_its_first_byte_is_the_one_named() {
        assert_eq!(path(r#"{"l": ["a", ^[1]]}"#), "l[1]");
        assert_eq!(path(r#"{"l": [^{"a": 1}]}"#), "l[0]");
        assert_eq!(path(r#"{"a": ^[1]}"#), "a");
        assert_eq!(path(r#"{"l": [1, 2^]}"#), "l[1]");
    }

    #[test]
    fn strings_with_escapes_and_delimiters_are_skipped_whole() {
        assert_eq!(path(r#"{"a\"]}": "x,]}", "b\u0063": [true^]}"#), "bc[0]");
    }

    #[test]
    fn positions_count_bytes_on_the_error_line() {
        let text = "{\n  \"é\": {\n    \"x\": 1}\n}";
        assert_eq!(at(text, 3, 11).to_string(), "é");
        assert_eq!(at(text, 0, 0).to_string(), ".");
    }
}
