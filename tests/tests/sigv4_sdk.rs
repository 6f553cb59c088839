//! opwire's signature check against the official AWS SDK for Rust's
//! signer: the emulator's router behind `Router::verify_signatures`, over
//! loopback HTTP, accepts what the SDK signs (a POST with a body, a GET
//! with path labels, a POST whose label needs encoding) and refuses it,
//! with AWS's code, when the SDK signs with another secret, with a key the
//! server does not know, with a clock 10 minutes off, or when the body
//! changes after it was signed.

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

/// The SDK with `base` changed by `change`.
fn sdk_with(
    base_url: &str,
    change: impl FnOnce(aws::config::Builder) -> aws::config::Builder,
) -> aws::Client {
    aws::Client::from_conf(change(opwire_tests::sdk::config(base_url)).build())
}

/// Changes the request's body after it was signed.
#[derive(Debug)]
struct Tamper;

impl aws::config::Intercept for Tamper {
    fn name(&self) -> &'static str {
        "Tamper"
    }

    fn modify_before_transmit(
        &self,
        context: &mut aws::config::interceptors::BeforeTransmitInterceptorContextMut<'_>,
        _: &aws::config::RuntimeComponents,
        _: &mut aws::config::ConfigBag,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let body = br#"{"appName":"tampered","backendEnvironmentName":"dev"}"#;
        let request = context.request_mut();
        request
            .headers_mut()
            .insert("content-length", body.len().to_string());
        *request.body_mut() = aws_smithy_types::body::SdkBody::from(&body[..]);
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_key_a_skewed_clock_and_a_tampered_body_get_aws_codes() {
    let router = amplify_backend::router(amplify_backend::Store::new())
        .verify_signatures(Verifier::new(vec![key()]).service("amplifybackend"));
    let server = start(Server::new(router)).await;
    let base = server.base_url();
    let create = |sdk: aws::Client| async move {
        timeout(
            BOUND,
            sdk.create_backend()
                .app_id("app1")
                .app_name("notes")
                .backend_environment_name("dev")
                .send(),
        )
        .await
        .unwrap()
    };

    let unknown = sdk_with(&base, |config| {
        config.credentials_provider(aws_credential_types::Credentials::new(
            "AKIDUNKNOWN",
            "secret",
            None,
            None,
            "test",
        ))
    });
    let err = create(unknown).await.unwrap_err();
    assert_eq!(err.code(), Some("UnrecognizedClientException"), "{err:?}");

    let skewed = sdk_with(&base, |config| {
        let ten_minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
        config.time_source(aws_smithy_async::time::StaticTimeSource::new(
            ten_minutes_ago,
        ))
    });
    let err = create(skewed).await.unwrap_err();
    assert_eq!(err.code(), Some("InvalidSignatureException"), "{err:?}");
    assert!(
        err.message()
            .is_some_and(|m| m.contains("Signature expired")),
        "{err:?}"
    );

    let tampered = sdk_with(&base, |config| config.interceptor(Tamper));
    let err = create(tampered).await.unwrap_err();
    assert_eq!(err.code(), Some("InvalidSignatureException"), "{err:?}");

    // The same call, signed as it is sent, is answered.
    create(opwire_tests::sdk::client(&base))
        .await
        .expect("signed and unchanged, it is accepted");
    server.shut_down().await;
}
