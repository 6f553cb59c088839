//! The [`Router`] as a `tower::Service` over requests with any body: the
//! body collected under the router's limit, then [`Router::dispatch`].

use std::convert::Infallible;
use std::error::Error;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{Request, Response};
use http_body::Body;
use http_body_util::Full;
use tower_service::Service;

use super::Router;
use super::body::collect;

/// `tower::Service` for [`Router`]: collects the body (up to
/// [`Router::body_limit`], 413 `RequestEntityTooLargeException` beyond),
/// then answers as [`Router::dispatch`] does. Always ready, never fails:
/// every problem is an HTTP answer. So a router mounts in axum
/// (`nest_service`, `fallback_service`), takes tower and tower-http layers,
/// and runs under hyper or lambda_http.
///
/// ```
/// use opwire::{Router, operation};
/// use tower::ServiceExt;
///
/// #[operation(GET, "/ping")]
/// pub struct Ping {}
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let router = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
/// let request = http::Request::get("/ping").body(http_body_util::Empty::<bytes::Bytes>::new()).unwrap();
/// let response = router.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 200);
/// # });
/// ```
///
/// A service with state, context and undeclared failures, mounted in an
/// axum app:
///
/// ```
/// use std::sync::Arc;
///
/// use opwire::{Context, HandlerError, Router, operation};
/// use tower::ServiceExt;
///
/// #[opwire::shape]
/// #[derive(Debug, Clone)]
/// pub struct Backend {
///     pub app_id: Option<String>,
///     pub owner: Option<String>,
/// }
///
/// #[derive(Debug, serde::Serialize, serde::Deserialize)]
/// pub struct NotFoundException {
///     pub message: Option<String>,
/// }
///
/// /// Gets an app's backend.
/// #[operation(POST, "/backend/<appId>/details", response = Backend,
///     errors(404 = NotFoundException))]
/// pub struct GetBackend {
///     pub app_id: String,
/// }
///
/// /// What every handler shares: cheap to clone.
/// #[derive(Clone)]
/// struct AppState {
///     db: Arc<Db>,
/// }
///
/// struct Db;
///
/// impl Db {
///     fn find(&self, app_id: &str) -> Result<Option<String>, std::io::Error> {
///         Ok((app_id == "app1").then(|| "ann".to_owned()))
///     }
/// }
///
/// /// A handler: the operation, and the request's context when it wants it.
/// async fn get_backend(
///     op: GetBackend,
///     cx: Context<AppState>,
/// ) -> Result<Backend, HandlerError<GetBackendError>> {
///     // An undeclared failure: 500 InternalFailure, the cause logged with the request ID.
///     let owner = cx.state().db.find(&op.app_id).map_err(HandlerError::internal)?;
///     // What middleware left in the extensions, any header, the request ID.
///     let _caller = cx.headers().get("x-caller");
///     let _id = cx.request_id();
///     match owner {
///         Some(owner) => Ok(Backend { app_id: Some(op.app_id), owner: Some(owner) }),
///         None => Err(GetBackendError::from(NotFoundException { message: Some("no such app".into()) }).into()),
///     }
/// }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let api: Router = Router::new()
///     .route(get_backend)
///     .with_state(AppState { db: Arc::new(Db) });
///
/// // The router is a tower Service: it mounts in axum and takes tower layers.
/// let app = axum::Router::new()
///     .route("/health", axum::routing::get(|| async { "ok" }))
///     .nest_service("/api", api);
///
/// let request = http::Request::post("/api/backend/app1/details")
///     .body(axum::body::Body::empty())
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 200);
/// // Serve it with `axum::serve(listener, app)`, or the router alone with
/// // `opwire::Server::new(router).serve(listener, shutdown)`.
/// # });
/// ```
impl<B> Service<Request<B>> for Router
where
    B: Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{
    type Response = Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> ResponseFuture {
        let router = self.clone();
        ResponseFuture::new(async move {
            let (parts, body) = request.into_parts();
            let response = match collect(body, router.inner.body_limit).await {
                Ok(body) => router.dispatch(Request::from_parts(parts, body)).await,
                Err(mut refused) => {
                    if let Some(cors) = router.own_cors(&parts.headers) {
                        cors.apply(refused.headers_mut());
                    }
                    refused
                }
            };
            response.map(Full::new)
        })
    }
}

/// What the router's `Service` answers.
type Answer = Result<Response<Full<Bytes>>, Infallible>;

/// The future of the [`Router`]'s `Service::call` (and of
/// `opwire::lambda::LambdaService`'s, with the `lambda-http` feature).
#[must_use = "futures do nothing unless polled"]
pub struct ResponseFuture(Pin<Box<dyn Future<Output = Answer> + Send>>);

impl ResponseFuture {
    /// The boxed `answer`; a service's answers never fail.
    pub(crate) fn new(
        answer: impl Future<Output = Response<Full<Bytes>>> + Send + 'static,
    ) -> Self {
        ResponseFuture(Box::pin(async move { Ok(answer.await) }))
    }
}

impl Future for ResponseFuture {
    type Output = Answer;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.0.as_mut().poll(cx)
    }
}

impl std::fmt::Debug for ResponseFuture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ResponseFuture")
    }
}
