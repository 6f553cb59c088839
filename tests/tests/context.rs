//! Handlers beyond the operation, over real HTTP: the router's state and
//! the request's [`Context`] (undeclared headers, extensions, the request
//! ID the server sends, the peer's address, the operation's declaration);
//! failures the API does not declare; `HEAD` on `GET` routes; a fallback
//! for unknown paths; merged routers.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use opwire::server::Server;
use opwire::{Context, HandlerError, Router, operation};
use opwire_tests::raw::{RawResponse, exchange};
use opwire_tests::running::start;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

#[opwire::shape]
#[derive(Debug, Default)]
pub struct Seen {
    pub name: Option<String>,
    pub count: Option<u64>,
    pub trace: Option<String>,
    pub request_id: Option<String>,
    pub peer: Option<String>,
    pub operation: Option<String>,
    pub template: Option<String>,
}

/// Answers with what its handler saw of the request.
#[operation(POST, "/echo/<name>", response = Seen)]
pub struct Echo {
    pub name: String,
}

/// Its handler fails in a way the API does not declare.
#[operation(POST, "/broken")]
pub struct Broken {}

/// A GET, for HEAD.
#[operation(GET, "/things/<id>", response = Seen)]
pub struct GetThing {
    pub id: String,
}

#[derive(Clone, Default)]
struct AppState {
    calls: Arc<AtomicU64>,
}

