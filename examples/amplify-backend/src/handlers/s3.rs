//! S3 buckets.

use opwire::Context;

use super::{Result, page};
use crate::Store;
use crate::s3::{BUCKETS_PAGE, ListS3Buckets, ListS3BucketsResponse, S3BucketInfo};

/// Answers [`ListS3Buckets`] from the store: the buckets storage imports
/// named, by name, [`BUCKETS_PAGE`] at a time.
pub async fn list_s3_buckets(
    op: ListS3Buckets,
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
        let (buckets, next_token) = page(
            &state.tokens,
            "buckets",
            buckets,
            op.next_token.as_deref(),
            BUCKETS_PAGE,
        )?;
        Ok(ListS3BucketsResponse {
            buckets: Some(buckets),
            next_token,
        })
    })
}
