//! `opwire::Client` against `opwire::server::Server` over real loopback
//! HTTP/1.1: the success value, each declared error as
//! `ResponseError::Modeled`, the base URL's prefix, and transport failures.
//!
//! Every test binds `127.0.0.1:0`, and every wait is bounded.

use std::time::Duration;

use opwire::server::Server;
use opwire::{Client, ClientError, ErrorSet, ResponseError, Router};
use opwire_tests::import;
use opwire_tests::running::{BOUND, Running, start};
use opwire_tests::seed::*;
use tokio::net::TcpListener;
use tokio::time::timeout;

/// The seed operation routed to a handler that answers as its `appId` says:
/// `bad`, `missing`, `limited` and `broken` with the declared errors (400,
/// 404, 429, 504), `sleep` after a minute, anything else with success.
fn router() -> Router {
    Router::new().route(|op: ImportBackendStorage| async move {
        let message = Some(format!("{} says no", op.app_id));
        match op.app_id.as_str() {
            "bad" => return Err(BadRequestException { message }.into()),
            "missing" => {
                return Err(NotFoundException {
                    message,
                    resource_type: Some("App".into()),
                }
                .into());
            }
            "limited" => {
                return Err(LimitExceededException {
                    message,
                    limit_type: Some("Imports".into()),
                }
                .into());
            }
            "broken" => return Err(InternalServiceException { message }.into()),
            "sleep" => tokio::time::sleep(Duration::from_secs(60)).await,
            _ => {}
        }
        Ok::<_, ImportBackendStorageError>(opwire_tests::succeeded(op))
    })
}

/// A client of `server`.
fn client_of(server: &Running) -> Client {
    Client::new(&server.base_url()).unwrap()
}

