//! A Lambda function for `tests/tests/lambda.rs`: the seed operation under
//! `opwire::lambda::run`, as `amplify-backend` runs its router, with a
//! handler that misbehaves as the label says: `appId` `panic` panics,
//! `sleep` outlasts any deadline. It runs against the test's local Lambda
//! Runtime API.

use std::time::Duration;

use opwire::Router;
use opwire_tests::seed::{BackendStorageRespObj, ImportBackendStorage, ImportBackendStorageError};

fn main() {
    let router = Router::new().route(|op: ImportBackendStorage| async move {
        match op.app_id.as_str() {
            "panic" => panic!("the handler broke"),
            "sleep" => tokio::time::sleep(Duration::from_secs(600)).await,
            _ => {}
        }
        Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
            app_id: Some(op.app_id),
            backend_environment_name: Some(op.backend_environment_name),
            job_id: None,
            status: Some("COMPLETED".into()),
        })
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    if let Err(err) = runtime.block_on(opwire::lambda::run(router)) {
        eprintln!("the function stopped: {err}");
        std::process::exit(1);
    }
}
