//! JSON bodies: encoding, decoding with errors that name the field, and the
//! empty object.

use std::fmt;

use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{RequestError, RequestErrorKind};

/// The empty JSON object `{}`: the response of operations that declare none.
///
/// It serializes as `{}` and deserializes from any JSON object, ignoring its
/// fields.
///
/// ```
/// let body = serde_json::to_string(&opwire::Empty {}).unwrap();
/// assert_eq!(body, "{}");
/// let _: opwire::Empty = serde_json::from_str(r#"{"extra": 1}"#).unwrap();
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Empty {}

impl Serialize for Empty {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_map(Some(0))
            .and_then(serde::ser::SerializeMap::end)
    }
}

impl<'de> Deserialize<'de> for Empty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EmptyVisitor;
        impl<'de> Visitor<'de> for EmptyVisitor {
            type Value = Empty;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Empty, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Empty {})
            }
        }
        deserializer.deserialize_map(EmptyVisitor)
    }
}

/// A body of only whitespace reads as `{}`: operations whose fields are all
/// optional accept an empty body.
pub(crate) fn or_empty_object(body: &[u8]) -> &[u8] {
    if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    }
}

/// Decodes a request body; the error names the field at fault.
///
/// The fast path is one plain `serde_json` parse; only a body that fails is
/// parsed again, tracking the path, to say where.
pub(crate) fn decode_request<T: DeserializeOwned>(body: &[u8]) -> Result<T, RequestError> {
    let body = or_empty_object(body);
    serde_json::from_slice(body).map_err(|err| locate::<T>(body, err))
}

/// Decodes a response body (the success value or a declared error).
pub(crate) fn decode_response<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    serde_json::from_slice(or_empty_object(body))
}

/// Turns a failed parse into an error that says where: parses again with
/// `serde_path_to_error` to learn the path of the offending value.
#[cold]
fn locate<T: DeserializeOwned>(body: &[u8], first: serde_json::Error) -> RequestError {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let (path, err) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(err) => {
            let path = err.path().to_string();
            (path, err.into_inner())
        }
        // Only trailing characters can fail after a successful value.
        Ok(_) => (".".to_owned(), deserializer.end().err().unwrap_or(first)),
    };
    body_error(&path, &err)
}

fn body_error(path: &str, err: &serde_json::Error) -> RequestError {
    use serde_json::error::Category;
    match err.classify() {
        Category::Data => {
            let bare = bare_message(err);
            if path == "." {
                let field = missing_field(&bare).map(str::to_owned);
                let message = format!("Invalid request body: {bare}");
                RequestError::new(RequestErrorKind::InvalidBody, field, message)
            } else {
                let message = format!("Invalid value for `{path}`: {bare}");
                RequestError::new(
                    RequestErrorKind::InvalidBody,
                    Some(path.to_owned()),
                    message,
                )
            }
        }
        Category::Syntax | Category::Eof | Category::Io => RequestError::new(
            RequestErrorKind::MalformedBody,
            None,
            format!("Malformed JSON body: {err}"),
        ),
    }
}

/// serde_json's message without its " at line L column C" suffix.
fn bare_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(bare) => bare.to_owned(),
        None => text,
    }
}

/// The field a root-level serde message is about ("missing field `x`").
fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}
