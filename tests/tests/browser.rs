//! A real browser on another origin: headless Chromium opens a page served
//! from `http://localhost:A`, which calls the AmplifyBackend emulator on
//! `http://127.0.0.1:B/prod` with the official AWS SDK for JavaScript
//! (bundled for the browser by esbuild) and with plain `fetch`, then posts
//! its report back to its own origin. Every call crosses origins, so each
//! one needs the emulator's CORS answers: the preflight's allowed headers
//! (the SDK's invocation id, retry info, user agent and SigV4 headers), and
//! the exposed `x-amzn-RequestId`, `x-amzn-ErrorType` and `Date`.
//!
//! The page's checks are in `tests/js/scenario.mjs` and `tests/js/page.mjs`:
//! all 31 operations succeed; `NotFoundException` (with `resourceType`) and
//! `BadRequestException` arrive typed, also with the error-type header
//! removed (from the body's `__type`); request IDs are readable; labels
//! with space, `/`, `%`, `+` and non-ASCII come back equal.
//!
//! Skips without Chromium or tests/js's packages, except under `CI=true`.

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

mod servers;

use amplify_backend::operations;
use opwire_tests::running::start;
use opwire_tests::tools;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

const PAGE: &str = "<!doctype html><meta charset=\"utf-8\"><title>opwire</title>\
                    <script type=\"module\" src=\"/bundle.js\"></script>";

/// How long the page may take for all its calls.
const PAGE_BOUND: Duration = Duration::from_secs(120);

#[test]
fn the_official_js_sdk_in_chromium_calls_every_operation_from_another_origin() {
    let (Some(chromium), Some(js)) = (tools::chromium(), tools::js_packages()) else {
        return;
    };
    let scratch = std::env::temp_dir().join(format!("opwire-browser-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let bundle = bundle(&js, &scratch);

    let runtime = servers::runtime();
    let api = runtime.block_on(start(servers::staged()));
    let (page, mut reports) = runtime.block_on(serve_page(bundle));

    // Two origins: `localhost:A` for the page, `127.0.0.1:B` for the API.
    let url = format!(
        "http://localhost:{}/#endpoint=http://{}/prod",
        page.port(),
        api.addr
    );
    let mut browser = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!(
            "--user-data-dir={}",
            scratch.join("profile").display()
        ))
        .arg(&url)
        .stdout(Stdio::null())
        .stderr(
            std::fs::File::create(scratch.join("chromium.log"))
                .map(Stdio::from)
                .unwrap_or_else(|_| Stdio::null()),
        )
        .spawn()
        .expect("chromium starts");
    let report = runtime.block_on(async { tokio::time::timeout(PAGE_BOUND, reports.recv()).await });
    tools::kill(&mut browser);
    runtime.block_on(api.shut_down());

    let log = std::fs::read_to_string(scratch.join("chromium.log")).unwrap_or_default();
    let report = match report {
        Ok(Some(report)) => report,
        _ => panic!("the page sent no report within {PAGE_BOUND:?}; chromium said:\n{log}"),
    };
    let _ = std::fs::remove_dir_all(&scratch);
    let report: serde_json::Value = serde_json::from_slice(&report).expect("a JSON report");
    let declared = operations().iter().map(|info| info.name).collect();
    tools::check_reports(&report, &declared);
}

/// Bundles `tests/js/page.mjs` and the SDK for the browser.
fn bundle(js: &Path, scratch: &Path) -> Vec<u8> {
    let out = scratch.join("bundle.js");
    let mut esbuild = Command::new(js.join("node_modules/.bin/esbuild"));
    esbuild
        .current_dir(js)
        .args([
            "page.mjs",
            "--bundle",
            "--format=esm",
            "--platform=browser",
            "--target=es2022",
            "--log-level=warning",
        ])
        .arg(format!("--outfile={}", out.display()));
    tools::run(esbuild, Duration::from_secs(60));
    std::fs::read(out).expect("the bundle")
}

/// Serves the page and its bundle on `localhost`; each report posted to
/// `/report` comes out of the channel.
async fn serve_page(bundle: Vec<u8>) -> (SocketAddr, mpsc::Receiver<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (reports, received) = mpsc::channel(1);
    let bundle: &'static [u8] = bundle.leak();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(answer(stream, bundle, reports.clone()));
        }
    });
    (addr, received)
}

/// One request of the page's origin (one per connection).
async fn answer(mut stream: TcpStream, bundle: &'static [u8], reports: mpsc::Sender<Vec<u8>>) {
    let mut bytes = Vec::new();
    let mut chunk = [0; 8192];
    let (head, body_start) = loop {
        let Ok(read) = stream.read(&mut chunk).await else {
            return;
        };
        if read == 0 {
            return;
        }
        bytes.extend_from_slice(&chunk[..read]);
        if let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break (String::from_utf8_lossy(&bytes[..end]).into_owned(), end + 4);
        }
    };
    let length: usize = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    while bytes.len() < body_start + length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(read) => bytes.extend_from_slice(&chunk[..read]),
        }
    }
    let target = head.split(' ').nth(1).unwrap_or("");
    let (status, kind, body): (&str, &str, &[u8]) = match (head.split(' ').next(), target) {
        (Some("GET"), "/") => ("200 OK", "text/html; charset=utf-8", PAGE.as_bytes()),
        (Some("GET"), "/bundle.js") => ("200 OK", "text/javascript", bundle),
        (Some("POST"), "/report") => {
            let _ = reports
                .send(bytes[body_start..body_start + length].to_vec())
                .await;
            ("204 No Content", "text/plain", b"")
        }
        _ => ("404 Not Found", "text/plain", b""),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body).await;
}
