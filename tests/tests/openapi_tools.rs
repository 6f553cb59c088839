//! The AmplifyBackend emulator's OpenAPI 3.1 document, as the binary prints
//! it (`amplify-backend openapi [--prefix /prod]`), checked by others'
//! tools (pinned in `tests/python/requirements.txt`):
//!
//! - `openapi-spec-validator` accepts the document, with and without the
//!   stage;
//! - schemathesis, run against the binary serving on a loopback port, finds
//!   no failure in any operation: every check it has (negative-data
//!   rejection and response-schema conformance among them), a bounded
//!   number of examples per operation, a fixed seed. Its NDJSON report is
//!   read back, so a failure names each failing check with its operation,
//!   the request that reproduces it (as a `curl` line) and the response.
//!
//! The binary is built by `cargo build -p amplify-backend` (nothing to do
//! when it is fresh): a test of another package has no
//! `CARGO_BIN_EXE_amplify-backend`.
//!
//! Skips without the tools, except under `CI=true`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use opwire_tests::tools::{self, Running};
use serde_json::Value;

/// The stage the server is nested under, as the browser test serves it.
const PREFIX: &str = "/prod";

/// `positive_data_acceptance` accepts the model's 400 for a duplicate
/// create, and only for the operations that create; and for a page token
/// the server never issued, only for the paginated operations: any string
/// is a schema-valid `nextToken`, and no schema can say which strings the
/// server issued (the 400 is the issue's rule: a token the server never
/// issued is a `BadRequestException`).
const EXPECTED_400S: &str = r#"
[[operations]]
include-operation-id = ["CreateBackend", "CreateBackendAPI", "CreateBackendAuth", "CloneBackend"]
checks.positive_data_acceptance.expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]

[[operations]]
include-operation-id = ["ListBackendJobs", "ListS3Buckets"]
checks.positive_data_acceptance.expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]
"#;

/// Examples per operation and phase: the whole run (about 3,800 requests
/// over 61 operations) takes about 75 s on two cores, well under three
/// minutes; 50 took 100 s and found the same failures.
const MAX_EXAMPLES: &str = "25";

/// The run's seed: the same requests each time.
const SEED: &str = "12";

/// How long the whole schemathesis run may take.
const RUN_BOUND: Duration = Duration::from_secs(600);

#[test]
fn the_document_passes_openapi_spec_validator() {
    let Some(validator) = tools::openapi_spec_validator() else {
        return;
    };
    let binary = amplify_backend();
    let scratch = Scratch::new("validator");
    for prefix in [None, Some(PREFIX)] {
        let file = scratch.dir.join(format!(
            "openapi{}.json",
            prefix.map(|p| p.replace('/', "-")).unwrap_or_default()
        ));
        std::fs::write(&file, document(&binary, prefix)).unwrap();
        let mut validate = Command::new(&validator);
        validate.arg(&file);
        let output = tools::run_to_end(validate, Duration::from_secs(120));
        assert!(
            output.status.success(),
            "openapi-spec-validator rejects the document (prefix {prefix:?}, {}):\n{}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        eprintln!(
            "prefix {prefix:?}: {}",
            String::from_utf8_lossy(&output.stdout).trim()
        );
    }
}

