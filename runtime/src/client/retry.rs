//! Retries in the AWS SDKs' "standard" mode: which failures are retried,
//! how long to wait before the next attempt, and the client's retry quota.
//!
//! The lists and numbers are the SDKs' (botocore `retries/standard.py` and
//! `quota.py`, smithy-rs `aws-smithy-runtime` retries): throttling and
//! transient error codes, 500/502/503/504 and connection errors are
//! retried, no other 4xx; full jitter on an exponential backoff from 1 s,
//! capped at 20 s; a quota of 500 tokens, 5 a retry, 10 a retry after a
//! timeout, refunded on success.

use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderName, Response, StatusCode};

use super::TransportError;
use crate::mix::{splitmix, uuid_v4};
use crate::response::error_code;

/// Error codes the SDKs retry as throttling.
const THROTTLING: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes the SDKs retry as transient.
const TRANSIENT: &[&str] = &["RequestTimeout", "RequestTimeoutException"];

/// Statuses retried whatever their code.
const TRANSIENT_STATUS: &[StatusCode] = &[
    StatusCode::INTERNAL_SERVER_ERROR,
    StatusCode::BAD_GATEWAY,
    StatusCode::SERVICE_UNAVAILABLE,
    StatusCode::GATEWAY_TIMEOUT,
];

/// The wait a service asks for before a retry, in milliseconds.
const RETRY_AFTER: HeaderName = HeaderName::from_static("x-amz-retry-after");

const QUOTA: u32 = 500;
const RETRY_COST: u32 = 5;
const TIMEOUT_RETRY_COST: u32 = 10;
const NO_RETRY_INCREMENT: u32 = 1;

/// How a [`Client`](crate::Client) retries a failed call: off unless set
/// ([`Retries::DISABLED`]: one attempt), or the AWS SDKs' standard mode
/// ([`Retries::STANDARD`]).
///
/// With retries on, every attempt carries `amz-sdk-invocation-id` (one
/// UUID for all attempts of a call) and `amz-sdk-request: attempt=N;
/// max=M`, as the SDKs send them.
///
/// ```
/// use std::time::Duration;
/// use opwire::{Client, Retries};
///
/// let client = Client::new("http://127.0.0.1:8080")
///     .unwrap()
///     .retries(Retries::STANDARD.max_attempts(5).initial_backoff(Duration::from_millis(100)));
/// # let _ = client;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retries {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    seed: Option<u64>,
}

impl Retries {
    /// One attempt: failures are returned as they come.
    pub const DISABLED: Retries = Retries {
        max_attempts: 1,
        ..Retries::STANDARD
    };

    /// The SDKs' standard mode: at most 3 attempts, a backoff of
    /// `random(0..1) × 1 s × 2^(retry − 1)` capped at 20 s (or the
    /// service's `x-amz-retry-after`, capped alike).
    pub const STANDARD: Retries = Retries {
        max_attempts: 3,
        initial_backoff: Duration::from_secs(1),
        max_backoff: Duration::from_secs(20),
        seed: None,
    };

    /// At most `attempts` attempts (at least 1).
    pub const fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = if attempts == 0 { 1 } else { attempts };
        self
    }

    /// The backoff's base, before jitter (1 s in the SDKs).
    pub const fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The jitter drawn from a generator seeded with `seed`, so waits are
    /// the same on every run (for tests); random per client otherwise.
    pub const fn jitter_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// How many attempts a call makes at most.
    pub const fn attempts(&self) -> u32 {
        self.max_attempts
    }
}

/// Why an attempt is worth retrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Retryable {
    /// A throttling or transient error, or a connection error.
    Error,
    /// The attempt timed out: it costs the quota more.
    Timeout,
}

/// Whether `response` is worth another attempt, and the wait the service
/// asked for.
pub(super) fn classify_response(
    response: &Response<Bytes>,
) -> Option<(Retryable, Option<Duration>)> {
    let status = response.status();
    if status.is_success() || status.is_informational() || status.is_redirection() {
        return None;
    }
    let code = error_code(response);
    let listed = code
        .as_deref()
        .is_some_and(|code| THROTTLING.contains(&code) || TRANSIENT.contains(&code));
    if !(listed || TRANSIENT_STATUS.contains(&status)) {
        return None;
    }
    let after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|ms| ms.trim().parse::<u64>().ok())
        .map(Duration::from_millis);
    Some((Retryable::Error, after))
}

/// Whether a transport failure is worth another attempt: connection errors
/// and timeouts are; a failure mid-exchange may have reached the server and
/// is not retried.
pub(super) fn classify_transport(err: &TransportError) -> Option<Retryable> {
    if err.is_timeout() {
        Some(Retryable::Timeout)
    } else if err.is_connect() {
        Some(Retryable::Error)
    } else {
        None
    }
}

/// A client's retry state: its quota and its jitter generator, shared by
/// its clones.
#[derive(Debug)]
pub(super) struct Retrier {
    config: Retries,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    quota: u32,
    random: u64,
}

impl Retrier {
    pub(super) fn new(config: Retries) -> Self {
        let random = config.seed.unwrap_or_else(|| {
            use std::hash::BuildHasher;
            std::collections::hash_map::RandomState::new().hash_one(0x5EED_u64)
        });
        Retrier {
            config,
            state: Mutex::new(State {
                quota: QUOTA,
                random,
            }),
        }
    }

    pub(super) fn config(&self) -> &Retries {
        &self.config
    }

