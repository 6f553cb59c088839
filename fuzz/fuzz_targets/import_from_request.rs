//! `ImportBackendStorage::from_request` (the seed declaration) on arbitrary
//! methods, paths, headers and body bytes; requests `http` itself rejects
//! are skipped. Checked against an oracle written from the documented
//! rules, not from opwire's code:
//!
//! - it decodes exactly when the method is POST, the path matches the
//!   template with labels that percent-decode, and the body (empty or
//!   whitespace reads as `{}`) is a JSON object, sent as JSON, with
//!   `serviceName` `"S3"` and `bucketName` absent, `null` or a string; the
//!   decoded labels are the raw ones percent-decoded, the members those of
//!   the body; otherwise the error is the kind the first broken rule gives
//!   (an invalid body naming its member);
//! - a decoded value re-encodes to the AWS encoding and decodes equal;
//! - every error renders as its status, `x-amzn-errortype` and a JSON
//!   `message`;
//! - `Router::dispatch` of the same request agrees: the handler gets the
//!   same value, or the answer is the same error (404, 405 or the preflight
//!   for a path or method mismatch).

#![no_main]

mod common;

use std::fmt;
use std::sync::LazyLock;

use bytes::Bytes;
use common::{Match, Route, check_error, check_other_method, percent_decode};
use http::header::CONTENT_TYPE;
use http::{HeaderName, HeaderValue, Method, Request};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use opwire::{Operation, RequestErrorKind, Router};
use opwire_tests::oracle::{aws_encode, now};
use opwire_tests::seed::{BackendStorageRespObj, ImportBackendStorage, ImportBackendStorageError};
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

const LITERALS: &[&str] = &["prod", "backend", "storage", "import"];

/// A router that answers with the fields it received.
static ROUTER: LazyLock<Router> = LazyLock::new(|| {
    Router::new().route(|op: ImportBackendStorage| {
        std::future::ready(Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
            app_id: Some(op.app_id),
            backend_environment_name: Some(op.backend_environment_name),
            job_id: op.bucket_name,
            status: Some("ran".to_owned()),
        }))
    })
});

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(request)) = request(&mut Unstructured::new(data)) {
        check(request);
    }
});

/// A label as sent: AWS-encoded mostly, else raw (`%zz`, `/`, …).
fn label(u: &mut Unstructured<'_>) -> Result<String> {
    let value = common::string(u, &[])?;
    Ok(if u.ratio(3, 4)? {
        aws_encode(&value)
    } else {
        value
    })
}

fn path(u: &mut Unstructured<'_>) -> Result<String> {
    if u.ratio(1, 4)? {
        return common::path(u, LITERALS);
    }
    let mut path = format!("/prod/backend/{}/storage/{}/import", label(u)?, label(u)?);
    if u.ratio(1, 8)? {
        path.push('?');
        path.push_str(&common::string(u, &[])?);
    }
    Ok(path)
}

/// A JSON value as bytes: mostly what a member may hold, sometimes not
/// (arbitrary bytes, a string holding arbitrary bytes).
fn json_value(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    Ok(match u.int_in_range(0..=8)? {
        0 | 1 => b"\"S3\"".to_vec(),
        2 => serde_json::to_vec(&common::string(u, &[])?).unwrap(),
        3 => b"null".to_vec(),
        4 => u.arbitrary::<i64>()?.to_string().into_bytes(),
        5 => u
            .choose(&[
                &b"true"[..],
                b"{}",
                b"[]",
                b"\"s3\"",
                b"1e400",
                b"-0",
                b"{\"a\":[1,{}]}",
            ])?
            .to_vec(),
        6 => [&b"\""[..], u.arbitrary::<&[u8]>()?, b"\""].concat(),
        _ => u.arbitrary::<&[u8]>()?.to_vec(),
    })
}

fn body(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    Ok(match u.int_in_range(0..=5)? {
        0 => u.arbitrary::<Vec<u8>>()?,
        1 => (*u.choose(&[
            "", " ", "\n\t\r ", "\x0c", "{}", "null", "[]", "{", "\"S3\"",
        ])?)
        .as_bytes()
        .to_vec(),
        _ => {
            let mut body = Vec::new();
            let space: &[u8] = if u.ratio(1, 4)? { b" \n" } else { b"" };
            body.extend_from_slice(space);
            body.push(b'{');
            for i in 0..u.int_in_range(0..=4)? {
                if i > 0 {
                    body.push(b',');
                }
                let name = match u.int_in_range(0..=3)? {
                    0 | 1 => "\"serviceName\"".to_owned(),
                    2 => "\"bucketName\"".to_owned(),
                    _ => serde_json::to_string(&common::string(u, &[])?).unwrap(),
                };
                body.extend_from_slice(name.as_bytes());
                body.push(b':');
                body.extend_from_slice(&json_value(u)?);
            }
            body.push(b'}');
            body.extend_from_slice(space);
            body
        }
    })
}

