//! Examples that cannot drift: values built from the schemas, passed through
//! the real types (decoded as the server decodes them, encoded as the
//! client and the server encode them), so an example is what the wire
//! carries.

use bytes::Bytes;
use http::{Request, Response};
use serde_json::{Map, Value};

use crate::encoding::{LABEL, encode_into};
use crate::error::ErrorSet;
use crate::operation::{Location, Operation};
use crate::template::Segment;

use super::json_schema::example;

/// An operation's examples, each as it goes on the wire.
#[derive(Debug)]
pub struct Examples {
    /// The operation's name.
    pub operation: &'static str,
    /// A request, as [`Operation::to_request`] builds it.
    pub request: Request<Bytes>,
    /// The success response, as [`Operation::respond`] answers it.
    pub response: Response<Bytes>,
    /// One response per declared error, in declaration order.
    pub errors: Vec<Response<Bytes>>,
}

/// The examples of `Op`; an error names the part whose example value the
/// real type refused (a type whose schema says less than its parser
/// checks).
pub(crate) fn examples<Op: Operation>() -> Result<Examples, String> {
    let request = request::<Op>()?;
    let op = Op::from_request(&request)
        .map_err(|err| format!("{}: the example request: {err}", Op::NAME))?;
    let request = op
        .to_request()
        .map_err(|err| format!("{}: the example request: {err}", Op::NAME))?;

    let body = example(Op::RESPONSE_SCHEMA);
    let value: Op::Response = serde_json::from_value(body)
        .map_err(|err| format!("{}: the example response: {err}", Op::NAME))?;
    let response = Op::respond(Ok(value));

    let mut errors = Vec::new();
    for (index, info) in <Op::Error as ErrorSet>::ERRORS.iter().enumerate() {
        let body = serde_json::to_vec(&example(info.schema)).expect("a JSON value");
        let error = <Op::Error as ErrorSet>::from_json(index, &body)
            .map_err(|err| format!("{}: the example {}: {err}", Op::NAME, info.code))?;
        errors.push(Op::respond(Err(error)));
    }
    Ok(Examples {
        operation: Op::NAME,
        request,
        response,
        errors,
    })
}

/// A request of example values for every field, as a client would send it.
fn request<Op: Operation>() -> Result<Request<Bytes>, String> {
    let text = |field: &crate::FieldInfo| match example(field.schema.non_null()) {
        Value::String(text) => vec![text],
        Value::Array(items) => items.iter().map(scalar_text).collect(),
        other => vec![scalar_text(&other)],
    };
    let mut labels = Vec::new();
    for segment in Op::SEGMENTS {
        if let Segment::Label { field, .. } | Segment::Greedy { field, .. } = segment {
            let info = Op::FIELDS.iter().find(|f| f.field == *field);
            labels.push(info.map_or_else(|| "string".to_owned(), |f| text(f).concat()));
        }
    }
    let values: Vec<&dyn std::fmt::Display> = labels.iter().map(|l| l as _).collect();
    let mut uri =
        crate::template::render_path(Op::SEGMENTS, &values).map_err(|err| err.to_string())?;
    let mut separator = '?';
    let mut builder = Request::builder().method(Op::METHOD);
    let mut body = Map::new();
    let mut payload = None;
    for field in Op::FIELDS {
        match field.location {
            Location::Path => {}
            Location::Query => {
                for value in text(field) {
                    uri.push(separator);
                    separator = '&';
                    encode_into(&mut uri, field.wire, LABEL);
                    uri.push('=');
                    encode_into(&mut uri, &value, LABEL);
                }
            }
            Location::Header => builder = builder.header(field.wire, text(field).join(",")),
            Location::Body => {
                body.insert(field.wire.to_owned(), example(field.schema));
            }
            // Text is the payload as it is; anything else, JSON.
            Location::Payload => {
                payload = Some(match example(field.schema.non_null()) {
                    Value::String(text) => Bytes::from(text),
                    other => Bytes::from(serde_json::to_vec(&other).expect("a JSON value")),
                });
            }
        }
    }
    if let Some(payload) = payload {
        return builder
            .uri(uri)
            .body(payload)
            .map_err(|err| format!("{}: the example request: {err}", Op::NAME));
    }
    let has_body = Op::FIELDS.iter().any(|f| f.location == Location::Body);
    if has_body {
        builder = builder.header(http::header::CONTENT_TYPE, "application/json");
    }
    let bytes = if has_body {
        Bytes::from(serde_json::to_vec(&Value::Object(body)).expect("a JSON value"))
    } else {
        Bytes::new()
    };
    builder
        .uri(uri)
        .body(bytes)
        .map_err(|err| format!("{}: the example request: {err}", Op::NAME))
}

/// A scalar example as the text of a label, query parameter or header.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
