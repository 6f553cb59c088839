//! Whole dispatches of arbitrary requests against the 31-operation
//! `amplify_backend::router(Store::default())`: a few requests in a row on
//! one store, mostly to an operation's path with a body drawn from the API
//! model (`examples/amplify-backend/model/`) and strings reused between
//! requests, so that later ones find what earlier ones created.
//!
//! For every response: a valid status; a success is a JSON object; an error
//! has `x-amzn-errortype` and a JSON body with a `message` string. Where
//! the router recognizes an operation: if the request does not decode, the
//! answer is that decoding error; if it does, the value re-encodes to the
//! same labels and decodes to a value that encodes the same again (doubles
//! bit for bit), and
//! the answer is the operation's success or one of its declared errors, as
//! `parse_response` reads it. Elsewhere: 404, 405 with `Allow`, or the
//! preflight, as the reference matcher says.

#![no_main]

mod common;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use amplify_backend::{AmplifyBackendError, Store, for_each_operation};
use bytes::Bytes;
use common::{Match, Route, check_error, check_other_method, percent_decode};
use http::header::CONTENT_TYPE;
use http::{Method, Request, Response};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use opwire::{ErrorSet, Operation, ResponseError};
use opwire_tests::oracle::{aws_encode, now, same_json};
use serde_json::{Map, Value};

static MODEL: LazyLock<Vec<Value>> = LazyLock::new(|| {
    serde_json::from_str(include_str!(
        "../../examples/amplify-backend/model/operations.json"
    ))
    .unwrap()
});

static SHAPES: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(include_str!(
        "../../examples/amplify-backend/model/shapes.json"
    ))
    .unwrap()
});

type Check = fn(&Request<Bytes>, &Response<Bytes>);

/// The routes, and per operation name the check of a recognized request.
static OPERATIONS: LazyLock<(Vec<Route>, BTreeMap<&'static str, Check>)> = LazyLock::new(|| {
    macro_rules! list {
        ($($op:path),* $(,)?) => {
            (
                vec![$(Route::of::<$op>()),*],
                BTreeMap::from([$((<$op as Operation>::NAME, check::<$op> as Check)),*]),
            )
        };
    }
    for_each_operation!(list)
});

static LITERALS: LazyLock<Vec<&'static str>> = LazyLock::new(|| common::literals(&OPERATIONS.0));

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});

/// One request as built, kept to build it twice (`http::Request` is not
/// `Clone`).
struct Parts {
    method: Method,
    uri: String,
    content_type: Option<&'static str>,
    body: Vec<u8>,
}

impl Parts {
    fn request(&self) -> Option<Request<Bytes>> {
        let mut builder = Request::builder()
            .method(self.method.clone())
            .uri(&self.uri);
        if let Some(content_type) = self.content_type {
            builder = builder.header(CONTENT_TYPE, content_type);
        }
        builder.body(Bytes::from(self.body.clone())).ok()
    }
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let router = amplify_backend::router(Store::default());
    let mut pool: Vec<String> = Vec::new();
    for _ in 0..u.int_in_range(1..=6)? {
        let Some(parts) = parts(u, &mut pool)? else {
            continue;
        };
        let Some(request) = parts.request() else {
            continue;
        };
        let response = now(router.dispatch(request));
        check_response(&parts, &response);
    }
    Ok(())
}

fn parts(u: &mut Unstructured<'_>, pool: &mut Vec<String>) -> Result<Option<Parts>> {
    if u.ratio(1, 8)? {
        let Some(method) = common::method(u)? else {
            return Ok(None);
        };
        return Ok(Some(Parts {
            method,
            uri: common::path(u, &LITERALS)?,
            content_type: u.choose(&[None, Some("application/json")])?.to_owned(),
            body: u.arbitrary()?,
        }));
    }
    let op = u.choose(&MODEL[..])?;
    let method = if u.ratio(1, 16)? {
        let Some(method) = common::method(u)? else {
            return Ok(None);
        };
        method
    } else {
        Method::from_bytes(op["method"].as_str().unwrap().as_bytes()).unwrap()
    };
    let mut uri = op["uri"].as_str().unwrap().to_owned();
    for name in op["path_params"].as_array().unwrap() {
        let value = common::string(u, pool)?;
        let encoded = if u.ratio(7, 8)? {
            aws_encode(&value)
        } else {
            value.clone()
        };
        remember(pool, value);
        uri = uri.replace(&format!("{{{}}}", name.as_str().unwrap()), &encoded);
    }
    let body = if u.ratio(1, 16)? {
        u.arbitrary()?
    } else {
        let value = object(u, &op["body"], pool, 0)?;
        serde_json::to_vec(&value).unwrap()
    };
    let content_type = match u.int_in_range(0..=15)? {
        0 => None,
        1 => Some("text/plain"),
        _ => Some("application/json"),
    };
    Ok(Some(Parts {
        method,
        uri,
        content_type,
        body,
    }))
}

fn remember(pool: &mut Vec<String>, value: String) {
    if pool.len() < 16 && !pool.contains(&value) {
        pool.push(value);
    }
}