/// `client.send(op)`, bounded.
async fn send(
    client: &Client,
    op: &ImportBackendStorage,
) -> Result<BackendStorageRespObj, ClientError<ImportBackendStorageError>> {
    timeout(BOUND, client.send(op))
        .await
        .expect("the client answers in time")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_returns_the_success_value() {
    let server = start(Server::new(router())).await;
    let client = client_of(&server);
    let output = send(&client, &import("app 1/é", "dev")).await.unwrap();
    assert_eq!(
        output,
        BackendStorageRespObj {
            app_id: Some("app 1/é".into()),
            backend_environment_name: Some("dev".into()),
            job_id: Some("job-1".into()),
            status: Some("SUCCEEDED".into()),
        }
    );
    // The connection is kept and reused: a second call on the same client.
    let output = send(&client, &import("app2", "prod")).await.unwrap();
    assert_eq!(output.app_id.as_deref(), Some("app2"));
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_declared_error_comes_back_modeled() {
    let server = start(Server::new(router())).await;
    let client = client_of(&server);

    let err = send(&client, &import("bad", "dev")).await.unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::BAD_REQUEST));
    match err.modeled() {
        Some(ImportBackendStorageError::BadRequestException(e)) => {
            assert_eq!(e.message.as_deref(), Some("bad says no"));
        }
        other => panic!("expected BadRequestException, got {other:?}"),
    }

    let err = send(&client, &import("missing", "dev")).await.unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::NOT_FOUND));
    assert_eq!(err.to_string(), "NotFoundException: missing says no");
    match err {
        ClientError::Response(ResponseError::Modeled(
            ImportBackendStorageError::NotFoundException(e),
        )) => {
            assert_eq!(e.resource_type.as_deref(), Some("App"));
        }
        other => panic!("expected NotFoundException, got {other:?}"),
    }

    let err = send(&client, &import("limited", "dev")).await.unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::TOO_MANY_REQUESTS));
    match err.as_modeled() {
        Some(ImportBackendStorageError::LimitExceededException(e)) => {
            assert_eq!(e.limit_type.as_deref(), Some("Imports"));
        }
        other => panic!("expected LimitExceededException, got {other:?}"),
    }

    let err = send(&client, &import("broken", "dev")).await.unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::GATEWAY_TIMEOUT));
    assert!(matches!(
        err.modeled(),
        Some(ImportBackendStorageError::InternalServiceException(_))
    ));

    // Every declared error was covered.
    assert_eq!(ImportBackendStorageError::ERRORS.len(), 4);
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_own_answers_are_unmodeled_with_their_code() {
    // The seed declares 429 as LimitExceededException; the server's throttle
    // sends TooManyRequestsException, which the code tells apart.
    let server = start(Server::new(router()).rate_limit(0.001, 1)).await;
    let client = client_of(&server);
    send(&client, &import("app1", "dev")).await.unwrap();
    let err = send(&client, &import("app1", "dev")).await.unwrap_err();
    assert!(err.as_modeled().is_none());
    match &err {
        ClientError::Response(ResponseError::Unmodeled { status, code, body }) => {
            assert_eq!(*status, 429);
            assert_eq!(code.as_deref(), Some("TooManyRequestsException"));
            assert!(body.starts_with(
                br#"{"__type":"TooManyRequestsException","message":"Too Many Requests""#
            ));
        }
        other => panic!("expected an unmodeled 429, got {other:?}"),
    }
    server.shut_down().await;

    // Likewise the deadline's 504 (the seed declares 504 as
    // InternalServiceException).
    let server = start(Server::new(router()).deadline(Duration::from_millis(100))).await;
    let err = send(&client_of(&server), &import("sleep", "dev"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::GATEWAY_TIMEOUT));
    assert!(matches!(
        err,
        ClientError::Response(ResponseError::Unmodeled { code: Some(ref code), .. })
            if code == "GatewayTimeoutException"
    ));
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_base_url_path_is_a_prefix() {
    let server = start(Server::new(Router::new().nest("/stage", router()))).await;
    for base in ["/stage", "/stage/"] {
        let client = Client::new(&format!("http://{}{base}", server.addr)).unwrap();
        let output = send(&client, &import("app1", "dev")).await.unwrap();
        assert_eq!(output.app_id.as_deref(), Some("app1"));
    }
    // Without the prefix the path is unknown: an undeclared 404.
    let err = send(&client_of(&server), &import("app1", "dev"))
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        ClientError::Response(ResponseError::Unmodeled { code: Some(ref code), .. })
            if code == "UnknownOperationException"
    ));
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_connection_is_a_transport_error() {
    // A port that was free a moment ago, with nothing listening now.
    let addr = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let client = Client::new(&format!("http://{addr}")).unwrap();
    let err = send(&client, &import("app1", "dev")).await.unwrap_err();
    match &err {
        ClientError::Transport(transport) => {
            assert!(transport.is_connect(), "{transport:?}");
            assert!(!transport.is_timeout());
            assert_eq!(
                transport.uri().path(),
                "/prod/backend/app1/storage/dev/import"
            );
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
    assert!(err.status().is_none());
    // The cause is kept: the refusal itself is in the source chain.
    let mut source = std::error::Error::source(&err);
    let mut refused = false;
    while let Some(cause) = source {
        let io = cause.downcast_ref::<std::io::Error>();
        refused |= io.is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused);
        source = cause.source();
    }
    assert!(refused, "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_timeout_is_a_transport_error() {
    // The server keeps half-closed connections (the client's EOF is no
    // cancellation), so its shutdown waits for the sleeping handler's
    // deadline: keep it short.
    let server = start(Server::new(router()).deadline(Duration::from_secs(1))).await;
    let client = client_of(&server).timeout(Duration::from_millis(200));
    let err = send(&client, &import("sleep", "dev")).await.unwrap_err();
    match &err {
        ClientError::Transport(transport) => {
            assert!(transport.is_timeout(), "{transport:?}");
            assert!(!transport.is_connect());
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(err.to_string().contains("within 200ms"), "{err}");
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_build_error_is_reported_before_sending() {
    let client = Client::new("http://127.0.0.1:9").unwrap();
    let err = send(&client, &import("", "dev")).await.unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::Build(opwire::BuildError::EmptyLabel { .. })
        ),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_send_future_can_be_spawned() {
    let server = start(Server::new(router())).await;
    let client = client_of(&server);
    let calls: Vec<_> = (0..4)
        .map(|i| tokio::spawn(client.send(&import(&format!("app{i}"), "dev"))))
        .collect();
    for (i, call) in calls.into_iter().enumerate() {
        let output = timeout(BOUND, call).await.unwrap().unwrap().unwrap();
        assert_eq!(output.app_id, Some(format!("app{i}")));
    }
    server.shut_down().await;
}
