//! The binary, `cargo run -p amplify-backend`, as a person runs it: `--help`,
//! a mistyped flag, and a server on a free port that answers the `curl`
//! line it prints, logs each request and stops on Ctrl-C (SIGINT).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const BINARY: &str = env!("CARGO_BIN_EXE_amplify-backend");

fn run(args: &[&str]) -> Output {
    Command::new(BINARY)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_lists_every_flag() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let help = text(&output.stdout);
    for flag in [
        "--bind ADDR",
        "--port N",
        "--prefix PATH",
        "--rate-limit RPS",
        "--burst N",
        "--deadline SECONDS",
        "--body-limit BYTES",
        "--help",
    ] {
        assert!(help.contains(flag), "{flag} is not in:\n{help}");
    }
}

#[test]
fn a_bad_flag_or_value_is_named_with_the_usage_and_fails() {
    for (args, named) in [
        (&["--prot", "9000"][..], "unknown flag `--prot`"),
        (&["--port", "nine"][..], "invalid value `nine` for `--port`"),
        (&["--deadline"][..], "`--deadline` needs a value"),
        (
            &["--prefix", "prod"][..],
            "invalid value `prod` for `--prefix`",
        ),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.starts_with(&format!("error: {named}")), "{stderr}");
        assert!(stderr.contains("Usage: amplify-backend"), "{stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

/// The status and body of one HTTP/1.1 request to `authority`.
fn request(authority: &str, method: &str, path: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(authority).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nhost: {authority}\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("a response");
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|status| status.parse().ok())
        .unwrap_or_else(|| panic!("no status in {response:?}"));
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Kills the child if the test fails before it exits.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[cfg(unix)]
#[test]
fn it_answers_the_curl_line_it_prints_logs_requests_and_stops_on_ctrl_c() {
    let child = Command::new(BINARY)
        .args(["--port", "0", "--prefix", "/prod", "--deadline", "5"])
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut server = Running(child);

    // Its stdout, line by line, on a thread: the test never blocks on it.
    let stdout = server.0.stdout.take().unwrap();
    let (lines, printed) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let next_line = || {
        printed
            .recv_timeout(Duration::from_secs(30))
            .expect("the binary prints")
    };
    let banner = next_line();
    assert!(
        banner.contains("listening on http://127.0.0.1:"),
        "{banner}"
    );
    assert!(banner.contains("/prod"), "{banner}");
    let curl = loop {
        let line = next_line();
        if let Some(curl) = line.trim().strip_prefix("curl ") {
            break curl.to_owned();
        }
    };

    // The curl line: `-s URL -H '…' -d 'BODY'`, sent as curl sends it.
    let url = curl
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .expect("a URL");
    let body = curl
        .split_once("-d '")
        .and_then(|(_, rest)| rest.strip_suffix('\''))
        .expect("a body");
    let (authority, path) = url["http://".len()..].split_once('/').unwrap();
    let path = format!("/{path}");
    assert_eq!(path, "/prod/backend");
    let (status, created) = request(authority, "POST", &path, body);
    assert_eq!(status, 200, "{created}");
    assert!(created.contains(r#""jobId":"job-1""#), "{created}");
    assert!(created.contains(r#""status":"COMPLETED""#), "{created}");

    // The stage and the plain paths share one store.
    let (status, details) = request(authority, "POST", "/backend/app1/details", "{}");
    assert_eq!(status, 200, "{details}");
    assert!(details.contains(r#""appName":"notes""#), "{details}");
    let (status, missing) = request(authority, "POST", "/prod/backend/app2/details", "{}");
    assert_eq!(status, 404, "{missing}");
    assert!(missing.contains(r#""resourceType":"app""#), "{missing}");

    // Ctrl-C: a graceful stop and a zero exit status.
    let pid = server.0.id().to_string();
    let killed = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(killed.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still running after Ctrl-C"
        );
        thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    // The rest of stdout, to its end (the process is gone).
    let rest: Vec<String> = printed.iter().collect();
    assert!(rest.iter().any(|line| line == "stopped"), "{rest:?}");

    // One log line per request: method, path, status, duration.
    let mut stderr = String::new();
    server
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let requests: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains(" request "))
        .collect();
    assert_eq!(requests.len(), 3, "{stderr}");
    for (line, (path, status)) in requests.iter().zip([
        ("/prod/backend", 200),
        ("/backend/app1/details", 200),
        ("/prod/backend/app2/details", 404),
    ]) {
        assert!(line.contains(" INFO "), "{line}");
        assert!(line.contains("method=POST"), "{line}");
        assert!(line.contains(&format!("path=\"{path}\"")), "{line}");
        assert!(line.contains(&format!("status={status}")), "{line}");
        assert!(line.contains("duration="), "{line}");
    }
}

#[test]
fn the_auth_variable_turns_the_signature_check_on_and_a_bad_item_is_named() {
    let child = Command::new(BINARY)
        .args(["--port", "0"])
        .env(
            "AMPLIFY_BACKEND_AUTH",
            "AKIDEXAMPLE:the-secret, AKID2:other",
        )
        .env_remove("AWS_LAMBDA_RUNTIME_API")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let mut server = Running(child);
    let mut banner = String::new();
    // Closed after the banner: the binary goes on serving without it.
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut banner)
        .unwrap();
    thread::sleep(Duration::from_millis(100));
    let authority = banner
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| c.is_whitespace() || c == ',').next())
        .unwrap_or_else(|| panic!("no address in {banner:?}"))
        .trim_end_matches('/')
        .to_owned();
    let (status, body) = request(&authority, "POST", "/backend/app1/details", "{}");
    assert_eq!(status, 403, "{body}");
    assert!(
        body.contains("MissingAuthenticationTokenException"),
        "{body}"
    );
    drop(server);

    let output = Command::new(BINARY)
        .args(["--port", "0"])
        .env("AMPLIFY_BACKEND_AUTH", "AKIDEXAMPLE")
        .env_remove("AWS_LAMBDA_RUNTIME_API")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("invalid item `AKIDEXAMPLE` in AMPLIFY_BACKEND_AUTH"),
        "{stderr}"
    );
}
