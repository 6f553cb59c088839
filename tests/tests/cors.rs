//! CORS metadata and the OPTIONS preflight: API Gateway's "Enable CORS"
//! defaults, configured settings, and CORS off.

use bytes::Bytes;
use opwire::{Cors, Operation, Router, operation};
use opwire_tests::seed::*;

fn options(path: &str) -> http::Request<Bytes> {
    http::Request::options(path)
        .header("origin", "https://console.example.com")
        .header("access-control-request-method", "POST")
        .body(Bytes::new())
        .unwrap()
}

fn seed_router() -> Router {
    Router::new().route(|op: ImportBackendStorage| async move {
        Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
            app_id: Some(op.app_id),
            backend_environment_name: None,
            job_id: None,
            status: None,
        })
    })
}

#[test]
fn the_seed_has_api_gateway_defaults() {
    let cors = ImportBackendStorage::cors();
    assert_eq!(*cors, Cors::API_GATEWAY);
    assert!(cors.enabled);
    assert_eq!(cors.allow_origin, "*");
    assert_eq!(
        cors.allow_headers,
        "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token"
    );
}

#[tokio::test]
async fn options_answers_the_preflight_like_the_reference() {
    let response = seed_router()
        .dispatch(options("/prod/backend/app1/storage/prod/import"))
        .await;
    assert_eq!(response.status(), 200);
    assert!(response.body().is_empty());
    let headers = response.headers();
    assert_eq!(headers["access-control-allow-origin"], "*");
    assert_eq!(headers["access-control-allow-methods"], "POST,OPTIONS");
    assert_eq!(
        headers["access-control-allow-headers"],
        "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token"
    );
    assert!(headers.get("access-control-max-age").is_none());
}

mod configured {
    use super::*;

    #[operation(
        GET,
        "/apps/<appId>",
        cors(
            origin = "https://console.example.com",
            headers = "Content-Type,X-Trace",
            max_age = 600
        )
    )]
    pub struct GetApp {
        pub app_id: String,
    }

    #[operation(
        DELETE,
        "/apps/<appId>",
        cors(
            origin = "https://console.example.com",
            headers = "Content-Type,X-Trace",
            max_age = 600
        )
    )]
    pub struct DeleteApp {
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
            .route(|_: Internal| async { Ok::<_, InternalError>(opwire::Empty {}) })
    }

    #[tokio::test]
    async fn the_preflight_lists_every_method_of_the_path() {
        let response = router().dispatch(options("/apps/a1")).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers();
        assert_eq!(
            headers["access-control-allow-origin"],
            "https://console.example.com"
        );
        assert_eq!(
            headers["access-control-allow-methods"],
            "GET,DELETE,OPTIONS"
        );
        assert_eq!(
            headers["access-control-allow-headers"],
            "Content-Type,X-Trace"
        );
        assert_eq!(headers["access-control-max-age"], "600");
    }

    #[tokio::test]
    async fn every_response_carries_the_origin() {
        let get = http::Request::get("/apps/a1").body(Bytes::new()).unwrap();
        let response = router().dispatch(get).await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["access-control-allow-origin"],
            "https://console.example.com"
        );
        let put = http::Request::put("/apps/a1").body(Bytes::new()).unwrap();
        let response = router().dispatch(put).await;
        assert_eq!(response.status(), 405);
        assert_eq!(response.headers()["allow"], "GET,DELETE,OPTIONS");
        assert_eq!(
            response.headers()["access-control-allow-origin"],
            "https://console.example.com"
        );
    }

    #[tokio::test]
    async fn cors_off_means_no_preflight_and_no_headers() {
        assert!(!Internal::cors().enabled);
        let response = router().dispatch(options("/internal/a1")).await;
        assert_eq!(response.status(), 405);
        assert_eq!(response.headers()["allow"], "GET");
        assert!(
            response
                .headers()
                .get("access-control-allow-origin")
                .is_none()
        );
        let get = http::Request::get("/internal/a1")
            .body(Bytes::new())
            .unwrap();
        let response = router().dispatch(get).await;
        assert_eq!(response.status(), 200);
        assert!(
            response
                .headers()
                .get("access-control-allow-origin")
                .is_none()
        );
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
}
