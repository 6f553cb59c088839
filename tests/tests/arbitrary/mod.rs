//! What the round-trip properties share: the case count, arbitrary strings,
//! numbers that JSON carries, and the checks of a rendered path (against
//! `opwire_tests::oracle`).
//!
//! `PROPTEST_CASES=N` sets the number of cases of every property (default
//! [`DEFAULT_CASES`]); failures are recorded under `tests/proptest-regressions/`
//! and replayed first on every later run.

// Each test binary uses a part of this module.
#![allow(dead_code)]

use opwire::Segment;
use opwire_tests::oracle::aws_encode;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, FileFailurePersistence};

/// Cases per property when `PROPTEST_CASES` is not set: enough to reach every
/// operation, variant and optional field many times, and a few seconds per
/// property in a debug build.
pub const DEFAULT_CASES: u32 = 256;

/// The configuration of every property: `PROPTEST_CASES` or
/// [`DEFAULT_CASES`], failures persisted to `regressions` (relative to the
/// `tests/` package, where `cargo test` runs integration tests).
pub fn config(regressions: &'static str) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(regressions))),
        ..Config::default()
    }
}

/// Characters a URI or a JSON string treats specially.
const SPECIAL: &[char] = &[
    '/', '%', '?', '#', '.', ' ', '+', '&', '=', ';', ':', '@', '!', '$', '\'', '(', ')', '*', ',',
    '"', '\\', '<', '>', '[', ']', '{', '}', '|', '^', '`', '~', '-', '_',
];

/// Whole pieces that have tripped up path and JSON code elsewhere: dot
/// segments, escapes valid and not, line and BOM characters, combining
/// marks, characters whose case mapping changes their length, non-BMP ones.
const PIECES: &[&str] = &[
    ".",
    "..",
    "/",
    "%",
    "%2F",
    "%2f",
    "%25",
    "%%",
    "%zz",
    "%G1",
    "%C3%A9",
    "%FF",
    "?",
    "#",
    "?a=b",
    "&",
    "+",
    " ",
    "a/b",
    "../..",
    "./",
    "\0",
    "\r\n",
    "\t",
    "\u{7f}",
    "\u{85}",
    "\u{feff}",
    "\u{2028}",
    "\u{fffd}",
    "\u{ffff}",
    "😀",
    "\u{10ffff}",
    "𝄞",
    "é",
    "e\u{301}",
    "İ",
    "ß",
    "\"",
    "\\",
    "\\u0000",
    "null",
    "{}",
    "[]",
    "<appId>",
    "{appId}",
    "*",
    "~",
];

/// One character: URI and JSON specials, C0 and C1 controls, non-BMP
/// characters, ASCII letters and digits, or any `char`.
pub fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => select(SPECIAL),
        2 => prop_oneof![
            proptest::char::range('\0', '\u{1f}'),
            Just('\u{7f}'),
            proptest::char::range('\u{80}', '\u{9f}'),
        ],
        2 => proptest::char::range('\u{10000}', '\u{10ffff}'),
        2 => prop_oneof![
            proptest::char::range('a', 'z'),
            proptest::char::range('A', 'Z'),
            proptest::char::range('0', '9'),
        ],
        2 => any::<char>(),
    ]
}

/// An arbitrary Unicode string: short ones of [`any_char`], runs of tricky
/// pieces (`..`, `%2F`, `?a=b`, …), the empty string, and long ones
/// ([`long_text`]).
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => vec(any_char(), 0..16).prop_map(String::from_iter),
        3 => vec(select(PIECES), 0..6).prop_map(|pieces| pieces.concat()),
        1 => long_text(),
    ]
}

/// A long string, 256 to 2047 characters of the same kinds as [`any_char`],
/// drawn from a seed: one value for proptest to shrink instead of one per
/// character keeps long strings cheap in a debug build.
pub fn long_text() -> impl Strategy<Value = String> {
    (any::<u64>(), 256..2048usize).prop_map(|(seed, len)| {
        let mut state = seed | 1;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..len)
            .map(|_| {
                let x = next();
                let pick = (x >> 8) as usize;
                let code = match x % 5 {
                    0 => u32::from(SPECIAL[pick % SPECIAL.len()]),
                    1 => [pick % 0x20, 0x7f, 0x80 + pick % 0x20][pick % 3] as u32,
                    2 => 0x10000 + (pick % 0x10_0000) as u32,
                    3 => u32::from(b"abcXYZ019"[pick % 9]),
                    _ => (pick % 0x11_0000) as u32,
                };
                char::from_u32(code).unwrap_or('\u{fffd}')
            })
            .collect()
    })
}

