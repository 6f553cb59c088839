//! `opwire::server::Server` over real loopback HTTP/1.1, written by hand on a
//! `TcpStream`: the limits it answers itself (413, 504, 429, 408), a
//! handler's panic, slow headers and graceful shutdown.
//!
//! Every test binds `127.0.0.1:0`, and every wait is bounded.

use std::sync::Arc;
use std::time::{Duration, Instant};

use opwire::Router;
use opwire::server::Server;
use opwire_tests::raw::{RawResponse, exchange, read_response};
use opwire_tests::running::{BOUND, Running, start};
use opwire_tests::seed::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Notify;
use tokio::time::timeout;

/// Lets a test hold a handler in flight: the handler notifies `entered`,
/// then waits for `release`.
#[derive(Default)]
struct Gate {
    entered: Notify,
    release: Notify,
}

/// The seed operation routed to a handler that behaves as its `appId` says:
/// `sleep` sleeps a minute, `nap` a fifth of a second, `panic` panics,
/// `gate` waits on the gate,
/// anything else succeeds.
fn router(gate: Arc<Gate>) -> Router {
    Router::new().route(move |op: ImportBackendStorage| {
        let gate = gate.clone();
        async move {
            match op.app_id.as_str() {
                "sleep" => tokio::time::sleep(Duration::from_secs(60)).await,
                "nap" => tokio::time::sleep(Duration::from_millis(200)).await,
                "panic" => panic!("the handler broke"),
                "gate" => {
                    gate.entered.notify_one();
                    gate.release.notified().await;
                }
                _ => {}
            }
            Ok::<_, ImportBackendStorageError>(opwire_tests::succeeded(op))
        }
    })
}

/// The server's own answers carry the router's CORS, so a page can read them.
fn assert_readable_by_pages(response: &RawResponse) {
    assert_eq!(response.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        response.header("access-control-expose-headers"),
        Some(opwire::Cors::DEFAULT_EXPOSE_HEADERS)
    );
}

/// The seed operation's request, by hand, closing the connection after it.
fn import(app_id: &str, body: &str) -> Vec<u8> {
    format!(
        "POST /prod/backend/{app_id}/storage/dev/import HTTP/1.1\r\n\
         Host: localhost\r\n\
         Content-Type: application/json\r\n\
         Content-Length: {}\r\n\
         Connection: close\r\n\
         \r\n\
         {body}",
        body.len()
    )
    .into_bytes()
}