fn request(u: &mut Unstructured<'_>) -> Result<Option<Request<Bytes>>> {
    let Some(method) = common::method(u)? else {
        return Ok(None);
    };
    let mut builder = Request::builder().method(method).uri(path(u)?);
    let content_type: &[u8] = match u.int_in_range(0..=7)? {
        0 => b"",
        1..=3 => b"application/json",
        4 => u.choose(&[
            &b"application/json; charset=utf-8"[..],
            b"Application/JSON",
            b" application/json ",
            b"application/vnd.amazon+json",
            b"text/plain",
            b"application/x-www-form-urlencoded",
            b"application/jsonx",
            b"\xffapplication/json",
        ])?,
        _ => u.arbitrary()?,
    };
    if !content_type.is_empty() {
        let Ok(value) = HeaderValue::from_bytes(content_type) else {
            return Ok(None);
        };
        builder = builder.header(CONTENT_TYPE, value);
    }
    for _ in 0..u.int_in_range(0..=3)? {
        let name: &[u8] = match u.int_in_range(0..=3)? {
            0 => b"content-type",
            1 => b"x-amzn-errortype",
            2 => b"content-length",
            _ => u.arbitrary()?,
        };
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name),
            HeaderValue::from_bytes(u.arbitrary()?),
        ) else {
            return Ok(None);
        };
        builder = builder.header(name, value);
    }
    Ok(builder.body(Bytes::from(body(u)?)).ok())
}

