// Input of the golden expansion test (`src/golden.rs`): a GET with a
// query field, a header field and a greedy label.

/// Reads an object.
#[operation(GET, "/buckets/<bucket>/objects/<key..>", response = Object)]
pub struct GetObject {
    pub bucket: String,
    pub key: String,
    #[query("versionId")]
    pub version_id: Option<String>,
    #[query("part")]
    pub parts: Vec<u32>,
    #[header("x-amz-request-payer")]
    pub request_payer: Option<String>,
}
