//! The local server that `cargo run -p amplify-backend` starts: its
//! [`Config`] (from the command line, [`cli`](crate::cli)), the [`Router`]
//! and [`Server`] it builds, and [`serve`], which runs them on a listener
//! until a shutdown future completes.
//!
//! Tests start exactly what the binary starts, on a port they pick:
//!
//! ```no_run
//! use amplify_backend::serve::Config;
//! use amplify_backend::{Store, serve};
//!
//! # async fn run() -> std::io::Result<()> {
//! let config = Config {
//!     prefix: Some("/prod".into()),
//!     ..Config::default()
//! };
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let addr = listener.local_addr()?;
//! let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
//! let server = tokio::spawn(serve(config, Store::new(), listener, async {
//!     stopped.await.ok();
//! }));
//! // … send requests to `http://{addr}/backend/…` or `http://{addr}/prod/backend/…` …
//! # let _ = addr;
//! stop.send(()).ok();
//! server.await.expect("the server task")?;
//! # Ok(())
//! # }
//! ```

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use opwire::Router;
use opwire::server::Server;
use tokio::net::TcpListener;

use crate::{Store, router};

/// What the local server listens on, where it serves the API and its limits.
///
/// [`Default`] is what the binary runs without flags: `127.0.0.1:8080`, no
/// stage prefix, no rate limit, API Gateway's 29-second deadline and 10 MiB
/// body limit.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The IP address to listen on (`--bind`).
    pub bind: IpAddr,
    /// The TCP port to listen on; 0 picks a free one (`--port`).
    pub port: u16,
    /// A stage prefix such as `/prod` under which the API is served too,
    /// beside the unprefixed paths (`--prefix`).
    pub prefix: Option<String>,
    /// The request rate limit, if any (`--rate-limit`, `--burst`).
    pub rate_limit: Option<RateLimit>,
    /// How long a handler may take before the server answers 504
    /// `GatewayTimeoutException` (`--deadline`).
    pub deadline: Duration,
    /// The largest request body accepted, in bytes; a larger one answers 413
    /// (`--body-limit`).
    pub body_limit: usize,
    /// Serve the API's OpenAPI document at `GET /openapi.json`
    /// (`--openapi`).
    pub openapi: bool,
    /// The keys whose SigV4 signatures (service `amplifybackend`) the server
    /// accepts; empty: requests are not checked (`--auth KEY_ID:SECRET`,
    /// repeatable). With keys, an unsigned or badly signed request answers
    /// 403 as AWS does.
    pub auth: Vec<opwire::sigv4::Credentials>,
}

/// A token bucket over the whole server: `requests_per_second` on average,
/// up to `burst` at once; past it, 429 `TooManyRequestsException` with
/// `limitType: RequestRate`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// Tokens added a second: a positive, finite number.
    pub requests_per_second: f64,
    /// Tokens saved up at most: at least 1.
    pub burst: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8080,
            prefix: None,
            rate_limit: None,
            deadline: Server::DEFAULT_DEADLINE,
            body_limit: Server::DEFAULT_BODY_LIMIT,
            openapi: false,
            auth: Vec::new(),
        }
    }
}

