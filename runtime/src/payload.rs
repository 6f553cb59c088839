//! [`Payload`]: a type that is an operation's whole body (`#[payload]`,
//! Smithy's `@httpPayload`), and the types that are one.

use std::fmt::Display;
use std::str::FromStr;

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::blob::Blob;
use crate::error::{BuildError, RequestError, RequestErrorKind};

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
        write_json(self)
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

/// A `#[shape]` structure's or union's body.
#[doc(hidden)]
pub fn write_json<T: Serialize>(value: &T) -> Result<Bytes, BuildError> {
    serde_json::to_vec(value)
        .map(Bytes::from)
        .map_err(BuildError::Body)
}

/// A `#[shape]` structure or union from a body, with the errors of bodies.
#[doc(hidden)]
pub fn read_json<T: DeserializeOwned>(body: &Bytes) -> Result<T, RequestError> {
    crate::json::decode_request(body)
}

/// A `#[shape]` string enum's body: its value as text.
#[doc(hidden)]
pub fn write_text<T: Display>(value: &T) -> Result<Bytes, BuildError> {
    Ok(Bytes::from(value.to_string()))
}

/// A `#[shape]` string enum from a body.
#[doc(hidden)]
pub fn read_text<T>(body: &Bytes) -> Result<T, RequestError>
where
    T: FromStr,
    T::Err: Display,
{
    let text = text(body)?;
    text.parse().map_err(|err| {
        RequestError::new(
            RequestErrorKind::InvalidBody,
            None,
            format!("Invalid request body: {err}"),
        )
    })
}
