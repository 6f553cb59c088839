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

fn five() -> u32 {
    5
}

fn is_five(value: &u32) -> bool {
    *value == 5
}

mod as_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u32, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// Members with `default = "…"` and `skip_serializing_if`: impls written by
/// opwire.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    #[serde(default = "five", skip_serializing_if = "is_five")]
    pub max_results: u32,
    #[serde(default)]
    pub names: Vec<String>,
}

/// A member with `with`: serde's derive, behind the same attribute.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct Counted {
    #[serde(with = "as_text")]
    pub count: u32,
    pub label: Option<String>,
}

#[test]
fn defaults_and_skips_are_honoured() {
    let limits: Limits = serde_json::from_str("{}").unwrap();
    assert_eq!(
        limits,
        Limits {
            max_results: 5,
            names: vec![]
        }
    );
    assert_eq!(serde_json::to_string(&limits).unwrap(), r#"{"names":[]}"#);
    let limits = Limits {
        max_results: 7,
        names: vec!["a".into()],
    };
    let text = serde_json::to_string(&limits).unwrap();
    assert_eq!(text, r#"{"maxResults":7,"names":["a"]}"#);
    assert_eq!(serde_json::from_str::<Limits>(&text).unwrap(), limits);
    let members: Vec<(&str, bool)> = Limits::MEMBERS
        .iter()
        .map(|m| (m.wire, m.required))
        .collect();
    assert_eq!(members, [("maxResults", false), ("names", false)]);
}

#[test]
fn serde_only_attributes_fall_back_to_the_derive() {
    let counted = Counted {
        count: 3,
        label: None,
    };
    let text = serde_json::to_string(&counted).unwrap();
    assert_eq!(text, r#"{"count":"3"}"#);
    assert_eq!(serde_json::from_str::<Counted>(&text).unwrap(), counted);
}

#[test]
fn structures_are_objects_never_lists() {
    let err = serde_json::from_str::<Job>(r#"["j1"]"#).unwrap_err();
    assert!(err.to_string().contains("expected a JSON object"), "{err}");
    let err = serde_json::from_str::<Job>(r#"{"jobId":"a","jobId":"b"}"#).unwrap_err();
    assert!(err.to_string().contains("duplicate field `jobId`"), "{err}");
    let err = serde_json::from_str::<Job>(r#"{"status":"DONE"}"#).unwrap_err();
    assert!(err.to_string().contains("unknown variant `DONE`"), "{err}");
}

/// A union: exactly one member on the wire, named in camelCase.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub enum Contents {
    StringValue(String),
    NumberValue(i32),
    #[serde(rename = "job")]
    JobValue(Job),
    Data(opwire::Blob),
}

#[test]
fn a_union_is_an_object_of_its_one_member() {
    let text = Contents::StringValue("foo".into());
    assert_eq!(
        serde_json::to_string(&text).unwrap(),
        r#"{"stringValue":"foo"}"#
    );
    let data = Contents::Data(opwire::Blob::from("foo"));
    assert_eq!(serde_json::to_string(&data).unwrap(), r#"{"data":"Zm9v"}"#);
    for value in [text, data, Contents::NumberValue(-3)] {
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(serde_json::from_str::<Contents>(&json).unwrap(), value);
    }
    // A `__type` member, which some services add, is skipped.
    let typed = r#"{"__type":"aws.protocoltests#Contents","job":{"jobId":"j1","tags":[]}}"#;
    let job = serde_json::from_str::<Contents>(typed).unwrap();
    assert!(matches!(job, Contents::JobValue(Job { ref job_id, .. }) if job_id == "j1"));
    let wires: Vec<_> = Contents::MEMBERS
        .iter()
        .map(|m| (m.wire, m.required))
        .collect();
    assert_eq!(
        wires,
        [
            ("stringValue", false),
            ("numberValue", false),
            ("job", false),
            ("data", false)
        ]
    );
}

#[test]
fn a_union_with_no_member_two_or_an_unknown_one_is_refused_by_name() {
    let error = |json: &str| {
        serde_json::from_str::<Contents>(json)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        error("{}"),
        "the union `Contents` needs one member, one of `stringValue`, `numberValue`, `job`, `data` at line 1 column 2"
    );
    assert_eq!(
        error(r#"{"stringValue":"a","numberValue":1}"#),
        "the union `Contents` holds one member, not both `stringValue` and `numberValue` at line 1 column 32"
    );
    assert_eq!(
        error(r#"{"colour":"red"}"#),
        "unknown member `colour` of the union `Contents`, expected one of `stringValue`, `numberValue`, `job`, `data` at line 1 column 9"
    );
    assert_eq!(
        error(r#"{"data":"not base64!"}"#),
        "expected base64 text (the standard alphabet, padded) at line 1 column 21"
    );
}

/// An operation whose body is a string enum's value as text.
#[operation(PUT, "/jobs/<jobId>/status")]
#[derive(Debug, Clone, PartialEq)]
pub struct PutStatus {
    pub job_id: String,
    #[payload]
    pub status: Option<Status>,
}

#[test]
fn a_string_enum_payload_is_its_value_as_text_and_an_unknown_one_is_a_400() {
    let op = PutStatus {
        job_id: "j1".into(),
        status: Some(Status::InProgress),
    };
    let request = op.to_request().unwrap();
    assert_eq!(request.body().as_ref(), b"IN_PROGRESS");
    assert_eq!(request.headers()["content-type"], "text/plain");
    assert_eq!(PutStatus::from_request(&request).unwrap(), op);

    let absent = PutStatus { status: None, ..op };
    let request = absent.to_request().unwrap();
    assert!(request.body().is_empty() && request.headers().get("content-type").is_none());
    assert_eq!(PutStatus::from_request(&request).unwrap(), absent);

    let unknown = http::Request::put("/jobs/j1/status")
        .body(bytes::Bytes::from_static(b"PAUSED"))
        .unwrap();
    let err = PutStatus::from_request(&unknown).unwrap_err();
    assert_eq!(err.status(), 400);
    assert_eq!(
        err.message(),
        "Invalid request body: unknown value `PAUSED`, expected one of `IN_PROGRESS`, `COMPLETED`, `FAILED_AGAIN`"
    );
}
