// Input of the golden expansion test (`src/golden.rs`): a `#[shape]` union
// with a camelCase, a renamed and a timestamp member, and its operation.

/// What a job's record holds.
#[shape]
pub enum Record {
    /// A note.
    Note(String),
    #[serde(rename = "at")]
    Timestamp(opwire::Timestamp),
    Data(opwire::Blob),
}

#[operation(PUT, "/records/<id>", response = Record)]
pub struct PutRecord {
    pub id: u32,
    #[header("if-unmodified-since")]
    pub unmodified_since: Option<opwire::Timestamp>,
    pub record: Record,
}
