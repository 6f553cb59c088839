//! The alternative the benchmarks compare the emulator with: an axum 0.8
//! app with the AmplifyBackend routes, whose ImportBackendStorage route
//! extracts `Path` and `Json` and does the emulator's own handler work (its
//! handler function, called with a `Store` as its state), as
//! `amplify-backend` does. Served over HTTP by `axum-amplify`, on Lambda by
//! `axum-amplify-lambda`, and in process by the `lambda` bench.

use amplify_backend::backend::CreateBackend;
use amplify_backend::handlers::backend::create_backend;
use amplify_backend::handlers::storage::import_backend_storage;
use amplify_backend::storage::{ImportBackendStorage, ServiceName};
use amplify_backend::{AmplifyBackendError, Store};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on, post};
use http::StatusCode;
use opwire::{Context, ErrorSet};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImportBody {
    bucket_name: Option<String>,
    service_name: ServiceName,
}

/// An emulator error as the AWS wire has it.
struct Failure(AmplifyBackendError);

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let info = self.0.info();
        let status =
            StatusCode::from_u16(info.status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = self.0.to_json().unwrap_or_default();
        (
            status,
            [
                ("content-type", "application/json"),
                ("x-amzn-errortype", info.code),
            ],
            body,
        )
            .into_response()
    }
}

async fn import(
    State(store): State<Store>,
    Path((app_id, backend_environment_name)): Path<(String, String)>,
    axum::Json(body): axum::Json<ImportBody>,
) -> Result<axum::Json<amplify_backend::storage::BackendStorageRespObj>, Failure> {
    let op = ImportBackendStorage {
        app_id,
        backend_environment_name,
        bucket_name: body.bucket_name,
        service_name: body.service_name,
    };
    import_backend_storage(op, context::<ImportBackendStorage>(store))
        .await
        .map(axum::Json)
        .map_err(Failure)
}

/// The context the emulator's handlers read their store from.
fn context<Op: opwire::Operation>(store: Store) -> Context<Store> {
    Context::new::<Op>(store, http::Request::new(()).into_parts().0)
}

/// The 31 routes over a store where the app `app1` and its environment
/// `prod` exist, as the benchmarks' opwire servers have them.
pub fn app() -> axum::Router {
    app_over(seeded_store())
}

/// A store where the app `app1` and its environment `prod` exist.
pub fn seeded_store() -> Store {
    let store = Store::new();
    let create = CreateBackend {
        app_id: "app1".into(),
        app_name: "bench".into(),
        backend_environment_name: "prod".into(),
        ..CreateBackend::default()
    };
    ready(create_backend(
        create,
        context::<CreateBackend>(store.clone()),
    ))
    .expect("app1/prod created");
    store
}

/// The 31 routes over `store`.
pub fn app_over(store: Store) -> axum::Router {
    let mut router = axum::Router::new();
    for info in amplify_backend::operations() {
        let path = info.template.replace('<', "{").replace('>', "}");
        router = if info.name == "ImportBackendStorage" {
            router.route(&path, post(import))
        } else {
            let method = MethodFilter::try_from(info.method.clone()).expect("a standard method");
            router.route(&path, on(method, || async { StatusCode::NOT_IMPLEMENTED }))
        };
    }
    router.with_state(store)
}

/// [`app_over`] `store` on Lambda behind a REST API's stage `prod`:
/// lambda_http puts the stage in front of the path, so an axum app nests
/// its routes under it.
pub fn lambda_app(store: Store) -> axum::Router {
    axum::Router::new().nest("/prod", app_over(store))
}

/// Runs a future that never waits (in-process handlers) to completion
/// (here: seeding the store; the benchmarks use it too).
pub fn ready<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}
