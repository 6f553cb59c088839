//! The official AWS SDK for JavaScript in Node against the AmplifyBackend
//! emulator, at the API's paths and under the `/prod` stage: the checks of
//! `tests/js/scenario.mjs` (all 31 operations, typed errors with and
//! without the error-type header, request IDs, percent-encoded labels), and
//! the errors only the server answers (429 `TooManyRequestsException` with
//! its `limitType`, 504 `GatewayTimeoutException`) typed both ways too.
//!
//! Skips without Node or tests/js's packages, except under `CI=true`.

use std::process::Command;
use std::time::Duration;

mod servers;

use amplify_backend::operations;
use opwire_tests::tools;

#[test]
fn the_official_js_sdk_in_node_calls_every_operation_with_and_without_the_stage() {
    let (Some(node), Some(js)) = (tools::node(), tools::js_packages()) else {
        return;
    };
    let runtime = servers::runtime();
    let servers = servers::ErrorServers::start(&runtime);
    let mut script = Command::new(node);
    script
        .current_dir(&js)
        .arg("node.mjs")
        .arg(servers.api.base_url())
        .arg(format!("{}/prod", servers.api.base_url()))
        .env("OPWIRE_THROTTLED", servers.throttled.base_url())
        .env("OPWIRE_SLOW", servers.slow.base_url());
    let output = tools::run(script, Duration::from_secs(120));
    servers.shut_down(&runtime);

    let reports = tools::report("node", &output);
    let reports = reports.as_array().expect("a list of reports");
    assert_eq!(reports.len(), 3, "{reports:?}");
    let declared = operations().iter().map(|info| info.name).collect();
    tools::check_reports(&reports[..2].to_vec().into(), &declared);
    // The server errors: one call goes through before the limit.
    tools::check_reports(&reports[2..].to_vec().into(), &["CreateBackend"].into());
}
