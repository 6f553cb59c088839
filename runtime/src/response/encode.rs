//! The server side: a handler's result into an `http::Response`.

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderName, HeaderValue, Response, StatusCode};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::Operation;
use crate::error::{ErrorSet, HandlerError};

/// The header AWS clients read an error's code from first.
pub(crate) const ERROR_TYPE: HeaderName = HeaderName::from_static("x-amzn-errortype");

const JSON: HeaderValue = HeaderValue::from_static("application/json");

/// `Op`'s success status and JSON body, or its error's status, code and
/// body. (CORS headers depend on the request: the router adds them.)
pub(crate) fn respond<Op: Operation>(result: Result<Op::Response, Op::Error>) -> Response<Bytes> {
    match result {
        Ok(value) => json_response(Op::STATUS, &value),
        Err(err) => error_response(&err),
    }
}

/// What a router's handler answered: as [`respond`], or a 500 for an
/// internal failure, whose cause goes into the response's extensions (for
/// the log), never onto the wire.
pub(crate) fn respond_handled<Op: Operation>(
    result: Result<Op::Response, HandlerError<Op::Error>>,
) -> Response<Bytes> {
    match result {
        Ok(value) => json_response(Op::STATUS, &value),
        Err(HandlerError::Declared(err)) => error_response(&err),
        Err(HandlerError::Internal(failure)) => {
            let mut response = internal_error();
            response.extensions_mut().insert(failure);
            response
        }
    }
}

/// A declared error: its status, `x-amzn-ErrorType: <code>`, its JSON body
/// with `__type: <code>` (for clients that cannot read the header).
fn error_response<E: ErrorSet>(err: &E) -> Response<Bytes> {
    let info = err.info();
    let Ok(body) = err.to_json() else {
        return internal_error();
    };
    let mut response = body_response(info.status, with_type(info.code, body));
    if let Some(code) = static_header(info.code) {
        response.headers_mut().insert(ERROR_TYPE, code);
    }
    response
}

/// `{"__type":"<code>", …the members of `body`}`; `body` as it is if it is
/// not a JSON object. Spliced rather than re-serialized: the body is already
/// the error's JSON, and a code is a short string.
fn with_type(code: &str, body: Vec<u8>) -> Vec<u8> {
    let Some(members) = body.strip_prefix(b"{") else {
        return body;
    };
    let mut typed = Vec::with_capacity(body.len() + code.len() + 13);
    typed.extend_from_slice(br#"{"__type":"#);
    // A code is a valid header value: escaping can't fail.
    if serde_json::to_writer(&mut typed, code).is_err() {
        return body;
    }
    if members.first() != Some(&b'}') {
        typed.push(b',');
    }
    typed.extend_from_slice(members);
    typed
}

/// A `'static` string as a header value, without copying it; `None` if it
/// is not a valid header value (visible ASCII, spaces and tabs).
pub(crate) fn static_header(value: &'static str) -> Option<HeaderValue> {
    let valid = value
        .bytes()
        .all(|b| b == b'\t' || (0x20..0x7f).contains(&b));
    // Checked first: `from_static` panics on what it rejects.
    valid.then(|| HeaderValue::from_static(value))
}

/// An error the runtime answers itself: `{"message": …}` and a code.
pub(crate) fn message_response(
    status: StatusCode,
    code: &'static str,
    message: &str,
) -> Response<Bytes> {
    let mut response = json_response(status, &Strings(&[("__type", code), ("message", message)]));
    response
        .headers_mut()
        .insert(ERROR_TYPE, HeaderValue::from_static(code));
    response
}

/// 500 with a fixed message: nothing of the failure reaches the wire.
pub(crate) fn internal_error() -> Response<Bytes> {
    message_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        "InternalFailure",
        "Internal server error",
    )
}

/// API Gateway's answer to an integration past its timeout.
#[cfg(any(feature = "server", feature = "lambda"))]
pub(crate) fn gateway_timeout() -> Response<Bytes> {
    message_response(
        StatusCode::GATEWAY_TIMEOUT,
        "GatewayTimeoutException",
        "Endpoint request timed out",
    )
}

fn json_response<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response<Bytes> {
    if matches!(status.as_u16(), 204 | 205 | 304) {
        // These statuses carry no body (RFC 9110).
        let mut response = Response::new(Bytes::new());
        *response.status_mut() = status;
        return response;
    }
    match serde_json::to_vec(value) {
        Ok(body) => body_response(status, body),
        Err(_) => internal_error(),
    }
}

fn body_response(status: StatusCode, body: Vec<u8>) -> Response<Bytes> {
    let mut response = Response::new(Bytes::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, JSON);
    response
}

/// A JSON object of string members, in order: the bodies the runtime writes
/// for its own errors.
pub(crate) struct Strings<'a>(pub(crate) &'a [(&'static str, &'a str)]);

impl Serialize for Strings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::with_type;

    #[test]
    fn the_code_is_spliced_in_as_the_first_member() {
        let typed =
            |body: &str| String::from_utf8(with_type("NotFoundException", body.into())).unwrap();
        assert_eq!(
            typed(r#"{"message":"no app"}"#),
            r#"{"__type":"NotFoundException","message":"no app"}"#
        );
        assert_eq!(typed("{}"), r#"{"__type":"NotFoundException"}"#);
        assert_eq!(typed("[]"), "[]");
    }
}
