//! [`ErrorSet`]: the typed errors of an operation and their wire form.

use std::fmt;

use http::StatusCode;

use crate::schema::Schema;

/// The wire identity of one declared error: its code and HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorInfo {
    /// The code, sent in `x-amzn-ErrorType` (the type's name by default).
    pub code: &'static str,
    /// The HTTP status the error answers with.
    pub status: StatusCode,
    /// The schema of the error's body (without `__type`): the wrapped
    /// type's [`Describe`](crate::Describe) schema, or [`Schema::Any`].
    pub schema: &'static Schema,
}

impl ErrorInfo {
    /// An entry of [`ErrorSet::ERRORS`]; panics at compile time in a `const`
    /// if `status` is not a valid status code.
    ///
    /// ```
    /// use opwire::ErrorInfo;
    ///
    /// const NOT_FOUND: ErrorInfo = ErrorInfo::new("NotFoundException", 404);
    /// assert_eq!(NOT_FOUND.status, http::StatusCode::NOT_FOUND);
    /// ```
    pub const fn new(code: &'static str, status: u16) -> Self {
        match StatusCode::from_u16(status) {
            Ok(status) => ErrorInfo {
                code,
                status,
                schema: &Schema::Any,
            },
            Err(_) => panic!("invalid HTTP status code"),
        }
    }

    /// This entry with the body's schema.
    ///
    /// ```
    /// use opwire::{ErrorInfo, Schema};
    ///
    /// const THROTTLED: ErrorInfo = ErrorInfo::new("ThrottlingException", 429)
    ///     .with_schema(&Schema::Object(&[]));
    /// assert_eq!(THROTTLED.schema, &Schema::Object(&[]));
    /// ```
    pub const fn with_schema(self, schema: &'static Schema) -> Self {
        ErrorInfo { schema, ..self }
    }
}

/// The set of typed errors one operation may answer with.
///
/// `#[operation(errors(…))]` generates an enum implementing it, and
/// `#[derive(ErrorSet)]` implements it for an enum shared by several
/// operations. Each variant wraps one error type, whose JSON form is the
/// error's body; its code and status are in [`ERRORS`](Self::ERRORS).
///
/// ```
/// use opwire::ErrorSet;
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Serialize, Deserialize)]
/// pub struct NotFoundException { pub message: Option<String> }
///
/// #[derive(Debug, Serialize, Deserialize)]
/// pub struct TooManyRequestsException { pub message: Option<String> }
///
/// #[derive(Debug, ErrorSet)]
/// pub enum CommonError {
///     #[status(404)]
///     NotFoundException(NotFoundException),
///     #[status(429)]
///     TooManyRequestsException(TooManyRequestsException),
/// }
///
/// let err = CommonError::from(NotFoundException { message: Some("no app".into()) });
/// assert_eq!(err.info().code, "NotFoundException");
/// assert_eq!(err.info().status, 404);
/// assert_eq!(err.to_string(), "NotFoundException: no app");
/// ```
pub trait ErrorSet: fmt::Debug + fmt::Display + std::error::Error + Send + Sized + 'static {
    /// Every declared error, in declaration order.
    const ERRORS: &'static [ErrorInfo];

    /// This error's entry in [`ERRORS`](Self::ERRORS).
    fn info(&self) -> &'static ErrorInfo;

    /// The error's body: the wrapped value as JSON.
    fn to_json(&self) -> Result<Vec<u8>, serde_json::Error>;

    /// Decodes the body of the error at `index` in [`ERRORS`](Self::ERRORS).
    fn from_json(index: usize, body: &[u8]) -> Result<Self, serde_json::Error>;
}
