//! Jobs.

use opwire::Context;

use super::{Result, page};
use crate::Store;
use crate::errors::AmplifyBackendError;
use crate::job::{
    BackendJobRespObj, GetBackendJob, JobDetails, ListBackendJobs, ListBackendJobsResponse,
    MaxResults, UpdateBackendJob,
};
use crate::store::{App, Job, now};

/// Answers [`GetBackendJob`] from the store.
pub async fn get_backend_job(op: GetBackendJob, cx: Context<Store>) -> Result<JobDetails> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        let job = find(app, &op.backend_environment_name, &op.job_id)?;
        Ok(details(job))
    })
}

/// The environment's jobs, oldest first, filtered and paged.
/// Answers [`ListBackendJobs`] from the store.
pub async fn list_backend_jobs(
    op: ListBackendJobs,
    cx: Context<Store>,
) -> Result<ListBackendJobsResponse> {
    cx.state().with(|state| {
        // The range is `MaxResults`'s: a value outside it does not decode.
        let size = op.max_results.map_or(MaxResults::MAX, MaxResults::get);
        let app = state.app(&op.app_id)?;
        let env = op.backend_environment_name.as_str();
        let in_env = |job: &&Job| job.environment.as_deref() == Some(env);
        // An environment deleted since still has its jobs.
        if !app.environments.contains_key(env) && !app.jobs.iter().any(|job| in_env(&job)) {
            app.environment(env)?;
        }
        let matches =
            |wanted: &Option<String>, value: &str| wanted.as_deref().is_none_or(|w| w == value);
        let jobs: Vec<BackendJobRespObj> = app
            .jobs
            .iter()
            .filter(in_env)
            .filter(|job| matches(&op.job_id, &job.id))
            .filter(|job| matches(&op.operation, &job.operation))
            .filter(|job| matches(&op.status, &job.status))
            .map(listed)
            .collect();
        let size = usize::try_from(size).unwrap_or(1);
        // The same filters list the same jobs: a token is good for them only.
        let listing = format!(
            "jobs {:?} {env:?} {:?} {:?} {:?}",
            op.app_id, op.job_id, op.operation, op.status
        );
        let (jobs, next_token) = page(
            &state.tokens,
            &listing,
            jobs,
            op.next_token.as_deref(),
            size,
        )?;
        Ok(ListBackendJobsResponse {
            jobs: Some(jobs),
            next_token,
        })
    })
}

/// Sets the operation and status given, and the update time.
/// Answers [`UpdateBackendJob`] from the store.
pub async fn update_backend_job(op: UpdateBackendJob, cx: Context<Store>) -> Result<JobDetails> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        let job = find(app, &op.backend_environment_name, &op.job_id)?;
        if let Some(operation) = op.operation {
            job.operation = operation;
        }
        if let Some(status) = op.status {
            job.status = status;
        }
        job.update_time = now();
        Ok(details(job))
    })
}

fn find<'a>(app: &'a mut App, env: &str, job_id: &str) -> Result<&'a mut Job> {
    let app_id = app.id.clone();
    app.jobs
        .iter_mut()
        .find(|job| job.id == job_id && job.environment.as_deref() == Some(env))
        .ok_or_else(|| {
            AmplifyBackendError::not_found(
                "job",
                format!("No job `{job_id}` in backend environment `{env}` of app `{app_id}`"),
            )
        })
}

fn details(job: &Job) -> JobDetails {
    JobDetails {
        app_id: Some(job.app_id.clone()),
        backend_environment_name: job.environment.clone(),
        create_time: Some(job.create_time.clone()),
        error: None,
        job_id: Some(job.id.clone()),
        operation: Some(job.operation.clone()),
        status: Some(job.status.clone()),
        update_time: Some(job.update_time.clone()),
    }
}

fn listed(job: &Job) -> BackendJobRespObj {
    BackendJobRespObj {
        app_id: job.app_id.clone(),
        backend_environment_name: job.environment.clone().unwrap_or_default(),
        create_time: Some(job.create_time.clone()),
        error: None,
        job_id: Some(job.id.clone()),
        operation: Some(job.operation.clone()),
        status: Some(job.status.clone()),
        update_time: Some(job.update_time.clone()),
    }
}
