//! Jobs: what the service answers for operations it runs in the background,
//! and the operations that read and update them.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;

/// Returns information about a specific job.
#[operation(GET, "/backend/<appId>/job/<backendEnvironmentName>/<jobId>",
    response = JobDetails, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBackendJob {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The ID for the job.
    pub job_id: String,
}

/// Lists the jobs for the backend of an Amplify app.
#[operation(POST, "/backend/<appId>/job/<backendEnvironmentName>",
    response = ListBackendJobsResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListBackendJobs {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// Only the job with this ID.
    pub job_id: Option<String>,
    /// The most jobs to return, from 1 to 25.
    pub max_results: Option<i32>,
    /// The token for the next set of results.
    pub next_token: Option<String>,
    /// Only the jobs of this operation.
    pub operation: Option<String>,
    /// Only the jobs with this status.
    pub status: Option<String>,
}

/// Updates a specific job.
#[operation(POST, "/backend/<appId>/job/<backendEnvironmentName>/<jobId>",
    response = JobDetails, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendJob {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The ID for the job.
    pub job_id: String,
    /// The new name of the job's operation.
    pub operation: Option<String>,
    /// The new status of the job.
    pub status: Option<String>,
}

/// The answer of an operation that runs as a job: which job, for which
/// operation, and its status.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The ID for the job.
    pub job_id: Option<String>,
    /// The name of the operation.
    pub operation: Option<String>,
    /// The current status of the request.
    pub status: Option<String>,
}

/// One job, as [`GetBackendJob`] and [`UpdateBackendJob`] answer.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobDetails {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// The time when the job was created.
    pub create_time: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The ID for the job.
    pub job_id: Option<String>,
    /// The name of the operation.
    pub operation: Option<String>,
    /// The current status of the job.
    pub status: Option<String>,
    /// The time when the job was last updated.
    pub update_time: Option<String>,
}

/// The answer of [`ListBackendJobs`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListBackendJobsResponse {
    /// The jobs and their properties.
    pub jobs: Option<Vec<BackendJobRespObj>>,
    /// The token for the next set of results.
    pub next_token: Option<String>,
}

/// One job in a [`ListBackendJobsResponse`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackendJobRespObj {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The time when the job was created.
    pub create_time: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The ID for the job.
    pub job_id: Option<String>,
    /// The name of the operation.
    pub operation: Option<String>,
    /// The current status of the job.
    pub status: Option<String>,
    /// The time when the job was last updated.
    pub update_time: Option<String>,
}
