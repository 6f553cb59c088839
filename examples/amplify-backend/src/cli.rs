//! The command line of `amplify-backend`: its flags into a
//! [`Config`], or `--help`.
//!
//! Parsed with `lexopt`: it takes the conventions users know (`--flag
//! value`, `--flag=value`, `-h`, `--`) for 0.5 s of clean build, where clap
//! (derive, the smallest feature set) took 4.4 s here, a fifth of this
//! crate's whole build; the help text is written by hand below.
//!
//! ```
//! use amplify_backend::cli::{self, Command};
//!
//! let args = ["--port", "9000", "--prefix=/prod"].map(String::from);
//! let Ok(Command::Serve(config)) = cli::parse(args) else { panic!() };
//! assert_eq!(config.port, 9000);
//! assert_eq!(config.prefix.as_deref(), Some("/prod"));
//!
//! let err = cli::parse(["--prot", "9000"].map(String::from)).unwrap_err();
//! assert_eq!(err.to_string(), "unknown flag `--prot`");
//! ```

use std::fmt;
use std::time::Duration;

use lexopt::Arg;

use crate::serve::{Config, RateLimit};

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Serve with this configuration.
    Serve(Config),
    /// Print the OpenAPI document, its paths under the prefix if given
    /// (`openapi [--prefix PATH]`).
    OpenApi {
        /// `--prefix`.
        prefix: Option<String>,
    },
    /// Write the reference pages into a directory (`docs DIR [--prefix
    /// PATH]`).
    Docs {
        /// Where the pages go.
        dir: std::path::PathBuf,
        /// `--prefix`.
        prefix: Option<String>,
    },
    /// Print [`USAGE`] and exit (`-h`, `--help`).
    Help,
}

/// The binary's `--help`.
pub const USAGE: &str = "\
Usage: amplify-backend [OPTIONS]
       amplify-backend openapi [--prefix PATH]
       amplify-backend docs DIR [--prefix PATH]

Serves the AWS AmplifyBackend API (all 31 operations) from memory, over
HTTP/1.1 (and cleartext HTTP/2 when built with `--features http2`), for an
AWS SDK given this server as its endpoint URL, a browser app, or curl.

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
      --openapi           Serve the OpenAPI document at GET /openapi.json
      --auth KEY_ID:SECRET
                          Accept requests signed (SigV4, service amplifybackend)
                          with this key, and answer 403 to any other; repeatable;
                          or list them in AMPLIFY_BACKEND_AUTH, separated by
                          commas [default: no check]
  -h, --help              Print this help

`openapi` prints the API's OpenAPI 3.1 document (paths under PATH if given);
`docs` writes one Markdown reference page per path, and index.md, into DIR.

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

/// The environment variable that lists the keys `--auth` would give,
/// separated by commas or white space; `--auth` on the command line wins.
pub const AUTH_ENV: &str = "AMPLIFY_BACKEND_AUTH";

const AUTH_EXPECTED: &str = "KEY_ID:SECRET, such as AKIDEXAMPLE:wJalrXUtnFEMI";

/// `KEY_ID:SECRET`.
fn auth_key(text: &str) -> Option<opwire::sigv4::Credentials> {
    let (id, secret) = text
        .split_once(':')
        .filter(|(id, secret)| !id.is_empty() && !secret.is_empty())?;
    Some(opwire::sigv4::Credentials::new(id, secret))
}

/// The keys of [`AUTH_ENV`]'s value: `KEY_ID:SECRET` items separated by
/// commas or white space.
///
/// # Errors
///
/// An item that is not `KEY_ID:SECRET`, named with the variable.
pub fn auth_list(text: &str) -> Result<Vec<opwire::sigv4::Credentials>, ArgsError> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(|item| {
            auth_key(item).ok_or_else(|| {
                args_error(format!(
                    "invalid item `{item}` in {AUTH_ENV}: expected {AUTH_EXPECTED}"
                ))
            })
        })
        .collect()
}

/// The flags that take a value.
const VALUED: [&str; 8] = [
    "auth",
    "bind",
    "port",
    "prefix",
    "rate-limit",
    "burst",
    "deadline",
    "body-limit",
];

