//! The request rate limit (a token bucket) and the in-flight limit (a
//! counter), and the 429 they answer with.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use http::header::RETRY_AFTER;
use http::{HeaderValue, Response, StatusCode};
use tokio::time::Instant;

use crate::response::{Strings, message_response};

/// A token bucket shared by all connections: `rate` tokens a second, at most
/// `burst` saved up, one taken per request.
pub(super) struct RateLimiter {
    rate: f64,
    burst: f64,
    bucket: Mutex<Bucket>,
}

struct Bucket {
    tokens: f64,
    refilled: Instant,
}

impl RateLimiter {
    /// A full bucket.
    pub(super) fn new(rate: f64, burst: u32) -> Self {
        RateLimiter {
            rate,
            burst: f64::from(burst),
            bucket: Mutex::new(Bucket {
                tokens: f64::from(burst),
                refilled: Instant::now(),
            }),
        }
    }

    /// Takes a token, or says how long until one is there.
    pub(super) fn try_acquire(&self) -> Result<(), Duration> {
        self.take(Instant::now())
    }

    /// Takes a token at `now`, or says how long until one is there.
    fn take(&self, now: Instant) -> Result<(), Duration> {
        // The bucket is two numbers, never left half-updated.
        let mut bucket = self.bucket.lock().unwrap_or_else(PoisonError::into_inner);
        let elapsed = now.saturating_duration_since(bucket.refilled);
        bucket.tokens = (bucket.tokens + elapsed.as_secs_f64() * self.rate).min(self.burst);
        bucket.refilled = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / self.rate))
        }
    }
}

/// How many requests are in flight, and how many may be.
pub(super) struct InFlight {
    max: usize,
    current: AtomicUsize,
}

/// One request in flight; counted until dropped.
pub(super) struct Permit<'a>(&'a AtomicUsize);

impl InFlight {
    pub(super) fn new(max: usize) -> Self {
        InFlight {
            max,
            current: AtomicUsize::new(0),
        }
    }

    /// Counts one more request, unless `max` are in flight.
    pub(super) fn try_acquire(&self) -> Option<Permit<'_>> {
        self.current
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |current| {
                (current < self.max).then_some(current + 1)
            })
            .ok()
            .map(|_| Permit(&self.current))
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The answer to a request over the rate limit, which may try again after
/// `wait`: 429, `Retry-After` in whole seconds (rounded up, at least 1).
pub(super) fn rate_limited(wait: Duration) -> Response<Bytes> {
    let mut response = too_many_requests("RequestRate");
    let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(seconds));
    response
}

/// The answer to a request over the in-flight limit: 429.
pub(super) fn too_many_in_flight() -> Response<Bytes> {
    too_many_requests("ConcurrentRequests")
}

/// 429 `TooManyRequestsException` with `{"__type", "message", "limitType"}`.
fn too_many_requests(limit_type: &str) -> Response<Bytes> {
    const CODE: &str = "TooManyRequestsException";
    const MESSAGE: &str = "Too Many Requests";
    let mut response = message_response(StatusCode::TOO_MANY_REQUESTS, CODE, MESSAGE);
    let body = Strings(&[
        ("__type", CODE),
        ("message", MESSAGE),
        ("limitType", limit_type),
    ]);
    if let Ok(body) = serde_json::to_vec(&body) {
        *response.body_mut() = Bytes::from(body);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_allows_a_burst_then_refills_at_the_rate() {
        let limiter = RateLimiter::new(2.0, 3);
        let start = Instant::now();
        for _ in 0..3 {
            assert!(limiter.take(start).is_ok());
        }
        let wait = limiter.take(start).unwrap_err();
        assert_eq!(wait, Duration::from_millis(500));
        // Half a second later one token is back, and only one.
        let later = start + Duration::from_millis(500);
        assert!(limiter.take(later).is_ok());
        assert!(limiter.take(later).is_err());
        // Never more than the burst, however long it was idle.
        let much_later = later + Duration::from_secs(60);
        for _ in 0..3 {
            assert!(limiter.take(much_later).is_ok());
        }
        assert!(limiter.take(much_later).is_err());
    }

    #[test]
    fn a_throttled_request_gets_429_with_limit_type_and_retry_after() {
        let limiter = RateLimiter::new(0.5, 1);
        assert!(limiter.try_acquire().is_ok());
        let response = rate_limited(limiter.try_acquire().unwrap_err());
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "TooManyRequestsException"
        );
        assert_eq!(response.headers()[RETRY_AFTER], "2");
        assert_eq!(
            response.body().as_ref(),
            br#"{"__type":"TooManyRequestsException","message":"Too Many Requests","limitType":"RequestRate"}"#
        );
    }

    #[test]
    fn permits_are_counted_until_dropped() {
        let in_flight = InFlight::new(2);
        let first = in_flight.try_acquire().unwrap();
        let _second = in_flight.try_acquire().unwrap();
        assert!(in_flight.try_acquire().is_none());
        let response = too_many_in_flight();
        assert_eq!(
            response.body().as_ref(),
            br#"{"__type":"TooManyRequestsException","message":"Too Many Requests","limitType":"ConcurrentRequests"}"#
        );
        drop(first);
        assert!(in_flight.try_acquire().is_some());
    }
}
