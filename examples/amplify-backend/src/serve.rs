//! The local server that `cargo run -p amplify-backend` starts: its
//! [`Config`] (parsed from the command line by [`Config::from_args`]), the
//! [`Router`] and [`Server`] it builds, and [`serve`], which runs them on a
//! listener until a shutdown future completes.
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

use std::fmt;
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
        }
    }
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Serve with this configuration.
    Serve(Config),
    /// Print [`USAGE`] and exit (`-h`, `--help`).
    Help,
}

/// The binary's `--help`.
pub const USAGE: &str = "\
Usage: amplify-backend [OPTIONS]

Serves the AWS AmplifyBackend API (all 31 operations) from memory, over plain
HTTP/1.1, for an AWS SDK given this server as its endpoint URL, or for curl.

Options:
      --bind ADDR         IP address to listen on [default: 127.0.0.1]
      --port N            TCP port to listen on; 0 picks a free one [default: 8080]
      --prefix PATH       Also serve the API under this stage prefix, such as /prod
                          (the unprefixed paths keep working) [default: none]
      --rate-limit RPS    Allow RPS requests a second on average; past it answer
                          429 TooManyRequestsException [default: off]
      --burst N           With --rate-limit: requests allowed at once
                          [default: RPS rounded up]
      --deadline SECONDS  Answer 504 GatewayTimeoutException to a request not
                          handled within SECONDS (decimals allowed) [default: 29]
      --body-limit BYTES  Answer 413 to a request body larger than BYTES
                          [default: 10485760, 10 MiB]
  -h, --help              Print this help

Each request is logged on stderr (method, path, status, duration); RUST_LOG
sets the level, such as RUST_LOG=debug or RUST_LOG=opwire=warn [default: info].
Ctrl-C stops the server gracefully.
";

/// A command line the binary does not understand: names the flag or value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgsError {
    message: String,
}

impl fmt::Display for ArgsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArgsError {}

fn args_error(message: String) -> ArgsError {
    ArgsError { message }
}

