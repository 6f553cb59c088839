//! The [`Operation`] contract that `#[operation]` implements.

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::cors::Cors;
use crate::error::{BuildError, ErrorSet, RequestError, ResponseError};
use crate::request::Incoming;
use crate::schema::Schema;
use crate::template::Segment;

/// One HTTP operation: its method, path template, fields, success response,
/// errors and CORS settings, and the code that puts it on the wire and reads
/// it back, for clients and servers alike.
///
/// Implemented by `#[operation]`; the constants are the declaration as data,
/// and the methods are thin calls into this crate.
///
/// ```
/// use opwire::{Operation, operation};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Serialize, Deserialize)]
/// pub struct Job { pub status: Option<String> }
///
/// /// Returns one job.
/// #[operation(GET, "/backend/<appId>/job/<jobId>", response = Job)]
/// pub struct GetJob {
///     pub app_id: String,
///     pub job_id: u64,
/// }
///
/// let op = GetJob { app_id: "app 1".into(), job_id: 7 };
/// assert_eq!(op.path().unwrap(), "/backend/app%201/job/7");
///
/// let request = op.to_request().unwrap();
/// assert_eq!(request.method(), http::Method::GET);
/// let back = GetJob::from_request(&request).unwrap();
/// assert_eq!((back.app_id.as_str(), back.job_id), ("app 1", 7));
///
/// let response = GetJob::respond(Ok(Job { status: Some("SUCCEEDED".into()) }));
/// assert_eq!(response.body().as_ref(), br#"{"status":"SUCCEEDED"}"#);
/// let job = GetJob::parse_response(&response).unwrap();
/// assert_eq!(job.status.as_deref(), Some("SUCCEEDED"));
/// ```
pub trait Operation: Sized + Send + 'static {
    /// The operation's name: the struct's, unless declared with `name = "…"`.
    const NAME: &'static str;
    /// The HTTP method.
    const METHOD: Method;
    /// The path template as written.
    const TEMPLATE: &'static str;
    /// The path template as segments.
    const SEGMENTS: &'static [Segment];
    /// The status of a successful response (200 unless declared).
    const STATUS: StatusCode;
    /// Every field, where it goes on the wire, and whether it is required.
    const FIELDS: &'static [FieldInfo];
    /// The CORS settings.
    const CORS: Cors;
    /// The struct's doc comment, as written (lines joined with `\n`, the
    /// space after `///` stripped); empty without one. For documentation
    /// generated from the declaration.
    const DOC: &'static str = "";
    /// The schema of [`Self::Response`]: its [`Describe`](crate::Describe)
    /// schema, or [`Schema::Any`] when it has none.
    const RESPONSE_SCHEMA: &'static Schema = &Schema::Any;

    /// The success body.
    type Response: Serialize + DeserializeOwned + Send + 'static;
    /// The declared errors.
    type Error: ErrorSet;

    /// The path with this value's labels, percent-encoded.
    fn path(&self) -> Result<String, BuildError>;

    /// The CORS settings, as a `'static` reference.
    fn cors() -> &'static Cors {
        &Self::CORS
    }

    /// The request: method, origin-form URI (path and query), headers and
    /// JSON body.
    fn to_request(&self) -> Result<Request<Bytes>, BuildError>;

    /// Matches a request's method and path against this operation and
    /// decodes its labels, query, headers and body.
    fn from_request(request: &Request<Bytes>) -> Result<Self, RequestError> {
        crate::request::from_request(request)
    }

    /// Decodes the fields of a request whose path already matched.
    #[doc(hidden)]
    fn __decode(incoming: &Incoming<'_>) -> Result<Self, RequestError>;

    /// The response for a handler's result: the success status and JSON body,
    /// or the error's status, `x-amzn-ErrorType` and JSON body (with
    /// `"__type"`, the same code). CORS headers depend on the request, so the
    /// [`Router`](crate::Router) adds them.
    fn respond(result: Result<Self::Response, Self::Error>) -> Response<Bytes> {
        crate::response::respond::<Self>(result)
    }

    /// Reads a response back: a 2xx body as [`Self::Response`], a declared
    /// error as [`ResponseError::Modeled`], anything else as another
    /// [`ResponseError`].
    fn parse_response(
        response: &Response<Bytes>,
    ) -> Result<Self::Response, ResponseError<Self::Error>> {
        crate::response::parse_response(response)
    }
}

