//! `#[shape]`: nested structures and string enums with the wire rules of
//! operation bodies, and their metadata.

use opwire::{Location, Operation, Shape, operation, shape};

/// A string enum with the model's values.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    InProgress,
    Completed,
    #[serde(rename = "FAILED_AGAIN")]
    Failed,
}

/// A nested structure: camelCase members, `None` omitted, serde attributes kept.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub job_id: String,
    pub status: Option<Status>,
    #[serde(rename = "MFAMode")]
    pub mfa_mode: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[operation(POST, "/jobs/<jobId>", response = Job)]
#[derive(Debug, Clone, PartialEq)]
pub struct PutJob {
    pub job_id: Status,
    pub job: Job,
}

#[test]
fn structures_follow_the_body_rules() {
    let job = Job {
        job_id: "j1".into(),
        status: Some(Status::InProgress),
        mfa_mode: None,
        tags: vec![],
    };
    assert_eq!(
        serde_json::to_string(&job).unwrap(),
        r#"{"jobId":"j1","status":"IN_PROGRESS","tags":[]}"#
    );
    let back: Job = serde_json::from_str(r#"{"jobId":"j1","MFAMode":"ON"}"#).unwrap();
    assert_eq!(back.mfa_mode.as_deref(), Some("ON"));
    assert!(back.tags.is_empty());
}

#[test]
fn members_and_values_are_data() {
    let members: Vec<(&str, bool)> = Job::MEMBERS.iter().map(|m| (m.wire, m.required)).collect();
    assert_eq!(
        members,
        [
            ("jobId", true),
            ("status", false),
            ("MFAMode", false),
            ("tags", false)
        ]
    );
    assert!(Job::MEMBERS.iter().all(|m| m.location == Location::Body));
    assert_eq!(Status::VALUES, ["IN_PROGRESS", "COMPLETED", "FAILED_AGAIN"]);
    assert!(Status::MEMBERS.is_empty());
    assert_eq!(Job::NAME, "Job");
}

#[test]
fn enums_display_and_parse_their_wire_values() {
    assert_eq!(Status::Failed.to_string(), "FAILED_AGAIN");
    assert_eq!("COMPLETED".parse::<Status>(), Ok(Status::Completed));
    let err = "Completed".parse::<Status>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown value `Completed`, expected one of `IN_PROGRESS`, `COMPLETED`, `FAILED_AGAIN`"
    );
}

#[test]
fn shape_enums_are_path_labels_too() {
    let op = PutJob {
        job_id: Status::Completed,
        job: Job {
            job_id: "j".into(),
            status: None,
            mfa_mode: None,
            tags: vec!["a".into()],
        },
    };
    let request = op.to_request().unwrap();
    assert_eq!(request.uri(), "/jobs/COMPLETED");
    assert_eq!(
        request.body().as_ref(),
        br#"{"job":{"jobId":"j","tags":["a"]}}"#
    );
    assert_eq!(PutJob::from_request(&request).unwrap(), op);

    let bad = http::Request::post("/jobs/DONE")
        .header("content-type", "application/json")
        .body(bytes::Bytes::from_static(br#"{"job":{"jobId":"j"}}"#))
        .unwrap();
    let err = PutJob::from_request(&bad).unwrap_err();
    assert_eq!(err.field(), Some("jobId"));
    assert!(
        err.message().contains("unknown value `DONE`"),
        "{}",
        err.message()
    );
}