fn router() -> Router {
    Router::new()
        .route(|op: Echo, cx: Context<AppState>| async move {
            let count = cx.state().calls.fetch_add(1, Ordering::Relaxed) + 1;
            let header = |name: &str| {
                cx.headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            let info = cx.operation();
            Ok::<_, EchoError>(Seen {
                name: Some(op.name),
                count: Some(count),
                trace: header("x-trace"),
                request_id: cx.request_id().map(str::to_owned),
                peer: cx.peer_addr().map(|peer| peer.to_string()),
                operation: Some(info.name.to_owned()),
                template: Some(info.template.to_owned()),
            })
        })
        .route(|_: Broken| async {
            Err::<opwire::Empty, HandlerError<BrokenError>>(HandlerError::internal(
                "the database is down",
            ))
        })
        .route(|op: GetThing| async move {
            Ok::<_, GetThingError>(Seen {
                name: Some(op.id),
                ..Seen::default()
            })
        })
        .with_state(AppState::default())
}

fn post(path: &str, headers: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n{headers}Connection: close\r\n\r\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn a_handler_reads_its_state_headers_request_id_and_peer() {
    let server = start(Server::new(router())).await;
    let mut seen = Vec::new();
    for _ in 0..2 {
        let mut stream = TcpStream::connect(server.addr).await.unwrap();
        let local = stream.local_addr().unwrap();
        stream
            .write_all(&post("/echo/ann", "x-trace: t-1\r\n"))
            .await
            .unwrap();
        let response = opwire_tests::raw::read_response(&mut stream).await;
        assert_eq!(response.status, 200, "{response:?}");
        let body: Seen = serde_json::from_slice(&response.body).unwrap();
        assert_eq!(body.peer.as_deref(), Some(local.to_string().as_str()));
        assert_eq!(
            body.request_id.as_deref(),
            response.header("x-amzn-requestid"),
            "the handler sees the ID the response carries"
        );
        seen.push(body);
    }
    assert_eq!(seen[0].name.as_deref(), Some("ann"));
    assert_eq!(seen[0].trace.as_deref(), Some("t-1"));
    assert_eq!(seen[0].operation.as_deref(), Some("Echo"));
    assert_eq!(seen[0].template.as_deref(), Some("/echo/<name>"));
    // One state for every request.
    assert_eq!((seen[0].count, seen[1].count), (Some(1), Some(2)));
    assert_ne!(seen[0].request_id, seen[1].request_id);
    server.shut_down().await;
}

#[tokio::test]
async fn without_a_server_there_is_no_request_id_or_peer() {
    let request = http::Request::post("/echo/bo")
        .body(bytes::Bytes::new())
        .unwrap();
    let response = router().dispatch(request).await;
    let body: Seen = serde_json::from_slice(response.body()).unwrap();
    assert_eq!((body.request_id, body.peer), (None, None));
    assert_eq!(body.count, Some(1));
}

/// One logged event's fields, as text.
type Fields = Vec<(String, String)>;

/// The `handler failed` events the server logs.
#[derive(Clone, Default)]
struct Failures(Arc<Mutex<Vec<Fields>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Failures {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        struct Record(Fields);
        impl tracing::field::Visit for Record {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                let text = format!("{value:?}");
                self.0
                    .push((field.name().to_owned(), text.trim_matches('"').to_owned()));
            }
        }
        let mut fields = Record(Vec::new());
        event.record(&mut fields);
        if fields
            .0
            .iter()
            .any(|(k, v)| k == "message" && v == "handler failed")
        {
            self.0.lock().unwrap().push(fields.0);
        }
    }
}

#[tokio::test]
async fn an_undeclared_failure_answers_500_and_its_cause_is_logged_with_the_request_id() {
    use tracing_subscriber::layer::SubscriberExt;
    let failures = Failures::default();
    // This test's runtime has one thread: the server's events are its own.
    let _guard =
        tracing::subscriber::set_default(tracing_subscriber::registry().with(failures.clone()));
    let server = start(Server::new(router())).await;
    let response = exchange(server.addr, &post("/broken", "")).await;
    server.shut_down().await;

    assert_eq!(response.status, 500);
    assert_eq!(response.header("x-amzn-errortype"), Some("InternalFailure"));
    assert_eq!(
        response.text(),
        r#"{"__type":"InternalFailure","message":"Internal server error"}"#
    );
    let logged = failures.0.lock().unwrap().clone();
    assert_eq!(logged.len(), 1, "{logged:?}");
    let field = |name: &str| {
        logged[0]
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    assert_eq!(field("cause"), Some("the database is down"));
    assert_eq!(field("request_id"), response.header("x-amzn-requestid"));
    assert_eq!(field("operation"), Some("Broken"));
}

fn request(method: &str, path: &str) -> Vec<u8> {
    format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").into_bytes()
}

#[tokio::test]
async fn head_on_a_get_route_answers_its_headers_without_the_body() {
    let server = start(Server::new(router())).await;
    let get = exchange(server.addr, &request("GET", "/things/t1")).await;
    let head = exchange(server.addr, &request("HEAD", "/things/t1")).await;
    let put = exchange(server.addr, &request("PUT", "/things/t1")).await;
    server.shut_down().await;

    assert_eq!(get.status, 200);
    assert_eq!(get.text(), r#"{"name":"t1"}"#);
    assert_eq!(head.status, 200, "{head:?}");
    assert!(head.body.is_empty(), "{head:?}");
    assert_eq!(head.header("content-length"), Some("13"));
    assert_eq!(head.header("content-type"), Some("application/json"));
    assert_eq!(put.status, 405);
    assert_eq!(put.header("allow"), Some("GET,HEAD,OPTIONS"));

    // A request that does not decode answers HEAD without a body too.
    let bad = http::Request::head("/things/%FF")
        .body(bytes::Bytes::new())
        .unwrap();
    let response = router().dispatch(bad).await;
    assert_eq!(response.status(), 400);
    assert!(response.body().is_empty());
    assert_ne!(response.headers()["content-length"], "0");
}

#[tokio::test]
async fn a_fallback_answers_the_paths_no_route_has() {
    let router = router().fallback(|request: http::Request<bytes::Bytes>| async move {
        let mut response = http::Response::new(bytes::Bytes::from(format!(
            "nothing at {}",
            request.uri().path()
        )));
        *response.status_mut() = http::StatusCode::IM_A_TEAPOT;
        response
    });
    let server = start(Server::new(router)).await;
    let unknown = exchange(server.addr, &request("GET", "/nowhere")).await;
    let known = exchange(server.addr, &request("GET", "/things/t2")).await;
    // A known path with another method is still the router's 405.
    let other = exchange(server.addr, &request("DELETE", "/things/t2")).await;
    server.shut_down().await;

    assert_eq!(unknown.status, 418);
    assert_eq!(unknown.text(), "nothing at /nowhere");
    // The server's request ID, on the fallback's answer too.
    let id = unknown.header("x-amzn-requestid").expect("a request ID");
    assert!(id.len() == 36 && id.split('-').count() == 5, "{id}");
    assert_eq!(known.status, 200);
    assert_eq!(other.status, 405);
}

#[tokio::test]
async fn merged_routers_serve_the_routes_of_both() {
    #[operation(GET, "/pings")]
    pub struct Ping {}
    let pings: Router =
        Router::new().route(|_: Ping| async { Ok::<_, PingError>(opwire::Empty {}) });
    let server = start(Server::new(pings.merge(router()))).await;
    let ping: RawResponse = exchange(server.addr, &request("GET", "/pings")).await;
    let thing = exchange(server.addr, &request("GET", "/things/t3")).await;
    server.shut_down().await;
    assert_eq!((ping.status, thing.status), (200, 200));
}