impl Config {
    /// Parses the binary's arguments (without the program name): each flag
    /// as `--flag VALUE` or `--flag=VALUE`; a flag given twice keeps the
    /// last value.
    ///
    /// ```
    /// use amplify_backend::serve::{Command, Config};
    ///
    /// let args = ["--port", "9000", "--prefix=/prod"].map(String::from);
    /// let Ok(Command::Serve(config)) = Config::from_args(args) else { panic!() };
    /// assert_eq!(config.port, 9000);
    /// assert_eq!(config.prefix.as_deref(), Some("/prod"));
    ///
    /// let err = Config::from_args(["--prot", "9000"].map(String::from)).unwrap_err();
    /// assert_eq!(err.to_string(), "unknown flag `--prot`");
    /// ```
    ///
    /// # Errors
    ///
    /// An unknown flag, a flag without its value, a value that does not
    /// parse or is out of range, or a stray argument.
    pub fn from_args<I>(args: I) -> Result<Command, ArgsError>
    where
        I: IntoIterator<Item = String>,
    {
        let mut config = Config::default();
        let mut rate: Option<f64> = None;
        let mut burst: Option<u32> = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "-h" || arg == "--help" {
                return Ok(Command::Help);
            }
            let Some(flag_and_value) = arg.strip_prefix("--") else {
                return Err(args_error(format!("unexpected argument `{arg}`")));
            };
            let (flag, inline) = match flag_and_value.split_once('=') {
                Some((flag, value)) => (flag, Some(value.to_owned())),
                None => (flag_and_value, None),
            };
            if flag == "help" {
                return Ok(Command::Help);
            }
            if !FLAGS.contains(&flag) {
                return Err(args_error(format!("unknown flag `--{flag}`")));
            }
            let Some(value) = inline.or_else(|| args.next()) else {
                return Err(args_error(format!("`--{flag}` needs a value")));
            };
            let bad = |expected: &str| {
                args_error(format!(
                    "invalid value `{value}` for `--{flag}`: expected {expected}"
                ))
            };
            match flag {
                "bind" => {
                    config.bind = value
                        .parse()
                        .map_err(|_| bad("an IP address such as 127.0.0.1, 0.0.0.0 or ::1"))?;
                }
                "port" => {
                    config.port = value.parse().map_err(|_| bad("a port from 0 to 65535"))?;
                }
                "prefix" => {
                    check_prefix(&value).map_err(bad)?;
                    config.prefix = Some(value);
                }
                "rate-limit" => {
                    let rps = value
                        .parse::<f64>()
                        .ok()
                        .filter(|rps| rps.is_finite() && *rps > 0.0)
                        .ok_or_else(|| bad("a positive number of requests a second"))?;
                    rate = Some(rps);
                }
                "burst" => {
                    let n = value
                        .parse::<u32>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| bad("a whole number of requests, at least 1"))?;
                    burst = Some(n);
                }
                "deadline" => {
                    config.deadline = value
                        .parse::<f64>()
                        .ok()
                        .filter(|seconds| *seconds > 0.0)
                        .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
                        .ok_or_else(|| bad("a positive number of seconds, such as 29 or 0.5"))?;
                }
                "body-limit" => {
                    config.body_limit = value
                        .parse()
                        .map_err(|_| bad("a whole number of bytes, such as 10485760"))?;
                }
                _ => unreachable!("every flag in FLAGS is handled"),
            }
        }
        config.rate_limit = match (rate, burst) {
            (Some(rps), burst) => Some(RateLimit {
                requests_per_second: rps,
                burst: burst.unwrap_or_else(|| default_burst(rps)),
            }),
            (None, Some(_)) => {
                return Err(args_error(
                    "`--burst` needs `--rate-limit` (the rate limit is off without it)".into(),
                ));
            }
            (None, None) => None,
        };
        Ok(Command::Serve(config))
    }

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
    /// [`from_args`](Self::from_args) checks).
    pub fn router(&self, store: Store) -> Router {
        let api = router(store);
        match &self.prefix {
            Some(prefix) => api.clone().nest(prefix, api),
            None => api,
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

/// The flags that take a value.
const FLAGS: [&str; 7] = [
    "bind",
    "port",
    "prefix",
    "rate-limit",
    "burst",
    "deadline",
    "body-limit",
];

/// A burst of one second's requests, at least one.
fn default_burst(rps: f64) -> u32 {
    // In range: `rps` is positive, and the cast saturates.
    (rps.ceil() as u32).max(1)
}

/// What [`Router::nest`] accepts: `/` and literal segments, none empty.
fn check_prefix(prefix: &str) -> Result<(), &'static str> {
    const EXPECTED: &str =
        "a path such as /prod or /v1/prod (letters, digits and `-._~` between the `/`s)";
    let rest = prefix.strip_prefix('/').ok_or(EXPECTED)?;
    if rest.is_empty() {
        return Err(EXPECTED);
    }
    for segment in rest.split('/') {
        let literal = !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c));
        if !literal {
            return Err(EXPECTED);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, ArgsError> {
        Config::from_args(args.iter().map(|arg| (*arg).to_owned()))
    }

    fn config(args: &[&str]) -> Config {
        match parse(args) {
            Ok(Command::Serve(config)) => config,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    fn error(args: &[&str]) -> String {
        match parse(args) {
            Err(err) => err.to_string(),
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn no_flags_is_the_default() {
        let config = config(&[]);
        assert_eq!(config, Config::default());
        assert_eq!(config.addr(), "127.0.0.1:8080".parse().unwrap());
        assert_eq!(config.deadline, Duration::from_secs(29));
        assert_eq!(config.body_limit, 10 * 1024 * 1024);
        assert_eq!(config.rate_limit, None);
        assert_eq!(config.prefix, None);
    }

    #[test]
    fn every_flag_in_both_forms() {
        let spaced = config(&[
            "--bind",
            "0.0.0.0",
            "--port",
            "0",
            "--prefix",
            "/prod",
            "--rate-limit",
            "2.5",
            "--burst",
            "7",
            "--deadline",
            "0.25",
            "--body-limit",
            "1024",
        ]);
        let inline = config(&[
            "--bind=0.0.0.0",
            "--port=0",
            "--prefix=/prod",
            "--rate-limit=2.5",
            "--burst=7",
            "--deadline=0.25",
            "--body-limit=1024",
        ]);
        assert_eq!(spaced, inline);
        assert_eq!(
            spaced,
            Config {
                bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
                port: 0,
                prefix: Some("/prod".into()),
                rate_limit: Some(RateLimit {
                    requests_per_second: 2.5,
                    burst: 7,
                }),
                deadline: Duration::from_millis(250),
                body_limit: 1024,
            }
        );
        assert_eq!(
            config(&["--bind", "::1"]).bind,
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        );
        assert_eq!(config(&["--port", "1", "--port", "2"]).port, 2);
    }

    #[test]
    fn the_burst_defaults_to_a_second_of_requests() {
        let burst = |rps| config(&["--rate-limit", rps]).rate_limit.unwrap().burst;
        assert_eq!(burst("10"), 10);
        assert_eq!(burst("2.5"), 3);
        assert_eq!(burst("0.1"), 1);
    }

    #[test]
    fn help_wins() {
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
        assert_eq!(parse(&["--port", "1", "-h"]), Ok(Command::Help));
        for flag in FLAGS {
            assert!(
                USAGE.contains(&format!("--{flag} ")),
                "{flag} is not in the usage"
            );
        }
    }

    #[test]
    fn errors_name_the_flag_and_the_value() {
        assert_eq!(error(&["--verbose"]), "unknown flag `--verbose`");
        assert_eq!(error(&["--verbose=1"]), "unknown flag `--verbose`");
        assert_eq!(error(&["8080"]), "unexpected argument `8080`");
        assert_eq!(error(&["-p", "8080"]), "unexpected argument `-p`");
        assert_eq!(error(&["--port"]), "`--port` needs a value");
        assert_eq!(
            error(&["--port", "80800"]),
            "invalid value `80800` for `--port`: expected a port from 0 to 65535"
        );
        assert!(
            error(&["--bind", "localhost"]).starts_with("invalid value `localhost` for `--bind`")
        );
        for bad in ["0", "-1", "NaN", "inf", "fast"] {
            assert!(
                error(&["--rate-limit", bad])
                    .starts_with(&format!("invalid value `{bad}` for `--rate-limit`"))
            );
        }
        for bad in ["0", "-1", "1.5"] {
            assert!(error(&["--rate-limit", "1", "--burst", bad]).contains("`--burst`"));
        }
        assert!(error(&["--burst", "5"]).contains("needs `--rate-limit`"));
        for bad in ["0", "-1", "NaN", "1e300", "29s"] {
            assert!(
                error(&["--deadline", bad])
                    .starts_with(&format!("invalid value `{bad}` for `--deadline`"))
            );
        }
        assert!(error(&["--body-limit", "10MiB"]).contains("`--body-limit`"));
    }

    #[test]
    fn prefixes_are_literal_paths() {
        for good in ["/prod", "/v1/prod", "/stage-2"] {
            assert_eq!(config(&["--prefix", good]).prefix.as_deref(), Some(good));
            // What the flag accepts, the router accepts.
            config(&["--prefix", good]).router(Store::new());
        }
        for bad in [
            "prod", "/", "/prod/", "//prod", "/<stage>", "/a b", "/%70rod", "/p?x",
        ] {
            assert!(
                error(&["--prefix", bad])
                    .starts_with(&format!("invalid value `{bad}` for `--prefix`")),
                "{bad}"
            );
        }
    }

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
