//! Doc comments as data: what `///` says of an operation and its fields is
//! in `Operation::DOC`, `FieldInfo::doc` and `OperationInfo::doc`, for
//! documentation generated from the declaration.

use opwire::{Location, Operation, OperationInfo, operation};

/// Gets a backend job.
///
/// Returns the job's status and its operation.
#[operation(GET, "/backend/<appId>/job/<backendEnvironmentName>/<jobId>")]
pub struct GetBackendJob {
    /// The app ID.
    pub app_id: String,
    ///The name of the backend environment.
    pub backend_environment_name: String,
    /// The ID for the job.
    ///   (Indented continuation lines keep their indent.)
    pub job_id: String,
    #[query("maxResults")]
    pub max_results: Option<u32>,
}

#[test]
fn the_structs_doc_comment_is_the_operations_doc() {
    assert_eq!(
        GetBackendJob::DOC,
        "Gets a backend job.\n\nReturns the job's status and its operation."
    );
    assert_eq!(OperationInfo::of::<GetBackendJob>().doc, GetBackendJob::DOC);
}

#[test]
fn each_fields_doc_comment_is_its_field_infos_doc() {
    let docs: Vec<(&str, Location, &str)> = GetBackendJob::FIELDS
        .iter()
        .map(|field| (field.wire, field.location, field.doc))
        .collect();
    assert_eq!(
        docs,
        [
            ("appId", Location::Path, "The app ID."),
            (
                "backendEnvironmentName",
                Location::Path,
                "The name of the backend environment."
            ),
            (
                "jobId",
                Location::Path,
                "The ID for the job.\n  (Indented continuation lines keep their indent.)"
            ),
            ("maxResults", Location::Query, ""),
        ]
    );
}

#[test]
fn an_undocumented_operation_has_an_empty_doc() {
    #[operation(POST, "/ping")]
    pub struct Ping {}
    assert_eq!(Ping::DOC, "");
}
