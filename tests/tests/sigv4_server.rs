//! SigV4 end to end over real loopback HTTP/1.1: `opwire::Client` signs,
//! a `Server` whose router checks signatures (`Router::verify_signatures`)
//! verifies, and whatever AWS would refuse is refused with AWS's 403 and
//! code: no signature, a wrong secret, an unknown key, a tampered body, a
//! skewed clock, a header missing its parts. Retried attempts are signed
//! anew.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use opwire::server::Server;
use opwire::sigv4::{Credentials, Signer, Verified, Verifier};
use opwire::{Client, ClientError, Context, ErrorSet, ResponseError, Retries, Router};
use opwire_tests::raw::{RawResponse, exchange};
use opwire_tests::running::{BOUND, Running, start};
use opwire_tests::seed::*;
use opwire_tests::{import, succeeded};
use tokio::time::timeout;

const SERVICE: &str = "amplifybackend";
const REGION: &str = "us-east-1";

fn key() -> Credentials {
    Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
}

/// The seed operation, answered with the signing key's ID as the job ID;
/// `flaky` fails with 504 on its first two calls.
fn router() -> Router {
    let calls = Arc::new(AtomicUsize::new(0));
    Router::new().route(move |op: ImportBackendStorage, cx: Context| {
        let calls = Arc::clone(&calls);
        async move {
            if op.app_id == "flaky" && calls.fetch_add(1, Ordering::SeqCst) < 2 {
                return Err(InternalServiceException { message: None }.into());
            }
            let signer = cx
                .extensions()
                .get::<Verified>()
                .map(|v| v.access_key_id().to_owned());
            let mut output = succeeded(op);
            output.job_id = signer;
            Ok::<_, ImportBackendStorageError>(output)
        }
    })
}

async fn checking_server() -> Running {
    let verifier = Verifier::new(vec![key()]).service(SERVICE);
    start(Server::new(router().verify_signatures(verifier))).await
}

fn signed(server: &Running, credentials: Credentials) -> Client {
    Client::new(&server.base_url())
        .unwrap()
        .signing(Signer::new(SERVICE, REGION), credentials)
}

async fn send(
    client: &Client,
    op: &ImportBackendStorage,
) -> Result<BackendStorageRespObj, ClientError<ImportBackendStorageError>> {
    timeout(BOUND, client.send(op))
        .await
        .expect("the client answers in time")
}

