//! S3 buckets: those an app's storage can import.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;

/// Lists the S3 buckets in the account.
#[operation(POST, "/s3Buckets", response = ListS3BucketsResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListS3Buckets {
    /// Reserved for future use.
    pub next_token: Option<String>,
}

/// The answer of [`ListS3Buckets`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListS3BucketsResponse {
    /// The S3 buckets.
    pub buckets: Option<Vec<S3BucketInfo>>,
    /// Reserved for future use.
    pub next_token: Option<String>,
}

/// An S3 bucket.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct S3BucketInfo {
    /// When the bucket was created.
    pub creation_date: Option<String>,
    /// The name of the bucket.
    pub name: Option<String>,
}
