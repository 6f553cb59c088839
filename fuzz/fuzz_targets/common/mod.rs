//! What the fuzz targets share: drawing methods, paths and strings from the
//! fuzzer's bytes, a reference path matcher written apart from opwire's
//! trie, an independent percent-decoder and the checks every error response
//! must pass; with `opwire_tests::oracle`'s encoder, JSON comparison and
//! poll of a ready future.

// Each target uses a part of this module.
#![allow(dead_code)]

use std::collections::BTreeSet;

use bytes::Bytes;
use http::header::{ALLOW, CONTENT_TYPE};
use http::{Method, Response};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use opwire::Segment;
use opwire_tests::oracle::aws_encode;
use serde_json::Value;

pub mod overlap;

/// A method: a standard one, or any token (`post`, `PURGE`, …); `None` if
/// the bytes drawn are not a token.
pub fn method(u: &mut Unstructured<'_>) -> Result<Option<Method>> {
    const STANDARD: [Method; 9] = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
        Method::CONNECT,
    ];
    Ok(if u.ratio(7, 8)? {
        Some(u.choose(&STANDARD)?.clone())
    } else {
        Method::from_bytes(u.arbitrary::<&[u8]>()?).ok()
    })
}

/// A string: mostly one of `pool` (values used before, so that a later
/// request can name what an earlier one created) or of a few tricky ones,
/// else arbitrary.
pub fn string(u: &mut Unstructured<'_>, pool: &[String]) -> Result<String> {
    const TRICKY: &[&str] = &[
        "",
        ".",
        "..",
        "/",
        "%",
        "%2F",
        "%25",
        "%zz",
        "%FF",
        "?",
        "#",
        " ",
        "+",
        "a/b",
        "\0",
        "😀",
        "\u{10ffff}",
        "é",
        "S3",
        "app",
        "dev",
    ];
    Ok(match u.int_in_range(0..=3)? {
        0 if !pool.is_empty() => u.choose(pool)?.clone(),
        1 => (*u.choose(TRICKY)?).to_owned(),
        _ => u.arbitrary()?,
    })
}

/// A strict percent-decoder: `%XX` escapes with two hex digits, the result
/// UTF-8, `+` as itself; `None` otherwise.
pub fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let text = std::str::from_utf8(hex).ok()?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(text, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A path: arbitrary text, or `/`-joined pieces drawn from the routers'
/// literals, tricky strings, encoded labels and arbitrary text, with maybe a
/// trailing `/` and a query.
pub fn path(u: &mut Unstructured<'_>, literals: &[&'static str]) -> Result<String> {
    if u.ratio(1, 8)? {
        return u.arbitrary();
    }
    let count = u.int_in_range(0..=8)?;
    let mut path = String::new();
    for _ in 0..count {
        path.push('/');
        match u.int_in_range(0..=5)? {
            0..=2 if !literals.is_empty() => path.push_str(u.choose(literals)?),
            3 => path.push_str(&aws_encode(&string(u, &[])?)),
            4 => path.push_str(&string(u, &[])?),
            _ => {}
        }
    }
    if count == 0 || u.ratio(1, 16)? {
        path.push('/');
    }
    if u.ratio(1, 8)? {
        path.push('?');
        path.push_str(&string(u, &[])?);
    }
    Ok(path)
}

/// The literal segments of `routes`' templates.
pub fn literals(routes: &[Route]) -> Vec<&'static str> {
    let set: BTreeSet<&'static str> = routes
        .iter()
        .flat_map(|route| route.segments)
        .filter_map(|segment| match segment {
            Segment::Literal(text) => Some(*text),
            _ => None,
        })
        .collect();
    set.into_iter().collect()
}

/// One route as the reference matcher knows it.
#[derive(Debug, Clone)]
pub struct Route {
    pub method: Method,
    pub segments: &'static [Segment],
    pub name: &'static str,
}

impl Route {
    pub fn of<Op: opwire::Operation>() -> Self {
        Route {
            method: Op::METHOD,
            segments: Op::SEGMENTS,
            name: Op::NAME,
        }
    }
}

/// What the reference matcher makes of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// No template matches the path.
    NoPath,
    /// The winning template: the methods and names of the routes of its
    /// shape, and the raw (still encoded) values of its labels.
    Path {
        routes: Vec<(Method, &'static str)>,
        captures: Vec<String>,
    },
}

impl Match {
    /// The route for `method`, if the path has one.
    pub fn route(&self, method: &Method) -> Option<&'static str> {
        match self {
            Match::NoPath => None,
            Match::Path { routes, .. } => routes.iter().find(|(m, _)| m == method).map(|r| r.1),
        }
    }

    /// The winning path's methods.
    pub fn methods(&self) -> BTreeSet<String> {
        match self {
            Match::NoPath => BTreeSet::new(),
            Match::Path { routes, .. } => routes.iter().map(|(m, _)| m.to_string()).collect(),
        }
    }

    /// Whether every label of the winning path percent-decodes.
    pub fn labels_decode(&self) -> bool {
        match self {
            Match::NoPath => false,
            Match::Path { captures, .. } => {
                captures.iter().all(|raw| percent_decode(raw).is_some())
            }
        }
    }
}

