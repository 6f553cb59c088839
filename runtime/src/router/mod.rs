//! [`Router`]: dispatches requests to the handlers of their operations.

pub(crate) mod body;
mod context;
mod handler;
mod literals;
mod route_error;
mod service;
mod trie;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;

use bytes::Bytes;
use http::header::ALLOW;
use http::{Method, Request, Response, StatusCode};

use crate::cors::{ANY_METHOD, Cors, CorsAnswer, PathCors};
use crate::response::{internal_error, message_response};
use crate::template::{Captures, MAX_LABELS};
use crate::{Operation, OperationInfo};

pub use context::{Context, PeerAddr, RequestId};
pub use handler::Handler;
use handler::{BoxResponse, Endpoint, Matched, OperationEndpoint, WithState};
pub use route_error::RouteError;
pub use service::ResponseFuture;
use trie::Node;

/// Dispatches requests to the handlers of their operations, in one pass:
/// match the path in one trie, decode the labels and body into the
/// operation's struct, call the handler, encode its result.
///
/// - An unknown path answers 404; a known path with another method answers
///   405 with `Allow`; `OPTIONS` on a path with CORS on answers the preflight.
/// - A request that does not decode answers 400 (or 415, 413) with
///   `x-amzn-ErrorType` and a `{"message": …}` naming the field.
/// - Every response on a path with CORS on carries its CORS headers
///   (`Access-Control-Allow-Origin`, `Access-Control-Expose-Headers`, …):
///   successes, declared errors, decode errors and 405s alike.
///
/// What a browser's preflight gets:
///
/// | preflight for | answer |
/// | --- | --- |
/// | a method of the path | 200, `Access-Control-Allow-Methods`: all the path's methods |
/// | a method the path lacks | the same 200: the browser sees the method is not listed and refuses the request without sending it |
/// | a path with CORS off | 405, no CORS headers: the browser refuses the request |
/// | a path no route has | 200 from the router's own CORS ([`Router::cors`]) allowing every method, so the request goes through and the page reads the 404 `UnknownOperationException` naming the path (a missing stage prefix is the usual cause) |
///
/// - A `HEAD` request on a path with a `GET` route is answered by that route,
///   without the body (its `content-length` kept).
///
/// Handlers that take a [`Context`] read the router's state `S`, given with
/// [`with_state`](Self::with_state); a router serves requests once its
/// state is given (`Router<()>`). The router is cheap to clone (one `Arc`),
/// `Send` and `Sync`, and a [`tower::Service`](tower_service::Service) for
/// requests with any body ([`Router::body_limit`]).
///
/// ```
/// use opwire::{Router, operation};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Serialize, Deserialize)]
/// #[serde(rename_all = "camelCase")]
/// pub struct Backend { pub app_id: String }
///
/// #[operation(POST, "/backend/<appId>/details", response = Backend)]
/// pub struct GetBackend { pub app_id: String }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// // The parameter's type annotation picks the operation.
/// let router = Router::new().route(|op: GetBackend| async move {
///     Ok::<_, GetBackendError>(Backend { app_id: op.app_id })
/// });
///
/// let request = http::Request::post("/backend/app1/details")
///     .body(bytes::Bytes::new())
///     .unwrap();
/// let response = router.dispatch(request).await;
/// assert_eq!(response.status(), 200);
/// assert_eq!(response.body().as_ref(), br#"{"appId":"app1"}"#);
/// # });
/// ```
pub struct Router<S = ()> {
    inner: Arc<Inner<S>>,
}

struct Inner<S> {
    /// The trie: each route's index in `routes`, by path and method.
    root: Node,
    /// Each route once, with its endpoint; [`Router::nest`] adds them again
    /// elsewhere.
    routes: Vec<Added<S>>,
    /// The router's own CORS, as set by [`Router::cors`].
    cors: Option<Cors>,
    /// The router's own CORS rendered: set explicitly, else the first
    /// route's. For paths no route has and the server's own answers.
    fallback_cors: Option<PathCors>,
    /// What answers paths no route has, instead of a 404.
    fallback: Option<Arc<dyn Fallback>>,
    /// What checks each request before it is routed (signatures).
    guard: Option<Arc<dyn Guard>>,
    /// The largest body accepted as a [`tower::Service`](tower_service::Service).
    body_limit: usize,
}

