//! The path template: `"/backend/<appId>/files/<key..>"` into segments, with
//! an error for each mistake in it.

use syn::LitStr;

use crate::ctxt::Ctxt;

/// Most labels one template may have (the runtime's `MAX_LABELS`).
const MAX_LABELS: usize = 16;

pub struct Template {
    pub lit: LitStr,
    pub segments: Vec<Segment>,
    /// No mistake was found: the placeholders are all known.
    pub valid: bool,
}

pub enum Segment {
    Literal(String),
    Label(Label),
}

pub struct Label {
    pub name: String,
    pub greedy: bool,
}

impl Template {
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.segments.iter().filter_map(|segment| match segment {
            Segment::Label(label) => Some(label),
            Segment::Literal(_) => None,
        })
    }

    /// Parses the template, reporting every mistake (spanned on the string).
    pub fn parse(cx: &Ctxt, lit: &LitStr) -> Template {
        let mut errors = Vec::new();
        let segments = segments(&lit.value(), &mut errors);
        for message in &errors {
            cx.error_spanned_by(lit, message);
        }
        Template {
            lit: lit.clone(),
            segments,
            valid: errors.is_empty(),
        }
    }
}

/// The segments of `text`; each mistake goes to `errors`.
fn segments(text: &str, errors: &mut Vec<String>) -> Vec<Segment> {
    let mut segments = Vec::new();
    if text.is_empty() {
        errors.push(
            "the path template is empty; it starts with `/`, such as \"/backend/<appId>\"".into(),
        );
        return segments;
    }
    let Some(rest) = text.strip_prefix('/') else {
        errors.push(format!(
            "the path template \"{text}\" is relative; it must start with `/`, as in \"/{text}\""
        ));
        return segments;
    };
    let mut fail = |message: String| errors.push(format!("{message} in path template \"{text}\""));
    if let Some(ch) = rest.chars().find(|ch| matches!(ch, '?' | '#')) {
        fail(format!(
            "`{ch}` is not allowed: query parameters are fields marked `#[query(\"name\")]`"
        ));
        return segments;
    }
    if rest.is_empty() {
        return segments;
    }
    let parts: Vec<&str> = rest.split('/').collect();
    let last = parts.len() - 1;
    let mut seen: Vec<String> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            if i == last {
                fail("a trailing `/` is not allowed".to_owned());
            } else {
                fail("`//` (an empty segment) is not allowed".to_owned());
            }
            continue;
        }
        // `{appId}` and `{key+}`: the AWS model's and OpenAPI's syntax.
        if let Some(inner) = part
            .strip_prefix('{')
            .and_then(|part| part.strip_suffix('}'))
        {
            let placeholder = match inner.strip_suffix('+') {
                Some(name) => format!("<{name}..>"),
                None => format!("<{inner}>"),
            };
            fail(format!(
                "`{part}` is the AWS model's placeholder syntax; opwire's is `{placeholder}`"
            ));
            continue;
        }
        if !part.contains(['<', '>']) {
            match literal_error(part) {
                Some(message) => fail(message),
                None => segments.push(Segment::Literal((*part).to_owned())),
            }
            continue;
        }
        let label = match parse_label(part) {
            Ok(label) => label,
            Err(message) => {
                fail(message);
                continue;
            }
        };
        if label.greedy && i != last {
            fail(format!(
                "the greedy placeholder `<{}..>` must be the last segment",
                label.name
            ));
        }
        if seen.contains(&label.name) {
            fail(format!("the placeholder `<{}>` appears twice", label.name));
            continue;
        }
        seen.push(label.name.clone());
        segments.push(Segment::Label(label));
    }
    if seen.len() > MAX_LABELS {
        fail(format!(
            "{} placeholders is more than the {MAX_LABELS} supported",
            seen.len()
        ));
    }
    segments
}

/// `<name>` or `<name..>`, as a whole segment.
fn parse_label(part: &str) -> Result<Label, String> {
    let Some(open) = part.find('<') else {
        return Err(format!("`>` without `<` in segment `{part}`"));
    };
    let Some(close) = part[open..].find('>').map(|at| at + open) else {
        return Err(format!("unclosed `<` in segment `{part}`; write `<name>`"));
    };
    if open != 0 || close != part.len() - 1 {
        return Err(format!(
            "the placeholder in `{part}` must be a whole segment, such as `/<name>/`"
        ));
    }
    let inner = &part[1..part.len() - 1];
    let (name, greedy) = match inner.strip_suffix("..") {
        Some(name) => (name, true),
        None => (inner, false),
    };
    if name.is_empty() {
        return Err(format!(
            "empty placeholder `{part}`; name it, such as `<appId>`"
        ));
    }
    if !name
        .chars()
        .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-')
        || name.starts_with(|ch: char| ch.is_ascii_digit())
    {
        return Err(format!(
            "invalid placeholder name `{name}`: use letters, digits, `_` and `-`"
        ));
    }
    Ok(Label {
        name: name.to_owned(),
        greedy,
    })
}

/// Why a literal segment can't go on the wire as written, if it can't.
fn literal_error(part: &str) -> Option<String> {
    if part == "." || part == ".." {
        return Some(format!(
            "the segment `{part}` is not allowed: clients resolve it away"
        ));
    }
    let bad = part
        .chars()
        .find(|&ch| !(ch.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(ch)))?;
    Some(format!(
        "`{}` in segment `{part}` must be percent-encoded on the wire; literal segments use only unreserved characters",
        bad.escape_debug()
    ))
}
