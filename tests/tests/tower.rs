//! The router as a `tower::Service`, over real HTTP where it is hosted by
//! something else: `ServiceExt::oneshot` with a streamed body (and the body
//! limit), the 31-operation AmplifyBackend router mounted in an axum app
//! (`nest_service` beside an axum route, and as `fallback_service`), and
//! under tower-http's `TraceLayer`, `TimeoutLayer` and `CompressionLayer`
//! with a client that asks for gzip and decodes it.

use std::collections::VecDeque;
use std::io::Read;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use amplify_backend::Store;
use axum::routing::get;
use bytes::Bytes;
use http_body::{Body, Frame};
use opwire::Router;
use opwire_tests::raw::{RawResponse, exchange};
use opwire_tests::seed::ImportBackendStorage;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// A body in chunks, of unknown length, as a chunked request's is.
struct Chunks(VecDeque<&'static str>);

impl Body for Chunks {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Poll::Ready(
            self.0
                .pop_front()
                .map(|chunk| Ok(Frame::data(Bytes::from_static(chunk.as_bytes())))),
        )
    }
}

fn seed_router() -> Router {
    Router::new().route(|op: ImportBackendStorage| async move {
        if op.app_id == "slow" {
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Ok::<_, opwire_tests::seed::ImportBackendStorageError>(opwire_tests::succeeded(op))
    })
}

#[tokio::test]
async fn the_router_answers_as_a_tower_service_over_a_streamed_body() {
    let request = |chunks: &[&'static str]| {
        http::Request::post("/prod/backend/app1/storage/dev/import")
            .header("content-type", "application/json")
            .header("origin", "https://console.example.com")
            .body(Chunks(chunks.iter().copied().collect()))
            .unwrap()
    };
    let router = seed_router().body_limit(64);
    let response = router
        .clone()
        .oneshot(request(&[
            r#"{"bucketName":"#,
            r#""b","serviceName":"S3"}"#,
        ]))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let body = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    assert_eq!(
        body,
        r#"{"appId":"app1","backendEnvironmentName":"dev","jobId":"job-1","status":"SUCCEEDED"}"#
    );

    let long: &'static str = "x".repeat(80).leak();
    let too_large = router
        .oneshot(request(&[r#"{"bucketName":""#, long, r#""}"#]))
        .await
        .unwrap();
    assert_eq!(too_large.status(), 413);
    assert_eq!(
        too_large.headers()["x-amzn-errortype"],
        "RequestEntityTooLargeException"
    );
    // Pages can read it: the router's own CORS.
    assert_eq!(too_large.headers()["access-control-allow-origin"], "*");
}

/// Serves `app` with axum on a free loopback port.
async fn serve(app: axum::Router) -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (addr, task)
}

fn post(path: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn get_request(path: &str, extra: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n{extra}Connection: close\r\n\r\n")
        .into_bytes()
}

const CREATE: &str = r#"{"appId":"app1","appName":"notes","backendEnvironmentName":"dev"}"#;

#[tokio::test]
async fn the_amplify_router_is_nested_in_an_axum_app_beside_an_axum_route() {
    let app = axum::Router::new()
        .route("/health", get(|| async { "ok" }))
        .nest_service("/api", amplify_backend::router(Store::new()));
    let (addr, task) = serve(app).await;
    let health = exchange(addr, &get_request("/health", "")).await;
    let created = exchange(addr, &post("/api/backend", CREATE)).await;
    let found = exchange(addr, &post("/api/backend/app1/details", "{}")).await;
    let missing = exchange(addr, &post("/api/backend/nope/details", "{}")).await;
    task.abort();

    assert_eq!((health.status, health.text()), (200, "ok"));
    assert_eq!(created.status, 200, "{created:?}");
    assert_eq!(created.json()["operation"], "CreateBackend");
    assert_eq!(found.json()["appName"], "notes");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("x-amzn-errortype"),
        Some("NotFoundException")
    );
}

#[tokio::test]
async fn the_amplify_router_is_an_axum_apps_fallback_service() {
    let app = axum::Router::new()
        .route("/health", get(|| async { "ok" }))
        .fallback_service(amplify_backend::router(Store::new()));
    let (addr, task) = serve(app).await;
    let health = exchange(addr, &get_request("/health", "")).await;
    let created = exchange(addr, &post("/backend", CREATE)).await;
    let unknown = exchange(addr, &get_request("/nowhere", "")).await;
    task.abort();

    assert_eq!(health.status, 200);
    assert_eq!(created.json()["status"], "COMPLETED");
    assert_eq!(unknown.status, 404);
    assert_eq!(
        unknown.header("x-amzn-errortype"),
        Some("UnknownOperationException")
    );
}

/// A chunked body's data, the chunk framing removed.
fn dechunk(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = raw;
    loop {
        let line_end = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a size line");
        let size =
            usize::from_str_radix(std::str::from_utf8(&rest[..line_end]).unwrap(), 16).unwrap();
        rest = &rest[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

#[tokio::test]
async fn under_tower_http_layers_it_is_traced_timed_out_and_gzipped() {
    let traced = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&traced);
    let layered = tower::ServiceBuilder::new()
        .layer(tower_http::trace::TraceLayer::new_for_http().on_response(
            move |response: &http::Response<_>, _: Duration, _: &tracing::Span| {
                seen.lock().unwrap().push(response.status().as_u16());
            },
        ))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            http::StatusCode::GATEWAY_TIMEOUT,
            Duration::from_millis(100),
        ))
        .service(seed_router());
    let (addr, task) = serve(axum::Router::new().fallback_service(layered)).await;

    let body = r#"{"bucketName":"b","serviceName":"S3"}"#;
    let mut request = post("/prod/backend/app1/storage/dev/import", body);
    let at = request.windows(2).position(|w| w == b"\r\n").unwrap() + 2;
    request.splice(at..at, b"Accept-Encoding: gzip\r\n".iter().copied());
    let gzipped: RawResponse = exchange(addr, &request).await;
    let slow = exchange(addr, &post("/prod/backend/slow/storage/dev/import", body)).await;
    task.abort();

    assert_eq!(gzipped.status, 200, "{gzipped:?}");
    assert_eq!(gzipped.header("content-encoding"), Some("gzip"));
    let compressed = match gzipped.header("transfer-encoding") {
        Some("chunked") => dechunk(&gzipped.body),
        _ => gzipped.body.clone(),
    };
    let mut json = String::new();
    flate2::read::GzDecoder::new(&compressed[..])
        .read_to_string(&mut json)
        .unwrap();
    assert_eq!(
        json,
        r#"{"appId":"app1","backendEnvironmentName":"dev","jobId":"job-1","status":"SUCCEEDED"}"#
    );
    assert_eq!(slow.status, 504);
    assert_eq!(*traced.lock().unwrap(), [200, 504]);
}
