//! [`Router`]: dispatches requests to the handlers of their operations.

mod handler;
mod literals;
mod trie;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::header::ALLOW;
use http::{Method, Request, Response, StatusCode};

use crate::Operation;
use crate::cors::{ANY_METHOD, Cors, CorsAnswer, PathCors};
use crate::response::{internal_error, message_response};
use crate::template::{Captures, MAX_LABELS, Segment};

pub use handler::Handler;
use handler::{BoxResponse, Endpoint, OperationEndpoint};
use trie::{Node, Route};

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
/// The router is cheap to clone (one `Arc`), `Send` and `Sync`.
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
#[derive(Clone, Default)]
pub struct Router {
    inner: Arc<Inner>,
}

#[derive(Clone, Default)]
struct Inner {
    root: Node,
    endpoints: Vec<Arc<dyn Endpoint>>,
    /// What was added, so that [`Router::nest`] can add it again elsewhere.
    routes: Vec<Added>,
    /// The router's own CORS, as set by [`Router::cors`].
    cors: Option<Cors>,
    /// The router's own CORS rendered: set explicitly, else the first
    /// route's. For paths no route has and the server's own answers.
    fallback_cors: Option<PathCors>,
}

#[derive(Clone)]
struct Added {
    prefix: Vec<Box<str>>,
    name: &'static str,
    method: Method,
    segments: &'static [Segment],
    cors: &'static Cors,
    endpoint: usize,
}

impl Router {
    /// An empty router: every request answers 404.
    pub fn new() -> Self {
        Router::default()
    }

    /// Routes `Op` to `handler`. The handler's parameter type picks the
    /// operation: `.route(|op: ImportBackendStorage| async move { … })`.
    ///
    /// # Panics
    ///
    /// If a route already added matches the same requests with the same
    /// method (the message names both operations), or shares the path with
    /// different CORS settings.
    pub fn route<Op, H>(mut self, handler: H) -> Self
    where
        Op: Operation,
        H: Handler<Op>,
    {
        let inner = Arc::make_mut(&mut self.inner);
        inner
            .endpoints
            .push(Arc::new(OperationEndpoint::<Op, H>::new(handler)));
        inner.add(Added {
            prefix: Vec::new(),
            name: Op::NAME,
            method: Op::METHOD,
            segments: Op::SEGMENTS,
            cors: Op::cors(),
            endpoint: inner.endpoints.len() - 1,
        });
        self
    }

    /// Adds every route of `router` under `prefix` (such as an API stage,
    /// `"/prod"`), beside this router's own.
    ///
    /// ```
    /// # use opwire::{Router, operation};
    /// #[operation(GET, "/ping")]
    /// pub struct Ping {}
    ///
    /// let api = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    /// // Serves both `/ping` and `/prod/ping`.
    /// let router = api.clone().nest("/prod", api);
    /// # let _ = router;
    /// ```
    ///
    /// # Panics
    ///
    /// If `prefix` is not `/` followed by literal segments (no placeholders,
    /// no empty segments, no trailing `/`), or a nested route conflicts with
    /// one already added.
    pub fn nest(mut self, prefix: &str, router: Router) -> Self {
        let prefix = parse_prefix(prefix);
        let inner = Arc::make_mut(&mut self.inner);
        for added in &router.inner.routes {
            inner
                .endpoints
                .push(router.inner.endpoints[added.endpoint].clone());
            let mut full = prefix.clone();
            full.extend(added.prefix.iter().cloned());
            inner.add(Added {
                prefix: full,
                endpoint: inner.endpoints.len() - 1,
                ..added.clone()
            });
        }
        self
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
        inner.render_fallback_cors();
        self
    }

    /// Answers one request.
    ///
    /// The path is matched and the request decoded before this returns; the
    /// future only runs the handler. It is `Send` and does not borrow the
    /// router.
    pub fn dispatch(&self, request: Request<Bytes>) -> Dispatch {
        let inner = &*self.inner;
        let mut captures = Captures::new();
        let method = request.method();
        let Some(methods) = inner.root.find(request.uri().path(), &mut captures) else {
            return match &inner.fallback_cors {
                Some(cors) if method == Method::OPTIONS => {
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
            .map(|cors| cors.answer(request.headers()));
        if let Some(route) = methods.get(method) {
            let state = match inner.endpoints[route.handler].call(&request, &captures) {
                Ok(future) => State::Running(future),
                Err(err) => State::Ready(Some(err.to_response())),
            };
            return Dispatch {
                state,
                operation: Some(route.name),
                cors,
            }
            .finish_ready();
        }
        if *method == Method::OPTIONS {
            if let Some(path_cors) = &methods.cors {
                return Dispatch::ready(path_cors.preflight(request.headers()), None);
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

    /// The CORS headers of an answer the server gives itself, from the
    /// router's own CORS ([`Router::cors`]).
    #[cfg(feature = "server")]
    pub(crate) fn own_cors(&self, request: &http::HeaderMap) -> Option<CorsAnswer> {
        let cors = self.inner.fallback_cors.as_ref()?;
        Some(cors.answer(request))
    }

    /// The name of the operation that would handle `method` and `path`, if
    /// any: the same matching as [`dispatch`](Self::dispatch), without
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
        methods.get(method).map(|route| route.name)
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
            .map(|added| (added.method.clone(), added.template(), added.name))
    }
}

impl Inner {
    fn add(&mut self, added: Added) {
        let labels = added
            .segments
            .iter()
            .filter(|s| s.label_name().is_some())
            .count();
        assert!(
            labels <= MAX_LABELS,
            "`{}` has {labels} path labels; at most {MAX_LABELS} are supported",
            added.name
        );
        let route = Route {
            method: added.method.clone(),
            name: added.name,
            template: added.template(),
            cors: added.cors,
            handler: added.endpoint,
        };
        if let Err(message) = self.root.insert(&added.prefix, added.segments, route) {
            panic!("{message}");
        }
        self.routes.push(added);
        if self.routes.len() == 1 && self.cors.is_none() {
            self.render_fallback_cors();
        }
    }

    /// Renders the router's own CORS: set, else the first route's.
    fn render_fallback_cors(&mut self) {
        let cors = self.cors.as_ref().or(self.routes.first().map(|a| a.cors));
        self.fallback_cors = cors.filter(|cors| cors.enabled).map(|cors| {
            PathCors::new(cors, ANY_METHOD).unwrap_or_else(|message| panic!("{message}"))
        });
    }
}

impl Added {
    fn template(&self) -> String {
        let mut template = String::new();
        for literal in &self.prefix {
            template.push('/');
            template.push_str(literal);
        }
        template.push_str(&crate::template::Template(self.segments).to_string());
        if template.len() > 1 && template.ends_with('/') {
            template.pop();
        }
        template
    }
}

/// `"/prod/v1"` into its literal segments.
fn parse_prefix(prefix: &str) -> Vec<Box<str>> {
    let rest = prefix
        .strip_prefix('/')
        .unwrap_or_else(|| panic!("router prefix `{prefix}` must start with `/`"));
    if rest.is_empty() {
        return Vec::new();
    }
    rest.split('/')
        .map(|segment| {
            assert!(
                !segment.is_empty() && !segment.contains(['<', '>', '?', '#', '%']),
                "router prefix `{prefix}` must be literal segments such as `/prod`"
            );
            segment.into()
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

impl fmt::Debug for Router {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for (method, template, name) in self.routes() {
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

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Response<Bytes>> {
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