/// Whether `content_type` says JSON, as documented: `application/json`
/// (parameters aside) or any `+json` type, in any case.
fn is_json(content_type: Option<&HeaderValue>) -> bool {
    let Some(text) = content_type.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = text.split(';').next().unwrap().trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// JSON's whitespace (RFC 8259): space, tab, line feed, carriage return; a
/// form feed is not.
fn json_whitespace(byte: &u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// A body as the documented rules read it: empty (only whitespace) reads
/// as `{}`; only a JSON object decodes; an object's members other than
/// `serviceName` and `bucketName` are ignored, whatever they hold; JSON
/// that does not parse, UTF-8 included, is malformed.
#[derive(Debug)]
enum Body {
    /// An object: its `serviceName` and `bucketName` members, in order
    /// (twice if given twice).
    Object(Vec<(String, Value)>),
    /// An object whose `serviceName` or `bucketName` holds JSON that
    /// `serde_json::Value` does not take (a number past `f64`).
    Unreadable,
    /// JSON, but not an object.
    NotObject,
    /// Not JSON: bad syntax, or not UTF-8.
    Malformed,
}

fn read_body(body: &[u8]) -> Body {
    struct Members(Vec<(String, Value)>);
    impl<'de> Deserialize<'de> for Members {
        fn deserialize<D: Deserializer<'de>>(
            deserializer: D,
        ) -> std::result::Result<Self, D::Error> {
            struct Visit;
            impl<'de> Visitor<'de> for Visit {
                type Value = Members;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> std::result::Result<Members, A::Error> {
                    let mut members = Vec::new();
                    while let Some(key) = map.next_key::<String>()? {
                        if key == "serviceName" || key == "bucketName" {
                            members.push((key, map.next_value::<Value>()?));
                        } else {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                    Ok(Members(members))
                }
            }
            deserializer.deserialize_map(Visit)
        }
    }
    if body.iter().all(json_whitespace) {
        return Body::Object(Vec::new());
    }
    if std::str::from_utf8(body).is_err() || serde_json::from_slice::<IgnoredAny>(body).is_err() {
        return Body::Malformed;
    }
    if body.iter().find(|b| !json_whitespace(b)) != Some(&b'{') {
        return Body::NotObject;
    }
    match serde_json::from_slice::<Members>(body) {
        Ok(Members(members)) => Body::Object(members),
        Err(_) => Body::Unreadable,
    }
}

/// The kind of error the documented rules give `request`, or `None` where
/// it must decode.
fn expected(request: &Request<Bytes>, found: &Match, body: &Body) -> Option<RequestErrorKind> {
    use RequestErrorKind::*;
    let Match::Path { captures, .. } = found else {
        return Some(PathMismatch);
    };
    if request.method() != Method::POST {
        return Some(MethodMismatch);
    }
    if captures.iter().any(|raw| percent_decode(raw).is_none()) {
        return Some(InvalidLabel);
    }
    let empty = request.body().iter().all(json_whitespace);
    if !empty && !is_json(request.headers().get(CONTENT_TYPE)) {
        return Some(UnsupportedMediaType);
    }
    match body {
        Body::Malformed => Some(MalformedBody),
        Body::NotObject | Body::Unreadable => Some(InvalidBody),
        Body::Object(members) => {
            let service: Vec<&Value> = members
                .iter()
                .filter(|m| m.0 == "serviceName")
                .map(|m| &m.1)
                .collect();
            let bucket: Vec<&Value> = members
                .iter()
                .filter(|m| m.0 == "bucketName")
                .map(|m| &m.1)
                .collect();
            let fits = service.len() == 1
                && *service[0] == Value::String("S3".to_owned())
                && bucket.len() <= 1
                && bucket.iter().all(|v| v.is_null() || v.is_string());
            if fits { None } else { Some(InvalidBody) }
        }
    }
}

fn check(request: Request<Bytes>) {
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    let found = common::reference(&[Route::of::<ImportBackendStorage>()], &path);
    let body = read_body(request.body());
    let expected = expected(&request, &found, &body);
    let decoded = ImportBackendStorage::from_request(&request);
    match &decoded {
        Ok(op) => {
            assert!(
                expected.is_none(),
                "{method} {path} {:?} decoded as {op:?}, expected {expected:?}",
                request.body()
            );
            let Match::Path { captures, .. } = &found else {
                unreachable!()
            };
            assert_eq!(percent_decode(&captures[0]).as_ref(), Some(&op.app_id));
            assert_eq!(
                percent_decode(&captures[1]).as_ref(),
                Some(&op.backend_environment_name)
            );
            if let Body::Object(members) = &body {
                let bucket = members.iter().find(|m| m.0 == "bucketName");
                assert_eq!(bucket.and_then(|m| m.1.as_str()), op.bucket_name.as_deref());
            }
            let again = op.to_request().expect("a decoded value encodes");
            let expected_path = format!(
                "/prod/backend/{}/storage/{}/import",
                aws_encode(&op.app_id),
                aws_encode(&op.backend_environment_name)
            );
            assert_eq!(again.uri().path(), expected_path);
            assert_eq!(again.uri().query(), None);
            assert_eq!(ImportBackendStorage::from_request(&again).as_ref(), Ok(op));
        }
        Err(err) => {
            assert_eq!(
                Some(err.kind()),
                expected,
                "{method} {path} {:?}: {err:?}",
                request.body()
            );
            if err.kind() == RequestErrorKind::InvalidBody {
                if let Body::Object(members) = &body {
                    // The member at fault is named (a duplicate, in the
                    // message only).
                    match err.field() {
                        Some(field) => assert!(
                            members.iter().any(|m| m.0 == field) || field == "serviceName",
                            "{err:?}"
                        ),
                        None => assert!(err.message().contains("duplicate field"), "{err:?}"),
                    }
                }
            }
            let response = err.to_response();
            assert_eq!(response.status(), err.status());
            let (code, message) = check_error(&response);
            assert_eq!(code, err.code());
            assert_eq!(message, err.message());
        }
    }

    let response = now(ROUTER.dispatch(request));
    match decoded {
        Ok(op) => {
            assert_eq!(response.status(), 200);
            let echo = ImportBackendStorage::parse_response(&response).unwrap();
            assert_eq!(echo.app_id, Some(op.app_id));
            assert_eq!(
                echo.backend_environment_name,
                Some(op.backend_environment_name)
            );
            assert_eq!(echo.job_id, op.bucket_name);
            assert_eq!(echo.status.as_deref(), Some("ran"));
        }
        Err(err) => match err.kind() {
            RequestErrorKind::PathMismatch => {
                assert_eq!(response.status(), 404);
                assert_eq!(check_error(&response).0, "UnknownOperationException");
            }
            RequestErrorKind::MethodMismatch => check_other_method(&response, &method, &found),
            _ => {
                assert_eq!(response.status(), err.status());
                let (code, message) = check_error(&response);
                assert_eq!(code, err.code());
                assert_eq!(message, err.message());
            }
        },
    }
}
