//! ImportBackendStorage, declared exactly as its reference page documents it
//! (`tests/data/seed/ImportBackendStorage-reference.txt`): API Gateway's
//! `prod` stage, the page's error names and descriptions. The example and
//! the `opwire-tests` crate both include this file.

use opwire::{operation, shape};

/// The name of the storage service.
#[shape]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceName {
    /// Amazon S3.
    S3,
}

/// The response object for this operation.
#[shape]
#[derive(Debug, Clone, PartialEq)]
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

/// An error returned if a request is not formed properly.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct BadRequestException {
    /// An error message to inform that the request failed.
    pub message: Option<String>,
}

/// An error returned when a specific resource type is not found.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct NotFoundException {
    /// An error message to inform that the request has failed.
    pub message: Option<String>,
    /// The type of resource that is not found.
    pub resource_type: Option<String>,
}

/// An error that is returned when a limit of a specific type has been
/// exceeded.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct LimitExceededException {
    /// An error message to inform that the request has failed.
    pub message: Option<String>,
    /// The type of limit that was exceeded.
    pub limit_type: Option<String>,
}

/// An error returned if there's a temporary issue with the service.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct InternalServiceException {
    /// An error message to inform that the request failed.
    pub message: Option<String>,
}

/// Import a storage resource into your Amplify app backend.
///
/// Imports an existing backend storage resource.
#[operation(POST, "/prod/backend/<appId>/storage/<backendEnvironmentName>/import",
    response = BackendStorageRespObj,
    errors(400 = BadRequestException, 404 = NotFoundException,
           429 = LimitExceededException, 504 = InternalServiceException))]
#[derive(Debug, Clone, PartialEq)]
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
