//! The official AWS SDK for Python (boto3) against the AmplifyBackend
//! emulator: each of the model's four errors (`NotFoundException` with its
//! `resourceType`, `BadRequestException`, `TooManyRequestsException` with
//! its `limitType`, `GatewayTimeoutException`) arrives as its modeled
//! exception with the request ID, from the `x-amzn-ErrorType` header and,
//! with the header removed, from the body's `__type`
//! (`tests/python/sdk_errors.py`).
//!
//! Skips without a Python that has boto3, except under `CI=true`.

mod servers;

use std::process::Command;
use std::time::Duration;

use opwire_tests::running::start;
use opwire_tests::tools;

#[test]
fn boto3_types_every_declared_error_from_the_header_and_from_the_body() {
    let Some(python) = tools::python_with("boto3") else {
        return;
    };
    let runtime = servers::runtime();
    let api = runtime.block_on(start(servers::staged()));
    let throttled = runtime.block_on(start(servers::throttled()));
    let slow = runtime.block_on(start(servers::slow()));
    let mut script = Command::new(python);
    script
        .arg(tools::workspace().join("tests/python/sdk_errors.py"))
        .args([api.base_url(), throttled.base_url(), slow.base_url()]);
    let output = tools::run(script, Duration::from_secs(120));
    for server in [api, throttled, slow] {
        runtime.block_on(server.shut_down());
    }
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "python printed no report ({err}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    tools::check_reports(&report, &["CreateBackend"].into());
}
