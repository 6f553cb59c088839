//! The HTTP benchmark's opwire server without the emulator: opwire's
//! `Server` with ImportBackendStorage routed to a handler that answers a
//! constant, so what is measured against the bare hyper floor
//! (`hyper-floor`) is opwire's own work: routing, decoding labels and body,
//! encoding, CORS, request IDs, limits.
//!
//! Usage: `opwire-seed PORT` — serves on 127.0.0.1:PORT.

use amplify_backend::AmplifyBackendError;
use amplify_backend::storage::{BackendStorageRespObj, ImportBackendStorage};
use opwire::{Router, Server};

fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8083);
    let router = Router::new().route(|_: ImportBackendStorage| async {
        Ok::<_, AmplifyBackendError>(BackendStorageRespObj {
            app_id: Some("app1".into()),
            backend_environment_name: Some("prod".into()),
            job_id: Some("job-1".into()),
            status: Some("SUCCEEDED".into()),
        })
    });
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(async {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
            println!("opwire-seed listening on http://{}", listener.local_addr()?);
            Server::new(router)
                .serve(listener, std::future::pending())
                .await
        })
}