#[test]
fn schemathesis_finds_no_failures_against_the_emulator() {
    let Some(schemathesis) = tools::schemathesis() else {
        return;
    };
    let binary = amplify_backend();
    let mut scratch = Scratch::new("schemathesis");
    let text = document(&binary, Some(PREFIX));
    let doc: Value = serde_json::from_str(&text).expect("the document is JSON");
    every_operation_is_in(&doc);
    let file = scratch.dir.join("openapi.json");
    std::fs::write(&file, &text).unwrap();

    let (server, base) = serve(&binary, &scratch.dir);
    // The document's paths are under the stage, or its `servers` name it.
    let paths = doc["paths"].as_object().expect("paths");
    let url = if paths
        .keys()
        .all(|path| path.starts_with(&format!("{PREFIX}/")))
    {
        base
    } else {
        format!("{base}{PREFIX}")
    };

    // The configuration is this one alone (no `schemathesis.toml` of a
    // parent folder applies), and it widens one check for four operations:
    // AWS's model answers a create of what already exists (the same
    // backend, API, auth or clone target sent twice) with 400
    // `BadRequestException` and declares no 409, and the emulator answers
    // as the model does. Everything else is on the command line.
    let config = scratch.dir.join("schemathesis.toml");
    std::fs::write(&config, EXPECTED_400S).unwrap();
    let json = scratch.dir.join("report.json");
    let ndjson = scratch.dir.join("events.ndjson");
    let mut run = Command::new(&schemathesis);
    run.current_dir(&scratch.dir)
        .arg("--config-file")
        .arg(&config)
        .arg("run")
        .arg(&file)
        .args(["--url", &url])
        // Every check: schemathesis 4's default, named so that no
        // configuration can narrow it (negative_data_rejection and
        // response_schema_conformance among them).
        .args(["--checks", "all"])
        // All phases (examples, coverage, fuzzing, stateful), as by default.
        .args(["--max-examples", MAX_EXAMPLES])
        .args(["--seed", SEED])
        // No example database: each run is the seed's alone.
        .args(["--generation-database", "none"])
        // One worker: the same requests in the same order on every run
        // (the emulator's state, and so its answers, depend on the order).
        .args(["--workers", "1"])
        .args(["--request-timeout", "10"])
        .args(["--report", "json,ndjson"])
        .arg("--report-json-path")
        .arg(&json)
        .arg("--report-ndjson-path")
        .arg(&ndjson)
        .arg("--no-color")
        .env("NO_COLOR", "1");
    let started = Instant::now();
    let output = tools::run_to_end(run, RUN_BOUND);
    let took = started.elapsed();
    drop(server);
    let stdout = String::from_utf8_lossy(&output.stdout);
    std::fs::write(scratch.dir.join("stdout.txt"), stdout.as_bytes()).unwrap();
    eprintln!("schemathesis ran for {took:.1?} against {url}");

    let report: Value = std::fs::read(&json)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_else(|| {
            panic!(
                "schemathesis wrote no JSON report ({}):\n{stdout}\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            )
        });
    eprintln!(
        "operations: {}; test cases: {}",
        report["operations"], report["test_cases"]
    );
    let failures = failures(&std::fs::read_to_string(&ndjson).unwrap_or_default());
    let mut problems = String::new();
    for (key, failure) in &failures {
        let _ = writeln!(
            problems,
            "- {} {} ({}) in {} ({} case(s)): {}\n  reproduce: {}\n  answer: {}",
            key.code,
            key.title,
            key.check,
            key.operation,
            failure.count,
            key.message.replace('\n', "\n    "),
            failure.request,
            failure.response
        );
    }
    for error in report["errors"].as_array().into_iter().flatten() {
        let _ = writeln!(problems, "- error: {error}");
    }
    let operations = &report["operations"];
    if operations["tested"] != operations["selected"] || operations["errored"] != 0 {
        let _ = writeln!(problems, "- not every operation was tested: {operations}");
    }
    if problems.is_empty() && !output.status.success() {
        let _ = writeln!(problems, "- schemathesis exited {}", output.status);
    }
    if !problems.is_empty() {
        let summary = stdout
            .find("=== SUMMARY")
            .and_then(|at| stdout[..at].rfind('\n').map(|line| &stdout[line..]))
            .unwrap_or(&stdout);
        scratch.keep = true;
        panic!(
            "schemathesis found {} distinct failure(s) against {url}; its output, report \
             and the server's log are in {}:\n{problems}\n{summary}",
            failures.len(),
            scratch.dir.display()
        );
    }
}

/// The `amplify-backend` binary, built by cargo as `cargo run -p
/// amplify-backend` builds it.
fn amplify_backend() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo);
    build.current_dir(tools::workspace()).args([
        "build",
        "-p",
        "amplify-backend",
        "--bin",
        "amplify-backend",
        "--message-format=json-render-diagnostics",
    ]);
    let output = tools::run(build, Duration::from_secs(1200));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| {
            message["reason"] == "compiler-artifact"
                && message["target"]["name"] == "amplify-backend"
        })
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the binary it built")
}

/// What `amplify-backend openapi [--prefix PREFIX]` prints.
fn document(binary: &Path, prefix: Option<&str>) -> String {
    let mut openapi = Command::new(binary);
    openapi.arg("openapi");
    if let Some(prefix) = prefix {
        openapi.args(["--prefix", prefix]);
    }
    let output = tools::run(openapi, Duration::from_secs(60));
    String::from_utf8(output.stdout).expect("the document is UTF-8")
}

/// Each of the emulator's 31 operations is in the document, by its
/// `operationId`: "over every operation" is not a run over fewer.
fn every_operation_is_in(doc: &Value) {
    let ids: Vec<&str> = doc["paths"]
        .as_object()
        .expect("paths")
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .filter_map(|operation| operation["operationId"].as_str())
        .collect();
    let missing: Vec<&str> = amplify_backend::operations()
        .iter()
        .map(|info| info.name)
        .filter(|name| !ids.contains(name))
        .collect();
    assert!(missing.is_empty(), "not in the document: {missing:?}");
}

