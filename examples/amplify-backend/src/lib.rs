//! The AWS AmplifyBackend API (version 2020-08-11), declared with opwire:
//! its 31 operations, one module per resource, and an in-memory emulator of
//! the service, [`router`] over a [`Store`], and the local server that
//! `cargo run -p amplify-backend` starts ([`serve`](mod@serve)).
//!
//! Every operation answers the shared [`AmplifyBackendError`]. The
//! declarations follow the API model in `model/` (botocore's
//! `service-2.json`), and `tests/model.rs` checks each against it: method,
//! path, JSON wire names, required fields, enum values, errors.
//!
//! ```
//! use amplify_backend::backend::CreateBackend;
//! use amplify_backend::s3::ListS3Buckets;
//! use amplify_backend::storage::{ImportBackendStorage, ServiceName};
//! use amplify_backend::{Store, router};
//! use opwire::Operation;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let service = router(Store::new());
//!
//! let create = CreateBackend {
//!     app_id: "d1a2b3".into(),
//!     app_name: "notes".into(),
//!     backend_environment_name: "dev".into(),
//!     ..CreateBackend::default()
//! };
//! let response = service.dispatch(create.to_request().unwrap()).await;
//! let job = CreateBackend::parse_response(&response).unwrap();
//! assert_eq!(job.status.as_deref(), Some("COMPLETED"));
//!
//! let import = ImportBackendStorage {
//!     app_id: "d1a2b3".into(),
//!     backend_environment_name: "dev".into(),
//!     bucket_name: Some("notes-media".into()),
//!     service_name: ServiceName::S3,
//! };
//! let request = import.to_request().unwrap();
//! assert_eq!(request.uri(), "/backend/d1a2b3/storage/dev/import");
//! service.dispatch(request).await;
//!
//! let list = ListS3Buckets { next_token: None };
//! let response = service.dispatch(list.to_request().unwrap()).await;
//! let buckets = ListS3Buckets::parse_response(&response).unwrap().buckets.unwrap();
//! assert_eq!(buckets[0].name.as_deref(), Some("notes-media"));
//! # });
//! ```

pub mod api;
pub mod auth;
pub mod backend;
#[cfg(feature = "server")]
pub mod cli;
pub mod config;
#[cfg(feature = "server")]
pub mod document;
pub mod errors;
pub mod job;
pub mod s3;
#[cfg(feature = "server")]
pub mod serve;
pub mod storage;
pub mod token;

pub mod handlers;
mod store;

pub use errors::AmplifyBackendError;
pub use handlers::router;
#[cfg(feature = "server")]
pub use serve::serve;
pub use store::Store;

/// Calls the macro `$callback!` with the paths of all 31 operations,
/// separated by commas, so that code generic over [`opwire::Operation`] can
/// run for each of them.
///
/// ```
/// macro_rules! names {
///     ($($op:path),* $(,)?) => {
///         [$(<$op as opwire::Operation>::NAME),*]
///     };
/// }
/// let names = amplify_backend::for_each_operation!(names);
/// assert_eq!(names.len(), 31);
/// assert!(names.contains(&"ImportBackendStorage"));
/// ```
#[macro_export]
macro_rules! for_each_operation {
    ($callback:ident) => {
        $callback! {
            $crate::backend::CloneBackend,
            $crate::backend::CreateBackend,
            $crate::backend::DeleteBackend,
            $crate::backend::GetBackend,
            $crate::backend::RemoveAllBackends,
            $crate::api::CreateBackendAPI,
            $crate::api::DeleteBackendAPI,
            $crate::api::GenerateBackendAPIModels,
            $crate::api::GetBackendAPI,
            $crate::api::GetBackendAPIModels,
            $crate::api::UpdateBackendAPI,
            $crate::auth::CreateBackendAuth,
            $crate::auth::DeleteBackendAuth,
            $crate::auth::GetBackendAuth,
            $crate::auth::ImportBackendAuth,
            $crate::auth::UpdateBackendAuth,
            $crate::storage::CreateBackendStorage,
            $crate::storage::DeleteBackendStorage,
            $crate::storage::GetBackendStorage,
            $crate::storage::ImportBackendStorage,
            $crate::storage::UpdateBackendStorage,
            $crate::config::CreateBackendConfig,
            $crate::config::RemoveBackendConfig,
            $crate::config::UpdateBackendConfig,
            $crate::token::CreateToken,
            $crate::token::DeleteToken,
            $crate::token::GetToken,
            $crate::job::GetBackendJob,
            $crate::job::ListBackendJobs,
            $crate::job::UpdateBackendJob,
            $crate::s3::ListS3Buckets,
        }
    };
}

/// The declarations of all 31 operations, as data.
pub fn operations() -> Vec<opwire::OperationInfo> {
    macro_rules! infos {
        ($($op:path),* $(,)?) => {
            vec![$(opwire::OperationInfo::of::<$op>()),*]
        };
    }
    for_each_operation!(infos)
}
