//! Backends: an Amplify app's backend environments, created, cloned,
//! described and removed.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;
use crate::job::JobResponse;

/// Creates a backend for an Amplify app.
#[operation(POST, "/backend", response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateBackend {
    /// The app ID.
    pub app_id: String,
    /// The name of the app.
    pub app_name: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The resource configuration for creating a backend.
    pub resource_config: Option<ResourceConfig>,
    /// The name of the resource.
    pub resource_name: Option<String>,
}

/// Clones an existing backend environment into a new one.
#[operation(POST, "/backend/<appId>/environments/<backendEnvironmentName>/clone",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CloneBackend {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment to clone.
    pub backend_environment_name: String,
    /// The name of the backend environment to create.
    pub target_environment_name: String,
}

/// Provides project-level details for an Amplify app.
#[operation(POST, "/backend/<appId>/details",
    response = GetBackendResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackend {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
}

/// Removes an existing environment from an Amplify project.
#[operation(POST, "/backend/<appId>/environments/<backendEnvironmentName>/remove",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeleteBackend {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
}

/// Removes all backend environments from an Amplify project.
#[operation(POST, "/backend/<appId>/remove",
    response = RemoveAllBackendsResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoveAllBackends {
    /// The app ID.
    pub app_id: String,
    /// Also removes the Amplify app itself when `true`.
    pub clean_amplify_app: Option<bool>,
}

/// The resource configuration for creating a backend (no fields yet).
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResourceConfig {}

/// The answer of [`GetBackend`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackendResponse {
    /// A stringified version of the cli.json file of the project.
    pub amplify_feature_flags: Option<String>,
    /// A stringified version of the current configs of the project.
    pub amplify_meta_config: Option<String>,
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the app.
    pub app_name: Option<String>,
    /// The names of the app's backend environments.
    pub backend_environment_list: Option<Vec<String>>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// If the request failed, this is the returned error.
    pub error: Option<String>,
}

/// The answer of [`RemoveAllBackends`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoveAllBackendsResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The ID for the job.
    pub job_id: Option<String>,
    /// The name of the operation.
    pub operation: Option<String>,
    /// The current status of the request.
    pub status: Option<String>,
}
