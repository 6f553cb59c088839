//! Jobs: what the service answers for operations it runs in the background,
//! and the operations that read and update them.

use std::fmt;

use opwire::{Describe, Schema, operation, shape};
use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

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
    response = ListBackendJobsResponse, error = AmplifyBackendError,
    paginate(input_token = next_token, output_token = next_token,
        items = jobs, item = BackendJobRespObj, page_size = max_results))]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListBackendJobs {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// Only the job with this ID.
    pub job_id: Option<String>,
    /// The most jobs to return, from 1 to 25.
    pub max_results: Option<MaxResults>,
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

/// How many jobs one page of [`ListBackendJobs`] holds: from 1 to 25, as the
/// model bounds `maxResults`. A value out of range does not decode: the
/// server answers 400 naming the member, and the OpenAPI document states
/// the range (the [`Describe`] schema below).
///
/// ```
/// use amplify_backend::job::MaxResults;
///
/// assert_eq!(MaxResults::new(25).map(MaxResults::get), Some(25));
/// assert_eq!(MaxResults::new(26), None);
/// let five: MaxResults = serde_json::from_str("5.0").unwrap();
/// assert_eq!(five.get(), 5);
/// assert!(serde_json::from_str::<MaxResults>("0").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MaxResults(i32);

impl MaxResults {
    /// The smallest page.
    pub const MIN: i32 = 1;
    /// The largest page, and the size of a page when none is asked for.
    pub const MAX: i32 = 25;

    /// `n`, if it is from [`MIN`](Self::MIN) to [`MAX`](Self::MAX).
    pub const fn new(n: i32) -> Option<Self> {
        if n >= Self::MIN && n <= Self::MAX {
            Some(MaxResults(n))
        } else {
            None
        }
    }

    /// The number.
    pub const fn get(self) -> i32 {
        self.0
    }
}

impl Describe for MaxResults {
    const SCHEMA: Schema = Schema::Integer {
        format: "int32",
        minimum: MaxResults::MIN as i128,
        maximum: MaxResults::MAX as i128,
    };
}

impl Serialize for MaxResults {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.0)
    }
}

impl<'de> Deserialize<'de> for MaxResults {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A number of any kind comes to the visitor (serde_json visits a
        // float too); anything else is refused before it is read, so the
        // error points at the member.
        deserializer.deserialize_i64(Bounded)
    }
}

/// Whole numbers from 1 to 25; `5.0` too, which JSON Schema counts as the
/// integer 5.
struct Bounded;

impl Visitor<'_> for Bounded {
    type Value = MaxResults;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a whole number from {} to {}",
            MaxResults::MIN,
            MaxResults::MAX
        )
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<MaxResults, E> {
        i32::try_from(n)
            .ok()
            .and_then(MaxResults::new)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(n), &self))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<MaxResults, E> {
        i32::try_from(n)
            .ok()
            .and_then(MaxResults::new)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(n), &self))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<MaxResults, E> {
        let whole =
            n.fract() == 0.0 && n >= f64::from(MaxResults::MIN) && n <= f64::from(MaxResults::MAX);
        // Exact when in range and whole (and saturating, unused, otherwise).
        whole
            .then_some(MaxResults(n as i32))
            .ok_or_else(|| E::invalid_value(Unexpected::Float(n), &self))
    }
}