/// The fallback handler, erased.
trait Fallback: Send + Sync {
    fn call(&self, request: Request<Bytes>) -> BoxResponse;
}

impl<F, Fut> Fallback for F
where
    F: Fn(Request<Bytes>) -> Fut + Send + Sync,
    Fut: Future<Output = Response<Bytes>> + Send + 'static,
{
    fn call(&self, request: Request<Bytes>) -> BoxResponse {
        Box::pin(self(request))
    }
}

/// A check of every request before it is routed: `Some` is the answer
/// instead ([`Router::verify_signatures`]). It may add to the request's
/// extensions, which handlers read through their [`Context`].
pub(crate) trait Guard: Send + Sync {
    fn check(&self, request: &mut http::request::Parts, body: &Bytes) -> Option<Response<Bytes>>;
}

impl<S> Clone for Router<S> {
    fn clone(&self) -> Self {
        Router {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<S> Clone for Inner<S> {
    fn clone(&self) -> Self {
        Inner {
            root: self.root.clone(),
            routes: self.routes.clone(),
            cors: self.cors,
            fallback_cors: self.fallback_cors.clone(),
            fallback: self.fallback.clone(),
            guard: self.guard.clone(),
            body_limit: self.body_limit,
        }
    }
}

impl<S> Default for Router<S> {
    fn default() -> Self {
        Router {
            inner: Arc::new(Inner {
                root: Node::default(),
                routes: Vec::new(),
                cors: None,
                fallback_cors: None,
                fallback: None,
                guard: None,
                body_limit: Router::DEFAULT_BODY_LIMIT,
            }),
        }
    }
}

/// One route: where it is (the prefix it was nested under, then its
/// declaration) and what answers it.
struct Added<S> {
    prefix: Vec<Box<str>>,
    /// The declaration: name, method, template, CORS, and what documents
    /// generated from the router read.
    op: OperationInfo,
    endpoint: Arc<dyn Endpoint<S>>,
    /// The operation's examples, for generated documents.
    #[cfg(feature = "openapi")]
    examples: crate::openapi::ExamplesFn,
}

impl<S> Clone for Added<S> {
    fn clone(&self) -> Self {
        Added {
            prefix: self.prefix.clone(),
            op: self.op.clone(),
            endpoint: Arc::clone(&self.endpoint),
            #[cfg(feature = "openapi")]
            examples: self.examples,
        }
    }
}

impl Router {
    /// API Gateway's payload limit, the default [`body_limit`](Self::body_limit):
    /// 10 MiB.
    pub const DEFAULT_BODY_LIMIT: usize = 10 * 1024 * 1024;
}

impl<S: Send + Sync + 'static> Router<S> {
    /// An empty router: every request answers 404.
    pub fn new() -> Self {
        Router::default()
    }

    /// Routes `Op` to `handler`. The handler's parameter type picks the
    /// operation: `.route(|op: ImportBackendStorage| async move { … })`; a
    /// handler that also takes `cx: Context<S>` gets the request's
    /// [`Context`].
    ///
    /// # Panics
    ///
    /// Where [`try_route`](Self::try_route) returns an error: if a route
    /// already added matches the same requests with the same method (the
    /// message names both operations), or shares the path with different
    /// CORS settings.
    pub fn route<Op, M, H>(self, handler: H) -> Self
    where
        Op: Operation,
        M: 'static,
        H: Handler<Op, S, M>,
    {
        self.try_route(handler)
            .unwrap_or_else(|err| panic!("{err}"))
    }

    /// [`route`](Self::route), with a [`RouteError`] instead of a panic
    /// (for routes assembled at run time, from configuration or plugins).
    ///
    /// # Errors
    ///
    /// A conflict with a route already added, different CORS settings on
    /// one path, or too many path labels; the router is dropped.
    pub fn try_route<Op, M, H>(mut self, handler: H) -> Result<Self, RouteError>
    where
        Op: Operation,
        M: 'static,
        H: Handler<Op, S, M>,
    {
        let inner = Arc::make_mut(&mut self.inner);
        inner.add(Added {
            prefix: Vec::new(),
            op: OperationInfo::of::<Op>(),
            #[cfg(feature = "openapi")]
            examples: crate::openapi::examples_of::<Op>(),
            endpoint: Arc::new(OperationEndpoint::<Op, H, M>::new(handler)),
        })?;
        Ok(self)
    }

    /// Adds every route of `router` under `prefix` (such as an API stage,
    /// `"/prod"`), beside this router's own.
    ///
    /// Templates are resource paths: an API Gateway stage is not part of
    /// them. A local server whose clients are configured with the stage's
    /// URL (`https://…/prod`) serves the routes under the stage too, as
    /// below. On Lambda no nesting is needed: `opwire::lambda` (feature
    /// `lambda`) takes the stage off every event's path itself.
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let api: Router = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    /// // Serves both `/ping` and `/prod/ping`.
    /// let router = api.clone().nest("/prod", api);
    /// # let _ = router;
    /// ```
    ///
    /// # Panics
    ///
    /// Where [`try_nest`](Self::try_nest) returns an error: if `prefix` is
    /// not `/` followed by literal segments (no placeholders, no empty
    /// segments, no trailing `/`), or a nested route conflicts with one
    /// already added.
    pub fn nest(self, prefix: &str, router: Router<S>) -> Self {
        self.try_nest(prefix, router)
            .unwrap_or_else(|err| panic!("{err}"))
    }

    /// [`nest`](Self::nest), with a [`RouteError`] instead of a panic.
    ///
    /// ```
    /// # use opwire::{RouteError, Router};
    /// let err = Router::<()>::new().try_nest("/<stage>", Router::new()).unwrap_err();
    /// assert!(matches!(err, RouteError::InvalidPrefix { .. }));
    /// ```
    ///
    /// # Errors
    ///
    /// An invalid prefix, or a nested route that conflicts with one already
    /// added; the router is dropped.
    pub fn try_nest(self, prefix: &str, router: Router<S>) -> Result<Self, RouteError> {
        self.add_all(parse_prefix(prefix)?, router)
    }

    /// Adds every route of `router` beside this router's own, at the same
    /// paths.
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    /// #[operation(GET, "/pong")]
    /// pub struct Pong {}
    ///
    /// let pings = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    /// let pongs = Router::new().route(|_: Pong| async { Ok::<_, PongError>(opwire::Empty {}) });
    /// let router = pings.merge(pongs);
    /// assert_eq!(router.routes().count(), 2);
    /// ```
    ///
    /// # Panics
    ///
    /// Where [`try_merge`](Self::try_merge) returns an error: if a route of
    /// `router` conflicts with one already added.
    pub fn merge(self, router: Router<S>) -> Self {
        self.try_merge(router).unwrap_or_else(|err| panic!("{err}"))
    }

    /// [`merge`](Self::merge), with a [`RouteError`] instead of a panic.
    ///
    /// # Errors
    ///
    /// A route of `router` that conflicts with one already added; the
    /// router is dropped.
    pub fn try_merge(self, router: Router<S>) -> Result<Self, RouteError> {
        self.add_all(Vec::new(), router)
    }

    fn add_all(mut self, prefix: Vec<Box<str>>, router: Router<S>) -> Result<Self, RouteError> {
        let inner = Arc::make_mut(&mut self.inner);
        for added in &router.inner.routes {
            let mut full = prefix.clone();
            full.extend(added.prefix.iter().cloned());
            inner.add(Added {
                prefix: full,
                ..added.clone()
            })?;
        }
        Ok(self)
    }

    /// Sets the router's own CORS: what a preflight for a path no route has
    /// gets, and the CORS headers of that path's 404 and of the answers the
    /// server (feature `server`) gives before or instead of a route (413,
    /// 429, 504, …). By default it is the CORS of the first route
    /// added. Routes keep their declared CORS.
    ///
    /// ```
    /// # use opwire::{Cors, Router};
    /// let router = Router::new().cors(Cors::DEFAULT.allow_origins(&["https://console.example.com"]));
    /// let preflight = http::Request::options("/nowhere")
    ///     .header("origin", "https://console.example.com")
    ///     .header("access-control-request-method", "POST")
    ///     .body(bytes::Bytes::new())
    ///     .unwrap();
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = router.dispatch(preflight).await;
    /// assert_eq!(response.status(), 200);
    /// assert_eq!(response.headers()["access-control-allow-origin"], "https://console.example.com");
    /// assert_eq!(response.headers()["vary"], "origin");
    /// # });
    /// ```
    ///
    /// # Panics
    ///
    /// If `cors` cannot be put on the wire: credentials with any origin, or
    /// a value that is not a valid header value.
    pub fn cors(mut self, cors: Cors) -> Self {
        let inner = Arc::make_mut(&mut self.inner);
        inner.cors = Some(cors);
        if let Err(err) = inner.render_fallback_cors() {
            panic!("{err}");
        }
        self
    }

    /// Answers the requests whose path no route has, instead of the 404
    /// `UnknownOperationException` (for every method, `OPTIONS` too; no
    /// CORS headers are added to what it answers).
    ///
    /// ```
    /// # use opwire::Router;
    /// let router = Router::new().fallback(|request: http::Request<bytes::Bytes>| async move {
    ///     let mut response = http::Response::new(bytes::Bytes::from(format!("no {}", request.uri())));
    ///     *response.status_mut() = http::StatusCode::NOT_FOUND;
    ///     response
    /// });
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = router.dispatch(http::Request::get("/x").body(bytes::Bytes::new()).unwrap()).await;
    /// assert_eq!(response.body().as_ref(), b"no /x");
    /// # });
    /// ```
    pub fn fallback<F, Fut>(mut self, handler: F) -> Self
    where
        F: Fn(Request<Bytes>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Response<Bytes>> + Send + 'static,
    {
        Arc::make_mut(&mut self.inner).fallback = Some(Arc::new(handler));
        self
    }

    /// The largest request body the router takes as a
    /// [`tower::Service`](tower_service::Service)
    /// ([`DEFAULT_BODY_LIMIT`](Router::DEFAULT_BODY_LIMIT) unless set); a
    /// larger one answers 413 `RequestEntityTooLargeException` before any
    /// handler runs. ([`dispatch`](Router::dispatch) takes a body that is
    /// already in memory.)
    ///
    /// ```
    /// let router: opwire::Router = opwire::Router::new().body_limit(1024 * 1024);
    /// # let _ = router;
    /// ```
    pub fn body_limit(mut self, bytes: usize) -> Self {
        Arc::make_mut(&mut self.inner).body_limit = bytes;
        self
    }

    /// Puts `guard` before every route, in place of any earlier one.
    #[cfg_attr(not(feature = "sigv4"), allow(dead_code))]
    pub(crate) fn guard(mut self, guard: Arc<dyn Guard>) -> Self {
        Arc::make_mut(&mut self.inner).guard = Some(guard);
        self
    }

    /// The body limit, as [`body_limit`](Self::body_limit) set it.
    #[cfg(any(feature = "server", feature = "lambda"))]
    pub(crate) fn limit(&self) -> usize {
        self.inner.body_limit
    }

    /// Gives the router its state: every handler that takes a `Context<S>`
    /// gets a clone of `state` (keep it cheap to clone: an `Arc` of what is
    /// large). The result serves requests.
    ///
    /// ```
    /// use opwire::{Context, Router, operation};
    ///
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let router: Router = Router::new()
    ///     .route(|_: Ping, cx: Context<&'static str>| async move {
    ///         assert_eq!(*cx.state(), "pong");
    ///         Ok::<_, PingError>(opwire::Empty {})
    ///     })
    ///     .with_state("pong");
    /// # let _ = router;
    /// ```
    pub fn with_state(self, state: S) -> Router
    where
        S: Clone,
    {
        let inner = Arc::unwrap_or_clone(self.inner);
        let routes = inner
            .routes
            .into_iter()
            .map(|added| Added {
                prefix: added.prefix,
                op: added.op,
                endpoint: Arc::new(WithState {
                    endpoint: added.endpoint,
                    state: state.clone(),
                }) as Arc<dyn Endpoint<()>>,
                #[cfg(feature = "openapi")]
                examples: added.examples,
            })
            .collect();
        Router {
            inner: Arc::new(Inner {
                root: inner.root,
                routes,
                cors: inner.cors,
                fallback_cors: inner.fallback_cors,
                fallback: inner.fallback,
                guard: inner.guard,
                body_limit: inner.body_limit,
            }),
        }
    }
}

impl Router {
    /// The name of the operation that would handle `method` and `path`, if
    /// any: the same matching as [`dispatch`](Router::dispatch), without
    /// decoding anything.
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/backend/<appId>/job/<jobId>")]
    /// pub struct GetBackendJob { pub app_id: String, pub job_id: String }
    ///
    /// let router = Router::new()
    ///     .route(|_: GetBackendJob| async { Ok::<_, GetBackendJobError>(opwire::Empty {}) });
    /// let get = http::Method::GET;
    /// assert_eq!(router.recognize(&get, "/backend/a1/job/j1"), Some("GetBackendJob"));
    /// assert_eq!(router.recognize(&get, "/backend/a1/job"), None);
    /// assert_eq!(router.recognize(&http::Method::POST, "/backend/a1/job/j1"), None);
    /// ```
    pub fn recognize(&self, method: &Method, path: &str) -> Option<&'static str> {
        let mut captures = Captures::new();
        let methods = self.inner.root.find(path, &mut captures)?;
        methods
            .route_for(method)
            .map(|route| self.inner.routes[route.index].op.name)
    }

    /// The routes, as `(method, template, operation name)`, in the order
    /// they were added.
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let router = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    /// let routes: Vec<_> = router.routes().collect();
    /// assert_eq!(routes, [(http::Method::GET, "/ping".to_owned(), "Ping")]);
    /// ```
    pub fn routes(&self) -> impl Iterator<Item = (Method, String, &'static str)> + '_ {
        self.inner
            .routes
            .iter()
            .map(|added| (added.op.method.clone(), added.template(), added.op.name))
    }

    /// The routed operations' declarations, each with the prefix it is
    /// nested under (`""`, or `"/prod"` after [`nest`](Self::nest)), in the
    /// order they were added: what documents such as
    /// [`openapi::Document`](crate::openapi) are generated from.
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let api = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    /// let router = Router::new().nest("/prod", api);
    /// let (prefix, op) = router.operations().next().unwrap();
    /// assert_eq!((prefix.as_str(), op.name, op.template), ("/prod", "Ping", "/ping"));
    /// ```
    pub fn operations(&self) -> impl Iterator<Item = (String, OperationInfo)> + '_ {
        self.inner.routes.iter().map(|added| {
            let prefix: String = added.prefix.iter().map(|s| format!("/{s}")).collect();
            (prefix, added.op.clone())
        })
    }

    /// [`operations`](Self::operations), with each one's examples.
    #[cfg(feature = "openapi")]
    pub(crate) fn documented(
        &self,
    ) -> impl Iterator<Item = (String, OperationInfo, crate::openapi::ExamplesFn)> + '_ {
        self.operations()
            .zip(&self.inner.routes)
            .map(|((prefix, op), added)| (prefix, op, added.examples))
    }

    /// Answers one request.
    ///
    /// The path is matched and the request decoded before this returns; the
    /// future only runs the handler. It is `Send` and does not borrow the
    /// router.
    pub fn dispatch(&self, request: Request<Bytes>) -> Dispatch {
        let inner = &*self.inner;
        let (mut parts, body) = request.into_parts();
        if let Some(guard) = &inner.guard {
            // A browser's preflight carries no credentials.
            let preflight = parts.method == Method::OPTIONS
                && parts
                    .headers
                    .contains_key(http::header::ACCESS_CONTROL_REQUEST_METHOD);
            if !preflight {
                if let Some(refused) = guard.check(&mut parts, &body) {
                    let cors = inner.fallback_cors.as_ref();
                    let cors = cors.map(|cors| cors.answer(&parts.headers));
                    return Dispatch::ready(refused, cors);
                }
            }
        }
        // The labels borrow the URI while the parts move to the handler.
        let uri = std::mem::take(&mut parts.uri);
        let mut captures = Captures::new();
        let Some(methods) = inner.root.find(uri.path(), &mut captures) else {
            parts.uri = uri;
            let request = Request::from_parts(parts, body);
            if let Some(fallback) = &inner.fallback {
                return Dispatch::running(fallback.call(request), None);
            }
            return match &inner.fallback_cors {
                Some(cors) if request.method() == Method::OPTIONS => {
                    Dispatch::ready(cors.preflight(request.headers()), None)
                }
                cors => {
                    let cors = cors.as_ref().map(|cors| cors.answer(request.headers()));
                    Dispatch::ready(not_found(&request), cors)
                }
            };
        };
        let cors = methods
            .cors
            .as_ref()
            .map(|cors| cors.answer(&parts.headers));
        let method = parts.method.clone();
        if let Some(route) = methods.route_for(&method) {
            let head = method == Method::HEAD && *route.method != Method::HEAD;
            let added = &inner.routes[route.index];
            let matched = Matched {
                parts,
                uri: &uri,
                captures: &captures,
                body,
            };
            let state = match added.endpoint.call(matched, &()) {
                Ok(future) if head => State::Running(Box::pin(async move {
                    let mut response = future.await;
                    without_body(&mut response);
                    response
                })),
                Ok(future) => State::Running(future),
                Err(err) => {
                    let mut response = err.to_response();
                    if head {
                        without_body(&mut response);
                    }
                    State::Ready(Some(response))
                }
            };
            return Dispatch {
                state,
                operation: Some(added.op.name),
                cors,
            }
            .finish_ready();
        }
        if method == Method::OPTIONS {
            if let Some(path_cors) = &methods.cors {
                return Dispatch::ready(path_cors.preflight(&parts.headers), None);
            }
        }
        let message = format!(
            "{method} is not allowed here; allowed: {}",
            methods.allow.to_str().unwrap_or("")
        );
        let mut response = message_response(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowedException",
            &message,
        );
        response.headers_mut().insert(ALLOW, methods.allow.clone());
        Dispatch::ready(response, cors)
    }

    /// The CORS headers of an answer the router or the server gives before
    /// a route is found (413, 429, …), from the router's own CORS
    /// ([`Router::cors`]).
    pub(crate) fn own_cors(&self, request: &http::HeaderMap) -> Option<CorsAnswer> {
        let cors = self.inner.fallback_cors.as_ref()?;
        Some(cors.answer(request))
    }
}

impl<S> Inner<S> {
    fn add(&mut self, added: Added<S>) -> Result<(), RouteError> {
        let labels = added
            .op
            .segments
            .iter()
            .filter(|s| s.label_name().is_some())
            .count();
        if labels > MAX_LABELS {
            return Err(RouteError::TooManyLabels {
                operation: added.op.name,
                labels,
            });
        }
        let index = self.routes.len();
        let methods = self.root.methods_mut(&added.prefix, added.op.segments);
        if let Some(other) = methods.get(&added.op.method) {
            let other = &self.routes[other.index];
            return Err(RouteError::Conflict {
                existing: (other.op.name, other.template()),
                added: (added.op.name, added.template()),
                method: added.op.method.clone(),
            });
        }
        if added.op.cors.enabled {
            let enabled = methods.indices().map(|i| &self.routes[i].op);
            let mut enabled = enabled.filter(|other| other.cors.enabled);
            if let Some(other) = enabled.find(|other| other.cors != added.op.cors) {
                return Err(RouteError::CorsMismatch {
                    existing: other.name,
                    added: added.op.name,
                    template: added.template(),
                });
            }
        }
        let method = added.op.method.clone();
        self.routes.push(added);
        let routes = &self.routes;
        methods
            .add(method, index, |i| routes[i].op.cors)
            .map_err(|(i, message)| RouteError::InvalidHeaders {
                operation: routes[i].op.name,
                message: format!("{message}, on the path {}", routes[i].template()),
            })?;
        self.root.mark_branches();
        if self.routes.len() == 1 && self.cors.is_none() {
            self.render_fallback_cors()?;
        }
        Ok(())
    }

