//! [`BuildError`]: why a request could not be built from an operation value.

use std::fmt;

/// Why [`Operation::path`](crate::Operation::path) or
/// [`Operation::to_request`](crate::Operation::to_request) failed.
///
/// ```
/// use opwire::BuildError;
///
/// let err = BuildError::EmptyLabel { label: "appId", field: "app_id" };
/// assert_eq!(err.to_string(), "path label `<appId>` (field `app_id`) is empty");
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// A path label rendered as the empty string, which would change the path.
    EmptyLabel {
        /// The placeholder's name in the template.
        label: &'static str,
        /// The struct field bound to it.
        field: &'static str,
    },
    /// A field's `Display` implementation returned an error.
    Display {
        /// The struct field.
        field: &'static str,
    },
    /// A header field's value is not a valid HTTP header value (control
    /// characters such as a line break).
    InvalidHeader {
        /// The header's name.
        header: http::HeaderName,
        /// The struct field.
        field: &'static str,
    },
    /// The JSON body could not be serialized.
    Body(serde_json::Error),
    /// The rendered URI was rejected by `http` (should not happen: labels and
    /// query values are percent-encoded).
    Uri(http::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::EmptyLabel { label, field } => {
                write!(f, "path label `<{label}>` (field `{field}`) is empty")
            }
            BuildError::Display { field } => {
                write!(f, "the `Display` implementation of field `{field}` failed")
            }
            BuildError::InvalidHeader { header, field } => write!(
                f,
                "field `{field}` is not a valid value for header `{header}` (control characters are not allowed)"
            ),
            BuildError::Body(err) => write!(f, "the JSON body could not be serialized: {err}"),
            BuildError::Uri(err) => write!(f, "the request URI is invalid: {err}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Body(err) => Some(err),
            BuildError::Uri(err) => Some(err),
            _ => None,
        }
    }
}
