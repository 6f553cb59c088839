//! opwire's signature check against the official AWS SDK for Rust's
//! signer: the emulator's router behind `Router::verify_signatures`, over
//! loopback HTTP, accepts what the SDK signs (a POST with a body, a GET
//! with path labels, a POST whose label needs encoding) and refuses it,
//! with AWS's code, when the SDK signs with another secret.

use aws_sdk_amplifybackend as aws;
use aws_sdk_amplifybackend::error::ProvideErrorMetadata;
use opwire::server::Server;
use opwire::sigv4::{Credentials, Verifier};
use opwire_tests::running::{BOUND, start};
use tokio::time::timeout;

/// What `opwire_tests::sdk` configures the SDK with.
fn key() -> Credentials {
    Credentials::new("AKIDEXAMPLE", "secret")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_the_sdk_signs_are_accepted_and_a_wrong_secret_is_refused() {
    let router = amplify_backend::router(amplify_backend::Store::new())
        .verify_signatures(Verifier::new(vec![key()]).service("amplifybackend"));
    let server = start(Server::new(router)).await;
    let sdk = opwire_tests::sdk::client(&server.base_url());

    let created = timeout(
        BOUND,
        sdk.create_backend()
            .app_id("app1")
            .app_name("notes")
            .backend_environment_name("dev")
            .send(),
    )
    .await
    .unwrap()
    .expect("CreateBackend, signed by the SDK, is accepted");
    let job_id = created.job_id().unwrap().to_owned();
    timeout(
        BOUND,
        sdk.get_backend_job()
            .app_id("app1")
            .backend_environment_name("dev")
            .job_id(&job_id)
            .send(),
    )
    .await
    .unwrap()
    .expect("GetBackendJob, a GET with three labels, is accepted");
    // A label with characters that are encoded once on the wire and once
    // more for the signature: the service answers (404), it does not refuse.
    let err = timeout(BOUND, sdk.get_backend().app_id("no such app: é/%").send())
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(err.code(), Some("NotFoundException"), "{err:?}");

    let other_secret = aws::Client::from_conf(
        opwire_tests::sdk::config(&server.base_url())
            .credentials_provider(aws_credential_types::Credentials::new(
                "AKIDEXAMPLE",
                "another secret",
                None,
                None,
                "test",
            ))
            .build(),
    );
    let err = timeout(
        BOUND,
        other_secret
            .create_backend()
            .app_id("app2")
            .app_name("notes")
            .backend_environment_name("dev")
            .send(),
    )
    .await
    .unwrap()
    .unwrap_err();
    assert_eq!(err.code(), Some("InvalidSignatureException"), "{err:?}");
    server.shut_down().await;
}
