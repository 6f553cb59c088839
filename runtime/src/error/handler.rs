//! [`HandlerError`]: how a handler fails, with a declared error or with an
//! internal failure; [`InternalFailure`]: the cause of such a 500, kept on
//! the server side.

use std::error::Error;
use std::fmt;
use std::sync::Arc;

/// The error a handler returns: one of its operation's declared errors,
/// answered with its status, code and body, or an internal failure,
/// answered `500 InternalFailure` with nothing of the cause on the wire.
///
/// A handler may return `Result<_, Op::Error>` (converted with `From`) or
/// `Result<_, HandlerError<Op::Error>>` when it can also fail in ways the
/// API does not declare (a database that is down).
///
/// ```
/// use opwire::{HandlerError, Router, operation};
///
/// #[derive(Debug, serde::Serialize, serde::Deserialize)]
/// pub struct NotFoundException { pub message: Option<String> }
///
/// #[operation(GET, "/apps/<appId>", errors(404 = NotFoundException))]
/// pub struct GetApp { pub app_id: String }
///
/// fn load(_: &str) -> Result<Option<String>, std::io::Error> {
///     Err(std::io::Error::other("the database is down"))
/// }
///
/// async fn get_app(op: GetApp) -> Result<opwire::Empty, HandlerError<GetAppError>> {
///     match load(&op.app_id).map_err(HandlerError::internal)? {
///         Some(_) => Ok(opwire::Empty {}),
///         None => Err(GetAppError::from(NotFoundException { message: Some("no app".into()) }).into()),
///     }
/// }
///
/// let router = Router::new().route(get_app);
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let request = http::Request::get("/apps/a1").body(bytes::Bytes::new()).unwrap();
/// let response = router.dispatch(request).await;
/// assert_eq!(response.status(), 500);
/// assert_eq!(response.headers()["x-amzn-errortype"], "InternalFailure");
/// // The cause stays on the server: in the response's extensions, for logs.
/// let failure = response.extensions().get::<opwire::InternalFailure>().unwrap();
/// assert_eq!(failure.cause().to_string(), "the database is down");
/// # });
/// ```
pub enum HandlerError<E> {
    /// A declared error of the operation.
    Declared(E),
    /// A failure the API does not declare; its cause is logged, never sent.
    Internal(InternalFailure),
}

impl<E> HandlerError<E> {
    /// An internal failure caused by `cause`.
    pub fn internal(cause: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        HandlerError::Internal(InternalFailure(Arc::from(cause.into())))
    }
}

impl<E> From<E> for HandlerError<E> {
    fn from(declared: E) -> Self {
        HandlerError::Declared(declared)
    }
}

impl<E: fmt::Debug> fmt::Debug for HandlerError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HandlerError::Declared(err) => f.debug_tuple("Declared").field(err).finish(),
            HandlerError::Internal(failure) => f.debug_tuple("Internal").field(failure).finish(),
        }
    }
}

/// The cause of a `500 InternalFailure` a handler failed with, in the
/// response's extensions: the server logs it with the request ID, and any
/// layer around the router can read it.
#[derive(Clone)]
pub struct InternalFailure(Arc<dyn Error + Send + Sync>);

impl InternalFailure {
    /// What went wrong.
    pub fn cause(&self) -> &(dyn Error + Send + Sync + 'static) {
        &*self.0
    }
}

impl fmt::Debug for InternalFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("InternalFailure").field(&self.0).finish()
    }
}

impl fmt::Display for InternalFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
