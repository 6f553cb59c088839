//! [`Payload`]: a type that is an operation's whole body (`#[payload]`,
//! Smithy's `@httpPayload`), and the types that are one.

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::blob::Blob;
use crate::error::{BuildError, RequestError, RequestErrorKind};
use crate::shape::Shape;

/// A type an operation's whole body can be, a field marked `#[payload]`:
/// a `#[shape]` structure or union (JSON), a `#[shape]` string enum or a
/// `String` (text), a [`Blob`] (the bytes as they are), or a
/// `serde_json::Value` (a document: any JSON).
///
/// An absent payload (a `None` field) is an empty body, except for a
/// structure, whose absence is `{}`; the server reads those back as `None`.
///
/// ```
/// use opwire::{Blob, Payload};
///
/// let body = Blob::from("raw bytes").write_payload().unwrap();
/// assert_eq!(body.as_ref(), b"raw bytes");
/// assert_eq!(<Blob as Payload>::CONTENT_TYPE, "application/octet-stream");
/// let text = <String as Payload>::read_payload(&bytes::Bytes::from_static(b"hi")).unwrap();
/// assert_eq!(text, "hi");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an operation's payload",
    label = "the payload's type",
    note = "a payload is a `#[shape]` structure, union or string enum, a `String`, an `opwire::Blob` or a `serde_json::Value`"
)]
pub trait Payload: Sized {
    /// The body's content type, unless a `Content-Type` header field sets
    /// one.
    const CONTENT_TYPE: &'static str;

    /// The body of an absent payload.
    const ABSENT: &'static [u8] = b"";

    /// The body.
    ///
    /// # Errors
    ///
    /// When the value cannot be serialized.
    fn write_payload(&self) -> Result<Bytes, BuildError>;

    /// The value of a body.
    ///
    /// # Errors
    ///
    /// A body that is not a value of the type, as a 400 naming what was
    /// expected.
    fn read_payload(body: &Bytes) -> Result<Self, RequestError>;
}

impl Payload for Blob {
    const CONTENT_TYPE: &'static str = "application/octet-stream";

    fn write_payload(&self) -> Result<Bytes, BuildError> {
        Ok(Bytes::copy_from_slice(self.as_bytes()))
    }

    fn read_payload(body: &Bytes) -> Result<Self, RequestError> {
        Ok(Blob::from(body.as_ref()))
    }
}

impl Payload for String {
    const CONTENT_TYPE: &'static str = "text/plain";

    fn write_payload(&self) -> Result<Bytes, BuildError> {
        Ok(Bytes::copy_from_slice(self.as_bytes()))
    }

    fn read_payload(body: &Bytes) -> Result<Self, RequestError> {
        text(body).map(str::to_owned)
    }
}

impl Payload for serde_json::Value {
    const CONTENT_TYPE: &'static str = "application/json";

    fn write_payload(&self) -> Result<Bytes, BuildError> {
        serde_json::to_vec(self)
            .map(Bytes::from)
            .map_err(BuildError::Body)
    }

    fn read_payload(body: &Bytes) -> Result<Self, RequestError> {
        serde_json::from_slice(body).map_err(|err| {
            RequestError::new(
                RequestErrorKind::MalformedBody,
                None,
                format!("Malformed JSON body: {err}"),
            )
        })
    }
}

fn text(body: &Bytes) -> Result<&str, RequestError> {
    std::str::from_utf8(body).map_err(|_| {
        RequestError::new(
            RequestErrorKind::InvalidBody,
            None,
            "Invalid request body: expected UTF-8 text",
        )
    })
}

// Every `#[shape]` is a payload: a structure or union as JSON, a string
// enum as its value's text. One impl here rather than one per shape in the
// expansion.
impl<T: Shape + Serialize + DeserializeOwned> Payload for T {
    const CONTENT_TYPE: &'static str = match is_enum::<T>() {
        true => "text/plain",
        false => "application/json",
    };
    const ABSENT: &'static [u8] = match !is_enum::<T>() && !T::UNION {
        true => b"{}",
        false => b"",
    };

    fn write_payload(&self) -> Result<Bytes, BuildError> {
        let json = serde_json::to_vec(self).map_err(BuildError::Body)?;
        // A string enum's value is a JSON string: its text is inside the quotes.
        match is_enum::<T>() {
            true => Ok(Bytes::copy_from_slice(&json[1..json.len() - 1])),
            false => Ok(Bytes::from(json)),
        }
    }

    fn read_payload(body: &Bytes) -> Result<Self, RequestError> {
        if !is_enum::<T>() {
            return crate::json::decode_request(body);
        }
        let text = text(body)?;
        serde_json::from_value(serde_json::Value::from(text)).map_err(|_| {
            let unknown = crate::UnknownValue::new(text, T::VALUES);
            RequestError::new(
                RequestErrorKind::InvalidBody,
                None,
                format!("Invalid request body: {unknown}"),
            )
        })
    }
}

/// A string enum: a shape with values.
const fn is_enum<T: Shape>() -> bool {
    !T::VALUES.is_empty()
}
