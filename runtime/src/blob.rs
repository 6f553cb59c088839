//! [`Blob`]: binary data, base64 on the wire.

use std::fmt;
use std::str::FromStr;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Binary data: what a Smithy `blob` member holds. As restJson1 writes it,
/// it is base64 text (the standard alphabet, padded) everywhere it goes: a
/// JSON string in a body, and the text of a header, query parameter or
/// path label.
///
/// ```
/// use opwire::Blob;
///
/// let blob = Blob::from("value");
/// assert_eq!(serde_json::to_string(&blob).unwrap(), r#""dmFsdWU=""#);
/// assert_eq!("dmFsdWU=".parse::<Blob>().unwrap().as_bytes(), b"value");
/// assert!("not base64!".parse::<Blob>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Blob(Vec<u8>);

impl Blob {
    /// A blob of `bytes`.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob(bytes.into())
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, owned.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Self {
        Blob(bytes)
    }
}

impl From<&[u8]> for Blob {
    fn from(bytes: &[u8]) -> Self {
        Blob(bytes.to_vec())
    }
}

impl From<&str> for Blob {
    fn from(text: &str) -> Self {
        Blob(text.as_bytes().to_vec())
    }
}

impl From<Blob> for Vec<u8> {
    fn from(blob: Blob) -> Self {
        blob.0
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob(b\"{}\")", self.0.escape_ascii())
    }
}

/// The base64 text.
impl fmt::Display for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&STANDARD.encode(&self.0))
    }
}

/// Text that is not base64 (the standard alphabet, padded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidBase64;

impl fmt::Display for InvalidBase64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected base64 text (the standard alphabet, padded)")
    }
}

impl std::error::Error for InvalidBase64 {}

impl FromStr for Blob {
    type Err = InvalidBase64;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        STANDARD.decode(text).map(Blob).map_err(|_| InvalidBase64)
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Base64;
        impl Visitor<'_> for Base64 {
            type Value = Blob;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a base64 string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Blob, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Base64)
    }
}

impl crate::Describe for Blob {
    const SCHEMA: crate::Schema = crate::Schema::String;
}
