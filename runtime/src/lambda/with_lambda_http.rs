//! [`LambdaService`]: a [`Router`] as the service `lambda_http::run`
//! serves, for apps built on lambda_http (feature `lambda-http`). It
//! answers as [`Function`](super::Function) does; lambda_http reads the
//! events and writes the responses.

use std::convert::Infallible;
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::uri::PathAndQuery;
use http::{Response, Uri};
use http_body_util::Full;
use lambda_http::RequestExt;
use lambda_http::request::RequestContext;
use tower_service::Service;

use super::gateway::GatewayContext;
use super::{DEFAULT_DEADLINE_MARGIN, budget, serve};
use crate::{RequestId, ResponseFuture, Router};

/// A [`Router`] as the `tower::Service` that `lambda_http::run` serves:
/// the stage rule, request IDs, the invocation's deadline, panics, as the
/// [module docs](super) say. Requires the `lambda-http` feature.
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
    /// `router` as a lambda_http handler.
    pub fn new(router: Router) -> Self {
        LambdaService {
            router,
            margin: DEFAULT_DEADLINE_MARGIN,
            stage_left_out: std::env::var_os("AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH").is_some(),
        }
    }

    /// How long before the invocation's deadline the answer is 504
    /// ([`DEFAULT_DEADLINE_MARGIN`] unless set).
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
        let request_id = request_id(&request);
        let budget = request
            .lambda_context_ref()
            .and_then(|cx| budget(cx.deadline, self.margin));
        let (mut parts, body) = request.into_parts();
        if let Some(path) = resource_path(&parts, self.stage_left_out) {
            parts.uri = path;
        }
        // Handlers read one context type whichever host read the event.
        if let Some(context) = parts.extensions.remove::<RequestContext>() {
            parts
                .extensions
                .insert(GatewayContext::lambda_http(context));
        }
        serve(&self.router, parts, body, request_id, budget)
            .await
            .map(Full::new)
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