/// A JSON object with the members `fields` lists: required ones mostly
/// present, optional ones half the time.
fn object(
    u: &mut Unstructured<'_>,
    fields: &Value,
    pool: &mut Vec<String>,
    depth: usize,
) -> Result<Value> {
    let mut members = Map::new();
    for field in fields.as_array().unwrap() {
        let present = if field["required"] == true {
            !u.ratio(1, 32)?
        } else {
            u.ratio(1, 2)?
        };
        if present {
            let name = field["name"].as_str().unwrap().to_owned();
            members.insert(name, value(u, field, pool, depth + 1)?);
        }
    }
    Ok(Value::Object(members))
}

/// A value of the type `desc` describes, or now and then one of another.
fn value(
    u: &mut Unstructured<'_>,
    desc: &Value,
    pool: &mut Vec<String>,
    depth: usize,
) -> Result<Value> {
    if u.ratio(1, 32)? {
        return Ok(match u.int_in_range(0..=3)? {
            0 => Value::Null,
            1 => Value::from(u.arbitrary::<i64>()?),
            2 => Value::String(u.arbitrary()?),
            _ => Value::Array(Vec::new()),
        });
    }
    if let Some(values) = desc.get("enum") {
        return Ok(u.choose(values.as_array().unwrap())?.clone());
    }
    Ok(match desc["type"].as_str().unwrap() {
        "string" => {
            let text = common::string(u, pool)?;
            remember(pool, text.clone());
            Value::String(text)
        }
        "boolean" => Value::Bool(u.arbitrary()?),
        "integer" => Value::from(u.arbitrary::<i32>()?),
        "double" => Value::from(u.arbitrary::<f64>()?),
        "list" if depth < 6 => {
            let mut items = Vec::new();
            for _ in 0..u.int_in_range(0..=3)? {
                items.push(value(u, &desc["items"], pool, depth + 1)?);
            }
            Value::Array(items)
        }
        "structure" if depth < 6 => {
            let shape = &SHAPES[desc["nested"].as_str().unwrap()];
            object(u, &shape["fields"], pool, depth)?
        }
        _ => Value::Null,
    })
}

fn check_response(parts: &Parts, response: &Response<Bytes>) {
    let request = parts.request().unwrap();
    let path = request.uri().path().to_owned();
    let found = common::reference(&OPERATIONS.0, &path);
    match found.route(&parts.method) {
        Some(name) => OPERATIONS.1[name](&request, response),
        None if found == Match::NoPath => {
            assert_eq!(response.status(), 404, "{} {path}", parts.method);
            assert_eq!(check_error(response).0, "UnknownOperationException");
        }
        None => check_other_method(response, &parts.method, &found),
    }
}

/// The raw labels of `path`, percent-decoded, as the template of `Op` takes
/// them.
fn labels<Op: Operation>(path: &str) -> Vec<String> {
    let routes = [Route::of::<Op>()];
    match common::reference(&routes, path) {
        Match::Path { captures, .. } => captures
            .iter()
            .map(|raw| percent_decode(raw).expect("a label that decoded"))
            .collect(),
        Match::NoPath => panic!("{path} does not match {}", Op::TEMPLATE),
    }
}

fn body_json(request: &Request<Bytes>) -> Value {
    if request.body().is_empty() {
        return Value::Object(Map::new());
    }
    serde_json::from_slice(request.body()).expect("an encoded body is JSON")
}

fn check<Op: Operation<Error = AmplifyBackendError>>(
    request: &Request<Bytes>,
    response: &Response<Bytes>,
) where
    Op::Response: std::fmt::Debug,
{
    let status = response.status();
    match Op::from_request(request) {
        Err(err) => {
            assert_eq!(status, err.status(), "{}: {err:?}", Op::NAME);
            let (code, message) = check_error(response);
            assert_eq!(code, err.code());
            assert_eq!(message, err.message());
        }
        Ok(op) => {
            // The value re-encodes to the same labels, and is a fixpoint:
            // decoded again, it encodes the same.
            let first = op.to_request().expect("a decoded value encodes");
            assert_eq!(first.method(), request.method());
            let path = request.uri().path();
            assert_eq!(labels::<Op>(first.uri().path()), labels::<Op>(path));
            let again = Op::from_request(&first).expect("an encoded value decodes");
            let second = again.to_request().unwrap();
            assert_eq!(first.uri(), second.uri());
            assert_eq!(first.headers(), second.headers());
            let (a, b) = (body_json(&first), body_json(&second));
            assert!(same_json(&a, &b), "{}: {a} then {b}", Op::NAME);

            // The handler's answer: the success, or a declared error.
            if status.is_success() {
                assert_eq!(status, Op::STATUS);
                common::check_success(response);
                Op::parse_response(response).expect("a success parses");
            } else {
                let (code, _) = check_error(response);
                let declared = AmplifyBackendError::ERRORS
                    .iter()
                    .find(|info| info.code == code)
                    .unwrap_or_else(|| panic!("{}: {status} {code} is not declared", Op::NAME));
                assert_eq!(declared.status, status);
                match Op::parse_response(response) {
                    Err(ResponseError::Modeled(err)) => assert_eq!(err.info().code, code),
                    other => panic!("{}: {other:?}", Op::NAME),
                }
            }
        }
    }
}
