//! S3 buckets.

use super::Result;
use crate::s3::{ListS3Buckets, ListS3BucketsResponse, S3BucketInfo};
use crate::store::State;

/// Every bucket a storage import named, by name (`nextToken` is reserved by
/// the model and ignored).
pub(super) fn list_s3_buckets(
    state: &mut State,
    _: ListS3Buckets,
) -> Result<ListS3BucketsResponse> {
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
}
