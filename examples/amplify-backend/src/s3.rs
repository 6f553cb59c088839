//! S3 buckets: those an app's storage can import.

use opwire::operation;
use serde::{Deserialize, Serialize};

use crate::errors::AmplifyBackendError;

/// Lists the S3 buckets in the account.
#[operation(POST, "/s3Buckets", response = ListS3BucketsResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListS3Buckets {
    /// Reserved for future use.
    pub next_token: Option<String>,
}

/// The answer of [`ListS3Buckets`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListS3BucketsResponse {
    /// The S3 buckets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buckets: Option<Vec<S3BucketInfo>>,
    /// Reserved for future use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// An S3 bucket.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct S3BucketInfo {
    /// When the bucket was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<String>,
    /// The name of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
