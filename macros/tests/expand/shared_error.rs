// Input of the golden expansion test (`src/golden.rs`): an operation whose
// errors are a shared error set, with a status and a name of its own.

/// Deletes a backend.
#[operation(POST, "/backend/<appId>/environments/<backendEnvironmentName>/remove",
    response = DeleteBackendResponse, error = AmplifyBackendError,
    status = 202, name = "DeleteBackend")]
pub struct RemoveBackend {
    pub app_id: String,
    pub backend_environment_name: String,
}
