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

use opwire_tests::tools;

#[test]
fn boto3_types_every_declared_error_from_the_header_and_from_the_body() {
    let Some(python) = tools::python_with("boto3") else {
        return;
    };
    let runtime = servers::runtime();
    let servers = servers::ErrorServers::start(&runtime);
    let mut script = Command::new(python);
    script
        .arg(tools::workspace().join("tests/python/sdk_errors.py"))
        .args([
            servers.api.base_url(),
            servers.throttled.base_url(),
            servers.slow.base_url(),
        ]);
    let output = tools::run(script, Duration::from_secs(120));
    servers.shut_down(&runtime);
    tools::check_reports(&tools::report("python", &output), &["CreateBackend"].into());
}
