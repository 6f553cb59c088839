//! `cargo run -p amplify-backend`: a local AWS AmplifyBackend service, all
//! 31 operations in memory, on `127.0.0.1:8080`; `--help` lists the flags.
//! Started by the AWS Lambda runtime (`AWS_LAMBDA_RUNTIME_API` set, on
//! Lambda or under `cargo lambda watch`), the same binary is a Lambda
//! function serving the same routes.
//!
//! The flags are parsed by [`cli::parse`]; the server is [`serve`], as tests
//! start it. One log line per request goes to stderr.

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::process::ExitCode;
use std::task::Poll;

use amplify_backend::cli::{self, Command, USAGE};
use amplify_backend::document::document;
use amplify_backend::serve::Config;
use amplify_backend::{Store, operations, serve};
use tokio::net::TcpListener;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::prelude::*;

/// A line on stdout, while serving: a closed stdout (the reader of a pipe
/// gone) loses the line rather than stopping the server with a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

fn main() -> ExitCode {
    #[cfg(feature = "lambda")]
    if opwire::lambda::is_lambda() {
        return run_on_lambda();
    }
    let args = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned());
    let config = match cli::parse(args) {
        Ok(Command::Serve(mut config)) => {
            if config.auth.is_empty() {
                match auth_from_env() {
                    Ok(keys) => config.auth = keys,
                    Err(err) => {
                        eprintln!("error: {err}");
                        return ExitCode::from(2);
                    }
                }
            }
            config
        }
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::OpenApi { prefix }) => {
            println!("{}", document(prefix.as_deref()).to_string_pretty());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Docs { dir, prefix }) => return write_pages(&dir, prefix.as_deref()),
        Err(err) => {
            eprintln!("error: {err}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    init_logging();
    match runtime(tokio::runtime::Builder::new_multi_thread()) {
        Some(runtime) => runtime.block_on(run(config)),
        None => ExitCode::FAILURE,
    }
}

/// Writes the reference pages into `dir` (created if need be).
fn write_pages(dir: &std::path::Path, prefix: Option<&str>) -> ExitCode {
    let pages = document(prefix).pages();
    let written = std::fs::create_dir_all(dir).and_then(|()| {
        pages
            .iter()
            .try_for_each(|page| std::fs::write(dir.join(&page.file_name), &page.markdown))
    });
    match written {
        Ok(()) => {
            println!("wrote {} pages into {}", pages.len(), dir.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: cannot write into {}: {err}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// `builder`'s runtime with its I/O and timers, or `None` after saying why
/// it could not start.
fn runtime(mut builder: tokio::runtime::Builder) -> Option<tokio::runtime::Runtime> {
    builder
        .enable_all()
        .build()
        .inspect_err(|err| eprintln!("error: cannot start the runtime: {err}"))
        .ok()
}

async fn run(config: Config) -> ExitCode {
    let addr = config.addr();
    let listener = match TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("error: cannot listen on {addr}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let local = listener.local_addr().unwrap_or(addr);
    print_banner(&config, local);
    match serve(config, Store::new(), listener, shutdown_signal()).await {
        Ok(()) => {
            say!("stopped");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// As a Lambda function: the same routes, without the stage (see
/// `opwire::lambda`), one invocation at a time, so one thread; the store
/// lives as long as the function instance.
#[cfg(feature = "lambda")]
fn run_on_lambda() -> ExitCode {
    init_logging();
    // A function's configuration is its environment: the keys too.
    let config = match auth_from_env() {
        Ok(auth) => Config {
            auth,
            ..Config::default()
        },
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    let Some(runtime) = runtime(tokio::runtime::Builder::new_current_thread()) else {
        return ExitCode::FAILURE;
    };
    match runtime.block_on(opwire::lambda::run(config.router(Store::new()))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The keys [`cli::AUTH_ENV`] lists, none when it is not set.
fn auth_from_env() -> Result<Vec<opwire::sigv4::Credentials>, cli::ArgsError> {
    match std::env::var(cli::AUTH_ENV) {
        Ok(text) => cli::auth_list(&text),
        Err(_) => Ok(Vec::new()),
    }
}

/// Where it listens, its limits, and a request to try.
fn print_banner(config: &Config, local: std::net::SocketAddr) {
    let plain = Config {
        prefix: None,
        ..config.clone()
    };
    let under = match &config.prefix {
        Some(_) => format!(", and under {}", config.base_url(local)),
        None => String::new(),
    };
    say!(
        "AmplifyBackend ({} operations, in memory) listening on {}{under}",
        operations().len(),
        plain.base_url(local)
    );
    let rate = match config.rate_limit {
        Some(limit) => format!(
            "{} requests/s, bursts of {}",
            limit.requests_per_second, limit.burst
        ),
        None => "off".to_owned(),
    };
    say!(
        "limits: deadline {:?}, body {} bytes, rate limit {rate}",
        config.deadline,
        config.body_limit
    );
    say!("try:\n  {}", config.curl_example(local));
    say!("Ctrl-C stops it.");
}

/// Completes on Ctrl-C (or SIGTERM); a second Ctrl-C exits at once,
/// without waiting for the requests in flight.
async fn shutdown_signal() {
    let mut ctrl_c = pin!(tokio::signal::ctrl_c());
    let mut terminate = pin!(terminate());
    poll_fn(|cx| {
        if ctrl_c.as_mut().poll(cx).is_ready() || terminate.as_mut().poll(cx).is_ready() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    say!("shutting down: finishing the requests in flight (Ctrl-C again to quit now)");
    tokio::spawn(async {
        if tokio::signal::ctrl_c().await.is_ok() {
            std::process::exit(130);
        }
    });
}

/// Completes on SIGTERM (as `kill` and container runtimes send); never
/// where there is no such signal.
async fn terminate() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut sigterm) = signal(SignalKind::terminate()) {
            sigterm.recv().await;
            return;
        }
    }
    std::future::pending::<()>().await;
}

/// Logs to stderr at info (one line per request), or as `RUST_LOG` says:
/// a level (`debug`) or `target=level` pairs (`opwire=warn,info`).
fn init_logging() {
    let default = Targets::new().with_default(LevelFilter::INFO);
    let filter = match std::env::var("RUST_LOG") {
        Ok(spec) if !spec.trim().is_empty() => spec.parse::<Targets>().unwrap_or_else(|err| {
            eprintln!("warning: ignoring RUST_LOG={spec:?} ({err}); logging at info");
            default
        }),
        _ => default,
    };
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(filter),
        )
        .init();
}