/// The refusal's status and code, and its body's message.
fn refusal<E: ErrorSet + std::fmt::Debug>(err: ClientError<E>) -> (u16, String, String) {
    match err {
        ClientError::Response(ResponseError::Unmodeled { status, code, body }) => {
            let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(
                body["__type"].as_str(),
                code.as_deref(),
                "the body names the code too"
            );
            (
                status.as_u16(),
                code.unwrap_or_default(),
                body["message"].as_str().unwrap_or_default().to_owned(),
            )
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_client_is_accepted_and_the_handler_reads_who_signed() {
    let server = checking_server().await;
    let client = signed(&server, key());
    // Labels with a space, a slash and UTF-8: the path is encoded twice
    // on both sides.
    let output = send(&client, &import("app 1/é", "dev")).await.unwrap();
    assert_eq!(output.app_id.as_deref(), Some("app 1/é"));
    assert_eq!(output.job_id.as_deref(), Some("AKIDEXAMPLE"));
    // Session credentials: the token is signed and sent; this key's
    // credentials have none, so the token is not checked.
    let client = signed(&server, key().with_session_token("token/with+symbols="));
    let output = send(&client, &import("app2", "prod")).await.unwrap();
    assert_eq!(output.app_id.as_deref(), Some("app2"));
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsigned_request_is_missing_its_authentication_token() {
    let server = checking_server().await;
    let client = Client::new(&server.base_url()).unwrap();
    let err = send(&client, &import("app1", "dev")).await.unwrap_err();
    let (status, code, message) = refusal(err);
    assert_eq!(
        (status, code.as_str()),
        (403, "MissingAuthenticationTokenException")
    );
    assert_eq!(message, "Missing Authentication Token");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_secret_is_an_invalid_signature_showing_what_the_server_expected() {
    let server = checking_server().await;
    let client = signed(&server, Credentials::new("AKIDEXAMPLE", "not the secret"));
    let err = send(&client, &import("app1", "dev")).await.unwrap_err();
    let (status, code, message) = refusal(err);
    assert_eq!((status, code.as_str()), (403, "InvalidSignatureException"));
    assert!(message.contains("The Canonical String for this request should have been\n'POST\n/prod/backend/app1/storage/dev/import\n"), "{message}");
    assert!(
        message.contains("The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n"),
        "{message}"
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_key_is_an_unrecognized_client() {
    let server = checking_server().await;
    let client = signed(&server, Credentials::new("AKIDUNKNOWN", "whatever"));
    let (status, code, _) = refusal(send(&client, &import("app1", "dev")).await.unwrap_err());
    assert_eq!(
        (status, code.as_str()),
        (403, "UnrecognizedClientException")
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signature_for_another_service_is_refused() {
    let server = checking_server().await;
    let client = Client::new(&server.base_url())
        .unwrap()
        .signing(Signer::new("s3", REGION), key());
    let (status, code, message) = refusal(send(&client, &import("app1", "dev")).await.unwrap_err());
    assert_eq!((status, code.as_str()), (403, "InvalidSignatureException"));
    assert_eq!(
        message,
        "Credential should be scoped to correct service: 'amplifybackend'."
    );
    server.shut_down().await;
}

/// `request` as HTTP/1.1 bytes, `Connection: close` added (not signed).
fn wire(request: &http::Request<Vec<u8>>) -> Vec<u8> {
    let mut out = format!("{} {} HTTP/1.1\r\n", request.method(), request.uri().path());
    for (name, value) in request.headers() {
        out.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap()));
    }
    out.push_str("connection: close\r\n\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(request.body());
    out
}

/// The seed operation's request, signed at `at` by `credentials`.
fn signed_request(server: &Running, at: SystemTime) -> http::Request<Vec<u8>> {
    let body = br#"{"serviceName":"S3"}"#.to_vec();
    let mut request = http::Request::post(format!(
        "{}/prod/backend/app1/storage/dev/import",
        server.base_url()
    ))
    .header("content-type", "application/json")
    .header("content-length", body.len())
    .body(body)
    .unwrap();
    Signer::new(SERVICE, REGION)
        .sign(&mut request, &key(), at)
        .unwrap();
    request
}

fn code(response: &RawResponse) -> Option<&str> {
    response.header("x-amzn-errortype")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_body_fails_and_the_same_request_untampered_passes() {
    let server = checking_server().await;
    let request = signed_request(&server, SystemTime::now());
    let response = exchange(server.addr, &wire(&request)).await;
    assert_eq!(response.status, 200, "{}", response.text());

    let mut tampered = request.clone();
    // The same length, another bucket: only the signature can tell.
    *tampered.body_mut() = br#"{"serviceName":"S4"}"#.to_vec();
    let response = exchange(server.addr, &wire(&tampered)).await;
    assert_eq!(response.status, 403);
    assert_eq!(code(&response), Some("InvalidSignatureException"));
    assert!(
        response.header("date").is_some(),
        "every answer carries Date"
    );
    assert_eq!(response.json()["__type"], "InvalidSignatureException");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_signed_more_than_five_minutes_off_the_servers_clock_has_expired() {
    let server = checking_server().await;
    let late = signed_request(&server, SystemTime::now() - Duration::from_secs(6 * 60));
    let response = exchange(server.addr, &wire(&late)).await;
    assert_eq!(response.status, 403);
    assert_eq!(code(&response), Some("InvalidSignatureException"));
    let message = response.json()["message"].as_str().unwrap().to_owned();
    assert!(message.starts_with("Signature expired: "), "{message}");

    let early = signed_request(&server, SystemTime::now() + Duration::from_secs(6 * 60));
    let response = exchange(server.addr, &wire(&early)).await;
    assert_eq!(response.status, 403);
    let message = response.json()["message"].as_str().unwrap().to_owned();
    assert!(
        message.starts_with("Signature not yet current: "),
        "{message}"
    );

    // Within the allowance: accepted.
    let skewed = signed_request(&server, SystemTime::now() - Duration::from_secs(4 * 60));
    assert_eq!(exchange(server.addr, &wire(&skewed)).await.status, 200);
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_authorization_header_missing_its_parts_or_date_is_an_incomplete_signature() {
    let server = checking_server().await;
    let request = signed_request(&server, SystemTime::now());
    let authorization = request.headers()["authorization"]
        .to_str()
        .unwrap()
        .to_owned();
    let without_signature = authorization[..authorization.find(", Signature=").unwrap()].to_owned();

    let mut cut = request.clone();
    cut.headers_mut()
        .insert("authorization", without_signature.parse().unwrap());
    let response = exchange(server.addr, &wire(&cut)).await;
    assert_eq!(response.status, 403);
    assert_eq!(code(&response), Some("IncompleteSignatureException"));
    let message = response.json()["message"].as_str().unwrap().to_owned();
    assert!(
        message.starts_with("Authorization header requires 'Signature' parameter."),
        "{message}"
    );

    let mut undated = request.clone();
    undated.headers_mut().remove("x-amz-date");
    let response = exchange(server.addr, &wire(&undated)).await;
    assert_eq!(response.status, 403);
    assert_eq!(code(&response), Some("IncompleteSignatureException"));

    let mut other_scheme = request;
    other_scheme
        .headers_mut()
        .insert("authorization", "Bearer abc".parse().unwrap());
    let response = exchange(server.addr, &wire(&other_scheme)).await;
    assert_eq!(code(&response), Some("IncompleteSignatureException"));
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_retried_attempt_is_signed_anew() {
    let server = checking_server().await;
    // `amz-sdk-request` changes with each attempt and is signed: an
    // attempt sent with the first attempt's signature would be refused
    // with a 403, which is not retried.
    let client = signed(&server, key()).retries(
        Retries::STANDARD
            .initial_backoff(Duration::from_millis(1))
            .jitter_seed(13),
    );
    let output = send(&client, &import("flaky", "dev")).await.unwrap();
    assert_eq!(output.job_id.as_deref(), Some("AKIDEXAMPLE"));
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_without_credentials_fails_the_call_before_anything_is_sent() {
    let server = checking_server().await;
    let client = Client::new(&server.base_url()).unwrap().signing(
        Signer::new(SERVICE, REGION),
        opwire::sigv4::EnvironmentCredentials::with_env(|_| None),
    );
    match send(&client, &import("app1", "dev")).await.unwrap_err() {
        ClientError::Signing(err) => {
            assert!(err.to_string().contains("AWS_ACCESS_KEY_ID"), "{err}")
        }
        other => panic!("expected a signing error, got {other:?}"),
    }
    server.shut_down().await;
}
