//! A [`Router`] as an AWS Lambda function, with [`lambda_http`]: behind API
//! Gateway (REST APIs, v1 events, and HTTP APIs, v2), a Function URL or an
//! Application Load Balancer. Requires the `lambda` feature.
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
//! # The stage
//!
//! Routes are declared by resource path, without the API Gateway stage:
//! `/backend/<appId>/storage/<backendEnvironmentName>/import` answers
//! `https://…/prod/backend/app1/storage/dev/import` on the stage `prod`.
//! On Lambda the router always sees the resource path, whatever the event:
//!
//! | event | path in the event | what the router matches |
//! | --- | --- | --- |
//! | REST API (v1), stage `prod` | `path`: `/backend/…` (lambda_http puts `/prod` in front unless `AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH` is set) | `/backend/…` |
//! | HTTP API (v2), stage `prod` | `rawPath`: `/prod/backend/…` | `/backend/…` |
//! | HTTP API (v2), stage `$default`; Function URL | `rawPath`: `/backend/…` | `/backend/…` |
//! | ALB | `path`: `/backend/…` | `/backend/…` |
//!
//! So one router serves every event family, with or without that
//! environment variable. To serve the same routes under the stage on a
//! local server too (as clients configured with the stage's URL call them),
//! mount them there too with [`Router::nest`]: `api.clone().nest("/prod",
//! api)`. On an HTTP API reached through a custom domain,
//! whose `rawPath` has no stage, a resource path that begins with the
//! stage's own name is ambiguous; name stages unlike the first segment of
//! any route.
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
//!   would stop the function ([`LambdaService::deadline_margin`]), the answer
//!   is 504 `GatewayTimeoutException`, as API Gateway's own timeout is. A
//!   panicking handler answers 500 `InternalFailure`, and the function goes
//!   on serving.
//! - Bodies: lambda_http decodes base64 request bodies, and base64-encodes
//!   answers whose `Content-Type` is not text or JSON; multi-value headers
//!   and query strings arrive as repeated headers and parameters.
//!
//! [`Context::request_id`]: crate::Context::request_id

use std::convert::Infallible;
use std::task::{Context as TaskContext, Poll};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http::uri::PathAndQuery;
use http::{Request, Response, Uri};
use http_body_util::Full;
use lambda_http::RequestExt;
use tower_service::Service;

use crate::answer::{self, Deadline, Logged, finish};
use crate::{Context, RequestId, ResponseFuture, Router};

pub use lambda_http::request::RequestContext;
pub use lambda_http::{Context as LambdaContext, Error};

/// Runs this process as a Lambda function whose handler is `router`, until
/// the Lambda runtime stops it. See the [module docs](self).
///
/// # Errors
///
/// When the Lambda Runtime API cannot be reached.
///
/// # Panics
///
/// As [`lambda_http::run`] does, when the Lambda environment
/// (`AWS_LAMBDA_RUNTIME_API`, `AWS_LAMBDA_FUNCTION_NAME`, …) is missing:
/// check [`is_lambda`] first.
pub async fn run(router: Router) -> Result<(), Error> {
    lambda_http::run(LambdaService::new(router)).await
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
/// use opwire::lambda::{RequestContext, request_context};
///
/// fn stage(cx: &Context) -> Option<String> {
///     match request_context(cx)? {
///         RequestContext::ApiGatewayV1(gateway) => gateway.stage.clone(),
///         RequestContext::ApiGatewayV2(gateway) => gateway.stage.clone(),
///         _ => None,
///     }
/// }
/// ```
pub fn request_context<S>(cx: &Context<S>) -> Option<&RequestContext> {
    cx.extensions().get::<RequestContext>()
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

/// A [`Router`] as the `tower::Service` that [`lambda_http::run`] serves:
/// the stage rule, request IDs, the invocation's deadline, panics. [`run`]
/// is `lambda_http::run(LambdaService::new(router))`; build it yourself to
/// put tower layers around it.
///
/// ```
/// use opwire::Router;
/// use opwire::lambda::LambdaService;
///
/// let service = LambdaService::new(Router::new()).deadline_margin(std::time::Duration::from_millis(200));
/// // lambda_http::run(service).await
/// # let _ = service;
/// ```
#[derive(Debug, Clone)]
pub struct LambdaService {
    router: Router,
    margin: Duration,
    /// lambda_http's switch, read once: whether it leaves REST paths without
    /// the stage.
    stage_left_out: bool,
}

impl LambdaService {
    /// How long before the invocation's deadline the handler is stopped and
    /// 504 answered, leaving time to send it: 100 ms.
    pub const DEFAULT_DEADLINE_MARGIN: Duration = Duration::from_millis(100);

    /// `router` as a Lambda handler.
    pub fn new(router: Router) -> Self {
        LambdaService {
            router,
            margin: Self::DEFAULT_DEADLINE_MARGIN,
            stage_left_out: std::env::var_os("AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH").is_some(),
        }
    }

    /// How long before the invocation's deadline the answer is 504
    /// ([`DEFAULT_DEADLINE_MARGIN`](Self::DEFAULT_DEADLINE_MARGIN) unless
    /// set).
    pub fn deadline_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }
}

impl Service<lambda_http::Request> for LambdaService {
    type Response = Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _: &mut TaskContext<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: lambda_http::Request) -> ResponseFuture {
        ResponseFuture::new(self.clone().answer(request))
    }
}

