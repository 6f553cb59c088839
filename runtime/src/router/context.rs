//! [`Context`]: what a handler may know of its request besides the decoded
//! operation: the router's state, the request's parts, its ID, its peer.

use std::fmt;
use std::net::SocketAddr;

use http::request::Parts;
use http::{Extensions, HeaderMap, HeaderValue, Method, Uri};

use crate::{Operation, OperationInfo};

/// The request a handler answers, besides its decoded operation: the
/// router's state ([`Router::with_state`](crate::Router::with_state)), the
/// method, URI, headers (declared or not) and extensions (where middleware
/// puts an authenticated identity), the request ID and the peer's address
/// when a server sent them, and the operation's declaration.
///
/// A handler takes it as a second parameter when it wants it:
///
/// ```
/// use std::sync::Arc;
/// use std::sync::atomic::{AtomicU64, Ordering};
///
/// use opwire::{Context, Router, operation};
///
/// #[derive(Debug, serde::Serialize, serde::Deserialize)]
/// #[serde(rename_all = "camelCase")]
/// pub struct Counted { pub count: u64, pub agent: Option<String> }
///
/// #[operation(POST, "/count", response = Counted)]
/// pub struct Count {}
///
/// #[derive(Clone, Default)]
/// struct AppState { counter: Arc<AtomicU64> }
///
/// let router = Router::new()
///     .route(|_: Count, cx: Context<AppState>| async move {
///         let count = cx.state().counter.fetch_add(1, Ordering::Relaxed) + 1;
///         let agent = cx.headers().get("user-agent").and_then(|v| v.to_str().ok());
///         assert_eq!(cx.operation().name, "Count");
///         Ok::<_, CountError>(Counted { count, agent: agent.map(str::to_owned) })
///     })
///     .with_state(AppState::default());
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let request = http::Request::post("/count")
///     .header("user-agent", "curl/8")
///     .body(bytes::Bytes::new())
///     .unwrap();
/// let response = router.dispatch(request).await;
/// assert_eq!(response.body().as_ref(), br#"{"count":1,"agent":"curl/8"}"#);
/// # });
/// ```
pub struct Context<S = ()> {
    state: S,
    parts: Parts,
    operation: fn() -> OperationInfo,
}

impl<S> Context<S> {
    /// The context of a request for `Op` with these parts, as the router
    /// makes it; for calling a handler without a router (a test, another
    /// host).
    ///
    /// ```
    /// # use opwire::{Context, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let (parts, ()) = http::Request::get("/ping").body(()).unwrap().into_parts();
    /// let cx = Context::new::<Ping>(7, parts);
    /// assert_eq!((*cx.state(), cx.operation().name), (7, "Ping"));
    /// ```
    pub fn new<Op: Operation>(state: S, request: Parts) -> Self {
        Context {
            state,
            parts: request,
            operation: OperationInfo::of::<Op>,
        }
    }

    /// The router's state.
    pub fn state(&self) -> &S {
        &self.state
    }

    /// The request's method.
    pub fn method(&self) -> &Method {
        &self.parts.method
    }

    /// The request's URI, as received (origin form: path and query).
    pub fn uri(&self) -> &Uri {
        &self.parts.uri
    }

    /// Every header of the request, declared or not.
    pub fn headers(&self) -> &HeaderMap {
        &self.parts.headers
    }

    /// The request's extensions: what the server and any middleware put
    /// there.
    pub fn extensions(&self) -> &Extensions {
        &self.parts.extensions
    }

    /// The request ID the server sends back in `x-amzn-RequestId` and logs,
    /// if a server set one ([`RequestId`]).
    pub fn request_id(&self) -> Option<&str> {
        self.parts
            .extensions
            .get::<RequestId>()
            .map(RequestId::as_str)
    }

    /// The address of the peer the request came from, if a server set it
    /// ([`PeerAddr`]).
    pub fn peer_addr(&self) -> Option<SocketAddr> {
        self.parts.extensions.get::<PeerAddr>().map(|peer| peer.0)
    }

    /// The declaration of the operation being answered.
    pub fn operation(&self) -> OperationInfo {
        (self.operation)()
    }

    /// The state and the request's parts.
    pub fn into_parts(self) -> (S, Parts) {
        (self.state, self.parts)
    }
}

impl<S: fmt::Debug> fmt::Debug for Context<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context")
            .field("state", &self.state)
            .field("method", &self.parts.method)
            .field("uri", &self.parts.uri)
            .field("operation", &(self.operation)().name)
            .finish_non_exhaustive()
    }
}

/// A request's ID, in its extensions: set by the server (a UUID, as API
/// Gateway sends) or by whatever hosts the router, and read back by
/// [`Context::request_id`], the server's log and the `x-amzn-RequestId`
/// response header.
///
/// ```
/// let mut request = http::Request::new(bytes::Bytes::new());
/// request.extensions_mut().insert(opwire::RequestId::new("c0ffee00-0000-4000-8000-000000000001").unwrap());
/// let id = request.extensions().get::<opwire::RequestId>().unwrap();
/// assert_eq!(id.as_str(), "c0ffee00-0000-4000-8000-000000000001");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(HeaderValue);

impl RequestId {
    /// An ID from text; `None` if it is not visible ASCII (it goes into a
    /// header).
    pub fn new(id: &str) -> Option<Self> {
        let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_graphic());
        valid.then(|| HeaderValue::from_str(id).ok().map(RequestId))?
    }

    /// An ID that is already a header value.
    #[cfg(feature = "server")]
    pub(crate) fn from_header(value: HeaderValue) -> Self {
        RequestId(value)
    }

    /// The ID.
    pub fn as_str(&self) -> &str {
        // Only visible ASCII gets in.
        self.0.to_str().unwrap_or_default()
    }

    /// The ID as a header value.
    pub fn header_value(&self) -> &HeaderValue {
        &self.0
    }
}

/// The address of the peer a request came from, in its extensions: set by
/// the server, read by [`Context::peer_addr`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerAddr(pub SocketAddr);
