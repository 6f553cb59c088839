//! The emulator with `--auth` refuses what AWS refuses: over HTTP, a request
//! without a signature or signed with another secret answers 403 with AWS's
//! code, and one signed with a configured key is answered.

use amplify_backend::Store;
use amplify_backend::backend::CreateBackend;
use amplify_backend::serve::Config;
use opwire::Client;
use opwire::sigv4::{Credentials, Signer};
use opwire_tests::running::start;

fn create_backend() -> CreateBackend {
    CreateBackend {
        app_id: "app1".into(),
        app_name: "notes".into(),
        backend_environment_name: "dev".into(),
        ..CreateBackend::default()
    }
}

#[tokio::test]
async fn only_requests_signed_with_a_configured_key_are_answered() {
    let config = Config {
        prefix: Some("/prod".into()),
        auth: vec![Credentials::new("AKIDEXAMPLE", "the-secret")],
        ..Config::default()
    };
    let server = start(config.server(Store::new())).await;
    let base = format!("{}/prod", server.base_url());
    let signer = || Signer::new("amplifybackend", "us-east-1");

    let unsigned = Client::new(&base).unwrap();
    let err = unsigned.send(&create_backend()).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403), "{err}");
    assert!(
        err.to_string()
            .contains("MissingAuthenticationTokenException"),
        "{err}"
    );

    let wrong = Client::new(&base)
        .unwrap()
        .signing(signer(), Credentials::new("AKIDEXAMPLE", "another-secret"));
    let err = wrong.send(&create_backend()).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403), "{err}");
    assert!(
        err.to_string().contains("InvalidSignatureException"),
        "{err}"
    );

    let signed = Client::new(&base)
        .unwrap()
        .signing(signer(), Credentials::new("AKIDEXAMPLE", "the-secret"));
    let token = signed
        .send(&create_backend())
        .await
        .expect("a signed request is answered");
    assert_eq!(token.app_id.as_deref(), Some("app1"));
    server.shut_down().await;
}