    /// Renders the router's own CORS: set, else the first route's.
    fn render_fallback_cors(&mut self) -> Result<(), RouteError> {
        let first = self.routes.first();
        let cors = self.cors.as_ref().or(first.map(|a| a.op.cors));
        self.fallback_cors = match cors.filter(|cors| cors.enabled) {
            Some(cors) => Some(PathCors::new(cors, ANY_METHOD).map_err(|message| {
                RouteError::InvalidHeaders {
                    operation: first.map_or("the router", |a| a.op.name),
                    message,
                }
            })?),
            None => None,
        };
        Ok(())
    }
}

impl<S> Added<S> {
    fn template(&self) -> String {
        let mut template = String::new();
        for literal in &self.prefix {
            template.push('/');
            template.push_str(literal);
        }
        template.push_str(&crate::template::Template(self.op.segments).to_string());
        if template.len() > 1 && template.ends_with('/') {
            template.pop();
        }
        template
    }
}

/// `"/prod/v1"` into its literal segments.
fn parse_prefix(prefix: &str) -> Result<Vec<Box<str>>, RouteError> {
    let invalid = || RouteError::InvalidPrefix {
        prefix: prefix.to_owned(),
    };
    let rest = prefix.strip_prefix('/').ok_or_else(invalid)?;
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    rest.split('/')
        .map(|segment| {
            let literal = !segment.is_empty() && !segment.contains(['<', '>', '?', '#', '%']);
            literal.then(|| segment.into()).ok_or_else(invalid)
        })
        .collect()
}

fn not_found(request: &Request<Bytes>) -> Response<Bytes> {
    let path = request.uri().path();
    let shown: String = path.chars().take(256).collect();
    let ellipsis = if shown.len() < path.len() { "…" } else { "" };
    let message = format!(
        "No operation matches {} {shown}{ellipsis}",
        request.method()
    );
    message_response(StatusCode::NOT_FOUND, "UnknownOperationException", &message)
}

impl<S> fmt::Debug for Router<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for added in &self.inner.routes {
            let (method, template, name) = (&added.op.method, added.template(), added.op.name);
            list.entry(&format_args!("{method} {template} => {name}"));
        }
        list.finish()
    }
}