impl LambdaService {
    async fn answer(self, request: lambda_http::Request) -> Response<Full<Bytes>> {
        let started = tokio::time::Instant::now();
        let request_id = request_id(&request);
        let mut deadline = Deadline::after(self.deadline(&request));
        let (mut parts, body) = request.into_parts();
        if let Some(path) = resource_path(&parts, self.stage_left_out) {
            parts.uri = path;
        }
        if let Some(id) = &request_id {
            parts.extensions.insert(id.clone());
        }
        let own_cors = self.router.own_cors(&parts.headers);
        let (method, uri) = (parts.method.clone(), parts.uri.clone());
        let log = Logged {
            method: &method,
            path: uri.path(),
            started,
            request_id: request_id.as_ref().map(RequestId::header_value),
        };
        let mut operation = None;
        let request = Request::from_parts(parts, body);
        let answer =
            answer::routed(&self.router, request, &mut deadline, &mut operation, &log).await;
        finish(answer, own_cors, operation, &log)
    }

    /// What is left of the invocation, less the margin; `None` without a
    /// deadline (a request not made by the Lambda runtime).
    fn deadline(&self, request: &lambda_http::Request) -> Option<Duration> {
        let at = request.lambda_context_ref()?.deadline;
        if at == 0 {
            return None;
        }
        let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
        let left = Duration::from_millis(at).saturating_sub(now);
        Some(left.saturating_sub(self.margin))
    }
}

/// API Gateway's request ID, or for an ALB event the invocation's.
fn request_id(request: &lambda_http::Request) -> Option<RequestId> {
    let gateway = match request.request_context_ref() {
        Some(RequestContext::ApiGatewayV1(cx)) => cx.request_id.as_deref(),
        Some(RequestContext::ApiGatewayV2(cx)) => cx.request_id.as_deref(),
        _ => None,
    };
    let invocation = || {
        request
            .lambda_context_ref()
            .map(|cx| cx.request_id.as_str())
    };
    gateway
        .filter(|id| !id.is_empty())
        .or_else(invocation)
        .and_then(RequestId::new)
}

/// The request's URI with the stage taken out of its path, when it is in
/// it (see the module docs); `None` when the path is the resource path
/// already.
fn resource_path(parts: &http::request::Parts, stage_left_out: bool) -> Option<Uri> {
    let (stage, in_path) = match parts.request_context_ref()? {
        RequestContext::ApiGatewayV1(cx) => {
            let stage = named(cx.stage.as_deref())?;
            // lambda_http put it in front of the event's `path`, unless told
            // not to or the path already began with it.
            let raw = parts.raw_http_path();
            let begins = raw
                .strip_prefix('/')
                .and_then(|rest| rest.strip_prefix(stage))
                .is_some_and(|rest| rest.starts_with('/'));
            (stage, !stage_left_out && !begins)
        }
        // HTTP APIs put a named stage in `rawPath` themselves.
        RequestContext::ApiGatewayV2(cx) => (named(cx.stage.as_deref())?, true),
        _ => return None,
    };
    if !in_path {
        return None;
    }
    let path = parts.uri.path();
    let rest = path.strip_prefix('/')?.strip_prefix(stage)?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let rest = if rest.is_empty() { "/" } else { rest };
    let path_and_query = match parts.uri.query() {
        Some(query) => format!("{rest}?{query}"),
        None => rest.to_owned(),
    };
    let mut uri = parts.uri.clone().into_parts();
    uri.path_and_query = Some(PathAndQuery::try_from(path_and_query).ok()?);
    Uri::from_parts(uri).ok()
}