impl Config {
    /// The address to listen on.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::new(self.bind, self.port)
    }

    /// The API over `store`: every operation at its own path and, with a
    /// [`prefix`](Self::prefix), under the prefix too (both share `store`).
    ///
    /// # Panics
    ///
    /// If the prefix is not `/` and literal segments (as
    /// [`cli::parse`](crate::cli::parse) checks).
    pub fn router(&self, store: Store) -> Router {
        let api = router(store);
        let served = match &self.prefix {
            Some(prefix) => api.clone().nest(prefix, api),
            None => api,
        };
        let served = if self.auth.is_empty() {
            served
        } else {
            served.verify_signatures(
                opwire::sigv4::Verifier::new(self.auth.clone()).service("amplifybackend"),
            )
        };
        if self.openapi {
            let document = crate::document::document(self.prefix.as_deref());
            crate::document::serve_document(served, &document)
        } else {
            served
        }
    }

    /// The server for [`router`](Self::router) over `store`, with this
    /// configuration's limits.
    pub fn server(&self, store: Store) -> Server {
        let mut server = Server::new(self.router(store))
            .deadline(self.deadline)
            .body_limit(self.body_limit);
        if let Some(limit) = self.rate_limit {
            server = server.rate_limit(limit.requests_per_second, limit.burst);
        }
        server
    }

    /// A `curl` command that creates a backend on the server listening on
    /// `addr` (through the prefix, if any): what the binary prints to try.
    ///
    /// ```
    /// use amplify_backend::serve::Config;
    ///
    /// let config = Config { prefix: Some("/prod".into()), ..Config::default() };
    /// assert_eq!(
    ///     config.curl_example("127.0.0.1:8080".parse().unwrap()),
    ///     "curl -s http://127.0.0.1:8080/prod/backend -H 'content-type: application/json' \
    ///      -d '{\"appId\":\"app1\",\"appName\":\"notes\",\"backendEnvironmentName\":\"dev\"}'"
    /// );
    /// ```
    pub fn curl_example(&self, addr: SocketAddr) -> String {
        format!(
            "curl -s {}/backend -H 'content-type: application/json' -d '{CREATE_BACKEND}'",
            self.base_url(addr)
        )
    }

    /// The URL clients reach the API at on `addr` (the address the listener
    /// got): through the prefix if there is one, and through loopback if the
    /// server listens on every address.
    pub fn base_url(&self, addr: SocketAddr) -> String {
        let ip = match addr.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        let prefix = self.prefix.as_deref().unwrap_or("");
        format!("http://{}{prefix}", SocketAddr::new(ip, addr.port()))
    }
}

/// Serves the AmplifyBackend API over `store` from `listener`, with
/// `config`'s prefix and limits, until `shutdown` completes; then shuts down
/// gracefully (see [`Server::serve`]). This is what the binary runs, with
/// Ctrl-C as `shutdown`; `config`'s address is the listener's business.
///
/// # Errors
///
/// Those of [`Server::serve`].
pub async fn serve<F>(
    config: Config,
    store: Store,
    listener: TcpListener,
    shutdown: F,
) -> io::Result<()>
where
    F: Future<Output = ()>,
{
    config.server(store).serve(listener, shutdown).await
}

/// The body of the `curl` line the binary prints.
const CREATE_BACKEND: &str = r#"{"appId":"app1","appName":"notes","backendEnvironmentName":"dev"}"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_router_serves_the_prefix_beside_the_plain_paths() {
        let post = http::Method::POST;
        let plain = Config::default().router(Store::new());
        assert_eq!(plain.recognize(&post, "/backend"), Some("CreateBackend"));
        assert_eq!(plain.recognize(&post, "/prod/backend"), None);
        let staged = Config {
            prefix: Some("/prod".into()),
            ..Config::default()
        }
        .router(Store::new());
        assert_eq!(staged.recognize(&post, "/backend"), Some("CreateBackend"));
        assert_eq!(
            staged.recognize(&post, "/prod/backend"),
            Some("CreateBackend")
        );
        assert_eq!(staged.routes().count(), 62);
    }

    #[test]
    fn urls_to_try_use_loopback_for_the_unspecified_address() {
        let config = Config::default();
        assert_eq!(
            config.base_url("0.0.0.0:9000".parse().unwrap()),
            "http://127.0.0.1:9000"
        );
        assert_eq!(
            config.base_url("[::]:9000".parse().unwrap()),
            "http://[::1]:9000"
        );
        assert_eq!(
            config.base_url("192.0.2.3:80".parse().unwrap()),
            "http://192.0.2.3:80"
        );
    }
}
