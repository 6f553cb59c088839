//! Dispatch through `opwire::Router`: one pass from request to response,
//! 404, 405, 400 with the field named, route priority and conflicts.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use opwire::{Operation, Router, operation};
use opwire_tests::import;
use opwire_tests::seed::*;

fn seed_router(seen: Arc<Mutex<Vec<ImportBackendStorage>>>) -> Router {
    Router::new().route(move |op: ImportBackendStorage| {
        let seen = seen.clone();
        async move {
            seen.lock().unwrap().push(op.clone());
            if op.app_id == "missing" {
                return Err(NotFoundException {
                    message: Some(format!("App {} not found", op.app_id)),
                    resource_type: Some("app".into()),
                }
                .into());
            }
            Ok::<_, ImportBackendStorageError>(opwire_tests::succeeded(op))
        }
    })
}

fn request(method: &str, path: &str, body: &'static str) -> http::Request<Bytes> {
    http::Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/json")
        .body(Bytes::from_static(body.as_bytes()))
        .unwrap()
}

fn json(response: &http::Response<Bytes>) -> serde_json::Value {
    serde_json::from_slice(response.body()).unwrap()
}

#[tokio::test]
async fn the_handler_receives_an_equal_struct() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let router = seed_router(seen.clone());
    let op = ImportBackendStorage {
        app_id: "app/with?odd#chars ✓".into(),
        backend_environment_name: "..".into(),
        bucket_name: Some("b".into()),
        service_name: ServiceName::S3,
    };
    let response = router.dispatch(op.to_request().unwrap()).await;
    assert_eq!(response.status(), 200);
    assert_eq!(seen.lock().unwrap().as_slice(), std::slice::from_ref(&op));
    let output = ImportBackendStorage::parse_response(&response).unwrap();
    assert_eq!(output.app_id.as_deref(), Some(op.app_id.as_str()));
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
}

#[tokio::test]
async fn the_success_body_is_the_documented_json() {
    let router = seed_router(Arc::default());
    let response = router
        .dispatch(import("app1", "prod").to_request().unwrap())
        .await;
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(
        response.body().as_ref(),
        br#"{"appId":"app1","backendEnvironmentName":"prod","jobId":"job-1","status":"SUCCEEDED"}"#
    );
}

#[tokio::test]
async fn handler_errors_go_out_with_their_status_code_and_body() {
    let router = seed_router(Arc::default());
    let response = router
        .dispatch(import("missing", "prod").to_request().unwrap())
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["x-amzn-errortype"], "NotFoundException");
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    assert_eq!(
        json(&response),
        serde_json::json!({"__type": "NotFoundException", "message": "App missing not found", "resourceType": "app"})
    );
}

#[tokio::test]
async fn unknown_paths_are_404() {
    let router = seed_router(Arc::default());
    for path in [
        "/",
        "/prod",
        "/prod/backend/a/storage/b/export",
        "/prod/backend/a/storage/b/import/extra",
    ] {
        let response = router.dispatch(request("POST", path, "{}")).await;
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "UnknownOperationException"
        );
        assert!(json(&response)["message"].as_str().unwrap().contains(path));
    }
}

#[tokio::test]
async fn other_methods_are_405_with_allow() {
    let router = seed_router(Arc::default());
    for method in ["GET", "PUT", "DELETE", "PATCH"] {
        let response = router
            .dispatch(request(method, "/prod/backend/a/storage/b/import", ""))
            .await;
        assert_eq!(response.status(), 405, "{method}");
        assert_eq!(response.headers()["allow"], "POST,OPTIONS");
        assert_eq!(response.headers()["access-control-allow-origin"], "*");
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "MethodNotAllowedException"
        );
    }
}

