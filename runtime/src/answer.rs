//! One request through a [`Router`] as a host answers it (the server,
//! Lambda): its body and handler under one deadline, a handler's panic
//! caught, the host's own answers with the router's CORS, the log lines and
//! the request-ID header. The router's `tower::Service` does the first two
//! steps too; hosts take them apart to name the operation in their log line
//! and to tell a slow body (408) from a slow handler (504).

use std::error::Error;
use std::future::{Future, poll_fn};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::{Pin, pin};
use std::task::Poll;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderName, HeaderValue, Method, Request, Response, StatusCode};
use http_body::Body;
use tokio::time::{Instant, Sleep, sleep_until};

use crate::Router;
use crate::catch::{CatchUnwind, panic_message};
use crate::cors::CorsAnswer;
use crate::error::InternalFailure;
use crate::response::{gateway_timeout, internal_error, message_response};
use crate::router::body::collect;

/// The header AWS clients read the request ID from.
pub(crate) const REQUEST_ID: HeaderName = HeaderName::from_static("x-amzn-requestid");

/// One deadline over several steps of a request. Its timer is only armed
/// when a step has to wait: most requests are answered without one.
pub(crate) struct Deadline {
    /// When, and how long that was from the start (for the log); `None`:
    /// no deadline.
    at: Option<(Instant, Duration)>,
    timer: Option<Pin<Box<Sleep>>>,
}

/// A step did not finish before its deadline.
struct Elapsed;

impl Deadline {
    /// `budget` from now, or none.
    pub(crate) fn after(budget: Option<Duration>) -> Self {
        Deadline {
            at: budget.map(|budget| (Instant::now() + budget, budget)),
            timer: None,
        }
    }

    /// `step`'s output, or `Elapsed` if the deadline passes first.
    async fn within<F: Future>(&mut self, step: F) -> Result<F::Output, Elapsed> {
        let mut step = pin!(step);
        poll_fn(|cx| {
            if let Poll::Ready(output) = step.as_mut().poll(cx) {
                return Poll::Ready(Ok(output));
            }
            let Some((at, _)) = self.at else {
                return Poll::Pending;
            };
            let timer = self.timer.get_or_insert_with(|| Box::pin(sleep_until(at)));
            timer.as_mut().poll(cx).map(|()| Err(Elapsed))
        })
        .await
    }
}

/// What the log lines say of a request.
pub(crate) struct Logged<'a> {
    pub(crate) method: &'a Method,
    pub(crate) path: &'a str,
    pub(crate) started: Instant,
    pub(crate) request_id: Option<&'a HeaderValue>,
}

impl Logged<'_> {
    fn id(&self) -> &str {
        self.request_id
            .and_then(|id| id.to_str().ok())
            .unwrap_or("-")
    }
}

/// The router's answer, or `Err` with the host's own (408, 413, 500, 504);
/// `operation` is set once the request is routed.
pub(crate) async fn routed<B>(
    router: &Router,
    request: Request<B>,
    deadline: &mut Deadline,
    operation: &mut Option<&'static str>,
    log: &Logged<'_>,
) -> Result<Response<Bytes>, Response<Bytes>>
where
    B: Body<Data = Bytes>,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{
    let (parts, body) = request.into_parts();
    let body = match deadline.within(collect(body, router.limit())).await {
        Ok(Ok(body)) => body,
        Ok(Err(refused)) => return Err(refused),
        Err(Elapsed) => {
            return Err(message_response(
                StatusCode::REQUEST_TIMEOUT,
                "RequestTimeoutException",
                "Request body not received in time",
            ));
        }
    };
    let request = Request::from_parts(parts, body);

    // A handler may panic when called (before its future exists) or while
    // polled; either answers 500 and the host goes on.
    let dispatch = match catch_unwind(AssertUnwindSafe(|| router.dispatch(request))) {
        Ok(dispatch) => dispatch,
        Err(payload) => return Err(panicked(log, &*payload)),
    };
    *operation = dispatch.operation();
    match deadline.within(CatchUnwind::new(dispatch)).await {
        Ok(Ok(response)) => Ok(response),
        Ok(Err(payload)) => Err(panicked(log, &*payload)),
        Err(Elapsed) => {
            tracing::warn!(
                method = %log.method,
                path = log.path,
                deadline = ?deadline.at.map(|(_, budget)| budget),
                "handler did not answer within the deadline"
            );
            Err(gateway_timeout())
        }
    }
}

/// The answer as sent: the host's own answers get the router's CORS (pages
/// read them too), an internal failure's cause and every request are
/// logged, and the request ID goes in its header.
pub(crate) fn finish(
    answer: Result<Response<Bytes>, Response<Bytes>>,
    own_cors: Option<CorsAnswer>,
    operation: Option<&'static str>,
    log: &Logged<'_>,
) -> Response<Bytes> {
    let mut response = answer.unwrap_or_else(|mut own| {
        if let Some(cors) = own_cors {
            cors.apply(own.headers_mut());
        }
        own
    });
    if let Some(failure) = response.extensions().get::<InternalFailure>() {
        tracing::error!(
            method = %log.method,
            path = log.path,
            operation = operation.unwrap_or("-"),
            request_id = log.id(),
            cause = %failure,
            "handler failed"
        );
    }
    tracing::info!(
        method = %log.method,
        path = log.path,
        status = response.status().as_u16(),
        duration = ?log.started.elapsed(),
        operation = operation.unwrap_or("-"),
        request_id = log.id(),
        "request"
    );
    if let Some(id) = log.request_id {
        response.headers_mut().insert(REQUEST_ID, id.clone());
    }
    response
}

/// Logs a handler's panic; the client gets a 500 that says nothing of it.
fn panicked(log: &Logged<'_>, payload: &(dyn std::any::Any + Send)) -> Response<Bytes> {
    tracing::error!(
        method = %log.method,
        path = log.path,
        panic = panic_message(payload),
        "handler panicked"
    );
    internal_error()
}
