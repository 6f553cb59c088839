//! S3 buckets.

use opwire::Context;

use super::Result;
use crate::Store;
use crate::s3::{ListS3Buckets, ListS3BucketsResponse, S3BucketInfo};

/// Answers [`ListS3Buckets`] from the store: every bucket a storage import
/// named, by name (`nextToken` is reserved by the model and ignored).
pub async fn list_s3_buckets(
    _: ListS3Buckets,
    cx: Context<Store>,
) -> Result<ListS3BucketsResponse> {
    cx.state().with(|state| {
        let buckets = state
            .buckets
            .iter()
            .map(|(name, created)| S3BucketInfo {
                creation_date: Some(created.clone()),
                name: Some(name.clone()),
            })
            .collect();
        Ok(ListS3BucketsResponse {
            buckets: Some(buckets),
            next_token: None,
        })
    })
}
