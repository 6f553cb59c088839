//! An answer as the Lambda response its front door expects: `statusCode`,
//! the headers (`multiValueHeaders` for a REST API; one comma-joined value
//! each and `cookies` for an HTTP API; as the target group asked for an
//! ALB), and the body as text, or base64 when it is not text.

use std::fmt;

use bytes::Bytes;
use http::header::{CONTENT_ENCODING, CONTENT_TYPE, SET_COOKIE};
use http::{HeaderMap, HeaderValue, Response};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use super::gateway::Family;

/// The Lambda response to one event: what [`Function`](super::Function)
/// answers, serialized by lambda_runtime.
pub struct Reply {
    family: Family,
    multi_value: bool,
    response: Response<Bytes>,
}

impl fmt::Debug for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply")
            .field("family", &self.family)
            .field("status", &self.response.status())
            .finish_non_exhaustive()
    }
}

impl Reply {
    pub(crate) fn new(family: Family, multi_value: bool, response: Response<Bytes>) -> Self {
        Reply {
            family,
            multi_value,
            response,
        }
    }

    /// The answer as an HTTP response.
    pub fn response(&self) -> &Response<Bytes> {
        &self.response
    }

    /// Whether the body goes as text: a textual content type (text,
    /// JSON, XML, JavaScript, YAML) and UTF-8, not content-encoded.
    fn text(&self) -> Option<&str> {
        let headers = self.response.headers();
        if headers.contains_key(CONTENT_ENCODING) {
            return None;
        }
        let textual = headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(is_text);
        textual
            .then(|| std::str::from_utf8(self.response.body()).ok())
            .flatten()
    }
}

fn is_text(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let essence = essence.to_ascii_lowercase();
    essence.starts_with("text/")
        || [
            "application/json",
            "application/javascript",
            "application/xml",
            "application/yaml",
        ]
        .contains(&essence.as_str())
        || ["+json", "+xml", "+yaml"]
            .iter()
            .any(|suffix| essence.ends_with(suffix))
}

impl Serialize for Reply {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let status = self.response.status();
        let headers = self.response.headers();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("statusCode", &status.as_u16())?;
        match self.family {
            Family::RestApi => map.serialize_entry("multiValueHeaders", &Multi(headers))?,
            Family::HttpApi => {
                map.serialize_entry("headers", &Joined(headers))?;
                // Always, if empty: readers of the 2.0 format (cargo-lambda's
                // among them) require it.
                map.serialize_entry("cookies", &All(headers, SET_COOKIE.as_str()))?;
            }
            Family::Alb => {
                let reason = status.canonical_reason().unwrap_or("");
                map.serialize_entry(
                    "statusDescription",
                    &format!("{} {reason}", status.as_u16()),
                )?;
                if self.multi_value {
                    map.serialize_entry("multiValueHeaders", &Multi(headers))?;
                } else {
                    map.serialize_entry("headers", &Joined(headers))?;
                }
            }
        }
        let body = self.response.body();
        if !body.is_empty() {
            match self.text() {
                Some(text) => {
                    map.serialize_entry("body", text)?;
                    map.serialize_entry("isBase64Encoded", &false)?;
                }
                None => {
                    use base64::Engine;
                    let encoded = base64::engine::general_purpose::STANDARD.encode(body);
                    map.serialize_entry("body", &encoded)?;
                    map.serialize_entry("isBase64Encoded", &true)?;
                }
            }
        } else {
            map.serialize_entry("isBase64Encoded", &false)?;
        }
        map.end()
    }
}

/// A header value as JSON text (header values opwire writes are ASCII;
/// others go as Latin-1, as HTTP reads them).
fn value_text(value: &HeaderValue) -> std::borrow::Cow<'_, str> {
    match value.to_str() {
        Ok(text) => text.into(),
        Err(_) => value
            .as_bytes()
            .iter()
            .map(|&b| b as char)
            .collect::<String>()
            .into(),
    }
}

/// `{"name": ["value", …]}`.
struct Multi<'a>(&'a HeaderMap);

impl Serialize for Multi<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.keys_len()))?;
        for name in self.0.keys() {
            map.serialize_entry(name.as_str(), &All(self.0, name.as_str()))?;
        }
        map.end()
    }
}

/// Every value of one header, as a list.
struct All<'a>(&'a HeaderMap, &'a str);

impl Serialize for All<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for value in self.0.get_all(self.1) {
            seq.serialize_element(&value_text(value))?;
        }
        seq.end()
    }
}

/// `{"name": "value, value"}`, without `Set-Cookie` (an HTTP API takes
/// cookies apart).
struct Joined<'a>(&'a HeaderMap);

impl Serialize for Joined<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for name in self.0.keys().filter(|name| *name != SET_COOKIE) {
            let mut values = self.0.get_all(name).iter();
            let first = values.next().map(value_text).unwrap_or_default();
            match values.next() {
                None => map.serialize_entry(name.as_str(), &first)?,
                Some(second) => {
                    let mut joined = first.into_owned();
                    for value in std::iter::once(second).chain(values) {
                        joined.push_str(", ");
                        joined.push_str(&value_text(value));
                    }
                    map.serialize_entry(name.as_str(), &joined)?;
                }
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn reply(family: Family, multi_value: bool, response: Response<Bytes>) -> serde_json::Value {
        serde_json::to_value(Reply::new(family, multi_value, response)).unwrap()
    }

    fn answer(content_type: &str, body: &'static [u8]) -> Response<Bytes> {
        Response::builder()
            .header("content-type", content_type)
            .header("vary", "origin")
            .header("vary", "access-control-request-method")
            .header("set-cookie", "a=1")
            .body(Bytes::from_static(body))
            .unwrap()
    }

    #[test]
    fn each_front_door_gets_its_own_response_shape() {
        let rest = reply(Family::RestApi, false, answer("application/json", b"{}"));
        assert_eq!(rest["statusCode"], 200);
        assert_eq!(
            rest["multiValueHeaders"]["vary"],
            json!(["origin", "access-control-request-method"])
        );
        assert_eq!(rest["body"], "{}");
        assert_eq!(rest["isBase64Encoded"], false);

        let http = reply(Family::HttpApi, false, answer("application/json", b"{}"));
        assert_eq!(
            http["headers"]["vary"],
            "origin, access-control-request-method"
        );
        assert_eq!(http["headers"].get("set-cookie"), None);
        assert_eq!(http["cookies"], json!(["a=1"]));
        let plain = Response::new(Bytes::new());
        assert_eq!(reply(Family::HttpApi, false, plain)["cookies"], json!([]));

        let alb = reply(Family::Alb, false, answer("application/json", b"{}"));
        assert_eq!(alb["statusDescription"], "200 OK");
        assert_eq!(alb["headers"]["content-type"], "application/json");
        let alb = reply(Family::Alb, true, answer("application/json", b"{}"));
        assert_eq!(
            alb["multiValueHeaders"]["content-type"],
            json!(["application/json"])
        );
    }

    #[test]
    fn a_body_that_is_not_text_goes_in_base64() {
        let binary = reply(
            Family::RestApi,
            false,
            answer("application/octet-stream", b"\xff\x00"),
        );
        assert_eq!(binary["body"], "/wA=");
        assert_eq!(binary["isBase64Encoded"], true);
        let problem = reply(
            Family::RestApi,
            false,
            answer("application/problem+json; charset=utf-8", b"{}"),
        );
        assert_eq!(problem["isBase64Encoded"], false);
        let empty = reply(Family::RestApi, false, answer("application/json", b""));
        assert_eq!(empty.get("body"), None);
    }
}
