//! [`Server`]: serves a [`Router`] over HTTP/1.1, and cleartext HTTP/2 with
//! the `http2` feature, with hyper and tokio.
//!
//! Requires the `server` feature. Each request is answered in one pass:
//! its body is collected (up to [`Server::body_limit`]) into [`Bytes`], the
//! [`Router`] dispatches it, and the response goes back as it came, within
//! [`Server::deadline`]. What the server answers itself (a body too large, a
//! handler too slow or panicking, a client over a limit) has the same
//! AWS-style form as the router's errors: a status, `x-amzn-ErrorType` and a
//! `{"message": …}` body, with API Gateway's codes and messages.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use opwire::{Router, operation};
//! use opwire::server::Server;
//!
//! #[operation(GET, "/ping")]
//! pub struct Ping {}
//!
//! # async fn run() -> std::io::Result<()> {
//! let router = Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
//!
//! // Bind first (port 0 picks a free port), then serve until `shutdown` completes.
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! println!("listening on {}", listener.local_addr()?);
//! let shutdown = std::future::pending(); // e.g. `async { tokio::signal::ctrl_c().await.ok(); }`
//! Server::new(router)
//!     .deadline(Duration::from_secs(10))
//!     .rate_limit(100.0, 200)
//!     .serve(listener, shutdown)
//!     .await
//! # }
//! ```
//!
//! Every response carries an `x-amzn-RequestId` (a UUID, as API Gateway
//! sends), and every request is logged through [`tracing`] at info level
//! (method, path, status, duration, operation, request ID); a handler's
//! panic at error level.
//!
//! [`Bytes`]: bytes::Bytes

mod connection;
mod limits;
mod request_id;
mod service;

use std::convert::Infallible;
use std::future::{Future, poll_fn};
use std::net::SocketAddr;
use std::pin::{Pin, pin};
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;
use std::{fmt, io};

#[cfg(not(feature = "http2"))]
use hyper::server::conn::http1;
use hyper::service::service_fn;
#[cfg(feature = "http2")]
use hyper_util::rt::TokioExecutor;
use hyper_util::rt::TokioIo;
#[cfg(feature = "http2")]
use hyper_util::rt::TokioTimer;
#[cfg(feature = "http2")]
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::{GracefulConnection, GracefulShutdown};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::time::Sleep;

use crate::Router;
use connection::{Activity, Watched};
use service::Shared;

/// An HTTP server for a [`Router`], HTTP/1.1, and with the `http2` feature
/// cleartext HTTP/2 (prior knowledge) on the same port, with API Gateway's
/// limits by default: a
/// 10 MiB body limit, a 29-second deadline, 10 KiB of request line and
/// headers.
///
/// Built with [`Server::new`] and the limit methods, run with
/// [`Server::serve`] on a TCP listener, or [`Server::connections`] for
/// connections of any other transport (TLS, Unix sockets). See the
/// [module docs](self) for an example.
///
/// | limit | default | beyond it |
/// | --- | --- | --- |
/// | [`body_limit`](Self::body_limit) | 10 MiB | 413 `RequestEntityTooLargeException` |
/// | [`deadline`](Self::deadline) | 29 s | 504 `GatewayTimeoutException` |
/// | [`rate_limit`](Self::rate_limit) | off | 429 `TooManyRequestsException` |
/// | [`max_in_flight`](Self::max_in_flight) | off | 429 `TooManyRequestsException` |
/// | [`header_read_timeout`](Self::header_read_timeout) | 30 s | connection closed |
/// | [`max_uri_length`](Self::max_uri_length) | 8 KiB | 414 `RequestUriTooLongException` |
/// | [`max_header_bytes`](Self::max_header_bytes) | 10 KiB | 431 `RequestHeaderFieldsTooLargeException` |
///
/// A client that shuts its write side after its request gets its answer
/// (a half-close, as `nc -N` does); so a client's end of input does not
/// cancel its handler, which runs until it answers or its deadline passes.
///
/// The rate limit, the in-flight limit and the deadline are hand-written,
/// not tower layers: tower's `RateLimit` delays requests (backpressure)
/// instead of refusing them with `Retry-After`, `ConcurrencyLimit` queues
/// them, and `Timeout` (tower-http's `TimeoutLayer` too) is one timer per
/// layer, so it can neither share one deadline between the body and the
/// handler nor tell a slow client (408) from a slow handler (504); each
/// answer must also be AWS-shaped. The router itself is a `tower::Service`:
/// layers of a user's own go around it.
#[derive(Debug, Clone)]
pub struct Server {
    router: Router,
    config: Config,
}

/// The limits, as set on the builder.
#[derive(Debug, Clone)]
struct Config {
    deadline: Duration,
    rate_limit: Option<RateLimit>,
    max_in_flight: Option<usize>,
    header_read_timeout: Duration,
    max_uri_length: usize,
    max_header_bytes: usize,
}