/// A stage that can be in a path: not `$default`, not empty.
fn named(stage: Option<&str>) -> Option<&str> {
    stage.filter(|stage| !stage.is_empty() && *stage != "$default")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A REST API event for `path` on the stage `prod`, as lambda_http
    /// reads it.
    fn rest(path: &str) -> http::request::Parts {
        let event = serde_json::json!({
            "resource": "/{proxy+}",
            "path": path,
            "httpMethod": "GET",
            "headers": {"Host": "id.execute-api.us-east-1.amazonaws.com"},
            "multiValueHeaders": {"Host": ["id.execute-api.us-east-1.amazonaws.com"]},
            "requestContext": {"stage": "prod", "requestId": "r-1", "httpMethod": "GET",
                "resourcePath": "/{proxy+}", "path": format!("/prod{path}"), "accountId": "1",
                "resourceId": "x", "apiId": "id", "identity": {}},
            "isBase64Encoded": false
        });
        lambda_http::request::from_str(&event.to_string())
            .expect("a REST API event")
            .into_parts()
            .0
    }

    fn routed(parts: &http::request::Parts, stage_left_out: bool) -> String {
        resource_path(parts, stage_left_out).map_or_else(
            || parts.uri.path_and_query().unwrap().to_string(),
            |uri| uri.path_and_query().unwrap().to_string(),
        )
    }

    #[test]
    fn a_rest_api_path_is_routed_without_the_stage_either_way() {
        let parts = rest("/backend/app1/details");
        // lambda_http put the stage in front; it comes off again.
        assert_eq!(parts.uri.path(), "/prod/backend/app1/details");
        assert_eq!(routed(&parts, false), "/backend/app1/details");
        // With AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH, lambda_http leaves it
        // out: nothing to take off.
        let mut parts = rest("/backend/app1/details");
        parts.uri =
            Uri::from_static("https://id.execute-api.us-east-1.amazonaws.com/backend/app1/details");
        assert_eq!(routed(&parts, true), "/backend/app1/details");
    }

    #[test]
    fn a_rest_resource_path_that_begins_with_the_stage_name_is_kept() {
        // lambda_http does not add the stage to a path that begins with it.
        let parts = rest("/prod/backend/app1/details");
        assert_eq!(parts.uri.path(), "/prod/backend/app1/details");
        assert_eq!(routed(&parts, false), "/prod/backend/app1/details");
    }

    #[test]
    fn an_http_api_stage_comes_off_its_raw_path_with_the_query_kept() {
        let event = serde_json::json!({
            "version": "2.0", "routeKey": "ANY /{proxy+}",
            "rawPath": "/prod/backend/app1/jobs", "rawQueryString": "status=A&status=B",
            "headers": {"host": "id.execute-api.us-east-1.amazonaws.com"},
            "requestContext": {"stage": "prod", "requestId": "r-2", "routeKey": "ANY /{proxy+}",
                "accountId": "1", "apiId": "id", "domainName": "id.execute-api.us-east-1.amazonaws.com",
                "http": {"method": "GET", "path": "/prod/backend/app1/jobs", "protocol": "HTTP/1.1",
                    "sourceIp": "1.2.3.4", "userAgent": "x"}},
            "isBase64Encoded": false
        });
        let parts = lambda_http::request::from_str(&event.to_string())
            .unwrap()
            .into_parts()
            .0;
        assert_eq!(
            routed(&parts, false),
            "/backend/app1/jobs?status=A&status=B"
        );
        assert_eq!(routed(&parts, true), "/backend/app1/jobs?status=A&status=B");
    }

    #[test]
    fn a_stage_name_that_is_only_a_prefix_of_a_segment_stays() {
        let mut parts = rest("/backend");
        parts.uri = Uri::from_static("/production/x");
        assert_eq!(routed(&parts, false), "/production/x");
    }
}
