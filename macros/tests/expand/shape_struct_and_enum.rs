// Input of the golden expansion test (`src/golden.rs`): a `#[shape]`
// structure with a renamed, a defaulted and an optional member, and a
// `#[shape]` enumeration.

/// A storage resource.
#[shape]
pub struct Storage {
    /// The bucket.
    pub bucket_name: Option<String>,
    #[serde(rename = "serviceName")]
    pub service: ServiceName,
    #[serde(default)]
    pub imported: bool,
}

/// The name of the storage service.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ServiceName {
    S3,
    ElasticFileSystem,
}