/// A token bucket: `rate` tokens a second, at most `burst` saved up.
#[derive(Debug, Clone, Copy)]
struct RateLimit {
    rate: f64,
    burst: u32,
}

impl Server {
    /// API Gateway's payload limit: 10 MiB.
    pub const DEFAULT_BODY_LIMIT: usize = Router::DEFAULT_BODY_LIMIT;
    /// API Gateway's integration timeout: 29 seconds.
    pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(29);
    /// How long a client may take to send a request's headers: 30 seconds.
    pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);
    /// API Gateway's URL length limit: 8192 bytes of path and query.
    pub const DEFAULT_MAX_URI_LENGTH: usize = 8192;
    /// API Gateway's limit on the request line and headers together:
    /// 10 KiB.
    pub const DEFAULT_MAX_HEADER_BYTES: usize = 10 * 1024;

    /// A server for `router`, with the default limits.
    ///
    /// ```
    /// use opwire::Router;
    /// use opwire::server::Server;
    ///
    /// let server = Server::new(Router::new());
    /// # let _ = server;
    /// ```
    pub fn new(router: Router) -> Self {
        Server {
            router,
            config: Config {
                deadline: Self::DEFAULT_DEADLINE,
                rate_limit: None,
                max_in_flight: None,
                header_read_timeout: Self::DEFAULT_HEADER_READ_TIMEOUT,
                max_uri_length: Self::DEFAULT_MAX_URI_LENGTH,
                max_header_bytes: Self::DEFAULT_MAX_HEADER_BYTES,
            },
        }
    }

    /// The largest request body accepted, in bytes
    /// ([`DEFAULT_BODY_LIMIT`](Self::DEFAULT_BODY_LIMIT) unless set).
    ///
    /// A larger body answers 413 with `x-amzn-ErrorType:
    /// RequestEntityTooLargeException`, before the handler runs; a declared
    /// `Content-Length` over the limit is refused without reading the body.
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// let server = Server::new(Router::new()).body_limit(1024 * 1024);
    /// # let _ = server;
    /// ```
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.router = self.router.body_limit(bytes);
        self
    }

    /// How long a request may take, from its headers to its answer: the
    /// body's arrival and the handler together
    /// ([`DEFAULT_DEADLINE`](Self::DEFAULT_DEADLINE) unless set).
    ///
    /// Past it the server answers at once. If the handler was running, its
    /// future is dropped (the work is cancelled at its next `.await`) and the
    /// answer is 504 with `x-amzn-ErrorType: GatewayTimeoutException` and
    /// `{"message": "Endpoint request timed out"}`, as API Gateway does; if
    /// the body was still arriving, it is 408 `RequestTimeoutException`.
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// use std::time::Duration;
    ///
    /// let server = Server::new(Router::new()).deadline(Duration::from_secs(5));
    /// # let _ = server;
    /// ```
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.config.deadline = deadline;
        self
    }

    /// Limits the request rate of the whole server, as API Gateway's
    /// throttling does: a token bucket that refills `requests_per_second`
    /// tokens a second and holds at most `burst`; it starts full. Off unless
    /// set.
    ///
    /// A request that finds the bucket empty answers 429 with
    /// `x-amzn-ErrorType: TooManyRequestsException`, a `Retry-After` header
    /// (whole seconds) and `{"message": "Too Many Requests", "limitType":
    /// "RequestRate"}`, without running the handler.
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// // 50 requests a second on average, bursts of up to 100.
    /// let server = Server::new(Router::new()).rate_limit(50.0, 100);
    /// # let _ = server;
    /// ```
    ///
    /// # Panics
    ///
    /// If `requests_per_second` is not a positive finite number or `burst`
    /// is zero.
    pub fn rate_limit(mut self, requests_per_second: f64, burst: u32) -> Self {
        assert!(
            requests_per_second.is_finite() && requests_per_second > 0.0,
            "the rate limit must be a positive number of requests per second, not {requests_per_second}"
        );
        assert!(burst > 0, "the rate limit's burst must be at least 1");
        self.config.rate_limit = Some(RateLimit {
            rate: requests_per_second,
            burst,
        });
        self
    }

    /// Limits how many requests are handled at once, across all
    /// connections. Off unless set.
    ///
    /// A request beyond the limit is not queued: it answers 429 at once with
    /// `x-amzn-ErrorType: TooManyRequestsException` and `{"message": "Too
    /// Many Requests", "limitType": "ConcurrentRequests"}`, so a burst can't
    /// pile up unbounded work.
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// let server = Server::new(Router::new()).max_in_flight(1_000);
    /// # let _ = server;
    /// ```
    ///
    /// # Panics
    ///
    /// If `requests` is zero.
    pub fn max_in_flight(mut self, requests: usize) -> Self {
        assert!(requests > 0, "max_in_flight must be at least 1");
        self.config.max_in_flight = Some(requests);
        self
    }

    /// How long a client may take to send a request line and headers
    /// ([`DEFAULT_HEADER_READ_TIMEOUT`](Self::DEFAULT_HEADER_READ_TIMEOUT)
    /// unless set); a client still sending them then has its connection
    /// closed (without a response), so slow clients can't hold connections
    /// open. The clock starts when the server waits for a request, so this
    /// is also how long a connection may sit idle, new or kept alive
    /// between requests; an HTTP/2 connection is closed after this long
    /// without a request in flight. A request being handled never counts
    /// against it (the [`deadline`](Self::deadline) bounds that).
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// use std::time::Duration;
    ///
    /// let server = Server::new(Router::new()).header_read_timeout(Duration::from_secs(10));
    /// # let _ = server;
    /// ```
    pub fn header_read_timeout(mut self, timeout: Duration) -> Self {
        self.config.header_read_timeout = timeout;
        self
    }

    /// The longest path and query accepted, in bytes
    /// ([`DEFAULT_MAX_URI_LENGTH`](Self::DEFAULT_MAX_URI_LENGTH) unless set).
    ///
    /// A longer one answers 414 with `x-amzn-ErrorType:
    /// RequestUriTooLongException`. (Beyond 64 KiB, the `http` crate's own
    /// limit, hyper answers a bare 414 before the server sees the request.)
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// let server = Server::new(Router::new()).max_uri_length(2048);
    /// # let _ = server;
    /// ```
    pub fn max_uri_length(mut self, bytes: usize) -> Self {
        self.config.max_uri_length = bytes;
        self
    }

    /// The most bytes of request line and headers accepted (each header
    /// counted as `name: value` and its line end), as API Gateway counts
    /// them ([`DEFAULT_MAX_HEADER_BYTES`](Self::DEFAULT_MAX_HEADER_BYTES)
    /// unless set).
    ///
    /// More answers 431 with `x-amzn-ErrorType:
    /// RequestHeaderFieldsTooLargeException`, before the body is read.
    /// (Beyond hyper's read buffer, about 400 KB, hyper answers a bare 431.)
    ///
    /// ```
    /// # use opwire::{Router, server::Server};
    /// let server = Server::new(Router::new()).max_header_bytes(16 * 1024);
    /// # let _ = server;
    /// ```
    pub fn max_header_bytes(mut self, bytes: usize) -> Self {
        self.config.max_header_bytes = bytes;
        self
    }

    /// The server as a handler of single connections, for transports other
    /// than [`serve`](Self::serve)'s TCP listener: a TLS stream, a Unix
    /// socket, an in-memory pipe. Every connection shares the limits (one
    /// rate limit, one in-flight count).
    ///
    /// ```no_run
    /// # use opwire::{Router, server::Server};
    /// # async fn run(router: Router) -> std::io::Result<()> {
    /// let connections = Server::new(router).connections();
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:8443").await?;
    /// loop {
    ///     let (stream, peer) = listener.accept().await?;
    ///     // let stream = tls_acceptor.accept(stream).await?; // a TLS stream works the same
    ///     let connections = connections.clone();
    ///     tokio::spawn(async move { connections.serve(stream, Some(peer)).await });
    /// }
    /// # }
    /// ```
    pub fn connections(self) -> Connections {
        #[cfg(feature = "http2")]
        let http = {
            let mut http = auto::Builder::new(TokioExecutor::new());
            // The header read timeout is the connection's own watch
            // (`connection.rs`), not hyper's. A client that shuts its write
            // side after a whole request still gets its answer.
            http.http1().half_close(true);
            http.http2().timer(TokioTimer::new());
            http
        };
        #[cfg(not(feature = "http2"))]
        let http = {
            let mut http = http1::Builder::new();
            http.half_close(true);
            http
        };
        Connections {
            shared: Arc::new(Shared::new(self.router, &self.config)),
            http: Arc::new(http),
            header_read_timeout: self.config.header_read_timeout,
        }
    }

    /// Serves connections from `listener` until `shutdown` completes, then
    /// shuts down gracefully: stops accepting, closes idle connections, lets
    /// the requests in flight finish (each within the
    /// [`deadline`](Self::deadline)) and returns once every connection is
    /// closed.
    ///
    /// Bind the listener first: binding port 0 and reading
    /// [`TcpListener::local_addr`] gives a free port, as tests want.
    /// Accept errors (a connection reset before it was accepted, too many
    /// open files) are logged and accepting goes on, so this returns
    /// `Ok(())` after a shutdown; the `io::Result` is kept for failures the
    /// server may report in the future.
    ///
    /// The future is `Send` when `shutdown` is, so it can be spawned.
    ///
    /// ```no_run
    /// use opwire::Router;
    /// use opwire::server::Server;
    ///
    /// # async fn run(router: Router) -> std::io::Result<()> {
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    /// let addr = listener.local_addr()?;
    /// let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    /// let server = tokio::spawn(Server::new(router).serve(listener, async {
    ///     stopped.await.ok();
    /// }));
    /// // … send requests to `addr` …
    /// # let _ = addr;
    /// stop.send(()).ok();
    /// server.await.expect("the server task")?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn serve<F>(self, listener: TcpListener, shutdown: F) -> io::Result<()>
    where
        F: Future<Output = ()>,
    {
        let connections = self.connections();
        let graceful = GracefulShutdown::new();
        let mut shutdown = pin!(shutdown);
        let mut backoff: Option<Pin<Box<Sleep>>> = None;

        loop {
            let accepted = poll_fn(|cx| {
                if shutdown.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(None);
                }
                if let Some(sleep) = &mut backoff {
                    if sleep.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                    backoff = None;
                }
                listener.poll_accept(cx).map(Some)
            })
            .await;
            let (stream, peer) = match accepted {
                None => break,
                Some(Ok(accepted)) => accepted,
                Some(Err(err)) => {
                    if !is_connection_error(&err) {
                        // Out of file descriptors or memory: wait a little
                        // rather than spin.
                        tracing::error!(error = %err, "accepting a connection failed");
                        backoff = Some(Box::pin(tokio::time::sleep(ACCEPT_BACKOFF)));
                    }
                    continue;
                }
            };
            // Responses are written whole; don't wait to coalesce them.
            let _ = stream.set_nodelay(true);
            let (connection, activity) = connections.connection(stream, Some(peer));
            let connection = connections.watch(graceful.watch(connection), activity);
            tokio::spawn(async move {
                if let Err(err) = connection.await {
                    tracing::debug!(%peer, error = %err, "connection closed with an error");
                }
            });
        }

        drop(listener);
        tracing::info!(
            connections = graceful.count(),
            "shutting down: waiting for open connections"
        );
        graceful.shutdown().await;
        Ok(())
    }
}

