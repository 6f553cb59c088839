//! One connection's idle watch: closes a connection that has no request in
//! flight and has not completed a request's headers within the header read
//! timeout, HTTP/1.1 and HTTP/2 alike.
//!
//! Hand-written rather than hyper's `header_read_timeout`: that arms, polls
//! and cancels a timer in tokio's wheel for every request, a few percent of
//! the server's CPU under load. This is one timer per connection, reset only
//! when it fires; a request costs two atomic updates and a clock read.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use tokio::time::{Instant, Sleep, sleep_until};

use super::ConnectionError;

/// What a connection's requests tell its watch.
pub(super) struct Activity {
    started: Instant,
    in_flight: AtomicUsize,
    /// When the last request was answered, in nanoseconds since `started`
    /// (0 until then).
    idle_since: AtomicU64,
}

impl Activity {
    pub(super) fn new() -> Arc<Self> {
        Arc::new(Activity {
            started: Instant::now(),
            in_flight: AtomicUsize::new(0),
            idle_since: AtomicU64::new(0),
        })
    }

    /// A request's headers are in; counted until the guard drops (answered,
    /// or cancelled by the connection closing).
    pub(super) fn begin(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(Arc::clone(self))
    }

    /// When the connection times out if nothing happens before: `None` if
    /// that time has passed.
    fn expiry(&self, timeout: Duration, now: Instant) -> Option<Instant> {
        if self.in_flight.load(Ordering::Relaxed) > 0 {
            return Some(now + timeout);
        }
        let idle_since =
            self.started + Duration::from_nanos(self.idle_since.load(Ordering::Relaxed));
        let expires = idle_since + timeout;
        (expires > now).then_some(expires)
    }
}

/// One request in flight on a connection.
pub(super) struct InFlight(Arc<Activity>);

impl Drop for InFlight {
    fn drop(&mut self) {
        let activity = &self.0;
        let nanos = u64::try_from(activity.started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        // The idle time starts before the request stops counting, so the
        // watch never sees a connection idle since an earlier moment.
        activity.idle_since.store(nanos, Ordering::Relaxed);
        activity.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A connection future under its idle watch: ends with
/// [`IdleTimeout`] when the connection waited too long for a request.
pub(super) struct Watched<C> {
    connection: Pin<Box<C>>,
    activity: Arc<Activity>,
    timeout: Duration,
    timer: Pin<Box<Sleep>>,
    /// The waker the timer was last polled with: the timer is polled again
    /// only when it fires or the waker changes, not on every wake.
    registered: Option<Waker>,
}

impl<C> Watched<C> {
    pub(super) fn new(connection: C, activity: Arc<Activity>, timeout: Duration) -> Self {
        let timer = Box::pin(sleep_until(activity.started + timeout));
        Watched {
            connection: Box::pin(connection),
            activity,
            timeout,
            timer,
            registered: None,
        }
    }
}

impl<C, E> Future for Watched<C>
where
    C: Future<Output = Result<(), E>>,
    E: Into<ConnectionError>,
{
    type Output = Result<(), ConnectionError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if let Poll::Ready(result) = this.connection.as_mut().poll(cx) {
            return Poll::Ready(result.map_err(Into::into));
        }
        let stale = !this
            .registered
            .as_ref()
            .is_some_and(|waker| waker.will_wake(cx.waker()));
        if stale || this.timer.is_elapsed() {
            loop {
                if this.timer.is_elapsed() {
                    match this.activity.expiry(this.timeout, Instant::now()) {
                        Some(at) => this.timer.as_mut().reset(at),
                        // Dropping the connection closes it.
                        None => return Poll::Ready(Err(Box::new(IdleTimeout(this.timeout)))),
                    }
                }
                if this.timer.as_mut().poll(cx).is_pending() {
                    this.registered = Some(cx.waker().clone());
                    break;
                }
            }
        }
        Poll::Pending
    }
}

/// A connection closed for waiting longer than the header read timeout for
/// a request.
#[derive(Debug)]
pub(super) struct IdleTimeout(Duration);

impl std::fmt::Display for IdleTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no request within the header read timeout ({:?})",
            self.0
        )
    }
}

impl std::error::Error for IdleTimeout {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_idle_connection_expires_a_timeout_after_its_last_answer() {
        let activity = Activity::new();
        let timeout = Duration::from_secs(30);
        let start = activity.started;
        assert_eq!(activity.expiry(timeout, start), Some(start + timeout));
        assert_eq!(activity.expiry(timeout, start + timeout), None);

        let request = activity.begin();
        let later = start + 2 * timeout;
        // A request in flight keeps the connection open.
        assert_eq!(activity.expiry(timeout, later), Some(later + timeout));
        drop(request);
        let idle_since =
            activity.started + Duration::from_nanos(activity.idle_since.load(Ordering::Relaxed));
        assert_eq!(
            activity.expiry(timeout, idle_since),
            Some(idle_since + timeout)
        );
        assert_eq!(activity.expiry(timeout, idle_since + timeout), None);
    }
}