/// A path label: [`text`] but never empty (an empty label is a
/// `BuildError`, checked on its own).
pub fn label() -> impl Strategy<Value = String> {
    text().prop_filter("a path label is never empty", |text| !text.is_empty())
}

/// `i32` with its edges weighted: the ends of the range, 0 and ±1, the
/// model's 1..=25 of `maxResults` and just past it.
pub fn any_i32() -> impl Strategy<Value = i32> {
    prop_oneof![
        1 => select(&[i32::MIN, i32::MIN + 1, -1, 0, 1, 25, 26, i32::MAX - 1, i32::MAX][..]),
        3 => any::<i32>(),
    ]
}

/// Doubles at the edges of `f64`.
pub const F64_EDGES: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.1,
    0.5,
    f64::MAX,
    f64::MIN,
    f64::MIN_POSITIVE,
    -f64::MIN_POSITIVE,
    5e-324,
    -5e-324,
    2.225_073_858_507_201e-308,
    f64::EPSILON,
    9_007_199_254_740_992.0,
    -9_007_199_254_740_992.0,
    4_294_967_295.0,
    1e22,
    1e23,
    1e308,
];

/// The doubles of the properties: the edges above, and any finite double
/// (opwire's serde_json reads every finite double back to the same bits:
/// it is built with `float_roundtrip`).
pub fn double() -> impl Strategy<Value = f64> {
    prop_oneof![1 => select(F64_EDGES), 3 => any_finite_f64()]
}

/// Every finite double, sign and subnormals included.
pub fn any_finite_f64() -> impl Strategy<Value = f64> {
    use proptest::num::f64::{NEGATIVE, NORMAL, POSITIVE, SUBNORMAL, ZERO};
    NORMAL | SUBNORMAL | ZERO | POSITIVE | NEGATIVE
}

/// `segments` rendered with `labels`, by [`aws_encode`].
pub fn expected_path(segments: &[Segment], labels: &[&str]) -> String {
    let mut labels = labels.iter();
    let mut path = String::new();
    for segment in segments {
        path.push('/');
        match segment {
            Segment::Literal(text) => path.push_str(text),
            Segment::Label { .. } | Segment::Greedy { .. } => {
                path.push_str(&aws_encode(labels.next().expect("one value per label")));
            }
        }
    }
    if path.is_empty() {
        path.push('/');
    }
    path
}

/// A path opwire rendered: it parses as an `http::Uri` with that path and
/// no query, has one `/`-separated piece per segment (so no non-greedy label
/// put a raw `/` in it), its literals as written and each label as
/// [`aws_encode`] writes it, only unreserved bytes and `%XX` escapes.
pub fn check_path(path: &str, segments: &[Segment], labels: &[&str]) -> Result<(), TestCaseError> {
    let uri: http::Uri = path
        .parse()
        .map_err(|err| TestCaseError::fail(format!("`{path}` is not a URI: {err}")))?;
    prop_assert_eq!(uri.path(), path);
    prop_assert_eq!(uri.query(), None);
    prop_assert!(uri.scheme().is_none() && uri.authority().is_none());
    let pieces: Vec<&str> = path
        .strip_prefix('/')
        .expect("an absolute path")
        .split('/')
        .collect();
    prop_assert_eq!(
        pieces.len(),
        segments.len(),
        "one piece per segment: {}",
        path
    );
    let mut labels = labels.iter();
    for (piece, segment) in pieces.iter().zip(segments) {
        match segment {
            Segment::Literal(text) => prop_assert_eq!(piece, text),
            Segment::Label { name, .. } => {
                let value = labels.next().expect("one value per label");
                prop_assert!(!piece.is_empty() && !piece.contains('/'), "<{}>", name);
                prop_assert!(
                    piece
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
                    "<{}> = {:?}",
                    name,
                    piece
                );
                prop_assert_eq!(*piece, aws_encode(value), "<{}>", name);
            }
            Segment::Greedy { .. } => prop_assert!(false, "no greedy labels here"),
        }
    }
    Ok(())
}