/// An operation's declaration as data, for documentation, model checks and
/// tooling: everything [`Operation`]'s constants hold, in one value.
///
/// ```
/// use opwire::{OperationInfo, operation};
///
/// #[operation(DELETE, "/token/<sessionId>", status = 204)]
/// pub struct DeleteToken { pub session_id: String }
///
/// let info = OperationInfo::of::<DeleteToken>();
/// assert_eq!(info.name, "DeleteToken");
/// assert_eq!(info.method, http::Method::DELETE);
/// assert_eq!(info.status, 204);
/// assert_eq!(info.fields[0].wire, "sessionId");
/// assert!(info.errors.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationInfo {
    /// [`Operation::NAME`].
    pub name: &'static str,
    /// [`Operation::METHOD`].
    pub method: Method,
    /// [`Operation::TEMPLATE`].
    pub template: &'static str,
    /// [`Operation::SEGMENTS`].
    pub segments: &'static [Segment],
    /// [`Operation::STATUS`].
    pub status: StatusCode,
    /// [`Operation::FIELDS`].
    pub fields: &'static [FieldInfo],
    /// The declared errors: [`ErrorSet::ERRORS`] of [`Operation::Error`].
    pub errors: &'static [crate::ErrorInfo],
    /// [`Operation::cors`].
    pub cors: &'static Cors,
    /// [`Operation::DOC`].
    pub doc: &'static str,
    /// [`Operation::RESPONSE_SCHEMA`].
    pub response: &'static Schema,
}

impl OperationInfo {
    /// The declaration of `Op`.
    pub fn of<Op: Operation>() -> Self {
        OperationInfo {
            name: Op::NAME,
            method: Op::METHOD,
            template: Op::TEMPLATE,
            segments: Op::SEGMENTS,
            status: Op::STATUS,
            fields: Op::FIELDS,
            errors: <Op::Error as ErrorSet>::ERRORS,
            cors: Op::cors(),
            doc: Op::DOC,
            response: Op::RESPONSE_SCHEMA,
        }
    }
}

/// Where a field of an operation travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// A path label.
    Path,
    /// A query parameter.
    Query,
    /// A header.
    Header,
    /// A member of the JSON body.
    Body,
    /// The whole body (`#[payload]`); its `wire` is empty.
    Payload,
}

/// One field of an operation, as [`Operation::FIELDS`] lists it.
///
/// ```
/// use opwire::{FieldInfo, Location, Schema};
///
/// let field = FieldInfo {
///     field: "app_id",
///     wire: "appId",
///     location: Location::Path,
///     required: true,
///     doc: "The app ID.",
///     schema: &Schema::String,
/// };
/// assert_eq!(field.wire, "appId");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldInfo {
    /// The struct field's name.
    pub field: &'static str,
    /// The name on the wire: the label, query parameter, header or JSON key.
    pub wire: &'static str,
    /// Where it travels.
    pub location: Location,
    /// Whether a request without it is rejected: path labels always are;
    /// a query parameter unless `Option` or `Vec`; a header unless `Option`;
    /// a body member unless `Option` or `#[serde(default)]` (a `Vec` member
    /// is required, as serde requires it).
    pub required: bool,
    /// The field's doc comment, as [`Operation::DOC`] has the struct's.
    pub doc: &'static str,
    /// The schema of the field's type (inside `Option` for a query
    /// parameter or header: see [`Schema::non_null`]).
    pub schema: &'static Schema,
}
