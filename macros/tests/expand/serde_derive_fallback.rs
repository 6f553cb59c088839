// Input of the golden expansion test (`src/golden.rs`): a `#[shape]` whose
// `#[serde(with)]` member needs serde's derive.

/// A job with its times in a format of its own.
#[shape]
pub struct Timed {
    pub job_id: String,
    #[serde(with = "epoch_seconds")]
    pub created: u64,
}
