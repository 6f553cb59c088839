//! The emulator's handlers: one async function per operation, from the
//! decoded operation and the request's [`Context`](opwire::Context) (whose state is the
//! [`Store`]) to its answer, and [`router`], which routes all 31 to them.
//!
//! Each handler is an ordinary function, so it can be called without HTTP:
//!
//! ```
//! use amplify_backend::Store;
//! use amplify_backend::backend::{CreateBackend, GetBackend};
//! use amplify_backend::handlers::backend::{create_backend, get_backend};
//! use opwire::Context;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let store = Store::new();
//! let cx = || Context::new::<CreateBackend>(store.clone(), http::Request::new(()).into_parts().0);
//! let create = CreateBackend {
//!     app_id: "app1".into(),
//!     app_name: "notes".into(),
//!     backend_environment_name: "dev".into(),
//!     ..CreateBackend::default()
//! };
//! assert_eq!(create_backend(create, cx()).await.unwrap().status.as_deref(), Some("COMPLETED"));
//! let found = get_backend(GetBackend { app_id: "app1".into(), ..GetBackend::default() }, cx()).await;
//! assert_eq!(found.unwrap().app_name.as_deref(), Some("notes"));
//! # });
//! ```

pub mod api;
pub mod auth;
pub mod backend;
pub mod config;
pub mod job;
pub mod s3;
pub mod storage;
pub mod token;

use opwire::Router;

use crate::errors::AmplifyBackendError;
use crate::job::JobResponse;
use crate::storage::BackendStorageRespObj;
use crate::store::{Job, Store};

/// A router that serves every AmplifyBackend operation from `store`.
///
/// The emulator applies every change at once: operations that the service
/// runs as jobs record a job with status `COMPLETED`, which
/// `GetBackendJob`, `ListBackendJobs` and `UpdateBackendJob` see. A missing
/// app, environment or resource answers `NotFoundException` with its
/// `resourceType`; a request that breaks a rule of the model that decoding
/// does not check answers `BadRequestException`.
pub fn router(store: Store) -> Router {
    Router::new()
        .route(backend::create_backend)
        .route(backend::clone_backend)
        .route(backend::get_backend)
        .route(backend::delete_backend)
        .route(backend::remove_all_backends)
        .route(api::create_backend_api)
        .route(api::get_backend_api)
        .route(api::update_backend_api)
        .route(api::delete_backend_api)
        .route(api::generate_backend_api_models)
        .route(api::get_backend_api_models)
        .route(auth::create_backend_auth)
        .route(auth::get_backend_auth)
        .route(auth::update_backend_auth)
        .route(auth::delete_backend_auth)
        .route(auth::import_backend_auth)
        .route(storage::create_backend_storage)
        .route(storage::get_backend_storage)
        .route(storage::update_backend_storage)
        .route(storage::delete_backend_storage)
        .route(storage::import_backend_storage)
        .route(config::create_backend_config)
        .route(config::remove_backend_config)
        .route(config::update_backend_config)
        .route(token::create_token)
        .route(token::get_token)
        .route(token::delete_token)
        .route(job::get_backend_job)
        .route(job::list_backend_jobs)
        .route(job::update_backend_job)
        .route(s3::list_s3_buckets)
        .with_state(store)
}

/// What a handler answers.
pub type Result<T> = std::result::Result<T, AmplifyBackendError>;

/// What an operation that runs as a job answers.
fn started(job: &Job) -> JobResponse {
    JobResponse {
        app_id: Some(job.app_id.clone()),
        backend_environment_name: job.environment.clone(),
        error: None,
        job_id: Some(job.id.clone()),
        operation: Some(job.operation.clone()),
        status: Some(job.status.clone()),
    }
}

/// What a storage operation that runs as a job answers.
fn storage_started(job: &Job) -> BackendStorageRespObj {
    BackendStorageRespObj {
        app_id: Some(job.app_id.clone()),
        backend_environment_name: job.environment.clone(),
        job_id: Some(job.id.clone()),
        status: Some(job.status.clone()),
    }
}

/// A 400 unless `value`, which later travels as a path label, is non-empty.
fn non_empty(field: &str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Err(AmplifyBackendError::bad_request(format!(
            "`{field}` must not be empty"
        )));
    }
    Ok(())
}

/// A 400 naming `field` of a resource that already exists.
fn exists(field: &str, value: &str, place: &str) -> AmplifyBackendError {
    AmplifyBackendError::bad_request(format!("`{field}` `{value}` already exists in {place}"))
}

/// A 404 for the resource `name` of `resource_type` in environment `env`.
fn no_resource(resource_type: &str, name: &str, env: &str) -> AmplifyBackendError {
    AmplifyBackendError::not_found(
        resource_type,
        format!("No {resource_type} resource `{name}` in backend environment `{env}`"),
    )
}

/// Sets `field` to `value` when a value is given.
fn set_if_some<T>(field: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *field = value;
    }
}

/// One page of `items`, the whole of one `listing` (its filters): from
/// where `next_token` says (a token the store issued for that listing),
/// at most `size`, and the token of the next page if any.
fn page<T>(
    tokens: &opwire::PageTokens,
    listing: &str,
    items: Vec<T>,
    next_token: Option<&str>,
    size: usize,
) -> Result<(Vec<T>, Option<String>)> {
    tokens
        .page(listing, items, next_token, size)
        .map_err(|err| {
            AmplifyBackendError::bad_request(format!(
                "`nextToken` `{}` is not a token this service issued for this listing",
                err.token
            ))
        })
}
