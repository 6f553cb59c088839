//! Client work, in process: build the ImportBackendStorage request and parse
//! its response. opwire's `to_request` + `parse_response`, against the
//! official `aws-sdk-amplifybackend` `send()` on an in-process HTTP client
//! that answers the canned response (static credentials, so SigV4 signing is
//! included, as users pay it; and unsigned, with `allow_no_auth`), and a
//! hand-written floor; and opwire with its SigV4 signature (the `Host`
//! header the client adds, then `Signer::sign`), against the SDK's signed
//! `send()`.

use std::hint::black_box;
use std::time::Instant;

use amplify_backend::storage::{BackendStorageRespObj, ImportBackendStorage, ServiceName};
use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::shared::IntoShared;
use aws_smithy_types::body::SdkBody;
use bytes::Bytes;
use http::{Request, Response};
use opwire::Operation;
use opwire_bench::{Case, allocations, compare};
use serde::Serialize;

#[global_allocator]
static GLOBAL: opwire_bench::CountingAllocator = opwire_bench::CountingAllocator;

const RESPONSE: &str =
    r#"{"appId":"app1","backendEnvironmentName":"prod","jobId":"job-1","status":"SUCCEEDED"}"#;

fn canned() -> Response<Bytes> {
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(Bytes::from_static(RESPONSE.as_bytes()))
        .unwrap()
}

fn op() -> ImportBackendStorage {
    ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "prod".into(),
        bucket_name: Some("my-bucket".into()),
        service_name: ServiceName::S3,
    }
}

/// opwire: the request a client sends, and the typed result of the answer.
fn via_opwire(op: &ImportBackendStorage, response: &Response<Bytes>) -> BackendStorageRespObj {
    let request = op.to_request().unwrap();
    black_box(&request);
    ImportBackendStorage::parse_response(response).unwrap()
}

/// opwire signed: the request as the client signs it (with `Host`), the
/// typed result of the answer.
fn via_opwire_signed(
    op: &ImportBackendStorage,
    response: &Response<Bytes>,
    signer: &opwire::sigv4::Signer,
    credentials: &opwire::sigv4::Credentials,
    time: std::time::SystemTime,
) -> BackendStorageRespObj {
    let mut request = op.to_request().unwrap();
    request.headers_mut().insert(
        http::header::HOST,
        http::HeaderValue::from_static("amplifybackend.us-east-1.amazonaws.com"),
    );
    signer.sign(&mut request, credentials, time).unwrap();
    black_box(&request);
    ImportBackendStorage::parse_response(response).unwrap()
}

/// The floor: what a hand-written client for this one operation does.
fn via_floor(op: &ImportBackendStorage, response: &Response<Bytes>) -> BackendStorageRespObj {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Body<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        bucket_name: &'a Option<String>,
        service_name: ServiceName,
    }
    const LABEL: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let mut path = String::with_capacity(64);
    path.push_str("/backend/");
    path.extend(percent_encoding::utf8_percent_encode(&op.app_id, LABEL));
    path.push_str("/storage/");
    path.extend(percent_encoding::utf8_percent_encode(
        &op.backend_environment_name,
        LABEL,
    ));
    path.push_str("/import");
    let body = serde_json::to_vec(&Body {
        bucket_name: &op.bucket_name,
        service_name: op.service_name,
    })
    .unwrap();
    let request = Request::post(path)
        .header("content-type", "application/json")
        .body(Bytes::from(body))
        .unwrap();
    black_box(&request);
    serde_json::from_slice(response.body()).unwrap()
}

/// An HTTP client for the SDK that answers every request with the canned
/// response, in process.
#[derive(Debug, Clone)]
struct Canned;

impl HttpConnector for Canned {
    fn call(&self, _request: HttpRequest) -> HttpConnectorFuture {
        let response = canned().map(SdkBody::from);
        HttpConnectorFuture::ready(Ok(
            HttpResponse::try_from(response).expect("a valid response")
        ))
    }
}

impl HttpClient for Canned {
    fn http_connector(
        &self,
        _: &HttpConnectorSettings,
        _: &RuntimeComponents,
    ) -> SharedHttpConnector {
        self.clone().into_shared()
    }
}

/// The SDK on the canned client; `signed`: with static credentials, so
/// every call is SigV4-signed; otherwise with no credentials and the SDK's
/// `allow_no_auth`, so it sends unsigned requests.
fn sdk_client(signed: bool) -> aws_sdk_amplifybackend::Client {
    let mut config = aws_sdk_amplifybackend::Config::builder()
        .behavior_version(aws_sdk_amplifybackend::config::BehaviorVersion::latest())
        .region(aws_sdk_amplifybackend::config::Region::new("us-east-1"))
        .endpoint_url("http://127.0.0.1:8080")
        .http_client(Canned);
    if signed {
        let credentials =
            aws_credential_types::Credentials::new("AKIDEXAMPLE", "secret", None, None, "bench");
        config = config.credentials_provider(credentials);
    } else {
        config = config.allow_no_auth();
    }
    aws_sdk_amplifybackend::Client::from_conf(config.build())
}

async fn via_sdk(client: &aws_sdk_amplifybackend::Client) -> Option<String> {
    let output = client
        .import_backend_storage()
        .app_id("app1")
        .backend_environment_name("prod")
        .bucket_name("my-bucket")
        .service_name(aws_sdk_amplifybackend::types::ServiceName::S3)
        .send()
        .await
        .expect("the SDK call");
    output.job_id
}

/// Times `n` SDK calls, on the runtime the SDK needs.
fn time_sdk(
    runtime: &tokio::runtime::Runtime,
    sdk: &aws_sdk_amplifybackend::Client,
    n: u64,
) -> std::time::Duration {
    let start = Instant::now();
    runtime.block_on(async {
        for _ in 0..n {
            black_box(via_sdk(sdk).await);
        }
    });
    start.elapsed()
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let sdk = sdk_client(true);
    let unsigned = sdk_client(false);
    let op = op();
    let response = canned();
    let signer = opwire::sigv4::Signer::new("amplifybackend", "us-east-1");
    let credentials = opwire::sigv4::Credentials::new("AKIDEXAMPLE", "secret");
    let now = std::time::SystemTime::now();
    let signed = || via_opwire_signed(&op, &response, &signer, &credentials, now);

    // The three agree before they are timed.
    let expected = via_floor(&op, &response);
    assert_eq!(via_opwire(&op, &response), expected);
    assert_eq!(signed(), expected);
    assert_eq!(runtime.block_on(via_sdk(&sdk)).as_deref(), Some("job-1"));
    assert_eq!(
        runtime.block_on(via_sdk(&unsigned)).as_deref(),
        Some("job-1")
    );

    println!("\nheap allocations per client round (request + response):");
    println!(
        "  opwire   {}",
        allocations(|| via_opwire(&op, &response)).1
    );
    println!("  signed   {}", allocations(signed).1);
    println!("  floor    {}", allocations(|| via_floor(&op, &response)).1);
    println!(
        "  SDK      {}",
        allocations(|| runtime.block_on(via_sdk(&sdk))).1
    );

    compare(
        "client: ImportBackendStorage request built, response parsed",
        101,
        vec![
            Case::simple("opwire", || via_opwire(&op, &response)),
            Case::simple("opwire, SigV4-signed", signed),
            Case::simple("floor", || via_floor(&op, &response)),
            Case::new("aws-sdk send()", |n| time_sdk(&runtime, &sdk, n)),
            Case::new("aws-sdk send(), unsigned", |n| {
                time_sdk(&runtime, &unsigned, n)
            }),
        ],
    );
}
