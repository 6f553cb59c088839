//! S3 buckets: those an app's storage can import.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;

/// The most buckets one [`ListS3Buckets`] answer of the emulator lists;
/// its `nextToken` names the next page.
pub const BUCKETS_PAGE: usize = 50;

/// Lists the S3 buckets in the account.
#[operation(POST, "/s3Buckets", response = ListS3BucketsResponse, error = AmplifyBackendError,
    paginate(input_token = next_token, output_token = next_token,
        items = buckets, item = S3BucketInfo))]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListS3Buckets {
    /// The token of the page to list (the first page without one).
    pub next_token: Option<String>,
}

/// The answer of [`ListS3Buckets`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListS3BucketsResponse {
    /// The S3 buckets.
    pub buckets: Option<Vec<S3BucketInfo>>,
    /// The token of the next page, when there is one.
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
