//! [`RequestError`]: why an incoming request did not decode into an operation.

use std::fmt;

use http::StatusCode;

/// What kind of problem a [`RequestError`] reports; each maps to a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestErrorKind {
    /// The path does not match the operation's template (404).
    PathMismatch,
    /// The method is not the operation's (405).
    MethodMismatch,
    /// A path label is not valid percent-encoded UTF-8 or does not parse (400).
    InvalidLabel,
    /// A required query parameter is absent (400).
    MissingQuery,
    /// A query parameter does not decode or parse (400).
    InvalidQuery,
    /// A required header is absent (400).
    MissingHeader,
    /// A header is not visible ASCII or does not parse (400).
    InvalidHeader,
    /// The body is not well-formed JSON (400).
    MalformedBody,
    /// The body is JSON but not the expected shape: a missing field, a wrong
    /// type, an unknown enum value, a number out of range (400).
    InvalidBody,
    /// The body is not declared as JSON (415).
    UnsupportedMediaType,
    /// The body is larger than the server accepts (413).
    PayloadTooLarge,
}

impl RequestErrorKind {
    /// The HTTP status this kind of error answers with.
    pub const fn status(self) -> StatusCode {
        match self {
            RequestErrorKind::PathMismatch => StatusCode::NOT_FOUND,
            RequestErrorKind::MethodMismatch => StatusCode::METHOD_NOT_ALLOWED,
            RequestErrorKind::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            RequestErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    /// The AWS-style error code sent in `x-amzn-ErrorType`.
    pub const fn code(self) -> &'static str {
        match self {
            RequestErrorKind::PathMismatch => "UnknownOperationException",
            RequestErrorKind::MethodMismatch => "MethodNotAllowedException",
            RequestErrorKind::UnsupportedMediaType => "UnsupportedMediaTypeException",
            RequestErrorKind::PayloadTooLarge => "RequestEntityTooLargeException",
            _ => "BadRequestException",
        }
    }
}

/// Why a request did not decode into an operation: a message that names the
/// field at fault and what was expected, and the HTTP status it maps to.
///
/// [`Router`](crate::Router) answers these itself, with the status, an
/// `x-amzn-ErrorType` header and a `{"message": …}` body.
///
/// ```
/// use opwire::{RequestError, RequestErrorKind};
/// # fn check(err: RequestError) {
/// if err.kind() == RequestErrorKind::InvalidBody {
///     assert_eq!(err.status(), http::StatusCode::BAD_REQUEST);
///     println!("{} is wrong: {}", err.field().unwrap_or("body"), err.message());
/// }
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestError {
    kind: RequestErrorKind,
    field: Option<String>,
    message: String,
}

impl RequestError {
    /// The response a server sends for this error: its status,
    /// `x-amzn-ErrorType` and `{"message": …}`.
    ///
    /// ```
    /// # fn f(err: opwire::RequestError) {
    /// let response = err.to_response();
    /// assert_eq!(response.status(), err.status());
    /// # }
    /// ```
    pub fn to_response(&self) -> http::Response<bytes::Bytes> {
        crate::response::message_response(self.status(), self.code(), self.message())
    }
    pub(crate) fn new(
        kind: RequestErrorKind,
        field: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        RequestError {
            kind,
            field,
            message: message.into(),
        }
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> RequestErrorKind {
        self.kind
    }

    /// The HTTP status to answer with.
    pub fn status(&self) -> StatusCode {
        self.kind.status()
    }

    /// The AWS-style error code (`BadRequestException`, …).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The wire name of the field at fault (`appId`, `serviceName`,
    /// `items[0].name`, a query parameter or header name), when there is one.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The human-readable message, which names the field and what was expected.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RequestError {}