/// The connection side of a [`Server`], from [`Server::connections`]:
/// serves connections of any transport, HTTP/1.1 (or cleartext HTTP/2, with
/// the `http2` feature). Cheap
/// to clone (two `Arc`s).
#[derive(Clone)]
pub struct Connections {
    shared: Arc<Shared>,
    http: Arc<HttpBuilder>,
    header_read_timeout: Duration,
}

impl Connections {
    /// Serves one connection until it closes; `peer` is what handlers see
    /// as [`Context::peer_addr`](crate::Context::peer_addr).
    pub async fn serve<I>(&self, io: I, peer: Option<SocketAddr>) -> Result<(), ConnectionError>
    where
        I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let (connection, activity) = self.connection(io, peer);
        self.watch(connection, activity).await
    }

    /// The hyper connection, and what its requests tell its idle watch.
    fn connection<I>(
        &self,
        io: I,
        peer: Option<SocketAddr>,
    ) -> (
        impl GracefulConnection<Error: Into<ConnectionError>> + Send + use<I>,
        Arc<Activity>,
    )
    where
        I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let shared = Arc::clone(&self.shared);
        let activity = Activity::new();
        let requests = Arc::clone(&activity);
        let service = service_fn(move |request| {
            let shared = Arc::clone(&shared);
            let in_flight = requests.begin();
            async move {
                let response = shared.handle(request, peer).await;
                drop(in_flight);
                Ok::<_, Infallible>(response)
            }
        });
        let connection = self.http.serve_connection(TokioIo::new(io), service);
        #[cfg(feature = "http2")]
        let connection = connection.into_owned();
        (connection, activity)
    }

    /// `connection` closed once it waits longer than the header read
    /// timeout for a request.
    fn watch<C, E>(&self, connection: C, activity: Arc<Activity>) -> Watched<C>
    where
        C: Future<Output = Result<(), E>>,
        E: Into<ConnectionError>,
    {
        Watched::new(connection, activity, self.header_read_timeout)
    }
}

impl fmt::Debug for Connections {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connections").finish_non_exhaustive()
    }
}

/// The connection builder: HTTP/1.1 and cleartext HTTP/2 with the `http2`
/// feature, HTTP/1.1 alone without it.
#[cfg(feature = "http2")]
type HttpBuilder = auto::Builder<TokioExecutor>;
#[cfg(not(feature = "http2"))]
type HttpBuilder = http1::Builder;

/// Why a connection ended with an error (hyper's, or the transport's).
pub type ConnectionError = Box<dyn std::error::Error + Send + Sync>;

/// How long to wait before accepting again after a resource error.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Errors of one connection, not of the listener: accept the next.
fn is_connection_error(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionRefused
            | io::ErrorKind::Interrupted
    )
}