    /// Takes the cost of one retry from the quota; `false` when it is
    /// spent (the failure is returned instead of retried).
    pub(super) fn acquire(&self, why: Retryable) -> Option<u32> {
        let cost = match why {
            Retryable::Error => RETRY_COST,
            Retryable::Timeout => TIMEOUT_RETRY_COST,
        };
        let mut state = self.lock();
        let left = state.quota.checked_sub(cost)?;
        state.quota = left;
        Some(cost)
    }

    /// A call succeeded: its last retry's cost back, or one token if it
    /// needed none.
    pub(super) fn succeeded(&self, last_retry_cost: Option<u32>) {
        let mut state = self.lock();
        let refund = last_retry_cost.unwrap_or(NO_RETRY_INCREMENT);
        state.quota = (state.quota + refund).min(QUOTA);
    }

    /// The wait before retry number `retry` (1 for the first).
    pub(super) fn backoff(&self, retry: u32, asked: Option<Duration>) -> Duration {
        let cap = self.config.max_backoff;
        if let Some(asked) = asked {
            return asked.min(cap);
        }
        let exponential = self
            .config
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)))
            .min(cap);
        exponential.mul_f64(self.jitter())
    }

    /// A number in `[0, 1)`.
    fn jitter(&self) -> f64 {
        let mut state = self.lock();
        state.random = splitmix(state.random);
        (state.random >> 11) as f64 / (1u64 << 53) as f64
    }

    /// 128 random bits, for `amz-sdk-invocation-id`.
    pub(super) fn invocation_bits(&self) -> u128 {
        let mut state = self.lock();
        state.random = splitmix(state.random);
        let high = state.random;
        state.random = splitmix(state.random);
        u128::from(high) << 64 | u128::from(state.random)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Two numbers, never left half-updated.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    #[cfg(test)]
    fn quota(&self) -> u32 {
        self.lock().quota
    }
}

/// `bits` as a version-4 UUID.
pub(super) fn uuid(bits: u128) -> String {
    String::from_utf8_lossy(&uuid_v4(bits)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, code: Option<&str>) -> Response<Bytes> {
        let mut response = Response::new(Bytes::new());
        *response.status_mut() = StatusCode::from_u16(status).unwrap();
        if let Some(code) = code {
            response
                .headers_mut()
                .insert("x-amzn-errortype", code.parse().unwrap());
        }
        response
    }

    #[test]
    fn throttling_transient_and_5xx_are_retried_other_4xx_never() {
        for (status, code) in [
            (400, Some("ThrottlingException")),
            (429, Some("TooManyRequestsException")),
            (400, Some("RequestTimeoutException")),
            (500, None),
            (502, None),
            (503, Some("ServiceUnavailableException")),
            (504, None),
        ] {
            assert!(
                classify_response(&answer(status, code)).is_some(),
                "{status} {code:?}"
            );
        }
        for (status, code) in [
            (200, None),
            (400, Some("BadRequestException")),
            (404, Some("NotFoundException")),
            (429, None),
            (501, None),
        ] {
            assert!(
                classify_response(&answer(status, code)).is_none(),
                "{status} {code:?}"
            );
        }
    }

    #[test]
    fn the_services_retry_after_is_the_wait_capped_at_the_maximum() {
        let mut response = answer(503, None);
        response
            .headers_mut()
            .insert("x-amz-retry-after", "1500".parse().unwrap());
        let (_, asked) = classify_response(&response).unwrap();
        assert_eq!(asked, Some(Duration::from_millis(1500)));
        let retrier = Retrier::new(Retries::STANDARD);
        assert_eq!(retrier.backoff(1, asked), Duration::from_millis(1500));
        assert_eq!(
            retrier.backoff(1, Some(Duration::from_secs(60))),
            Duration::from_secs(20)
        );
    }

    #[test]
    fn backoff_is_full_jitter_on_a_doubling_base_capped_at_20_seconds_and_seeded() {
        let a = Retrier::new(Retries::STANDARD.jitter_seed(7));
        let b = Retrier::new(Retries::STANDARD.jitter_seed(7));
        for retry in 1..=8 {
            let wait = a.backoff(retry, None);
            assert_eq!(wait, b.backoff(retry, None), "seeded waits repeat");
            let ceiling = Duration::from_secs(1 << (retry - 1)).min(Duration::from_secs(20));
            assert!(wait < ceiling, "retry {retry}: {wait:?} ≥ {ceiling:?}");
        }
    }

    #[test]
    fn the_quota_is_500_tokens_5_a_retry_10_after_a_timeout_refunded_on_success() {
        let retrier = Retrier::new(Retries::STANDARD);
        assert_eq!(retrier.acquire(Retryable::Error), Some(5));
        assert_eq!(retrier.acquire(Retryable::Timeout), Some(10));
        assert_eq!(retrier.quota(), 485);
        retrier.succeeded(Some(10));
        assert_eq!(retrier.quota(), 495);
        retrier.succeeded(None);
        retrier.succeeded(None);
        assert_eq!(retrier.quota(), 497);
        while retrier.acquire(Retryable::Error).is_some() {}
        assert_eq!(retrier.quota(), 2, "spent: no retry costs less than 5");
        for _ in 0..1000 {
            retrier.succeeded(Some(5));
        }
        assert_eq!(retrier.quota(), 500, "refunds stop at the quota");
    }

    #[test]
    fn invocation_ids_are_version_4_uuids() {
        let id = uuid(Retrier::new(Retries::STANDARD).invocation_bits());
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
    }
}
