//! One request, start to end: limits, body, dispatch, deadline, log line.

use std::future::{Future, poll_fn};
use std::net::SocketAddr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::{Pin, pin};
use std::task::Poll;
use std::time::Duration;

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode, Uri};
use http_body_util::Full;
use hyper::body::Incoming;
use tokio::time::{Instant, Sleep, sleep_until};

use super::Config;
use super::limits::{InFlight, RateLimiter, rate_limited, too_many_in_flight};
use super::request_id::{REQUEST_ID, RequestIds};
use crate::catch::{CatchUnwind, panic_message};
use crate::error::InternalFailure;
use crate::response::{gateway_timeout, internal_error, message_response};
use crate::router::body::collect;
use crate::{PeerAddr, RequestId, Router};

/// What every connection's service shares: the router and the limits.
pub(super) struct Shared {
    router: Router,
    deadline: Duration,
    rate: Option<RateLimiter>,
    in_flight: Option<InFlight>,
    max_uri_length: usize,
    max_header_bytes: usize,
    request_ids: RequestIds,
}

impl Shared {
    pub(super) fn new(router: Router, config: &Config) -> Self {
        Shared {
            router,
            deadline: config.deadline,
            rate: config
                .rate_limit
                .map(|limit| RateLimiter::new(limit.rate, limit.burst)),
            in_flight: config.max_in_flight.map(InFlight::new),
            max_uri_length: config.max_uri_length,
            max_header_bytes: config.max_header_bytes,
            request_ids: RequestIds::new(),
        }
    }

    /// Answers one request from `peer`, with its request ID, and logs it.
    pub(super) async fn handle(
        &self,
        mut request: Request<Incoming>,
        peer: Option<SocketAddr>,
    ) -> Response<Full<Bytes>> {
        let started = Instant::now();
        let method = request.method().clone();
        let uri = request.uri().clone();
        let request_id = self.request_ids.next();
        // For handlers (`Context::request_id`, `Context::peer_addr`).
        let extensions = request.extensions_mut();
        extensions.insert(RequestId::from_header(request_id.clone()));
        if let Some(peer) = peer {
            extensions.insert(PeerAddr(peer));
        }
        // The server's own answers (413, 429, 504, …) are read by pages too.
        let own_cors = self.router.own_cors(request.headers());
        let mut operation = None;
        let deadline = started + self.deadline;
        let mut response = match self
            .respond(request, &method, &uri, deadline, &mut operation)
            .await
        {
            Ok(routed) => routed,
            Err(mut own) => {
                if let Some(cors) = own_cors {
                    cors.apply(own.headers_mut());
                }
                own
            }
        };
        if let Some(failure) = response.extensions().get::<InternalFailure>() {
            tracing::error!(
                method = %method,
                path = uri.path(),
                operation = operation.unwrap_or("-"),
                request_id = request_id.to_str().unwrap_or("-"),
                cause = %failure,
                "handler failed"
            );
        }
        tracing::info!(
            method = %method,
            path = uri.path(),
            status = response.status().as_u16(),
            duration = ?started.elapsed(),
            operation = operation.unwrap_or("-"),
            request_id = request_id.to_str().unwrap_or("-"),
            "request"
        );
        response.headers_mut().insert(REQUEST_ID, request_id);
        response.map(Full::new)
    }