/// How a template matches `path`, if it does: the kind of each segment (0
/// literal, 1 label, 2 greedy) and the raw label values. A literal equals
/// its segment, a label takes one non-empty segment, a greedy label the
/// non-empty rest.
fn kinds<'p>(segments: &[Segment], path: &'p str) -> Option<(Vec<u8>, Vec<&'p str>)> {
    let rest = path.strip_prefix('/')?;
    let (mut kinds, mut captures) = (Vec::new(), Vec::new());
    if segments.is_empty() {
        return rest.is_empty().then_some((kinds, captures));
    }
    let mut rest = Some(rest);
    for segment in segments {
        let here = rest?;
        if let Segment::Greedy { .. } = segment {
            kinds.push(2);
            captures.push(here);
            return (!here.is_empty()).then_some((kinds, captures));
        }
        let (head, tail) = match here.split_once('/') {
            Some((head, tail)) => (head, Some(tail)),
            None => (here, None),
        };
        match segment {
            Segment::Literal(text) if *text == head => kinds.push(0),
            Segment::Label { .. } if !head.is_empty() => {
                kinds.push(1);
                captures.push(head);
            }
            _ => return None,
        }
        rest = tail;
    }
    rest.is_none().then_some((kinds, captures))
}

/// Two templates of the same shape: the same literals, labels and greedy
/// labels at the same places (label names aside).
fn same_shape(a: &[Segment], b: &[Segment]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|pair| match pair {
            (Segment::Literal(x), Segment::Literal(y)) => x == y,
            (Segment::Label { .. }, Segment::Label { .. }) => true,
            (Segment::Greedy { .. }, Segment::Greedy { .. }) => true,
            _ => false,
        })
}

/// The documented matching, written plainly: of the templates that match
/// `path`, the one whose segments rank first, position by position, literal
/// before label before greedy; then the routes of that template's shape.
pub fn reference(routes: &[Route], path: &str) -> Match {
    let best = routes
        .iter()
        .filter_map(|route| kinds(route.segments, path).map(|found| (found, route)))
        .min_by(|a, b| a.0.0.cmp(&b.0.0));
    match best {
        None => Match::NoPath,
        Some(((_, captures), winner)) => Match::Path {
            routes: routes
                .iter()
                .filter(|route| same_shape(route.segments, winner.segments))
                .map(|route| (route.method.clone(), route.name))
                .collect(),
            captures: captures.into_iter().map(str::to_owned).collect(),
        },
    }
}

/// Checks an error response: an `x-amzn-errortype` of visible ASCII, a
/// JSON object body with a `message` string; returns the code and message.
pub fn check_error(response: &Response<Bytes>) -> (String, String) {
    let status = response.status();
    assert!(
        status.is_client_error() || status.is_server_error(),
        "{status}"
    );
    let code = response
        .headers()
        .get("x-amzn-errortype")
        .unwrap_or_else(|| panic!("a {status} without x-amzn-errortype"));
    let code = code
        .to_str()
        .expect("a visible ASCII error type")
        .to_owned();
    assert!(!code.is_empty());
    assert_eq!(
        response.headers().get(CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"application/json"[..]),
        "{status} {code}"
    );
    let body: Value = serde_json::from_slice(response.body())
        .unwrap_or_else(|err| panic!("{status} {code}: the body is not JSON: {err}"));
    let message = body
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{status} {code}: no message string in {body}"));
    (code, message.to_owned())
}

/// Checks a success response: a JSON object body.
pub fn check_success(response: &Response<Bytes>) {
    assert_eq!(
        response.headers().get(CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"application/json"[..])
    );
    let body: Value = serde_json::from_slice(response.body()).expect("a JSON body");
    assert!(body.is_object(), "{body}");
}

/// Checks the router's answer for a path the reference matches but not for
/// this method: the CORS preflight for `OPTIONS`, else 405 with `Allow`
/// naming the path's methods (and `OPTIONS`, CORS being on).
pub fn check_other_method(response: &Response<Bytes>, method: &Method, found: &Match) {
    if *method == Method::OPTIONS {
        assert_eq!(response.status(), 200, "the preflight");
        assert!(response.body().is_empty());
        let allowed = response.headers()["access-control-allow-methods"]
            .to_str()
            .unwrap();
        let allowed: BTreeSet<String> = allowed.split(',').map(str::to_owned).collect();
        let mut expected = found.methods();
        expected.insert("OPTIONS".to_owned());
        assert_eq!(allowed, expected);
        return;
    }
    assert_eq!(response.status(), 405, "{method} on a path without it");
    let (code, _) = check_error(response);
    assert_eq!(code, "MethodNotAllowedException");
    let allow: BTreeSet<String> = response.headers()[ALLOW]
        .to_str()
        .unwrap()
        .split(',')
        .map(str::to_owned)
        .collect();
    let mut expected = found.methods();
    expected.insert("OPTIONS".to_owned());
    assert_eq!(allow, expected);
}
