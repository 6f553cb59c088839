//! ImportBackendStorage, declared exactly as its reference page documents it
//! (API Gateway's `prod` stage, the page's error names).

use opwire::operation;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceName {
    S3,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackendStorageRespObj {
    pub app_id: Option<String>,
    pub backend_environment_name: Option<String>,
    pub job_id: Option<String>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BadRequestException {
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotFoundException {
    pub message: Option<String>,
    pub resource_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LimitExceededException {
    pub message: Option<String>,
    pub limit_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InternalServiceException {
    pub message: Option<String>,
}

/// Imports an existing backend storage resource.
#[operation(POST, "/prod/backend/<appId>/storage/<backendEnvironmentName>/import",
    response = BackendStorageRespObj,
    errors(400 = BadRequestException, 404 = NotFoundException,
           429 = LimitExceededException, 504 = InternalServiceException))]
#[derive(Debug, Clone, PartialEq)]
pub struct ImportBackendStorage {
    pub app_id: String,
    pub backend_environment_name: String,
    pub bucket_name: Option<String>,
    pub service_name: ServiceName,
}
