//! Backend storage: the S3 buckets of an environment and who may use them,
//! created, imported, updated and removed.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;

/// Creates a backend storage resource.
#[operation(POST, "/backend/<appId>/storage",
    response = BackendStorageRespObj, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBackendStorage {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The resource configuration of the storage.
    pub resource_config: CreateBackendStorageResourceConfig,
    /// The name of the storage resource.
    pub resource_name: String,
}

/// Gets the details of a backend storage resource.
#[operation(POST, "/backend/<appId>/storage/<backendEnvironmentName>/details",
    response = GetBackendStorageResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackendStorage {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of the storage resource.
    pub resource_name: String,
}

/// Updates an existing backend storage resource.
#[operation(POST, "/backend/<appId>/storage/<backendEnvironmentName>",
    response = BackendStorageRespObj, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateBackendStorage {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The new resource configuration of the storage.
    pub resource_config: UpdateBackendStorageResourceConfig,
    /// The name of the storage resource.
    pub resource_name: String,
}

/// Removes a backend storage resource.
#[operation(POST, "/backend/<appId>/storage/<backendEnvironmentName>/remove",
    response = BackendStorageRespObj, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteBackendStorage {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of the storage resource.
    pub resource_name: String,
    /// The name of the storage service.
    pub service_name: ServiceName,
}

/// Imports an existing S3 bucket as a backend storage resource.
#[operation(POST, "/backend/<appId>/storage/<backendEnvironmentName>/import",
    response = BackendStorageRespObj, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportBackendStorage {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of the S3 bucket.
    pub bucket_name: Option<String>,
    /// The name of the storage service.
    pub service_name: ServiceName,
}

/// The answer of the storage operations that run as a job.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackendStorageRespObj {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// The ID for the job.
    pub job_id: Option<String>,
    /// The current status of the request.
    pub status: Option<String>,
}

/// The answer of [`GetBackendStorage`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackendStorageResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// The resource configuration of the storage.
    pub resource_config: Option<GetBackendStorageResourceConfig>,
    /// The name of the storage resource.
    pub resource_name: Option<String>,
}

/// The configuration of a new storage resource.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBackendStorageResourceConfig {
    /// The name of the S3 bucket.
    pub bucket_name: Option<String>,
    /// Who may do what with the bucket.
    pub permissions: BackendStoragePermissions,
    /// The name of the storage service.
    pub service_name: ServiceName,
}

/// The new configuration of a storage resource.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateBackendStorageResourceConfig {
    /// Who may do what with the bucket.
    pub permissions: BackendStoragePermissions,
    /// The name of the storage service.
    pub service_name: ServiceName,
}

/// The configuration of a storage resource, as [`GetBackendStorage`]
/// answers it.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBackendStorageResourceConfig {
    /// The name of the S3 bucket.
    pub bucket_name: Option<String>,
    /// Whether the storage resource was imported.
    pub imported: bool,
    /// Who may do what with the bucket.
    pub permissions: Option<BackendStoragePermissions>,
    /// The name of the storage service.
    pub service_name: ServiceName,
}

/// What signed-in and guest users may do with a storage bucket.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackendStoragePermissions {
    /// What signed-in users may do.
    pub authenticated: Vec<AuthenticatedElement>,
    /// What guests may do.
    pub un_authenticated: Option<Vec<UnAuthenticatedElement>>,
}

/// What signed-in users may do with a bucket.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthenticatedElement {
    /// `READ`.
    Read,
    /// `CREATE_AND_UPDATE`.
    CreateAndUpdate,
    /// `DELETE`.
    Delete,
}

/// What guests may do with a bucket.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnAuthenticatedElement {
    /// `READ`.
    Read,
    /// `CREATE_AND_UPDATE`.
    CreateAndUpdate,
    /// `DELETE`.
    Delete,
}

/// The storage service.
#[shape]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceName {
    /// `S3`.
    S3,
}