const BODY: &str = r#"{"bucketName":"my-bucket","serviceName":"S3"}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_is_answered_over_loopback() {
    let server = start(Server::new(router(Arc::default()))).await;
    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 200, "{response:?}");
    assert_eq!(response.header("content-type"), Some("application/json"));
    assert_eq!(
        response.header("content-length"),
        Some(response.body.len().to_string().as_str())
    );
    assert_eq!(response.json()["appId"], "app1");
    assert_eq!(response.json()["jobId"], "job-1");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_a_distinct_request_id() {
    let server = start(Server::new(router(Arc::default()))).await;
    let ok = exchange(server.addr, &import("app1", BODY)).await;
    let not_found = exchange(
        server.addr,
        b"GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    let ids: Vec<&str> = [&ok, &not_found]
        .iter()
        .map(|response| response.header("x-amzn-requestid").expect("a request ID"))
        .collect();
    assert_ne!(ids[0], ids[1]);
    assert!(
        ids.iter()
            .all(|id| id.len() == 36 && id.split('-').count() == 5),
        "{ids:?}"
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_routers_own_errors_pass_through() {
    let server = start(Server::new(router(Arc::default()))).await;
    let request = b"GET /nowhere HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    let response = exchange(server.addr, request).await;
    assert_eq!(response.status, 404);
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("UnknownOperationException")
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_uri_over_the_limit_answers_414() {
    let server = start(Server::new(router(Arc::default())).max_uri_length(100)).await;
    let long = "a".repeat(200);
    let response = exchange(server.addr, &import(&long, BODY)).await;
    assert_eq!(response.status, 414, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("RequestUriTooLongException")
    );
    assert!(
        response.json()["message"]
            .as_str()
            .unwrap()
            .contains("100 bytes")
    );
    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_over_the_limit_answers_413() {
    let server = start(Server::new(router(Arc::default())).body_limit(64)).await;
    let large = format!(
        r#"{{"bucketName":"{}","serviceName":"S3"}}"#,
        "b".repeat(100)
    );

    // Declared by Content-Length: refused before the body is read.
    let response = exchange(server.addr, &import("app1", &large)).await;
    assert_eq!(response.status, 413, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("RequestEntityTooLargeException")
    );
    assert_readable_by_pages(&response);
    assert!(
        response.json()["message"]
            .as_str()
            .unwrap()
            .contains("64 bytes")
    );

    // Chunked, without a length: refused once the limit is passed.
    let chunked = format!(
        "POST /prod/backend/app1/storage/dev/import HTTP/1.1\r\n\
         Host: localhost\r\n\
         Content-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\n\
         Connection: close\r\n\
         \r\n\
         {:x}\r\n{large}\r\n0\r\n\r\n",
        large.len()
    );
    let response = exchange(server.addr, chunked.as_bytes()).await;
    assert_eq!(response.status, 413, "{response:?}");

    // A body at the limit is fine.
    let small = r#"{"serviceName":"S3"}"#;
    let server = {
        server.shut_down().await;
        start(Server::new(router(Arc::default())).body_limit(small.len())).await
    };
    let response = exchange(server.addr, &import("app1", small)).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handler_past_the_deadline_answers_504() {
    let server =
        start(Server::new(router(Arc::default())).deadline(Duration::from_millis(200))).await;
    let started = Instant::now();
    let response = exchange(server.addr, &import("sleep", BODY)).await;
    assert_eq!(response.status, 504, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("GatewayTimeoutException")
    );
    assert_readable_by_pages(&response);
    assert_eq!(
        response.text(),
        r#"{"__type":"GatewayTimeoutException","message":"Endpoint request timed out"}"#
    );
    // The handler sleeps a minute; the deadline cut it short.
    assert!(started.elapsed() < BOUND);
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_slower_than_the_deadline_answers_408() {
    let server =
        start(Server::new(router(Arc::default())).deadline(Duration::from_millis(200))).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let request = import("app1", BODY);
    // Everything but the body's last byte, which never comes.
    stream
        .write_all(&request[..request.len() - 1])
        .await
        .unwrap();
    let response = read_response(&mut stream).await;
    assert_eq!(response.status, 408, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("RequestTimeoutException")
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_over_the_rate_limit_answer_429() {
    // A burst of 3, refilling one token every 1000 seconds.
    let server = start(Server::new(router(Arc::default())).rate_limit(0.001, 3)).await;
    for _ in 0..3 {
        let response = exchange(server.addr, &import("app1", BODY)).await;
        assert_eq!(response.status, 200, "{response:?}");
    }
    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 429, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("TooManyRequestsException")
    );
    assert_readable_by_pages(&response);
    assert_eq!(
        response.json(),
        serde_json::json!({"__type": "TooManyRequestsException", "message": "Too Many Requests", "limitType": "RequestRate"})
    );
    let retry_after: u64 = response.header("retry-after").unwrap().parse().unwrap();
    assert!(retry_after >= 1);
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_over_max_in_flight_answer_429() {
    let gate = Arc::new(Gate::default());
    let server = start(Server::new(router(gate.clone())).max_in_flight(1)).await;

    // One request held in the handler…
    let addr = server.addr;
    let held = tokio::spawn(async move { exchange(addr, &import("gate", BODY)).await });
    timeout(BOUND, gate.entered.notified())
        .await
        .expect("the first request reaches the handler");

    // …so the next is refused at once rather than queued.
    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 429, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("TooManyRequestsException")
    );
    assert_readable_by_pages(&response);
    assert_eq!(
        response.json(),
        serde_json::json!({"__type": "TooManyRequestsException", "message": "Too Many Requests", "limitType": "ConcurrentRequests"})
    );

    // Once it is done, there is room again.
    gate.release.notify_one();
    let response = timeout(BOUND, held).await.unwrap().unwrap();
    assert_eq!(response.status, 200, "{response:?}");
    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_handler_answers_500_and_the_server_goes_on() {
    let server = start(Server::new(router(Arc::default()))).await;
    let response = exchange(server.addr, &import("panic", BODY)).await;
    assert_eq!(response.status, 500, "{response:?}");
    assert_eq!(
        response.text(),
        r#"{"__type":"InternalFailure","message":"Internal server error"}"#
    );
    assert!(!response.text().contains("broke"));

    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_keeps_the_connection_usable() {
    let server = start(Server::new(router(Arc::default()))).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    // Two requests on one connection: the first panics, the second closes.
    let mut first = String::from_utf8(import("panic", BODY)).unwrap();
    first = first.replace("Connection: close\r\n", "");
    stream.write_all(first.as_bytes()).await.unwrap();
    stream.write_all(&import("app1", BODY)).await.unwrap();
    let mut bytes = Vec::new();
    timeout(BOUND, stream.read_to_end(&mut bytes))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let second = text.rfind("HTTP/1.1 ").unwrap();
    assert!(text.starts_with("HTTP/1.1 500 "), "{text}");
    assert!(second > 0, "{text}");
    assert_eq!(
        RawResponse::parse(&text.as_bytes()[second..])
            .unwrap()
            .status,
        200
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_headers_are_timed_out() {
    let server =
        start(Server::new(router(Arc::default())).header_read_timeout(Duration::from_millis(300)))
            .await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    // The request line and one header, then nothing.
    stream
        .write_all(b"POST /prod/backend/app1/storage/dev/import HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let mut bytes = Vec::new();
    let read = timeout(BOUND, stream.read_to_end(&mut bytes))
        .await
        .expect("the server closes the connection in time");
    // Closed (possibly reset), with nothing or a 408 written first.
    if read.is_ok() && !bytes.is_empty() {
        assert!(bytes.starts_with(b"HTTP/1.1 408"), "{bytes:?}");
    }
    assert!(started.elapsed() < BOUND);

    // Others are still served.
    let response = exchange(server.addr, &import("app1", BODY)).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kept_alive_connection_idle_past_the_header_timeout_is_closed() {
    let server =
        start(Server::new(router(Arc::default())).header_read_timeout(Duration::from_millis(300)))
            .await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let keep_alive = String::from_utf8(import("app1", BODY))
        .unwrap()
        .replace("Connection: close\r\n", "");
    stream.write_all(keep_alive.as_bytes()).await.unwrap();
    let mut bytes = vec![0; 4096];
    let read = timeout(BOUND, stream.read(&mut bytes))
        .await
        .unwrap()
        .unwrap();
    assert!(bytes[..read].starts_with(b"HTTP/1.1 200"), "{bytes:?}");

    // Then nothing: the server closes the connection after the timeout.
    let idle = Instant::now();
    let mut rest = Vec::new();
    let closed = timeout(BOUND, stream.read_to_end(&mut rest))
        .await
        .expect("the server closes the idle connection in time");
    assert!(closed.is_err() || rest.is_empty(), "{rest:?}");
    assert!(
        idle.elapsed() >= Duration::from_millis(250),
        "{:?}",
        idle.elapsed()
    );
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handler_slower_than_the_header_timeout_still_answers() {
    // The header read timeout counts while the connection waits for a
    // request, not while a request is handled.
    let server =
        start(Server::new(router(Arc::default())).header_read_timeout(Duration::from_millis(50)))
            .await;
    let response = exchange(server.addr, &import("nap", BODY)).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_lets_a_request_in_flight_finish() {
    let gate = Arc::new(Gate::default());
    let server = start(Server::new(router(gate.clone()))).await;
    let addr = server.addr;
    let held = tokio::spawn(async move { exchange(addr, &import("gate", BODY)).await });
    timeout(BOUND, gate.entered.notified())
        .await
        .expect("the request reaches the handler");

    // Shut down while it is held: `serve` waits for it.
    let Running { stop, task, .. } = server;
    stop.send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !task.is_finished(),
        "serve returned with a request in flight"
    );

    // New connections are no longer accepted.
    let refused = timeout(BOUND, async {
        loop {
            match TcpStream::connect(addr).await {
                Err(_) => break,
                Ok(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    })
    .await;
    assert!(refused.is_ok(), "the listener is closed");

    // Released, the request completes and then `serve` returns.
    gate.release.notify_one();
    let response = timeout(BOUND, held).await.unwrap().unwrap();
    assert_eq!(response.status, 200, "{response:?}");
    assert_eq!(response.json()["appId"], "gate");
    timeout(BOUND, task)
        .await
        .expect("serve returns after the last request")
        .unwrap()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_shuts_its_write_side_after_the_request_gets_its_answer() {
    // `nc -N`: the whole request, then EOF, while the handler still works.
    let server = start(Server::new(router(Arc::default()))).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream.write_all(&import("nap", BODY)).await.unwrap();
    stream.shutdown().await.unwrap();
    let response = read_response(&mut stream).await;
    assert_eq!(response.status, 200, "{response:?}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_over_the_limit_answer_431_before_the_body_is_read() {
    let server = start(Server::new(router(Arc::default())).max_header_bytes(1024)).await;
    let request = format!(
        "POST /prod/backend/app1/storage/dev/import HTTP/1.1\r\nHost: localhost\r\n\
         X-Padding: {}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}",
        "p".repeat(1024)
    );
    let response = exchange(server.addr, request.as_bytes()).await;
    assert_eq!(response.status, 431, "{response:?}");
    assert_eq!(
        response.header("x-amzn-errortype"),
        Some("RequestHeaderFieldsTooLargeException")
    );
    assert_readable_by_pages(&response);
    server.shut_down().await;
}

#[cfg(feature = "http2")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_with_prior_knowledge_is_served_on_the_same_port() {
    use http_body_util::BodyExt;
    let server = start(Server::new(router(Arc::default()))).await;
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .http2_only(true)
        .build_http::<http_body_util::Full<bytes::Bytes>>();
    let mut answers = Vec::new();
    for app in ["app1", "app2"] {
        let request = http::Request::post(format!(
            "{}/prod/backend/{app}/storage/dev/import",
            server.base_url()
        ))
        .header("content-type", "application/json")
        .body(http_body_util::Full::new(bytes::Bytes::from(BODY)))
        .unwrap();
        let response = timeout(BOUND, client.request(request))
            .await
            .expect("an answer in time")
            .expect("an HTTP/2 answer");
        assert_eq!(response.version(), http::Version::HTTP_2);
        assert_eq!(response.status(), 200);
        assert!(response.headers().contains_key("x-amzn-requestid"));
        let body = response.into_body().collect().await.unwrap().to_bytes();
        answers.push(serde_json::from_slice::<serde_json::Value>(&body).unwrap());
    }
    assert_eq!(answers[0]["appId"], "app1");
    assert_eq!(answers[1]["appId"], "app2");
    drop(client);
    server.shut_down().await;
}
