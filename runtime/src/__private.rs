//! What generated code calls, through `::opwire::__private`: not a public
//! API, and not covered by semver.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use ::bytes;
pub use ::http;
pub use ::serde;

pub use serde_json::Error as JsonError;

pub use crate::cors::Cors;
pub use crate::error::{BuildError, ErrorInfo, ErrorSet, RequestError};
pub use crate::json::Empty;
pub use crate::operation::{FieldInfo, Location, Operation};
pub use crate::request::{Incoming, RequestBuilder};
pub use crate::schema::{Describe, Probe, ProbeFallback, Schema, ShapeInfo};
pub use crate::serde_impls::{
    Slots, UnionMembers, bad_index, deserialize_enum, deserialize_struct, deserialize_union,
    present, required, skip, vacant,
};
pub use crate::shape::{Shape, UnknownValue};
pub use crate::template::Segment;
pub use crate::text::Text;

/// Expands to nothing when serde's derive is there for the declarations that
/// need it, and to a compile error that says how to get it when it is not.
#[cfg(feature = "derive")]
#[doc(hidden)]
#[macro_export]
macro_rules! __opwire_needs_derive {
    () => {};
}

#[cfg(not(feature = "derive"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __opwire_needs_derive {
    () => {
        ::core::compile_error!(
            "this declaration's `#[serde(...)]` attributes go beyond `rename`, `default` and \
             `skip_serializing_if`, so it is serialized with serde's derive: enable opwire's \
             `derive` feature (on by default)"
        );
    };
}

pub use crate::__opwire_needs_derive as needs_derive;

/// Renders `segments` with one value per label, in order.
pub fn render_path(
    segments: &'static [Segment],
    values: &[&dyn fmt::Display],
) -> Result<String, BuildError> {
    crate::template::render_path(segments, values)
}

/// A status code from a literal the macro has checked.
pub const fn status(code: u16) -> http::StatusCode {
    match http::StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("invalid HTTP status code"),
    }
}

/// An error value's JSON body.
pub fn error_to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(value)
}

/// An error value from its JSON body (an empty body reads as `{}`).
pub fn error_from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    crate::json::decode_response(body)
}

/// The error of `ErrorSet::from_json` for an index out of range.
pub fn unknown_error(index: usize) -> serde_json::Error {
    <serde_json::Error as serde::de::Error>::custom(format_args!(
        "no declared error at index {index}"
    ))
}

/// `Display` of a declared error: its code, then its `message` field if the
/// value serializes to an object that has one.
pub fn fmt_error<T: Serialize>(f: &mut fmt::Formatter<'_>, code: &str, value: &T) -> fmt::Result {
    let message = serde_json::to_value(value).ok().and_then(|value| {
        let object = value.as_object()?;
        let message = object.get("message").or_else(|| object.get("Message"))?;
        message.as_str().map(str::to_owned)
    });
    match message {
        Some(message) => write!(f, "{code}: {message}"),
        None => f.write_str(code),
    }
}
