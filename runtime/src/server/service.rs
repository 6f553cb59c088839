//! One request, start to end: the server's limits, then the router's
//! answer as `crate::answer` gives it (body, dispatch, deadline, log line).

use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http::{Request, Response, StatusCode, Uri};
use http_body_util::Full;
use hyper::body::Incoming;
use tokio::time::Instant;

use super::Config;
use super::limits::{InFlight, RateLimiter, rate_limited, too_many_in_flight};
use super::request_id::RequestIds;
use crate::answer::{self, Deadline, Logged, finish};
use crate::response::message_response;
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
        let own_cors = self.router.own_cors(request.headers());
        let log = Logged {
            method: &method,
            path: uri.path(),
            started,
            request_id: Some(&request_id),
        };
        let mut operation = None;
        let answer = self.respond(request, &uri, &log, &mut operation).await;
        finish(answer, own_cors, operation, &log).map(Full::new)
    }

    /// The router's response, or `Err` with the server's own; `operation` is
    /// set once the request is routed.
    async fn respond(
        &self,
        request: Request<Incoming>,
        uri: &Uri,
        log: &Logged<'_>,
        operation: &mut Option<&'static str>,
    ) -> Result<Response<Bytes>, Response<Bytes>> {
        let method = log.method;
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

        let mut deadline = Deadline::after(Some(self.deadline));
        answer::routed(&self.router, request, &mut deadline, operation, log).await
    }
}
