//! CORS: the defaults that let the AWS SDKs call from a browser, configured
//! settings (origin lists, credentials), CORS off, and what every kind of
//! response and preflight carries.

use bytes::Bytes;
use opwire::{Cors, Operation, Router, operation};
use opwire_tests::seed::*;

const SITE: &str = "https://console.example.com";

fn preflight(path: &str, method: &str, origin: &str) -> http::Request<Bytes> {
    http::Request::options(path)
        .header("origin", origin)
        .header("access-control-request-method", method)
        .header(
            "access-control-request-headers",
            "amz-sdk-invocation-id,amz-sdk-request,authorization,content-type,x-amz-content-sha256,x-amz-date,x-amz-user-agent",
        )
        .body(Bytes::new())
        .unwrap()
}

fn request(method: &str, path: &str, origin: Option<&str>) -> http::Request<Bytes> {
    let mut builder = http::Request::builder().method(method).uri(path);
    if let Some(origin) = origin {
        builder = builder.header("origin", origin);
    }
    if method == "POST" {
        builder = builder.header("content-type", "application/json");
    }
    builder.body(Bytes::new()).unwrap()
}

fn header<'a>(response: &'a http::Response<Bytes>, name: &str) -> Option<&'a str> {
    response.headers().get(name).map(|v| v.to_str().unwrap())
}

fn seed_router() -> Router {
    Router::new().route(|op: ImportBackendStorage| async move {
        if op.app_id == "missing" {
            return Err(NotFoundException {
                message: Some("no app".into()),
                resource_type: Some("app".into()),
            }
            .into());
        }
        Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
            app_id: Some(op.app_id),
            backend_environment_name: None,
            job_id: None,
            status: None,
        })
    })
}

const SEED: &str = "/prod/backend/app1/storage/prod/import";

#[test]
fn the_seed_has_the_aws_sdk_defaults() {
    let cors = ImportBackendStorage::cors();
    assert_eq!(*cors, Cors::DEFAULT);
    assert!(cors.enabled);
    assert_eq!(cors.allow_origins, opwire::AllowOrigins::Any);
    assert!(!cors.allow_credentials);
    assert_eq!(cors.max_age, Some(600));
    for name in [
        "Content-Type",
        "X-Amz-Date",
        "Authorization",
        "X-Api-Key",
        "X-Amz-Security-Token",
        "X-Amz-Content-Sha256",
        "X-Amz-User-Agent",
        "Amz-Sdk-Invocation-Id",
        "Amz-Sdk-Request",
    ] {
        assert!(cors.allow_headers.split(',').any(|h| h == name), "{name}");
    }
    assert_eq!(
        cors.expose_headers,
        "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date,Retry-After"
    );
}

#[tokio::test]
async fn the_preflight_allows_what_the_sdk_sends() {
    let response = seed_router().dispatch(preflight(SEED, "POST", SITE)).await;
    assert_eq!(response.status(), 200);
    assert!(response.body().is_empty());
    assert_eq!(header(&response, "access-control-allow-origin"), Some("*"));
    assert_eq!(
        header(&response, "access-control-allow-methods"),
        Some("POST,OPTIONS")
    );
    assert_eq!(
        header(&response, "access-control-allow-headers"),
        Some(Cors::DEFAULT_ALLOW_HEADERS)
    );
    assert_eq!(header(&response, "access-control-max-age"), Some("600"));
    // Any origin: the answer is the same for all, so nothing varies.
    assert_eq!(header(&response, "vary"), None);
    assert_eq!(header(&response, "access-control-allow-credentials"), None);
}

