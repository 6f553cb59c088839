//! JSON bodies: exact bytes on the wire, wire names, serde attributes,
//! omitted `None`s, ignored unknown members, and body-less operations.

use opwire::{Empty, Location, Operation, RequestErrorKind, operation};
use opwire_tests::import;
use opwire_tests::seed::{ImportBackendStorage, ServiceName};
use serde::{Deserialize, Serialize};

fn post(path: &str, body: &'static str) -> http::Request<bytes::Bytes> {
    http::Request::post(path)
        .header("content-type", "application/json")
        .body(bytes::Bytes::from_static(body.as_bytes()))
        .unwrap()
}

#[test]
fn the_seed_body_is_exactly_the_documented_json() {
    let request = import("app1", "prod").to_request().unwrap();
    assert_eq!(request.method(), http::Method::POST);
    assert_eq!(request.uri(), "/prod/backend/app1/storage/prod/import");
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(
        request.body().as_ref(),
        br#"{"bucketName":"my-bucket","serviceName":"S3"}"#
    );
}

#[test]
fn none_members_are_omitted() {
    let mut op = import("app1", "prod");
    op.bucket_name = None;
    let request = op.to_request().unwrap();
    assert_eq!(request.body().as_ref(), br#"{"serviceName":"S3"}"#);
}

#[test]
fn unknown_members_are_ignored_and_missing_options_are_none() {
    let request = post(
        "/prod/backend/a/storage/b/import",
        r#"{"serviceName":"S3","extra":{"deep":[1,2,3]},"bucketName":null}"#,
    );
    let op = ImportBackendStorage::from_request(&request).unwrap();
    assert_eq!(op.bucket_name, None);
    assert_eq!(op.service_name, ServiceName::S3);
}

#[test]
fn body_errors_name_the_member_and_what_was_expected() {
    let cases = [
        (
            r#"{"bucketName":"b"}"#,
            RequestErrorKind::InvalidBody,
            Some("serviceName"),
            "missing field `serviceName`",
        ),
        (
            r#"{"serviceName":"S4"}"#,
            RequestErrorKind::InvalidBody,
            Some("serviceName"),
            "unknown variant `S4`, expected `S3`",
        ),
        (
            r#"{"serviceName":"S3","bucketName":5}"#,
            RequestErrorKind::InvalidBody,
            Some("bucketName"),
            "expected a string",
        ),
        (
            r#"["S3"]"#,
            RequestErrorKind::InvalidBody,
            None,
            "expected a JSON object",
        ),
        (
            r#"{"serviceName":"S3""#,
            RequestErrorKind::MalformedBody,
            None,
            "Malformed JSON body",
        ),
        (
            r#"{"serviceName":"S3"} x"#,
            RequestErrorKind::MalformedBody,
            None,
            "trailing characters",
        ),
    ];
    for (body, kind, field, needle) in cases {
        let err =
            ImportBackendStorage::from_request(&post("/prod/backend/a/storage/b/import", body))
                .unwrap_err();
        assert_eq!(err.kind(), kind, "{body}");
        assert_eq!(err.status(), 400, "{body}");
        assert_eq!(err.field(), field, "{body}");
        assert!(err.message().contains(needle), "{body}: {}", err.message());
        if let Some(field) = field {
            assert!(err.message().contains(field), "{body}: {}", err.message());
        }
    }
}

#[test]
fn deep_nesting_never_overflows_the_stack() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let deep_request = |body: String| {
        http::Request::post("/prod/backend/a/storage/b/import")
            .header("content-type", "application/json")
            .body(bytes::Bytes::from(body))
            .unwrap()
    };
    // Skipped without recursion where it is an unknown member.
    let ignored = deep_request(format!(r#"{{"serviceName":"S3","extra":{deep}}}"#));
    assert!(ImportBackendStorage::from_request(&ignored).is_ok());
    // Rejected where a value is expected, and as the whole body.
    let cases = [
        format!(r#"{{"serviceName":{deep}}}"#),
        format!(
            r#"{{"serviceName":"S3","extra":{}}}"#,
            "{\"a\":".repeat(10_000)
        ),
        deep.clone(),
    ];
    for body in cases {
        let err = ImportBackendStorage::from_request(&deep_request(body)).unwrap_err();
        assert_eq!(err.status(), 400);
    }
}

#[test]
fn a_body_that_is_not_json_is_415() {
    let request = http::Request::post("/prod/backend/a/storage/b/import")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(bytes::Bytes::from_static(b"serviceName=S3"))
        .unwrap();
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::UnsupportedMediaType);
    assert_eq!(err.status(), 415);

    let request = http::Request::post("/prod/backend/a/storage/b/import")
        .body(bytes::Bytes::from_static(br#"{"serviceName":"S3"}"#))
        .unwrap();
    assert_eq!(
        ImportBackendStorage::from_request(&request)
            .unwrap_err()
            .status(),
        415
    );
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
}

mod as_string {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u32, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// Serde attributes of body fields reach the body.
#[operation(PUT, "/apps/<appId>/settings", rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq)]
pub struct PutSettings {
    pub app_id: String,
    pub display_name: String,
    #[serde(rename = "MFAMode")]
    pub mfa_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(with = "as_string", default, skip_serializing_if = "is_zero")]
    pub ttl: u32,
}

#[test]
fn rename_all_and_field_renames_set_wire_names() {
    let op = PutSettings {
        app_id: "a".into(),
        display_name: "Demo".into(),
        mfa_mode: Some("ON".into()),
        tags: vec![Tag { key: "k".into() }],
        ttl: 60,
    };
    let request = op.to_request().unwrap();
    assert_eq!(
        std::str::from_utf8(request.body()).unwrap(),
        r#"{"display_name":"Demo","MFAMode":"ON","tags":[{"key":"k"}],"ttl":"60"}"#
    );
    assert_eq!(PutSettings::from_request(&request).unwrap(), op);

    let wire: Vec<(&str, bool)> = PutSettings::FIELDS
        .iter()
        .filter(|f| f.location == Location::Body)
        .map(|f| (f.wire, f.required))
        .collect();
    assert_eq!(
        wire,
        [
            ("display_name", true),
            ("MFAMode", false),
            ("tags", false),
            ("ttl", false)
        ]
    );
}

/// `rename(serialize = …, deserialize = …)` with one name is that name.
#[operation(POST, "/apps/<appId>/labels")]
#[derive(Debug, Clone, PartialEq)]
pub struct PutLabel {
    pub app_id: String,
    #[serde(rename(serialize = "Label", deserialize = "Label"))]
    pub label: String,
}

#[test]
fn a_rename_with_the_same_name_both_ways_is_the_wire_name() {
    let op = PutLabel {
        app_id: "a".into(),
        label: "blue".into(),
    };
    let request = op.to_request().unwrap();
    assert_eq!(request.body().as_ref(), br#"{"Label":"blue"}"#);
    assert_eq!(PutLabel::from_request(&request).unwrap(), op);
    let wire: Vec<&str> = PutLabel::FIELDS
        .iter()
        .filter(|f| f.location == Location::Body)
        .map(|f| f.wire)
        .collect();
    assert_eq!(wire, ["Label"]);
}

#[test]
fn serde_defaults_and_skips_apply() {
    let op = PutSettings {
        app_id: "a".into(),
        display_name: "Demo".into(),
        mfa_mode: None,
        tags: Vec::new(),
        ttl: 0,
    };
    let request = op.to_request().unwrap();
    assert_eq!(request.body().as_ref(), br#"{"display_name":"Demo"}"#);
    assert_eq!(PutSettings::from_request(&request).unwrap(), op);
}

#[operation(POST, "/backend/<appId>/token")]
#[derive(Debug, PartialEq)]
pub struct CreateToken {
    pub app_id: String,
}

#[test]
fn operations_without_body_fields_send_no_body() {
    let request = CreateToken { app_id: "a".into() }.to_request().unwrap();
    assert!(request.body().is_empty());
    assert!(request.headers().get("content-type").is_none());
}

#[test]
fn operations_without_body_fields_accept_empty_or_object_bodies() {
    for body in ["", "  ", "{}", r#"{"ignored":true}"#] {
        let request = post("/backend/a/token", body);
        assert_eq!(
            CreateToken::from_request(&request).unwrap(),
            CreateToken { app_id: "a".into() },
            "{body:?}"
        );
    }
    for body in ["[]", "null", "{"] {
        let err = CreateToken::from_request(&post("/backend/a/token", body)).unwrap_err();
        assert_eq!(err.status(), 400, "{body:?}");
    }
}

#[test]
fn the_default_response_is_the_empty_object() {
    let response = CreateToken::respond(Ok(Empty {}));
    assert_eq!(response.status(), 200);
    assert_eq!(response.body().as_ref(), b"{}");
    assert_eq!(CreateToken::parse_response(&response).unwrap(), Empty {});
}

#[operation(POST, "/items", status = 201, response = Tag)]
pub struct CreateItem {
    pub key: String,
}

#[test]
fn the_declared_success_status_is_used() {
    let response = CreateItem::respond(Ok(Tag { key: "k".into() }));
    assert_eq!(response.status(), 201);
    assert_eq!(response.body().as_ref(), br#"{"key":"k"}"#);
    assert_eq!(
        CreateItem::parse_response(&response).unwrap(),
        Tag { key: "k".into() }
    );
}

#[test]
fn success_bodies_that_do_not_decode_are_malformed_responses() {
    let response = http::Response::builder()
        .status(200)
        .body(bytes::Bytes::from_static(br#"{"key":5}"#))
        .unwrap();
    let err = CreateItem::parse_response(&response).unwrap_err();
    assert!(
        matches!(err, opwire::ResponseError::Malformed { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("expected a string"), "{err}");
}
