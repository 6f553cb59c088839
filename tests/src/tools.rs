//! The programs outside Rust that the cross-client tests drive: Node and
//! the official AWS SDK for JavaScript (`tests/js`), Chromium, Python with
//! boto3, cargo-lambda, openapi-spec-validator and schemathesis. A test whose
//! program is missing says it skipped, and passes;
//! under `CI=true` a missing program fails it (`.ci/run` installs them).
//! Also: running them with a bound, and reading the reports they print.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The workspace's root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

/// `found`, or `None` after saying the test skipped (a failure under
/// `CI=true`). `install` says how to get the program.
fn required<T>(what: &str, found: Option<T>, install: &str) -> Option<T> {
    if found.is_some() {
        return found;
    }
    let message = format!("{what} is not installed ({install})");
    if std::env::var("CI").is_ok_and(|ci| ci == "true") {
        panic!("{message}; under CI=true every tool must be there");
    }
    eprintln!("skipped: {message}");
    None
}

/// The first of `names` on `PATH`.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Node.js.
pub fn node() -> Option<PathBuf> {
    required(
        "node",
        on_path(&["node"]),
        "Debian's `nodejs`, or any Node.js 18 or newer",
    )
}

/// `tests/js` with its npm packages installed: the SDK and esbuild.
pub fn js_packages() -> Option<PathBuf> {
    let dir = workspace().join("tests/js");
    let installed = dir
        .join("node_modules/@aws-sdk/client-amplifybackend")
        .is_dir()
        && dir.join("node_modules/.bin/esbuild").exists();
    required(
        "tests/js's npm packages",
        installed.then_some(dir),
        "`npm install --no-package-lock` in tests/js",
    )
}

/// Chromium (`CHROMIUM` names another binary).
pub fn chromium() -> Option<PathBuf> {
    let found = match std::env::var_os("CHROMIUM") {
        Some(path) => Some(PathBuf::from(path)),
        None => on_path(&["chromium", "chromium-browser", "google-chrome"]),
    };
    required("chromium", found, "Debian's `chromium`")
}

/// A Python 3 that imports `module`.
pub fn python_with(module: &str) -> Option<PathBuf> {
    let found = on_path(&["python3"]).filter(|python| {
        Command::new(python)
            .args(["-c", &format!("import {module}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    });
    required(
        &format!("python3 with {module}"),
        found,
        "`pip install -r tests/python/requirements.txt`",
    )
}

/// cargo-lambda's `cargo-lambda` binary (its local Lambda runtime and
/// Function URLs, `cargo lambda watch`).
pub fn cargo_lambda() -> Option<PathBuf> {
    required(
        "cargo-lambda",
        on_path(&["cargo-lambda"]),
        "`pip install -r tests/python/requirements.txt`",
    )
}

/// `openapi-spec-validator`, the OpenAPI document validator (Python).
pub fn openapi_spec_validator() -> Option<PathBuf> {
    required(
        "openapi-spec-validator",
        on_path(&["openapi-spec-validator"]),
        "`pip install -r tests/python/requirements.txt`",
    )
}

/// schemathesis's command line, the property-based tester of an API
/// against its OpenAPI document (Python).
pub fn schemathesis() -> Option<PathBuf> {
    required(
        "schemathesis",
        on_path(&["schemathesis"]),
        "`pip install -r tests/python/requirements.txt`",
    )
}

/// Runs `command` to its end within `bound`; panics with its output if it
/// fails or takes longer (it is killed then).
pub fn run(mut command: Command, bound: Duration) -> Output {
    let shown = format!("{command:?}");
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("{shown}: {err}"));
    let started = Instant::now();
    // Read while it runs, so a full pipe can't stall it.
    let stdout = drain(child.stdout.take().expect("piped"));
    let stderr = drain(child.stderr.take().expect("piped"));
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child's status") {
            break status;
        }
        if started.elapsed() > bound {
            kill(&mut child);
            panic!(
                "{shown} ran past {bound:?}; stderr:\n{}",
                String::from_utf8_lossy(&stderr.join().expect("stderr"))
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let output = Output {
        status,
        stdout: stdout.join().expect("stdout"),
        stderr: stderr.join().expect("stderr"),
    };
    assert!(
        output.status.success(),
        "{shown} failed ({}); stderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Runs `command` to its end within `bound` and returns what it printed and
/// its status, whatever that is; panics only if it cannot start or takes
/// longer (it is killed then).
pub fn run_to_end(mut command: Command, bound: Duration) -> Output {
    let shown = format!("{command:?}");
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("{shown}: {err}"));
    let started = Instant::now();
    let stdout = drain(child.stdout.take().expect("piped"));
    let stderr = drain(child.stderr.take().expect("piped"));
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child's status") {
            break status;
        }
        if started.elapsed() > bound {
            kill(&mut child);
            panic!(
                "{shown} ran past {bound:?}; stdout:\n{}\nstderr:\n{}",
                String::from_utf8_lossy(&stdout.join().expect("stdout")),
                String::from_utf8_lossy(&stderr.join().expect("stderr"))
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().expect("stdout"),
        stderr: stderr.join().expect("stderr"),
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// Stops a child by its PID and reaps it.
pub fn kill(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// A child process that is stopped (by [`kill`]) when this is dropped, so
/// a failing test leaves no server running.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        kill(&mut self.0);
    }
}

/// The JSON report `program` printed on its standard output.
pub fn report(program: &str, output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "{program} printed no report ({err}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Checks the reports `tests/js` prints (a JSON list of `{checks,
/// succeeded}`): every check passed, and each report saw every one of
/// `operations` succeed. Prints a line per report.
pub fn check_reports(reports: &Value, operations: &BTreeSet<&str>) {
    let reports = reports.as_array().expect("a list of reports");
    assert!(!reports.is_empty(), "no report");
    let mut failed = Vec::new();
    for report in reports {
        let checks = report["checks"].as_array().expect("checks");
        let succeeded: BTreeSet<&str> = report["succeeded"]
            .as_array()
            .expect("succeeded")
            .iter()
            .map(|name| name.as_str().expect("a name"))
            .collect();
        let passed = checks.iter().filter(|c| c["ok"] == true).count();
        let label = checks
            .first()
            .and_then(|c| c["name"].as_str()?.split(':').next())
            .unwrap_or("?");
        eprintln!(
            "{label}: {passed}/{} checks passed, {}/{} operations succeeded",
            checks.len(),
            succeeded.intersection(operations).count(),
            operations.len()
        );
        failed.extend(
            checks
                .iter()
                .filter(|c| c["ok"] != true)
                .map(|c| format!("{} ({})", c["name"], c["detail"])),
        );
        let missing: Vec<_> = operations.difference(&succeeded).collect();
        if !missing.is_empty() {
            failed.push(format!("{label}: never succeeded: {missing:?}"));
        }
    }
    assert!(failed.is_empty(), "failed:\n{}", failed.join("\n"));
}
