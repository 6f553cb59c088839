// Input of the golden expansion test (`src/golden.rs`).

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
