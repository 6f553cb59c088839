//! A [`Router`] as an AWS Lambda function: behind API Gateway (REST APIs,
//! v1 events, and HTTP APIs, v2), a Function URL or an Application Load
//! Balancer. Requires the `lambda` feature.
//!
//! ```no_run
//! use opwire::{Router, operation};
//!
//! #[operation(GET, "/ping")]
//! pub struct Ping {}
//!
//! #[tokio::main(flavor = "current_thread")]
//! async fn main() -> Result<(), opwire::lambda::Error> {
//!     let router = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
//!     if opwire::lambda::is_lambda() {
//!         opwire::lambda::run(router).await
//!     } else {
//!         // The same router on a local port: `opwire::Server::new(router).serve(…)`.
//!         # let _ = router;
//!         Ok(())
//!     }
//! }
//! ```
//!
//! [`run`] talks to the Lambda Runtime API with lambda_runtime and reads
//! each event itself ([`Event`]): straight into the request the router
//! dispatches, without a generic event model in between. Apps built on
//! lambda_http serve the same router with [`LambdaService`] (feature
//! `lambda-http`); both answer alike, with the rules below.
//!
//! # The stage
//!
//! Routes are declared by resource path, without the API Gateway stage:
//! `/backend/<appId>/storage/<backendEnvironmentName>/import` answers
//! `https://…/prod/backend/app1/storage/dev/import` on the stage `prod`.
//! On Lambda the router always sees the resource path, whatever the event:
//!
//! | event | path in the event | what the router matches |
//! | --- | --- | --- |
//! | REST API (v1), stage `prod` | `path`: `/backend/…`, decoded | `/backend/…` |
//! | HTTP API (v2), stage `prod` | `rawPath`: `/prod/backend/…` | `/backend/…` |
//! | HTTP API (v2), stage `$default`; Function URL | `rawPath`: `/backend/…` | `/backend/…` |
//! | ALB | `path`: `/backend/…` | `/backend/…` |
//!
//! So one router serves every event family. (lambda_http puts a REST API's
//! stage in front of the path unless `AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH`
//! is set; [`LambdaService`] takes it off again, either way.) To serve the
//! same routes under the stage on a local server too (as clients
//! configured with the stage's URL call them), mount them there too with
//! [`Router::nest`]: `api.clone().nest("/prod", api)`. On an HTTP API
//! reached through a custom domain, whose `rawPath` has no stage, a
//! resource path that begins with the stage's own name is ambiguous; name
//! stages unlike the first segment of any route.
//!
//! A REST API hands the path and query values over decoded; they are
//! percent-encoded again before routing, so a label's space or `%` reads
//! back as sent. A `%2F` in a REST API's label cannot be told from a `/`
//! any more: declare such a label greedy (`<key..>`) or use an HTTP API.
//!
//! # What each request gets
//!
//! - `x-amzn-RequestId` on the answer, and [`Context::request_id`], is API
//!   Gateway's `requestContext.requestId` (for an ALB event, which has none,
//!   the Lambda invocation's ID), so the client, the API's access log and
//!   the function's log name one request.
//! - The event's request context (stage, identity, authorizer claims) and
//!   the Lambda context (invocation ID, deadline, function ARN) are in the
//!   request's extensions: [`request_context`] and [`lambda_context`] read
//!   them from a handler's [`Context`].
//! - The invocation's deadline bounds the handler: shortly before Lambda
//!   would stop the function ([`Function::deadline_margin`]), the answer
//!   is 504 `GatewayTimeoutException`, as API Gateway's own timeout is. A
//!   panicking handler answers 500 `InternalFailure`, and the function goes
//!   on serving.
//! - Bodies: base64 request bodies are decoded; answers whose
//!   `Content-Type` is not text, JSON, XML, JavaScript or YAML go back in
//!   base64. Multi-value headers and query strings arrive as repeated
//!   headers and parameters; an HTTP API's `cookies` as one `Cookie`
//!   header, and `Set-Cookie` goes back in its `cookies`.
//! - An event that is not a request (no method, a path that is no URI, a
//!   header that is no header) is the invocation's error: lambda_runtime
//!   reports it to Lambda, and the gateway answers 502.
//!
//! [`Context::request_id`]: crate::Context::request_id

use std::future::Future;
use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http::Response;
use http_body::Body;
use tower_service::Service;

use crate::answer::{self, Deadline, Logged, finish};
use crate::{Context, RequestId, Router};

mod event;
mod gateway;
mod reply;
#[cfg(feature = "lambda-http")]
mod with_lambda_http;

pub use event::Event;
pub use gateway::{Family, GatewayContext};
pub use lambda_runtime::{Context as LambdaContext, Error, LambdaEvent};
pub use reply::Reply;
#[cfg(feature = "lambda-http")]
pub use with_lambda_http::LambdaService;

/// How long before the invocation's deadline the handler is stopped and
/// 504 answered, leaving time to send it: 100 ms.
pub const DEFAULT_DEADLINE_MARGIN: Duration = Duration::from_millis(100);

/// Runs this process as a Lambda function whose handler is `router`, until
/// the Lambda runtime stops it: `lambda_runtime::run(Function::new(router))`.
/// See the [module docs](self).
///
/// # Errors
///
/// When the Lambda Runtime API cannot be reached, or the Lambda environment
/// (`AWS_LAMBDA_RUNTIME_API`, `AWS_LAMBDA_FUNCTION_NAME`, …) is missing:
/// check [`is_lambda`] first.
pub async fn run(router: Router) -> Result<(), Error> {
    lambda_runtime::run(Function::new(router)).await
}