/// Parses the binary's arguments (without the program name): each flag as
/// `--flag VALUE` or `--flag=VALUE`; a flag given twice keeps the last
/// value (`--auth` adds a key each time); `-h` or `--help` anywhere asks
/// for help.
///
/// # Errors
///
/// An unknown flag, a flag without its value, a value that does not parse
/// or is out of range, or a stray argument.
pub fn parse<I>(args: I) -> Result<Command, ArgsError>
where
    I: IntoIterator<Item = String>,
{
    let mut args: Vec<String> = args.into_iter().collect();
    match args.first().map(String::as_str) {
        Some("openapi") => {
            args.remove(0);
            let (prefix, rest) = prefix_only(args)?;
            if let Some(extra) = rest.first() {
                return Err(args_error(format!("unexpected argument `{extra}`")));
            }
            return Ok(Command::OpenApi { prefix });
        }
        Some("docs") => {
            args.remove(0);
            let (prefix, rest) = prefix_only(args)?;
            return match rest.as_slice() {
                [dir] => Ok(Command::Docs {
                    dir: dir.into(),
                    prefix,
                }),
                [] => Err(args_error(
                    "`docs` needs the directory to write into".into(),
                )),
                [_, extra, ..] => Err(args_error(format!("unexpected argument `{extra}`"))),
            };
        }
        _ => {}
    }
    let mut config = Config::default();
    let mut rate: Option<f64> = None;
    let mut burst: Option<u32> = None;
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(unexpected)? {
        let flag = match arg {
            Arg::Short('h') | Arg::Long("help") => return Ok(Command::Help),
            Arg::Long("openapi") => {
                config.openapi = true;
                continue;
            }
            Arg::Long(flag) if VALUED.contains(&flag) => flag.to_owned(),
            Arg::Long(flag) => return Err(args_error(format!("unknown flag `--{flag}`"))),
            Arg::Short(short) => {
                return Err(args_error(format!("unexpected argument `-{short}`")));
            }
            Arg::Value(value) => {
                let value = value.to_string_lossy();
                return Err(args_error(format!("unexpected argument `{value}`")));
            }
        };
        let value = parser
            .value()
            .map_err(|_| args_error(format!("`--{flag}` needs a value")))?;
        let value = value.to_string_lossy().into_owned();
        let bad = |expected: &str| {
            args_error(format!(
                "invalid value `{value}` for `--{flag}`: expected {expected}"
            ))
        };
        match flag.as_str() {
            "auth" => config
                .auth
                .push(auth_key(&value).ok_or_else(|| bad(AUTH_EXPECTED))?),
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
            _ => unreachable!("every flag in VALUED is handled"),
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

/// `--prefix PATH` (checked) and the other arguments, of `openapi` and
/// `docs`.
fn prefix_only(args: Vec<String>) -> Result<(Option<String>, Vec<String>), ArgsError> {
    let mut prefix = None;
    let mut rest = Vec::new();
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(unexpected)? {
        match arg {
            Arg::Long("prefix") => {
                let value = parser
                    .value()
                    .map_err(|_| args_error("`--prefix` needs a value".into()))?
                    .to_string_lossy()
                    .into_owned();
                check_prefix(&value).map_err(|expected| {
                    args_error(format!(
                        "invalid value `{value}` for `--prefix`: expected {expected}"
                    ))
                })?;
                prefix = Some(value);
            }
            Arg::Long(flag) => return Err(args_error(format!("unknown flag `--{flag}`"))),
            Arg::Short(short) => return Err(args_error(format!("unexpected argument `-{short}`"))),
            Arg::Value(value) => rest.push(value.to_string_lossy().into_owned()),
        }
    }
    Ok((prefix, rest))
}

/// lexopt's own errors: a value attached to a flag that takes none.
fn unexpected(err: lexopt::Error) -> ArgsError {
    match err {
        lexopt::Error::UnexpectedValue { option, .. } => {
            args_error(format!("unknown flag `{option}`"))
        }
        other => args_error(other.to_string()),
    }
}

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
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    use std::time::Duration;

    use super::*;
    use crate::Store;
    use crate::serve::RateLimit;

    fn parse(args: &[&str]) -> Result<Command, ArgsError> {
        super::parse(args.iter().map(|arg| (*arg).to_owned()))
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
                openapi: false,
                auth: Vec::new(),
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
        for flag in VALUED {
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
    fn openapi_and_docs_are_subcommands_that_take_only_a_prefix_and_a_directory() {
        assert_eq!(
            parse(&["openapi", "--prefix", "/prod"]),
            Ok(Command::OpenApi {
                prefix: Some("/prod".into())
            })
        );
        assert_eq!(
            parse(&["docs", "out", "--prefix=/prod"]),
            Ok(Command::Docs {
                dir: "out".into(),
                prefix: Some("/prod".into())
            })
        );
        assert_eq!(
            parse(&["docs"]).unwrap_err().to_string(),
            "`docs` needs the directory to write into"
        );
        assert_eq!(
            parse(&["openapi", "--port", "1"]).unwrap_err().to_string(),
            "unknown flag `--port`"
        );
        assert!(config(&["--openapi"]).openapi);
    }

    #[test]
    fn the_auth_variable_lists_keys_and_names_a_bad_one() {
        let keys = auth_list("AKID1:s1, AKID2:s2\nAKID3:s3,").unwrap();
        let ids: Vec<_> = keys.iter().map(|key| key.access_key_id()).collect();
        assert_eq!(ids, ["AKID1", "AKID2", "AKID3"]);
        assert!(auth_list("").unwrap().is_empty());
        let err = auth_list("AKID1:s1,AKID2").unwrap_err().to_string();
        assert_eq!(
            err,
            "invalid item `AKID2` in AMPLIFY_BACKEND_AUTH: expected KEY_ID:SECRET, such as AKIDEXAMPLE:wJalrXUtnFEMI"
        );
    }

    #[test]
    fn auth_keys_add_up_and_a_key_without_its_secret_is_refused() {
        let keys = config(&["--auth", "AKID1:secret1", "--auth=AKID2:secret2"]).auth;
        let ids: Vec<&str> = keys.iter().map(|k| k.access_key_id()).collect();
        assert_eq!(ids, ["AKID1", "AKID2"]);
        assert_eq!(
            parse(&["--auth", "AKID1"]).unwrap_err().to_string(),
            "invalid value `AKID1` for `--auth`: expected KEY_ID:SECRET, such as AKIDEXAMPLE:wJalrXUtnFEMI"
        );
    }
}
