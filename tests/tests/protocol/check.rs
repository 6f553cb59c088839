//! One case of the protocol tests, checked both ways: an input case by the
//! client (`to_request` gives the wire the suite expects) and the server
//! (`from_request` of that wire gives the params); an output case by the
//! client (`parse_response` of the wire gives the result) and the server
//! (`respond` with the result gives that wire).

use std::fmt::Debug;

use bytes::Bytes;
use http::{Request, Response};
use opwire::{Operation, ResponseError};
use serde_json::Value;

/// A case as declared: its ID, the features it exercises, and its check.
pub struct Case {
    pub id: &'static str,
    pub features: &'static [&'static str],
    pub check: Check,
}

/// How a case is checked, given its JSON from the suite.
pub enum Check {
    Input(fn(&Value) -> Result<(), String>),
    Output(fn(&Value) -> Result<(), String>),
    /// The case's model needs what opwire cannot declare yet: why.
    Undeclarable(&'static str),
}

/// An input case: `op` is the case's params as the declared operation.
pub fn input<Op: Operation + PartialEq + Debug>(case: &Value, op: Op) -> Result<(), String> {
    let wire = &case["serialized"];
    let method = wire["method"].as_str().unwrap_or_default();
    let uri = wire["uri"].as_str().unwrap_or_default();
    let headers = header_pairs(&wire["headers"]);
    let body = wire["body"].as_str().unwrap_or_default();

    // The client.
    let request = op
        .to_request()
        .map_err(|err| format!("to_request: {err}"))?;
    if request.method() != method {
        return Err(format!("method {} (expected {method})", request.method()));
    }
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    if request.uri().path() != path {
        return Err(format!(
            "path `{}` (expected `{path}`)",
            request.uri().path()
        ));
    }
    let (got, want) = (
        query_pairs(request.uri().query().unwrap_or("")),
        query_pairs(query),
    );
    if got != want {
        return Err(format!("query {got:?} (expected {want:?})"));
    }
    for (name, value) in &headers {
        let sent = request.headers().get(name.as_str());
        if sent.and_then(|v| v.to_str().ok()) != Some(value.as_str()) {
            return Err(format!("header {name}: {sent:?} (expected `{value}`)"));
        }
    }
    for name in strings(&wire["requireHeaders"]) {
        // The connection writes Content-Length from the body, which
        // `to_request` gives whole.
        if !name.eq_ignore_ascii_case("content-length") && !request.headers().contains_key(name) {
            return Err(format!("header {name} is missing"));
        }
    }
    for name in strings(&wire["forbidHeaders"]) {
        if request.headers().contains_key(name) {
            return Err(format!("header {name} is sent"));
        }
    }
    same_body(request.body(), body, false).map_err(|err| format!("request body: {err}"))?;

    // The server.
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in &headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let request = builder
        .body(Bytes::copy_from_slice(body.as_bytes()))
        .map_err(|err| format!("the case's request: {err}"))?;
    let decoded = Op::from_request(&request).map_err(|err| format!("from_request: {err}"))?;
    if decoded != op {
        return Err(format!("from_request gave {decoded:?}, params are {op:?}"));
    }
    Ok(())
}

/// An output case: `expected` is the case's result (or error) as the
/// declared operation's types.
pub fn output<Op: Operation>(
    case: &Value,
    expected: Result<Op::Response, Op::Error>,
) -> Result<(), String>
where
    Op::Response: PartialEq + Debug,
    Op::Error: Debug,
{
    let wire = &case["response"];
    let status = wire["status_code"].as_u64().unwrap_or(200) as u16;
    let headers = header_pairs(&wire["headers"]);
    let body = wire["body"].as_str().unwrap_or_default();

    // The client.
    let mut builder = Response::builder().status(status);
    for (name, value) in &headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let response = builder
        .body(Bytes::copy_from_slice(body.as_bytes()))
        .map_err(|err| format!("the case's response: {err}"))?;
    let parsed = Op::parse_response(&response);
    let same = match (&parsed, &expected) {
        (Ok(got), Ok(want)) => got == want,
        (Err(ResponseError::Modeled(got)), Err(want)) => format!("{got:?}") == format!("{want:?}"),
        _ => false,
    };
    if !same {
        return Err(format!(
            "parse_response gave {parsed:?}, expected {expected:?}"
        ));
    }

    // The server.
    let code = case["errorCode"].as_str();
    let client_only = CLIENT_ONLY.contains(&case["id"].as_str().unwrap_or_default());
    let answered = Op::respond(expected);
    if answered.status() != status {
        return Err(format!(
            "respond: status {} (expected {status})",
            answered.status()
        ));
    }
    if let Some(code) = code {
        let sent = answered.headers().get("x-amzn-errortype");
        if sent.and_then(|v| v.to_str().ok()) != Some(code) {
            return Err(format!(
                "respond: x-amzn-errortype {sent:?} (expected {code})"
            ));
        }
    }
    if client_only {
        // What the server writes instead reads back as the same result.
        let again = Op::parse_response(&answered);
        return match format!("{again:?}") == format!("{parsed:?}") {
            true => Ok(()),
            false => Err(format!("respond: read back as {again:?}, not {parsed:?}")),
        };
    }
    same_body(answered.body(), body, code.is_some()).map_err(|err| format!("respond: body {err}"))
}

/// Output cases whose wire a server does not write, though a client must
/// read it: a date-time with a UTC offset (a server writes `Z`), a union
/// with a `__type` member (which some services add and clients skip).
/// Their server side is checked by reading `respond`'s answer back.
const CLIENT_ONLY: &[&str] = &[
    "RestJsonDateTimeWithNegativeOffset",
    "RestJsonDateTimeWithPositiveOffset",
    "RestJsonDeserializeIgnoreType",
];

/// `got` against the suite's body: JSON compared as values (an empty
/// expected body also takes `{}`); an error's `__type` and `code` members,
/// which say again what `x-amzn-ErrorType` says, are not compared.
fn same_body(got: &[u8], expected: &str, error: bool) -> Result<(), String> {
    let got_text = String::from_utf8_lossy(got);
    if expected.trim().is_empty() {
        return match got_text.trim() {
            "" => Ok(()),
            "{}" => Ok(()),
            text if error && serde_json::from_str::<Value>(text).is_ok() => Ok(()),
            text => Err(format!("`{text}` (expected none)")),
        };
    }
    let Ok(mut want) = serde_json::from_str::<Value>(expected) else {
        return match got_text == expected {
            true => Ok(()),
            false => Err(format!("`{got_text}` (expected `{expected}`)")),
        };
    };
    let mut have: Value = serde_json::from_str(&got_text)
        .map_err(|err| format!("`{got_text}` is not JSON: {err}"))?;
    if error {
        for value in [&mut want, &mut have] {
            if let Some(members) = value.as_object_mut() {
                members.remove("__type");
                members.remove("code");
            }
        }
    }
    match have == want {
        true => Ok(()),
        false => Err(format!("{have} (expected {want})")),
    }
}

fn header_pairs(headers: &Value) -> Vec<(String, String)> {
    let Some(headers) = headers.as_object() else {
        return Vec::new();
    };
    headers
        .iter()
        .map(|(name, value)| (name.clone(), value.as_str().unwrap_or_default().to_owned()))
        .collect()
}

fn strings(list: &Value) -> impl Iterator<Item = &str> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

/// The query's `name=value` pairs, still encoded, in order of name then
/// value: the suite fixes the pairs, not their order.
fn query_pairs(query: &str) -> Vec<&str> {
    let mut pairs: Vec<&str> = query.split('&').filter(|pair| !pair.is_empty()).collect();
    pairs.sort_unstable();
    pairs
}
