//! The HTTP benchmark's alternative: an axum 0.8 server on hyper with the
//! AmplifyBackend routes, whose ImportBackendStorage route extracts `Path`
//! and `Json` and does the emulator's own handler work (its handler
//! function, called with a `Store` as its state), as `amplify-backend` does.
//!
//! Usage: `axum-amplify PORT` — serves on 127.0.0.1:PORT with the app
//! `app1` and its environment `prod` already created.

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

fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8081);
    let store = Store::new();
    let create = CreateBackend {
        app_id: "app1".into(),
        app_name: "bench".into(),
        backend_environment_name: "prod".into(),
        ..CreateBackend::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime
        .block_on(create_backend(
            create,
            context::<CreateBackend>(store.clone()),
        ))
        .expect("app1/prod created");

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
    let router = router.with_state(store);

    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        println!(
            "axum-amplify listening on http://{}",
            listener.local_addr()?
        );
        axum::serve(listener, router).await
    })
}