#[tokio::test]
async fn every_kind_of_response_exposes_the_aws_headers() {
    let router = seed_router();
    let body = |json: &str| {
        http::Request::post(SEED.replace("app1", json))
            .header("origin", SITE)
            .header("content-type", "application/json")
            .body(Bytes::from(r#"{"serviceName":"S3"}"#))
            .unwrap()
    };
    let responses = [
        ("success", router.dispatch(body("app1")).await, 200),
        (
            "declared error",
            router.dispatch(body("missing")).await,
            404,
        ),
        (
            "decode error",
            router.dispatch(request("POST", SEED, Some(SITE))).await,
            400,
        ),
        (
            "405",
            router.dispatch(request("PUT", SEED, Some(SITE))).await,
            405,
        ),
        (
            "unknown path",
            router
                .dispatch(request("POST", "/nowhere", Some(SITE)))
                .await,
            404,
        ),
    ];
    for (what, response, status) in responses {
        assert_eq!(response.status(), status, "{what}");
        assert_eq!(
            header(&response, "access-control-allow-origin"),
            Some("*"),
            "{what}"
        );
        assert_eq!(
            header(&response, "access-control-expose-headers"),
            Some(Cors::DEFAULT_EXPOSE_HEADERS),
            "{what}"
        );
    }
}

#[test]
fn respond_alone_adds_no_cors_headers() {
    // CORS depends on the request's origin: the router adds it.
    let response = ImportBackendStorage::respond(Ok(BackendStorageRespObj {
        app_id: None,
        backend_environment_name: None,
        job_id: None,
        status: None,
    }));
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

#[tokio::test]
async fn an_unknown_path_preflight_lets_the_page_read_the_404() {
    let router = seed_router();
    let response = router
        .dispatch(preflight("/backend/app1/storage/prod/import", "POST", SITE))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "access-control-allow-origin"), Some("*"));
    assert_eq!(
        header(&response, "access-control-allow-methods"),
        Some("GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS")
    );
    let response = router
        .dispatch(request(
            "POST",
            "/backend/app1/storage/prod/import",
            Some(SITE),
        ))
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        header(&response, "x-amzn-errortype"),
        Some("UnknownOperationException")
    );
    assert_eq!(header(&response, "access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn a_preflight_for_a_method_the_path_lacks_lists_the_real_ones() {
    let response = seed_router()
        .dispatch(preflight(SEED, "DELETE", SITE))
        .await;
    assert_eq!(response.status(), 200);
    // The browser sees DELETE is not listed and does not send the request.
    assert_eq!(
        header(&response, "access-control-allow-methods"),
        Some("POST,OPTIONS")
    );
}

#[tokio::test]
async fn an_empty_router_answers_no_preflight() {
    let response = Router::new()
        .dispatch(preflight("/anything", "GET", SITE))
        .await;
    assert_eq!(response.status(), 404);
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

mod configured {
    use super::*;

    #[operation(
        GET,
        "/apps/<appId>",
        cors(
            origin = ["https://console.example.com", "http://localhost:3000"],
            headers = "Content-Type,X-Trace",
            expose = "x-amzn-RequestId",
            max_age = 60,
            credentials = true
        )
    )]
    pub struct GetApp {
        pub app_id: String,
    }

    #[operation(
        DELETE,
        "/apps/<appId>",
        cors(
            origin = ["https://console.example.com", "http://localhost:3000"],
            headers = "Content-Type,X-Trace",
            expose = "x-amzn-RequestId",
            max_age = 60,
            credentials = true
        )
    )]
    pub struct DeleteApp {
        pub app_id: String,
    }

    #[operation(GET, "/one/<appId>", cors(origin = "https://console.example.com"))]
    pub struct OneOrigin {
        pub app_id: String,
    }

    #[operation(GET, "/internal/<appId>", cors = false)]
    pub struct Internal {
        pub app_id: String,
    }

    fn router() -> Router {
        Router::new()
            .route(|_: GetApp| async { Ok::<_, GetAppError>(opwire::Empty {}) })
            .route(|_: DeleteApp| async { Ok::<_, DeleteAppError>(opwire::Empty {}) })
            .route(|_: OneOrigin| async { Ok::<_, OneOriginError>(opwire::Empty {}) })
            .route(|_: Internal| async { Ok::<_, InternalError>(opwire::Empty {}) })
    }

    #[tokio::test]
    async fn the_preflight_lists_every_method_of_the_path() {
        let response = router()
            .dispatch(preflight("/apps/a1", "DELETE", "http://localhost:3000"))
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            header(&response, "access-control-allow-origin"),
            Some("http://localhost:3000")
        );
        assert_eq!(
            header(&response, "access-control-allow-methods"),
            Some("GET,HEAD,DELETE,OPTIONS")
        );
        assert_eq!(
            header(&response, "access-control-allow-headers"),
            Some("Content-Type,X-Trace")
        );
        assert_eq!(header(&response, "access-control-max-age"), Some("60"));
        assert_eq!(
            header(&response, "access-control-allow-credentials"),
            Some("true")
        );
        assert_eq!(header(&response, "vary"), Some("origin"));
    }

    #[tokio::test]
    async fn a_listed_origin_is_named_and_the_answer_varies_by_origin() {
        for origin in [SITE, "http://localhost:3000"] {
            let response = router()
                .dispatch(request("GET", "/apps/a1", Some(origin)))
                .await;
            assert_eq!(response.status(), 200);
            assert_eq!(
                header(&response, "access-control-allow-origin"),
                Some(origin)
            );
            assert_eq!(
                header(&response, "access-control-allow-credentials"),
                Some("true")
            );
            assert_eq!(
                header(&response, "access-control-expose-headers"),
                Some("x-amzn-RequestId")
            );
            assert_eq!(header(&response, "vary"), Some("origin"));
        }
        let response = router()
            .dispatch(request("PUT", "/apps/a1", Some(SITE)))
            .await;
        assert_eq!(response.status(), 405);
        assert_eq!(header(&response, "allow"), Some("GET,HEAD,DELETE,OPTIONS"));
        assert_eq!(header(&response, "access-control-allow-origin"), Some(SITE));
    }

    #[tokio::test]
    async fn another_origin_gets_no_allow_origin() {
        for origin in [Some("https://evil.example"), None] {
            let response = router().dispatch(request("GET", "/apps/a1", origin)).await;
            assert_eq!(response.status(), 200);
            assert_eq!(header(&response, "access-control-allow-origin"), None);
            assert_eq!(header(&response, "access-control-allow-credentials"), None);
            assert_eq!(header(&response, "vary"), Some("origin"));
        }
        let response = router()
            .dispatch(preflight("/apps/a1", "GET", "https://evil.example"))
            .await;
        assert_eq!(header(&response, "access-control-allow-origin"), None);
    }

    #[tokio::test]
    async fn one_origin_as_a_string() {
        assert_eq!(
            OneOrigin::cors().allow_origins,
            opwire::AllowOrigins::List(&[SITE])
        );
        let response = router()
            .dispatch(request("GET", "/one/a1", Some(SITE)))
            .await;
        assert_eq!(header(&response, "access-control-allow-origin"), Some(SITE));
        assert_eq!(header(&response, "access-control-allow-credentials"), None);
    }

    #[tokio::test]
    async fn cors_off_means_no_preflight_and_no_headers() {
        assert!(!Internal::cors().enabled);
        let response = router()
            .dispatch(preflight("/internal/a1", "GET", SITE))
            .await;
        assert_eq!(response.status(), 405);
        assert_eq!(header(&response, "allow"), Some("GET,HEAD"));
        assert_eq!(header(&response, "access-control-allow-origin"), None);
        let response = router()
            .dispatch(request("GET", "/internal/a1", Some(SITE)))
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(header(&response, "access-control-allow-origin"), None);
        assert_eq!(header(&response, "access-control-expose-headers"), None);
    }

    #[tokio::test]
    async fn the_router_cors_answers_unknown_paths() {
        // By default the first route's: listed origins.
        let response = router()
            .dispatch(request("GET", "/nowhere", Some(SITE)))
            .await;
        assert_eq!(response.status(), 404);
        assert_eq!(header(&response, "access-control-allow-origin"), Some(SITE));
        assert_eq!(header(&response, "vary"), Some("origin"));
        // Set on the router, it wins; routes keep their own.
        let router = router().cors(Cors::DISABLED);
        let response = router.dispatch(preflight("/nowhere", "GET", SITE)).await;
        assert_eq!(response.status(), 404);
        assert_eq!(header(&response, "access-control-allow-origin"), None);
        let response = router.dispatch(preflight("/apps/a1", "GET", SITE)).await;
        assert_eq!(header(&response, "access-control-allow-origin"), Some(SITE));
    }

    #[test]
    #[should_panic(expected = "declare different CORS settings")]
    fn one_path_cannot_mix_cors_settings() {
        #[operation(PUT, "/apps/<appId>")]
        pub struct PutApp {
            pub app_id: String,
        }
        let _ = router().route(|_: PutApp| async { Ok::<_, PutAppError>(opwire::Empty {}) });
    }

    #[test]
    #[should_panic(expected = "CORS with credentials needs a list of origins")]
    fn credentials_with_any_origin_are_refused() {
        let _: Router = Router::new().cors(Cors::DEFAULT.allow_credentials(true));
    }
}
