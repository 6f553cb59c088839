//! [`ResponseError`]: why a response did not parse into the operation's result.

use std::fmt;

use bytes::Bytes;
use http::StatusCode;

use crate::error::ErrorSet;

/// Why [`Operation::parse_response`](crate::Operation::parse_response) did not
/// give the success value.
///
/// ```
/// # use opwire::{ErrorSet, ResponseError};
/// fn describe<E: ErrorSet>(err: &ResponseError<E>) -> String {
///     match err {
///         ResponseError::Modeled(e) => format!("{} ({})", e, e.info().status),
///         ResponseError::Unmodeled { status, code, .. } => {
///             format!("unexpected {status} {}", code.as_deref().unwrap_or("without a code"))
///         }
///         other => other.to_string(),
///     }
/// }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseError<E> {
    /// One of the operation's declared errors.
    Modeled(E),
    /// An error status or code the operation does not declare; the status,
    /// the code if one was sent, and the body are kept.
    Unmodeled {
        /// The response status.
        status: StatusCode,
        /// The error code from `x-amzn-ErrorType` or the body, if any.
        code: Option<String>,
        /// The response body, as received.
        body: Bytes,
    },
    /// The status was understood but the body does not decode as the declared
    /// type (the success type, or the declared error's type).
    Malformed {
        /// The response status.
        status: StatusCode,
        /// What did not decode, naming the field.
        message: String,
        /// The response body, as received.
        body: Bytes,
    },
}

impl<E> ResponseError<E> {
    /// The declared error, if this is one.
    pub fn modeled(self) -> Option<E> {
        match self {
            ResponseError::Modeled(e) => Some(e),
            _ => None,
        }
    }

    /// The declared error, by reference, if this is one.
    pub fn as_modeled(&self) -> Option<&E> {
        match self {
            ResponseError::Modeled(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: ErrorSet> ResponseError<E> {
    /// The HTTP status of the response this error came from.
    pub fn status(&self) -> StatusCode {
        match self {
            ResponseError::Modeled(e) => e.info().status,
            ResponseError::Unmodeled { status, .. } | ResponseError::Malformed { status, .. } => {
                *status
            }
        }
    }
}

impl<E: fmt::Display> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Modeled(e) => e.fmt(f),
            ResponseError::Unmodeled { status, code, .. } => match code {
                Some(code) => write!(f, "undeclared error `{code}` with status {status}"),
                None => write!(f, "undeclared error status {status}"),
            },
            ResponseError::Malformed {
                status, message, ..
            } => write!(
                f,
                "the body of a {status} response does not decode: {message}"
            ),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for ResponseError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ResponseError::Modeled(e) => Some(e),
            _ => None,
        }
    }
}