/// The binary serving on a free loopback port under [`PREFIX`] (and at
/// the API's own paths), its log in `dir`; stopped by its PID when the
/// `Running` is dropped. Returns it and `http://127.0.0.1:PORT`.
fn serve(binary: &Path, dir: &Path) -> (Running, String) {
    let log = std::fs::File::create(dir.join("server.log")).unwrap();
    let child = Command::new(binary)
        .args(["--port", "0", "--prefix", PREFIX])
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("the binary starts");
    let mut server = Running(child);
    let stdout = server.0.stdout.take().expect("piped");
    let (lines, printed) = mpsc::channel();
    // Reads stdout to its end, so the server never blocks on it.
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = lines.send(line);
        }
    });
    let started = Instant::now();
    loop {
        let left = Duration::from_secs(30).saturating_sub(started.elapsed());
        let line = printed
            .recv_timeout(left)
            .expect("the binary prints where it listens");
        if let Some((_, rest)) = line.split_once("listening on ") {
            let base: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != ',')
                .collect();
            assert!(base.starts_with("http://127.0.0.1:"), "{line}");
            return (server, base);
        }
    }
}

/// A distinct failure: the same check failing the same way in the same
/// operation.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    operation: String,
    code: String,
    check: String,
    title: String,
    message: String,
}

/// The first case that showed it, and how many did.
struct Seen {
    count: usize,
    request: String,
    response: String,
}

/// The failing checks of schemathesis's NDJSON events, each with a
/// reproduction: every `ScenarioFinished` event's cases, checks and the
/// request and response of each case.
fn failures(events: &str) -> BTreeMap<Key, Seen> {
    let mut found: BTreeMap<Key, Seen> = BTreeMap::new();
    for event in events.lines() {
        let Ok(event) = serde_json::from_str::<Value>(event) else {
            continue;
        };
        let Some(recorder) = event.get("ScenarioFinished").map(|e| &e["recorder"]) else {
            continue;
        };
        let label = recorder["label"].as_str().unwrap_or("?");
        let Some(checks) = recorder["checks"].as_object() else {
            continue;
        };
        for (case, checks) in checks {
            for check in checks.as_array().into_iter().flatten() {
                if check["status"] != "failure" {
                    continue;
                }
                let failure = &check["failure_info"]["failure"];
                let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
                let key = Key {
                    operation: failure["operation"].as_str().unwrap_or(label).to_owned(),
                    code: text(&failure["code"]),
                    check: text(&check["name"]),
                    title: text(&failure["title"]),
                    message: text(&failure["message"]),
                };
                let interaction = &recorder["interactions"][case.as_str()];
                found
                    .entry(key)
                    .or_insert_with(|| Seen {
                        count: 0,
                        request: curl(&interaction["request"]),
                        response: answer(&interaction["response"]),
                    })
                    .count += 1;
            }
        }
    }
    found
}

/// A recorded request as a `curl` command line.
fn curl(request: &Value) -> String {
    if request.is_null() {
        return "(no request recorded)".into();
    }
    let mut line = format!(
        "curl -sS -i -X {}",
        request["method"].as_str().unwrap_or("?")
    );
    for (name, values) in request["headers"].as_object().into_iter().flatten() {
        for value in values.as_array().into_iter().flatten() {
            let _ = write!(
                line,
                " -H {}",
                quoted(&format!("{name}: {}", value.as_str().unwrap_or("")))
            );
        }
    }
    if let Some(body) = bytes(&request["body"]) {
        let _ = write!(
            line,
            " --data-binary {}",
            quoted(&String::from_utf8_lossy(&body))
        );
    }
    let _ = write!(line, " {}", quoted(request["uri"].as_str().unwrap_or("?")));
    line
}

/// A recorded response: its status, headers and body (cut at 2 KiB).
fn answer(response: &Value) -> String {
    if response.is_null() {
        return "(no response recorded)".into();
    }
    let mut text = response["status_code"].to_string();
    for (name, values) in response["headers"].as_object().into_iter().flatten() {
        for value in values.as_array().into_iter().flatten() {
            let _ = write!(text, "; {name}: {}", value.as_str().unwrap_or(""));
        }
    }
    if let Some(body) = bytes(&response["content"]) {
        let body = String::from_utf8_lossy(&body);
        let cut: String = body.chars().take(2048).collect();
        let _ = write!(text, "; body: {cut}");
    }
    text
}

/// A recorded body: `{"$base64": …}` or a string.
fn bytes(body: &Value) -> Option<Vec<u8>> {
    match body {
        Value::String(text) => Some(text.as_bytes().to_vec()),
        Value::Object(map) => BASE64.decode(map.get("$base64")?.as_str()?).ok(),
        _ => None,
    }
}

/// `text` in single quotes for a POSIX shell.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// A folder for one test's files, removed when it is dropped unless kept.
struct Scratch {
    dir: PathBuf,
    keep: bool,
}

impl Scratch {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("opwire-openapi-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch { dir, keep: false }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}
