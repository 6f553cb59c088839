//! Server dispatch, in process: ImportBackendStorage, request in, response
//! bytes out, through opwire's 31-operation `Router`, an axum 0.8 `Router`
//! with the same routes and `Path` + `Json` extractors, and a hand-written
//! floor (match the path by hand, `serde_json::from_slice` the body,
//! `serde_json::to_vec` the response). All three do the same handler work.

use std::hint::black_box;
use std::time::{Duration, Instant};

use amplify_backend::AmplifyBackendError;
use amplify_backend::storage::{BackendStorageRespObj, ImportBackendStorage, ServiceName};
use bytes::Bytes;
use http::{Request, Response};
use opwire::{Operation, Router};
use opwire_bench::{Case, allocations, compare, ready};
use serde::Deserialize;

#[global_allocator]
static GLOBAL: opwire_bench::CountingAllocator = opwire_bench::CountingAllocator;

const PATH: &str = "/backend/app1/storage/prod/import";
const BODY: &str = r#"{"bucketName":"my-bucket","serviceName":"S3"}"#;
const EXPECTED: &str =
    r#"{"appId":"app1","backendEnvironmentName":"prod","jobId":"job-1","status":"SUCCEEDED"}"#;

/// The handler's work, the same for all three: the answer from the labels.
fn answer(app_id: String, backend_environment_name: String) -> BackendStorageRespObj {
    BackendStorageRespObj {
        app_id: Some(app_id),
        backend_environment_name: Some(backend_environment_name),
        job_id: Some("job-1".to_owned()),
        status: Some("SUCCEEDED".to_owned()),
    }
}

fn request() -> Request<Bytes> {
    Request::post(PATH)
        .header("content-type", "application/json")
        .body(Bytes::from_static(BODY.as_bytes()))
        .unwrap()
}

/// opwire: the 31 operations; ImportBackendStorage answers, the others
/// only fill the routing table.
fn opwire_router() -> Router {
    macro_rules! others {
        ($($op:path),* $(,)?) => {{
            let mut router = Router::new().route(|op: ImportBackendStorage| async move {
                Ok::<_, AmplifyBackendError>(answer(op.app_id, op.backend_environment_name))
            });
            $(
                if <$op as Operation>::NAME != ImportBackendStorage::NAME {
                    router = router.route(|_: $op| async {
                        Err::<<$op as Operation>::Response, _>(AmplifyBackendError::not_found("app", "unused"))
                    });
                }
            )*
            router
        }};
    }
    amplify_backend::for_each_operation!(others)
}

/// axum: the same 31 routes; the import route with `Path` and `Json`.
fn axum_router() -> axum::Router {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)] // decoded as opwire decodes it, then unused
    struct ImportBody {
        bucket_name: Option<String>,
        service_name: ServiceName,
    }

    async fn import(
        axum::extract::Path((app_id, env)): axum::extract::Path<(String, String)>,
        axum::Json(_body): axum::Json<ImportBody>,
    ) -> axum::Json<BackendStorageRespObj> {
        axum::Json(answer(app_id, env))
    }

    let mut router = axum::Router::new();
    for info in amplify_backend::operations() {
        let path = info.template.replace('<', "{").replace('>', "}");
        let method = axum::routing::MethodFilter::try_from(info.method.clone()).unwrap();
        router = if info.name == ImportBackendStorage::NAME {
            router.route(&path, axum::routing::post(import))
        } else {
            router.route(&path, axum::routing::on(method, || async { "unused" }))
        };
    }
    router
}

/// The floor: what a hand-written server for this one route does.
fn floor(request: &Request<Bytes>) -> Response<Bytes> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct ImportBody {
        bucket_name: Option<String>,
        service_name: ServiceName,
    }
    let bad = || Response::builder().status(400).body(Bytes::new()).unwrap();
    let mut segments = request.uri().path().split('/');
    let (Some(""), Some("backend"), Some(app), Some("storage"), Some(env), Some("import"), None) = (
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
        segments.next(),
    ) else {
        return Response::builder().status(404).body(Bytes::new()).unwrap();
    };
    let decode = |label: &str| {
        percent_encoding::percent_decode_str(label)
            .decode_utf8()
            .map(|s| s.into_owned())
    };
    let (Ok(app), Ok(env)) = (decode(app), decode(env)) else {
        return bad();
    };
    let Ok(_body) = serde_json::from_slice::<ImportBody>(request.body()) else {
        return bad();
    };
    let body = serde_json::to_vec(&answer(app, env)).unwrap();
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(Bytes::from(body))
        .unwrap()
}

/// Times `n` calls of `run` on requests prepared beforehand (untimed).
fn timed<Req>(n: u64, make: impl Fn() -> Req, mut run: impl FnMut(Req) -> Bytes) -> Duration {
    let requests: Vec<Req> = (0..n).map(|_| make()).collect();
    let start = Instant::now();
    for request in requests {
        black_box(run(request));
    }
    start.elapsed()
}

fn main() {
    let opwire = opwire_router();
    let axum = axum_router();
    let via_opwire = |request: Request<Bytes>| ready(opwire.dispatch(request)).into_body();
    let via_axum = |request: Request<axum::body::Body>| {
        use tower::ServiceExt;
        let response = ready(axum.clone().oneshot(request)).unwrap();
        ready(axum::body::to_bytes(response.into_body(), usize::MAX)).unwrap()
    };
    let axum_request = || request().map(axum::body::Body::from);
    let via_floor = |request: Request<Bytes>| floor(&request).into_body();

    // The three answer alike before they are timed.
    assert_eq!(via_opwire(request()), EXPECTED);
    assert_eq!(via_axum(axum_request()), EXPECTED);
    assert_eq!(via_floor(request()), EXPECTED);

    let counts = [
        (
            "opwire",
            allocations(|| via_opwire(request())).1,
            allocations(request).1,
        ),
        (
            "axum",
            allocations(|| via_axum(axum_request())).1,
            allocations(axum_request).1,
        ),
        (
            "floor",
            allocations(|| via_floor(request())).1,
            allocations(request).1,
        ),
    ];
    println!("\nheap allocations per dispatch (request construction excluded):");
    for (name, with_request, request_only) in counts {
        println!("  {name:<8} {}", with_request - request_only);
    }

    compare(
        "server dispatch: ImportBackendStorage, 31 routes",
        101,
        vec![
            Case::new("opwire", |n| timed(n, request, via_opwire)),
            Case::new("axum 0.8 (oneshot)", |n| timed(n, axum_request, via_axum)),
            Case::new("floor", |n| timed(n, request, via_floor)),
        ],
    );
}