    /// The router's response, or `Err` with the server's own; `operation` is
    /// set once the request is routed.
    async fn respond(
        &self,
        request: Request<Incoming>,
        method: &Method,
        uri: &Uri,
        deadline: Instant,
        operation: &mut Option<&'static str>,
    ) -> Result<Response<Bytes>, Response<Bytes>> {
        let uri_length = uri.path_and_query().map_or(0, |pq| pq.as_str().len());
        if uri_length > self.max_uri_length {
            return Err(message_response(
                StatusCode::URI_TOO_LONG,
                "RequestUriTooLongException",
                &format!(
                    "The request URI is longer than the limit of {} bytes",
                    self.max_uri_length
                ),
            ));
        }
        // As API Gateway counts: the request line, and `name: value\r\n`
        // for each header.
        let header_bytes = request.headers().iter().fold(
            method.as_str().len() + uri_length + " HTTP/1.1\r\n".len(),
            |sum, (name, value)| sum + name.as_str().len() + value.len() + 4,
        );
        if header_bytes > self.max_header_bytes {
            return Err(message_response(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                "RequestHeaderFieldsTooLargeException",
                &format!(
                    "The request line and headers are longer than the limit of {} bytes",
                    self.max_header_bytes
                ),
            ));
        }
        if let Some(rate) = &self.rate {
            if let Err(wait) = rate.try_acquire() {
                return Err(rate_limited(wait));
            }
        }
        // Held until the response is ready.
        let _permit = match &self.in_flight {
            Some(in_flight) => match in_flight.try_acquire() {
                Some(permit) => Some(permit),
                None => return Err(too_many_in_flight()),
            },
            None => None,
        };

        // The router's `tower::Service` does these two steps too; the server
        // takes them apart to name the operation in its log line and to tell
        // a slow body (408) from a slow handler (504) under one deadline.
        let mut deadline = Deadline::new(deadline);
        let (parts, body) = request.into_parts();
        let body = match deadline.within(collect(body, self.router.limit())).await {
            Ok(Ok(body)) => body,
            Ok(Err(response)) => return Err(response),
            Err(_) => {
                return Err(message_response(
                    StatusCode::REQUEST_TIMEOUT,
                    "RequestTimeoutException",
                    "Request body not received in time",
                ));
            }
        };
        let request = Request::from_parts(parts, body);

        // A handler may panic when called (before its future exists) or
        // while polled; either answers 500 and the server goes on.
        let dispatch = match catch_unwind(AssertUnwindSafe(|| self.router.dispatch(request))) {
            Ok(dispatch) => dispatch,
            Err(payload) => return Err(panicked(method, uri, &*payload)),
        };
        *operation = dispatch.operation();
        match deadline.within(CatchUnwind::new(dispatch)).await {
            Ok(Ok(response)) => Ok(response),
            Ok(Err(payload)) => Err(panicked(method, uri, &*payload)),
            Err(_) => {
                tracing::warn!(
                    method = %method,
                    path = uri.path(),
                    deadline = ?self.deadline,
                    "handler did not answer within the deadline"
                );
                Err(gateway_timeout())
            }
        }
    }
}

/// One deadline over several steps of a request. Its timer is only armed
/// when a step has to wait: most requests are answered without one.
struct Deadline {
    at: Instant,
    timer: Option<Pin<Box<Sleep>>>,
}

/// A step did not finish before its deadline.
struct Elapsed;

impl Deadline {
    fn new(at: Instant) -> Self {
        Deadline { at, timer: None }
    }

    /// `step`'s output, or `Elapsed` if the deadline passes first.
    async fn within<F: Future>(&mut self, step: F) -> Result<F::Output, Elapsed> {
        let mut step = pin!(step);
        poll_fn(|cx| {
            if let Poll::Ready(output) = step.as_mut().poll(cx) {
                return Poll::Ready(Ok(output));
            }
            let at = self.at;
            let timer = self.timer.get_or_insert_with(|| Box::pin(sleep_until(at)));
            timer.as_mut().poll(cx).map(|()| Err(Elapsed))
        })
        .await
    }
}

/// Logs a handler's panic; the client gets a 500 that says nothing of it.
fn panicked(method: &Method, uri: &Uri, payload: &(dyn std::any::Any + Send)) -> Response<Bytes> {
    tracing::error!(
        method = %method,
        path = uri.path(),
        panic = panic_message(payload),
        "handler panicked"
    );
    internal_error()
}