/// The future of [`Router::dispatch`]: the response to one request.
#[must_use = "futures do nothing unless polled"]
pub struct Dispatch {
    state: State,
    operation: Option<&'static str>,
    /// The CORS headers to add when the handler's response is ready.
    cors: Option<CorsAnswer>,
}

enum State {
    Ready(Option<Response<Bytes>>),
    Running(BoxResponse),
}

impl Dispatch {
    fn running(future: BoxResponse, cors: Option<CorsAnswer>) -> Self {
        Dispatch {
            state: State::Running(future),
            operation: None,
            cors,
        }
    }

    fn ready(response: Response<Bytes>, cors: Option<CorsAnswer>) -> Self {
        Dispatch {
            state: State::Ready(Some(response)),
            operation: None,
            cors,
        }
        .finish_ready()
    }

    /// Puts the CORS headers on a response that is already there.
    fn finish_ready(mut self) -> Self {
        if let State::Ready(Some(response)) = &mut self.state {
            if let Some(cors) = self.cors.take() {
                cors.apply(response.headers_mut());
            }
        }
        self
    }

    /// The name of the operation the request was routed to; `None` when no
    /// route matched its path and method (404, 405, a preflight).
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let router = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    /// let request = http::Request::get("/ping").body(bytes::Bytes::new()).unwrap();
    /// assert_eq!(router.dispatch(request).operation(), Some("Ping"));
    /// ```
    pub fn operation(&self) -> Option<&'static str> {
        self.operation
    }
}

impl Future for Dispatch {
    type Output = Response<Bytes>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<Response<Bytes>> {
        let this = &mut *self;
        match &mut this.state {
            State::Ready(response) => Poll::Ready(response.take().unwrap_or_else(internal_error)),
            State::Running(future) => {
                let mut response = std::task::ready!(future.as_mut().poll(cx));
                if let Some(cors) = &this.cors {
                    cors.apply(response.headers_mut());
                }
                Poll::Ready(response)
            }
        }
    }
}

impl fmt::Debug for Dispatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Ready(_) => "ready",
            State::Running(_) => "running",
        };
        f.debug_struct("Dispatch")
            .field("state", &state)
            .field("operation", &self.operation)
            .finish()
    }
}

/// A `GET` route's answer made an answer to `HEAD`: the same status and
/// headers, its `content-length` kept, no body.
fn without_body(response: &mut Response<Bytes>) {
    let length = response.body().len();
    response.headers_mut().insert(
        http::header::CONTENT_LENGTH,
        http::HeaderValue::from(length),
    );
    *response.body_mut() = Bytes::new();
}