/// Whether this process runs in the Lambda runtime environment
/// (`AWS_LAMBDA_RUNTIME_API` is set, as the Lambda runtime client reads it).
///
/// ```
/// // Lambda sets it for its functions, `cargo lambda watch` for its own.
/// assert!(!opwire::lambda::is_lambda() || std::env::var_os("AWS_LAMBDA_RUNTIME_API").is_some());
/// ```
pub fn is_lambda() -> bool {
    std::env::var_os("AWS_LAMBDA_RUNTIME_API").is_some()
}

/// The API Gateway or ALB request context of a request served on Lambda:
/// stage, request ID, identity, authorizer claims; `None` elsewhere.
///
/// ```
/// use opwire::Context;
///
/// fn stage(cx: &Context) -> Option<&str> {
///     opwire::lambda::request_context(cx)?.stage()
/// }
/// ```
pub fn request_context<S>(cx: &Context<S>) -> Option<&GatewayContext> {
    cx.extensions().get::<GatewayContext>()
}

/// The Lambda invocation's context (its ID, deadline, function ARN) of a
/// request served on Lambda; `None` elsewhere.
///
/// ```
/// fn invocation(cx: &opwire::Context) -> Option<&str> {
///     opwire::lambda::lambda_context(cx).map(|lambda| lambda.request_id.as_str())
/// }
/// ```
pub fn lambda_context<S>(cx: &Context<S>) -> Option<&LambdaContext> {
    cx.extensions().get::<LambdaContext>()
}

/// A [`Router`] as the `tower::Service` that `lambda_runtime::run` serves:
/// each [`Event`] in, its [`Reply`] out. [`run`] serves one; build it
/// yourself to set the margin or put lambda_runtime's layers around it.
///
/// ```
/// use opwire::Router;
/// use opwire::lambda::Function;
///
/// let function = Function::new(Router::new()).deadline_margin(std::time::Duration::from_millis(200));
/// // lambda_runtime::run(function).await
/// # let _ = function;
/// ```
#[derive(Debug, Clone)]
pub struct Function {
    router: Router,
    margin: Duration,
}

impl Function {
    /// `router` as a Lambda handler.
    pub fn new(router: Router) -> Self {
        Function {
            router,
            margin: DEFAULT_DEADLINE_MARGIN,
        }
    }

    /// How long before the invocation's deadline the answer is 504
    /// ([`DEFAULT_DEADLINE_MARGIN`] unless set).
    pub fn deadline_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// The answer to one event.
    ///
    /// # Errors
    ///
    /// When the event is not a request (see the [module docs](self)).
    pub async fn answer(&self, event: LambdaEvent<Event>) -> Result<Reply, Error> {
        let LambdaEvent { payload, context } = event;
        let inbound = payload.into_request()?;
        let gateway = inbound
            .parts
            .extensions
            .get::<GatewayContext>()
            .and_then(GatewayContext::request_id);
        let request_id = gateway
            .or(Some(context.request_id.as_str()).filter(|id| !id.is_empty()))
            .and_then(RequestId::new);
        let budget = budget(context.deadline, self.margin);
        let mut parts = inbound.parts;
        parts.extensions.insert(context);
        let body = http_body_util::Full::new(inbound.body);
        let response = serve(&self.router, parts, body, request_id, budget).await;
        Ok(Reply::new(inbound.family, inbound.multi_value, response))
    }
}

impl Service<LambdaEvent<Event>> for Function {
    type Response = Reply;
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Reply, Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut TaskContext<'_>) -> Poll<Result<(), Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, event: LambdaEvent<Event>) -> Self::Future {
        let function = self.clone();
        Box::pin(async move { function.answer(event).await })
    }
}

/// What is left of an invocation whose deadline is `at` (milliseconds
/// since the epoch), less `margin`; `None` without one (0: not made by
/// the Lambda runtime).
fn budget(at: u64, margin: Duration) -> Option<Duration> {
    if at == 0 {
        return None;
    }
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
    let left = Duration::from_millis(at).saturating_sub(now);
    Some(left.saturating_sub(margin))
}

/// One request through the router as a Lambda host answers it: under the
/// invocation's deadline, a panic caught, the host's own answers with the
/// router's CORS, logged, with its request ID.
async fn serve<B>(
    router: &Router,
    mut parts: http::request::Parts,
    body: B,
    request_id: Option<RequestId>,
    budget: Option<Duration>,
) -> Response<Bytes>
where
    B: Body<Data = Bytes>,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let started = tokio::time::Instant::now();
    let mut deadline = Deadline::after(budget);
    if let Some(id) = &request_id {
        parts.extensions.insert(id.clone());
    }
    let own_cors = router.own_cors(&parts.headers);
    let (method, uri) = (parts.method.clone(), parts.uri.clone());
    let log = Logged {
        method: &method,
        path: uri.path(),
        started,
        request_id: request_id.as_ref().map(RequestId::header_value),
    };
    let mut operation = None;
    let request = http::Request::from_parts(parts, body);
    let answer = answer::routed(router, request, &mut deadline, &mut operation, &log).await;
    finish(answer, own_cors, operation, &log)
}