#[tokio::test]
async fn requests_that_do_not_decode_are_400_naming_the_field() {
    let router = seed_router(Arc::default());
    let cases = [
        (
            "/prod/backend/a/storage/b/import",
            r#"{"bucketName":"x""#,
            "Malformed JSON body",
        ),
        (
            "/prod/backend/a/storage/b/import",
            r#"{"bucketName":"x"}"#,
            "missing field `serviceName`",
        ),
        (
            "/prod/backend/a/storage/b/import",
            r#"{"serviceName":"GCS"}"#,
            "`serviceName`: unknown variant `GCS`, expected `S3`",
        ),
        (
            "/prod/backend/a%ZZ/storage/b/import",
            r#"{"serviceName":"S3"}"#,
            "`appId`",
        ),
    ];
    for (path, body, needle) in cases {
        let response = router.dispatch(request("POST", path, body)).await;
        assert_eq!(response.status(), 400, "{body}");
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "BadRequestException"
        );
        assert_eq!(response.headers()["access-control-allow-origin"], "*");
        let message = json(&response)["message"].as_str().unwrap().to_owned();
        assert!(message.contains(needle), "{body}: {message}");
    }
}

#[tokio::test]
async fn the_400_comes_back_to_a_client_as_the_declared_bad_request() {
    let router = seed_router(Arc::default());
    let response = router
        .dispatch(request(
            "POST",
            "/prod/backend/a/storage/b/import",
            r#"{"serviceName":"S4"}"#,
        ))
        .await;
    match ImportBackendStorage::parse_response(&response) {
        Err(opwire::ResponseError::Modeled(ImportBackendStorageError::BadRequestException(e))) => {
            assert!(e.message.unwrap().contains("serviceName"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_router_is_clone_send_sync_and_its_future_is_send() {
    fn assert_traits<T: Clone + Send + Sync + 'static>() {}
    fn assert_send<T: Send + 'static>(_: &T) {}
    assert_traits::<Router>();
    let router = seed_router(Arc::default());
    let future = router.dispatch(import("a", "b").to_request().unwrap());
    assert_send(&future);
}

mod priority {
    use super::*;

    #[operation(GET, "/files/special")]
    pub struct Special {}

    #[operation(GET, "/files/<name>")]
    pub struct ByName {
        pub name: String,
    }

    #[operation(GET, "/files/<name>/meta")]
    pub struct Meta {
        pub name: String,
    }

    #[operation(GET, "/files/<path..>", response = String)]
    pub struct ByPath {
        pub path: String,
    }

    #[operation(GET, "/files/special/<name>/raw", response = String)]
    pub struct SpecialRaw {
        pub name: String,
    }

    fn router() -> Router {
        Router::new()
            .route(|op: ByPath| async move { Ok::<_, ByPathError>(format!("path:{}", op.path)) })
            .route(|_: Special| async move { Ok::<_, SpecialError>(opwire::Empty {}) })
            .route(|_: ByName| async move { Ok::<_, ByNameError>(opwire::Empty {}) })
            .route(|_: Meta| async move { Ok::<_, MetaError>(opwire::Empty {}) })
            .route(|op: SpecialRaw| async move { Ok::<_, SpecialRawError>(format!("raw:{}", op.name)) })
    }

    async fn body(router: &Router, path: &str) -> (u16, String) {
        let response = router.dispatch(request("GET", path, "")).await;
        (
            response.status().as_u16(),
            String::from_utf8(response.body().to_vec()).unwrap(),
        )
    }

    #[tokio::test]
    async fn literal_beats_label_beats_greedy() {
        let router = router();
        assert_eq!(body(&router, "/files/special").await, (200, "{}".into()));
        assert_eq!(body(&router, "/files/x").await, (200, "{}".into()));
        assert_eq!(body(&router, "/files/x/meta").await, (200, "{}".into()));
        assert_eq!(
            body(&router, "/files/x/y/z").await,
            (200, "\"path:x/y/z\"".into())
        );
        assert_eq!(
            body(&router, "/files/special/n/raw").await,
            (200, "\"raw:n\"".into())
        );
        // The literal branch fails deeper, so matching backtracks.
        assert_eq!(
            body(&router, "/files/special/meta").await,
            (200, "{}".into())
        );
        assert_eq!(
            body(&router, "/files/special/n/other").await,
            (200, "\"path:special/n/other\"".into())
        );
    }

    #[test]
    #[should_panic(
        expected = "routes conflict: `ByName` (GET /files/<name>) and `Other` (GET /files/<other>)"
    )]
    fn conflicting_routes_are_rejected_naming_both() {
        #[operation(GET, "/files/<other>")]
        pub struct Other {
            pub other: String,
        }
        let _ = router().route(|_: Other| async move { Ok::<_, OtherError>(opwire::Empty {}) });
    }

    #[test]
    fn try_route_returns_the_conflict_as_a_typed_error() {
        #[operation(GET, "/files/<other>")]
        pub struct Other {
            pub other: String,
        }
        let err = router()
            .try_route(|_: Other| async move { Ok::<_, OtherError>(opwire::Empty {}) })
            .expect_err("a conflict");
        assert_eq!(
            err,
            opwire::RouteError::Conflict {
                existing: ("ByName", "/files/<name>".to_owned()),
                added: ("Other", "/files/<other>".to_owned()),
                method: http::Method::GET,
            }
        );
    }

    #[test]
    fn try_nest_and_try_merge_return_typed_errors() {
        for prefix in ["prod", "/<stage>", "/prod/", "//prod", "/pr%6Fd"] {
            let err = router().try_nest(prefix, router()).expect_err(prefix);
            assert_eq!(
                err,
                opwire::RouteError::InvalidPrefix {
                    prefix: prefix.to_owned()
                },
                "{prefix}"
            );
        }
        let nested = router()
            .try_nest("/prod", router())
            .expect("a valid prefix");
        assert_eq!(nested.routes().count(), 10);
        let err = router().try_merge(router()).expect_err("every route twice");
        assert!(matches!(err, opwire::RouteError::Conflict { .. }), "{err}");
    }

    #[test]
    fn the_same_path_with_another_method_is_no_conflict() {
        #[operation(DELETE, "/files/<name>")]
        pub struct Delete {
            pub name: String,
        }
        let router =
            router().route(|_: Delete| async move { Ok::<_, DeleteError>(opwire::Empty {}) });
        assert_eq!(router.routes().count(), 6);
    }
}

#[tokio::test]
async fn nested_routers_serve_under_a_prefix() {
    #[operation(GET, "/backend/<appId>/details", response = String)]
    pub struct GetBackend {
        pub app_id: String,
    }
    let api =
        Router::new().route(|op: GetBackend| async move { Ok::<_, GetBackendError>(op.app_id) });
    let router = api.clone().nest("/prod", api);
    for path in ["/backend/a1/details", "/prod/backend/a1/details"] {
        let response = router.dispatch(request("GET", path, "")).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.body().as_ref(), b"\"a1\"");
    }
    let templates: Vec<String> = router.routes().map(|(_, template, _)| template).collect();
    assert_eq!(
        templates,
        ["/backend/<appId>/details", "/prod/backend/<appId>/details"]
    );
}

#[tokio::test]
async fn handlers_capture_state() {
    #[operation(POST, "/counter", response = u64)]
    pub struct Increment {}
    let count = Arc::new(Mutex::new(0u64));
    let state = count.clone();
    let router = Router::new().route(move |_: Increment| {
        let state = state.clone();
        async move {
            let mut count = state.lock().unwrap();
            *count += 1;
            Ok::<_, IncrementError>(*count)
        }
    });
    for expected in 1..=3u64 {
        let response = router.dispatch(request("POST", "/counter", "")).await;
        assert_eq!(response.body().as_ref(), expected.to_string().as_bytes());
    }
    assert_eq!(*count.lock().unwrap(), 3);
}

#[test]
fn a_declared_name_replaces_the_struct_name() {
    #[operation(POST, "/backend/<appId>/api", name = "CreateBackendAPI")]
    pub struct CreateBackendApi {
        pub app_id: String,
    }
    assert_eq!(CreateBackendApi::NAME, "CreateBackendAPI");
    let router = Router::new()
        .route(|_: CreateBackendApi| async { Ok::<_, CreateBackendApiError>(opwire::Empty {}) });
    assert_eq!(
        router.recognize(&http::Method::POST, "/backend/a/api"),
        Some("CreateBackendAPI")
    );
}
