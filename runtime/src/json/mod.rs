//! JSON bodies: encoding, decoding with errors that name the field, and the
//! empty object.

mod path;

use std::fmt;

use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{RequestError, RequestErrorKind};
use path::{Path, Step};

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

/// JSON's whitespace (RFC 8259): space, tab, line feed, carriage return.
pub(crate) fn is_json_whitespace(byte: &u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// A body of only whitespace reads as `{}`: operations whose fields are all
/// optional accept an empty body.
pub(crate) fn or_empty_object(body: &[u8]) -> &[u8] {
    if body.iter().all(is_json_whitespace) {
        b"{}"
    } else {
        body
    }
}

/// Decodes a request body, which must be a JSON object; the error names the
/// field at fault.
///
/// One plain `serde_json` parse; the field of a failure is found from the
/// error's position (see `path`).
pub(crate) fn decode_request<T: DeserializeOwned>(body: &[u8]) -> Result<T, RequestError> {
    let body = or_empty_object(body);
    // serde's derived structs also read a list, positionally: refuse it.
    if first_byte(body) != Some(b'{') {
        return Err(not_an_object(body));
    }
    // All of it UTF-8, members the operation ignores included (serde_json
    // skips those unchecked); then no string needs checking again.
    let Ok(text) = std::str::from_utf8(body) else {
        return Err(not_utf8());
    };
    serde_json::from_str(text).map_err(|err| locate(text, &err))
}

fn not_utf8() -> RequestError {
    RequestError::new(
        RequestErrorKind::MalformedBody,
        None,
        "Malformed JSON body: the body is not UTF-8",
    )
}

/// Decodes a response body (the success value or a declared error).
pub(crate) fn decode_response<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    serde_json::from_slice(or_empty_object(body))
}

fn first_byte(body: &[u8]) -> Option<u8> {
    body.iter().copied().find(|b| !is_json_whitespace(b))
}

#[cold]
fn not_an_object(body: &[u8]) -> RequestError {
    if let Some(err) = malformed(body) {
        return err;
    }
    let found = match first_byte(body) {
        Some(b'[') => "a list",
        Some(b'"') => "a string",
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        _ => "a number",
    };
    RequestError::new(
        RequestErrorKind::InvalidBody,
        None,
        format!("Invalid request body: expected a JSON object, found {found}"),
    )
}

/// The error for a body that is not well-formed JSON (UTF-8 included).
fn malformed(body: &[u8]) -> Option<RequestError> {
    if std::str::from_utf8(body).is_err() {
        return Some(not_utf8());
    }
    let err = serde_json::from_slice::<IgnoredAny>(body).err()?;
    Some(RequestError::new(
        RequestErrorKind::MalformedBody,
        None,
        format!("Malformed JSON body: {err}"),
    ))
}

/// Turns a failed parse into an error that says where. A body that is not
/// well-formed JSON is malformed; otherwise a value somewhere is not what
/// the operation expects, at the path the error's position gives.
#[cold]
fn locate(text: &str, err: &serde_json::Error) -> RequestError {
    if let Some(err) = malformed(text.as_bytes()) {
        return err;
    }
    let mut bare = bare_message(err);
    // serde_json's word for a value that is neither a string nor an object
    // where an enum is expected. Its position is one past the value's first
    // byte, where its other errors are at it: step back.
    let peeked = bare == "expected value";
    let column = err.column() - usize::from(peeked && err.column() > 0);
    let path = path::at(text, err.line(), column);
    if peeked {
        bare = match value_at(text, &path) {
            Some(found) => format!("unexpected {found}"),
            None => "unexpected value".to_owned(),
        };
    }
    invalid(&path, bare)
}

/// A well-formed body with a value the operation does not expect at `path`;
/// `bare` says what is wrong.
fn invalid(path: &Path, bare: String) -> RequestError {
    if path.is_root() {
        let field = missing_field(&bare).map(str::to_owned);
        let message = format!("Invalid request body: {bare}");
        RequestError::new(RequestErrorKind::InvalidBody, field, message)
    } else {
        let shown = path.to_string();
        let message = format!("Invalid value for `{shown}`: {bare}");
        RequestError::new(RequestErrorKind::InvalidBody, Some(shown), message)
    }
}

/// What the JSON value at `path` is, in a few words.
fn value_at(text: &str, path: &Path) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    for step in path.steps() {
        value = match step {
            Step::Member(name) => value.get_mut(name)?.take(),
            Step::Index(index) => value.get_mut(*index)?.take(),
        };
    }
    Some(match value {
        serde_json::Value::Null => "null".to_owned(),
        serde_json::Value::Bool(b) => format!("boolean `{b}`"),
        serde_json::Value::Number(n) => format!("number `{n}`"),
        serde_json::Value::String(_) => "a string".to_owned(),
        serde_json::Value::Array(_) => "a list".to_owned(),
        serde_json::Value::Object(_) => "an object".to_owned(),
    })
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

/// The field a root-level serde message is about ("missing field `x`",
/// "duplicate field `x`").
fn missing_field(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("missing field `")
        .or_else(|| message.strip_prefix("duplicate field `"))?;
    rest.split('`').next()
}

/// The serde_json message shapes the error path reads, one test each: an
/// upgrade that changes one fails here, by name, before any 400 changes.
#[cfg(test)]
mod serde_json_messages {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Member {
        name: String,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    enum Kind {
        S3,
    }

    fn error<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> serde_json::Error {
        serde_json::from_str::<T>(text).unwrap_err()
    }

    #[test]
    fn every_message_ends_with_its_line_and_column() {
        let err = error::<Member>("{\n  \"name\": 5}");
        assert_eq!((err.line(), err.column()), (2, 11));
        assert!(err.to_string().ends_with(" at line 2 column 11"), "{err}");
        assert_eq!(
            bare_message(&err),
            "invalid type: integer `5`, expected a string"
        );
    }

    #[test]
    fn a_missing_member_is_named_between_backticks() {
        let err = error::<Member>("{}");
        assert_eq!(bare_message(&err), "missing field `name`");
        assert_eq!(missing_field(&bare_message(&err)), Some("name"));
    }

    #[test]
    fn a_repeated_member_is_named_between_backticks() {
        let err = error::<Member>(r#"{"name":"a","name":"b"}"#);
        assert_eq!(bare_message(&err), "duplicate field `name`");
        assert_eq!(missing_field(&bare_message(&err)), Some("name"));
    }

    #[test]
    fn an_enum_given_a_number_is_expected_value_at_its_first_byte() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Import {
            kind: Kind,
            name: String,
        }
        // `{"kind":55`: the number's first byte is column 9 (1-based), where
        // serde_json reports "expected value"; `locate` steps back one.
        let err = error::<Import>(r#"{"kind":55,"name":"x"}"#);
        assert_eq!(bare_message(&err), "expected value");
        assert_eq!((err.line(), err.column()), (1, 9));
        // Type errors are reported where the value ends: column 22 is the
        // last `5` of `"name":55`.
        let err = error::<Import>(r#"{"kind":"S3","name":55}"#);
        assert_eq!(err.column(), 22);
    }
}
