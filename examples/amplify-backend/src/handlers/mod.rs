//! The emulator's handlers: one function per operation, from the store's
//! state and the decoded operation to its answer, and [`router`], which
//! routes all 31 to them.

mod api;
mod auth;
mod backend;
mod config;
mod job;
mod s3;
mod storage;
mod token;

use std::future::ready;

use opwire::{Operation, Router};

use crate::errors::AmplifyBackendError;
use crate::job::JobResponse;
use crate::storage::BackendStorageRespObj;
use crate::store::{Job, State, Store};

/// A router that serves every AmplifyBackend operation from `store`.
///
/// The emulator applies every change at once: operations that the service
/// runs as jobs record a job with status `COMPLETED`, which
/// `GetBackendJob`, `ListBackendJobs` and `UpdateBackendJob` see. A missing
/// app, environment or resource answers `NotFoundException` with its
/// `resourceType`; a request that breaks a rule of the model that decoding
/// does not check answers `BadRequestException`.
pub fn router(store: Store) -> Router {
    Routes {
        router: Router::new(),
        store,
    }
    .add(backend::create_backend)
    .add(backend::clone_backend)
    .add(backend::get_backend)
    .add(backend::delete_backend)
    .add(backend::remove_all_backends)
    .add(api::create_backend_api)
    .add(api::get_backend_api)
    .add(api::update_backend_api)
    .add(api::delete_backend_api)
    .add(api::generate_backend_api_models)
    .add(api::get_backend_api_models)
    .add(auth::create_backend_auth)
    .add(auth::get_backend_auth)
    .add(auth::update_backend_auth)
    .add(auth::delete_backend_auth)
    .add(auth::import_backend_auth)
    .add(storage::create_backend_storage)
    .add(storage::get_backend_storage)
    .add(storage::update_backend_storage)
    .add(storage::delete_backend_storage)
    .add(storage::import_backend_storage)
    .add(config::create_backend_config)
    .add(config::remove_backend_config)
    .add(config::update_backend_config)
    .add(token::create_token)
    .add(token::get_token)
    .add(token::delete_token)
    .add(job::get_backend_job)
    .add(job::list_backend_jobs)
    .add(job::update_backend_job)
    .add(s3::list_s3_buckets)
    .router
}

/// A router being built, and the store its handlers share.
struct Routes {
    router: Router,
    store: Store,
}

impl Routes {
    /// Routes `Op` to `handler`, run on the locked state.
    fn add<Op, F>(self, handler: F) -> Self
    where
        Op: Operation<Error = AmplifyBackendError>,
        F: Fn(&mut State, Op) -> Result<Op::Response> + Send + Sync + 'static,
    {
        let store = self.store.clone();
        let router = self
            .router
            .route(move |op: Op| ready(store.with(|state| handler(state, op))));
        Routes {
            router,
            store: self.store,
        }
    }
}

type Result<T> = std::result::Result<T, AmplifyBackendError>;

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

/// One page of `items`: from the offset `next_token` (issued by an earlier
/// page), at most `size`, and the token of the next page if any.
fn page<T>(
    items: Vec<T>,
    next_token: Option<&str>,
    size: usize,
) -> Result<(Vec<T>, Option<String>)> {
    let start = match next_token {
        None => 0,
        Some(token) => token
            .parse::<usize>()
            .ok()
            .filter(|&start| start <= items.len())
            .ok_or_else(|| {
                AmplifyBackendError::bad_request(format!(
                    "`nextToken` `{token}` is not a token this service issued"
                ))
            })?,
    };
    let end = start.saturating_add(size).min(items.len());
    let next = (end < items.len()).then(|| end.to_string());
    Ok((items.into_iter().skip(start).take(size).collect(), next))
}
