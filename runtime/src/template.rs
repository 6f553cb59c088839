//! Path templates as data: the segments the macro emits as a `const`, and the
//! generic code that renders a path from them and matches a path against them.

use std::fmt::{self, Write as _};

use crate::encoding::{EncodingWriter, GREEDY, LABEL};
use crate::error::BuildError;

/// Most labels one template may have; captures live on the stack.
pub const MAX_LABELS: usize = 16;

/// One `/`-separated segment of a path template.
///
/// `#[operation]` emits a template's segments as a `const` table, available
/// as [`Operation::SEGMENTS`](crate::Operation::SEGMENTS).
///
/// ```
/// use opwire::Segment;
///
/// // "/backend/<appId>/details"
/// const SEGMENTS: &[Segment] = &[
///     Segment::Literal("backend"),
///     Segment::Label { name: "appId", field: "app_id" },
///     Segment::Literal("details"),
/// ];
/// assert_eq!(SEGMENTS[1].label_name(), Some("appId"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Text matched and rendered as written.
    Literal(&'static str),
    /// `<name>`: one whole segment, bound to the struct field `field`.
    Label {
        /// The placeholder's name as written in the template.
        name: &'static str,
        /// The struct field it binds to.
        field: &'static str,
    },
    /// `<name..>`: the rest of the path, `/` included; always last.
    Greedy {
        /// The placeholder's name as written in the template.
        name: &'static str,
        /// The struct field it binds to.
        field: &'static str,
    },
}

impl Segment {
    /// The placeholder name of a label or greedy label.
    pub const fn label_name(&self) -> Option<&'static str> {
        match self {
            Segment::Literal(_) => None,
            Segment::Label { name, .. } | Segment::Greedy { name, .. } => Some(name),
        }
    }

    /// The struct field a label or greedy label binds to.
    pub const fn field(&self) -> Option<&'static str> {
        match self {
            Segment::Literal(_) => None,
            Segment::Label { field, .. } | Segment::Greedy { field, .. } => Some(field),
        }
    }
}

/// Displays segments as a template string: `/backend/<appId>/<rest..>`.
pub(crate) struct Template<'a>(pub(crate) &'a [Segment]);

impl fmt::Display for Template<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_char('/');
        }
        for segment in self.0 {
            match segment {
                Segment::Literal(text) => write!(f, "/{text}")?,
                Segment::Label { name, .. } => write!(f, "/<{name}>")?,
                Segment::Greedy { name, .. } => write!(f, "/<{name}..>")?,
            }
        }
        Ok(())
    }
}

/// The `n`-th label (greedy included) of a template.
pub(crate) fn nth_label(segments: &'static [Segment], n: usize) -> Option<&'static Segment> {
    segments.iter().filter(|s| s.label_name().is_some()).nth(n)
}

/// Renders a path from `segments`, taking one value per label in order.
///
/// Label values are percent-encoded as AWS SDKs encode them; an empty label is
/// an error naming its field.
pub(crate) fn render_path(
    segments: &'static [Segment],
    values: &[&dyn fmt::Display],
) -> Result<String, BuildError> {
    let literal_len: usize = segments
        .iter()
        .map(|s| match s {
            Segment::Literal(text) => text.len() + 1,
            _ => 17,
        })
        .sum();
    let mut out = String::with_capacity(literal_len.max(1));
    render_path_into(&mut out, segments, values)?;
    Ok(out)
}

pub(crate) fn render_path_into(
    out: &mut String,
    segments: &'static [Segment],
    values: &[&dyn fmt::Display],
) -> Result<(), BuildError> {
    if segments.is_empty() {
        out.push('/');
        return Ok(());
    }
    let mut values = values.iter();
    for segment in segments {
        out.push('/');
        let (set, name, field) = match segment {
            Segment::Literal(text) => {
                out.push_str(text);
                continue;
            }
            Segment::Label { name, field } => (LABEL, *name, *field),
            Segment::Greedy { name, field } => (GREEDY, *name, *field),
        };
        let value = values
            .next()
            .ok_or(BuildError::EmptyLabel { label: name, field })?;
        let mut writer = EncodingWriter::new(out, set);
        write!(writer, "{value}").map_err(|_| BuildError::Display { field })?;
        if !writer.written() {
            return Err(BuildError::EmptyLabel { label: name, field });
        }
    }
    Ok(())
}

/// The raw (still percent-encoded) label values of a matched path, in
/// template order. Borrowed from the request path: matching never allocates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Captures<'p> {
    // `Option` so that a fresh array is all zeroes: a cheap fill.
    values: [Option<&'p str>; MAX_LABELS],
    len: usize,
}

impl<'p> Captures<'p> {
    /// No captures yet.
    pub(crate) const fn new() -> Self {
        Captures {
            values: [None; MAX_LABELS],
            len: 0,
        }
    }

    /// The `index`-th raw label value.
    pub(crate) fn get(&self, index: usize) -> Option<&'p str> {
        self.values[..self.len].get(index).copied().flatten()
    }

    /// How many labels were captured.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Appends a value; `false` when [`MAX_LABELS`] are already held.
    pub(crate) fn push(&mut self, value: &'p str) -> bool {
        match self.values.get_mut(self.len) {
            Some(slot) => {
                *slot = Some(value);
                self.len += 1;
                true
            }
            None => false,
        }
    }

    pub(crate) fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

impl Default for Captures<'_> {
    fn default() -> Self {
        Captures::new()
    }
}

