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
    macro_rules! routes {
        ($($op:path),* $(,)?) => {
            Router::new()
                $(.route({
                    let store = store.clone();
                    move |op: $op| ready(op.apply(&store))
                }))*
        };
    }
    crate::for_each_operation!(routes)
}

/// An AmplifyBackend operation the emulator answers: the handler's work
/// without HTTP, for anything that decodes operations its own way (another
/// web framework, a test that injects faults).
///
/// ```
/// use amplify_backend::{Emulated, Store};
/// use amplify_backend::backend::{CreateBackend, GetBackend};
///
/// let store = Store::new();
/// let created = CreateBackend {
///     app_id: "app1".into(),
///     app_name: "notes".into(),
///     backend_environment_name: "dev".into(),
///     ..CreateBackend::default()
/// }
/// .apply(&store)
/// .unwrap();
/// assert_eq!(created.status.as_deref(), Some("COMPLETED"));
/// let found = GetBackend { app_id: "app1".into(), ..GetBackend::default() }.apply(&store);
/// assert_eq!(found.unwrap().app_name.as_deref(), Some("notes"));
/// ```
pub trait Emulated: Operation<Error = AmplifyBackendError> {
    /// Answers the operation from `store`, as the router's handler does.
    fn apply(self, store: &Store) -> Result<Self::Response>;
}

/// Each operation's handler function.
macro_rules! emulated {
    ($($handler:path => $op:path,)*) => {
        $(
            impl Emulated for $op {
                fn apply(self, store: &Store) -> Result<Self::Response> {
                    store.with(|state| $handler(state, self))
                }
            }
        )*
    };
}

emulated! {
    backend::create_backend => crate::backend::CreateBackend,
    backend::clone_backend => crate::backend::CloneBackend,
    backend::get_backend => crate::backend::GetBackend,
    backend::delete_backend => crate::backend::DeleteBackend,
    backend::remove_all_backends => crate::backend::RemoveAllBackends,
    api::create_backend_api => crate::api::CreateBackendAPI,
    api::get_backend_api => crate::api::GetBackendAPI,
    api::update_backend_api => crate::api::UpdateBackendAPI,
    api::delete_backend_api => crate::api::DeleteBackendAPI,
    api::generate_backend_api_models => crate::api::GenerateBackendAPIModels,
    api::get_backend_api_models => crate::api::GetBackendAPIModels,
    auth::create_backend_auth => crate::auth::CreateBackendAuth,
    auth::get_backend_auth => crate::auth::GetBackendAuth,
    auth::update_backend_auth => crate::auth::UpdateBackendAuth,
    auth::delete_backend_auth => crate::auth::DeleteBackendAuth,
    auth::import_backend_auth => crate::auth::ImportBackendAuth,
    storage::create_backend_storage => crate::storage::CreateBackendStorage,
    storage::get_backend_storage => crate::storage::GetBackendStorage,
    storage::update_backend_storage => crate::storage::UpdateBackendStorage,
    storage::delete_backend_storage => crate::storage::DeleteBackendStorage,
    storage::import_backend_storage => crate::storage::ImportBackendStorage,
    config::create_backend_config => crate::config::CreateBackendConfig,
    config::remove_backend_config => crate::config::RemoveBackendConfig,
    config::update_backend_config => crate::config::UpdateBackendConfig,
    token::create_token => crate::token::CreateToken,
    token::get_token => crate::token::GetToken,
    token::delete_token => crate::token::DeleteToken,
    job::get_backend_job => crate::job::GetBackendJob,
    job::list_backend_jobs => crate::job::ListBackendJobs,
    job::update_backend_job => crate::job::UpdateBackendJob,
    s3::list_s3_buckets => crate::s3::ListS3Buckets,
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
