//! The official AWS SDK for Rust calling the binary as a Lambda function
//! through a Function URL, as `cargo lambda watch` serves them locally: its
//! Lambda Runtime API and Function URLs (`--only-lambda-apis`), and the
//! binary started against that runtime API, as Lambda starts it. Skipped
//! when cargo-lambda is not installed (a failure under `CI=true`).

use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use aws::operation::RequestId;
use aws::operation::get_backend::GetBackendError;
use aws::types::ServiceName;
use aws_sdk_amplifybackend as aws;
use opwire_tests::tools::Running;

const BINARY: &str = env!("CARGO_BIN_EXE_amplify-backend");

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "cargo lambda watch did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sdk_calls_the_function_through_a_cargo_lambda_function_url() {
    let Some(cargo_lambda) = opwire_tests::tools::cargo_lambda() else {
        return;
    };
    let port = free_port();
    let watch = Command::new(cargo_lambda)
        .args(["lambda", "watch", "--only-lambda-apis", "--disable-cors"])
        .args([
            "--invoke-address",
            "127.0.0.1",
            "--invoke-port",
            &port.to_string(),
        ])
        .current_dir(opwire_tests::tools::workspace())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cargo lambda watch starts");
    let _watch = Running(watch);
    wait_for(port);
    // As `cargo lambda watch --only-lambda-apis` says to start a function.
    let function = Command::new(BINARY)
        .env(
            "AWS_LAMBDA_RUNTIME_API",
            format!("http://127.0.0.1:{port}/.rt"),
        )
        .env("AWS_LAMBDA_FUNCTION_NAME", "_")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "1")
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "4096")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("the function starts");
    let _function = Running(function);

    let client = opwire_tests::sdk::client(&format!("http://127.0.0.1:{port}/lambda-url/_"));
    let created = client
        .create_backend()
        .app_id("app1")
        .app_name("notes")
        .backend_environment_name("dev")
        .send()
        .await
        .expect("CreateBackend through the Function URL");
    assert_eq!(created.status(), Some("COMPLETED"));
    assert!(created.request_id().is_some_and(|id| !id.is_empty()));

    let imported = client
        .import_backend_storage()
        .app_id("app1")
        .backend_environment_name("dev")
        .bucket_name("bucket-1")
        .service_name(ServiceName::S3)
        .send()
        .await
        .expect("the seed operation, ImportBackendStorage");
    assert_eq!(imported.app_id(), Some("app1"));
    let job_id = imported.job_id().expect("a job ID").to_owned();

    let job = client
        .get_backend_job()
        .app_id("app1")
        .backend_environment_name("dev")
        .job_id(&job_id)
        .send()
        .await
        .expect("GetBackendJob, a GET");
    assert_eq!(job.job_id(), Some(job_id.as_str()));
    assert_eq!(job.operation(), Some("ImportBackendStorage"));

    let storage = client
        .get_backend_storage()
        .app_id("app1")
        .backend_environment_name("dev")
        .resource_name("bucket-1")
        .send()
        .await
        .expect("GetBackendStorage");
    assert_eq!(storage.resource_name(), Some("bucket-1"));

    let missing = client
        .get_backend()
        .app_id("nope")
        .backend_environment_name("dev")
        .send()
        .await
        .expect_err("an unknown app");
    let request_id = missing.request_id().map(str::to_owned);
    match missing.into_service_error() {
        GetBackendError::NotFoundException(err) => {
            assert_eq!(err.resource_type(), Some("app"), "{err:?}");
        }
        other => panic!("expected NotFoundException, got {other:?}"),
    }
    assert!(request_id.is_some(), "the error's request ID");
}