/// The first segment of `rest` (a path after one of its `/`) and what
/// follows that segment's `/`, if one does.
///
/// The step both matchers take: [`match_path`] walks one template, the
/// router's trie walks every route at once. Besides it they share three
/// rules: a literal compares exactly, a label takes one non-empty segment,
/// and a greedy label takes the non-empty rest. The trie's tests check that
/// the two agree on the same templates and paths.
#[inline]
pub(crate) fn split_segment(rest: &str) -> (&str, Option<&str>) {
    // A plain loop: segments are short, shorter than memchr's setup.
    match rest.bytes().position(|b| b == b'/') {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    }
}

/// Matches `path` against one template; the captured raw labels on success.
///
/// Literal segments compare exactly; a label takes one non-empty segment; a
/// greedy label takes the non-empty rest. `.` and `..` are ordinary values.
/// [`Operation::from_request`](crate::Operation::from_request) matches
/// with it, since it has one template and no router; building a trie for
/// one template would allocate per call.
pub(crate) fn match_path<'p>(segments: &[Segment], path: &'p str) -> Option<Captures<'p>> {
    let mut captures = Captures::new();
    let mut rest = path.strip_prefix('/')?;
    if segments.is_empty() {
        return rest.is_empty().then_some(captures);
    }
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        if let Segment::Greedy { .. } = segment {
            if rest.is_empty() || i != last || !captures.push(rest) {
                return None;
            }
            return Some(captures);
        }
        let (head, tail) = split_segment(rest);
        match segment {
            Segment::Literal(text) if *text == head => {}
            Segment::Label { .. } if !head.is_empty() => {
                if !captures.push(head) {
                    return None;
                }
            }
            _ => return None,
        }
        match tail {
            Some(tail) if i < last => rest = tail,
            None if i == last => return Some(captures),
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[Segment] = &[
        Segment::Literal("prod"),
        Segment::Literal("backend"),
        Segment::Label {
            name: "appId",
            field: "app_id",
        },
        Segment::Literal("storage"),
        Segment::Label {
            name: "backendEnvironmentName",
            field: "backend_environment_name",
        },
        Segment::Literal("import"),
    ];
    const GREEDY_TAIL: &[Segment] = &[
        Segment::Literal("files"),
        Segment::Greedy {
            name: "key",
            field: "key",
        },
    ];

    #[test]
    fn renders_and_matches_the_seed_template() {
        let path = render_path(SEED, &[&"app 1", &"a/b"]).unwrap();
        assert_eq!(path, "/prod/backend/app%201/storage/a%2Fb/import");
        let captures = match_path(SEED, &path).unwrap();
        assert_eq!(captures.get(0), Some("app%201"));
        assert_eq!(captures.get(1), Some("a%2Fb"));
        assert_eq!(captures.len(), 2);
    }

    #[test]
    fn empty_label_is_an_error_naming_the_field() {
        let err = render_path(SEED, &[&"", &"x"]).unwrap_err();
        assert!(matches!(
            err,
            BuildError::EmptyLabel {
                label: "appId",
                field: "app_id"
            }
        ));
    }

    #[test]
    fn matching_is_exact() {
        for path in [
            "/prod/backend/a/storage/b/import/",
            "/prod/backend//storage/b/import",
            "/prod/backend/a/storage/b",
            "prod/backend/a/storage/b/import",
            "/prod/backend/a/storage/b/import/x",
        ] {
            assert!(match_path(SEED, path).is_none(), "{path}");
        }
        assert!(match_path(SEED, "/prod/backend/../storage/./import").is_some());
    }

    #[test]
    fn greedy_takes_the_rest() {
        assert_eq!(
            render_path(GREEDY_TAIL, &[&"a/b c"]).unwrap(),
            "/files/a/b%20c"
        );
        let captures = match_path(GREEDY_TAIL, "/files/a/b/").unwrap();
        assert_eq!(captures.get(0), Some("a/b/"));
        assert!(match_path(GREEDY_TAIL, "/files/").is_none());
        assert!(match_path(GREEDY_TAIL, "/files").is_none());
    }

    #[test]
    fn root_template() {
        assert_eq!(render_path(&[], &[]).unwrap(), "/");
        assert!(match_path(&[], "/").is_some());
        assert!(match_path(&[], "/a").is_none());
    }
}
