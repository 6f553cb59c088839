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
    let op = ImportBackendStorage::from_request(&ignored).unwrap();
    assert_eq!(op.service_name, ServiceName::S3);
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

// Inputs the fuzz targets in `fuzz/` found (`fuzz/README.md`), kept as
// plain tests: each one's comment names its target and what it showed.

/// A POST of ImportBackendStorage to `path` with `body`, as the fuzz
/// targets send it.
fn fuzzed(path: &str, body: &'static [u8]) -> http::Request<bytes::Bytes> {
    http::Request::post(path)
        .header("content-type", "application/json")
        .body(bytes::Bytes::from_static(body))
        .unwrap()
}

/// `import_from_request`: a member given twice is an invalid body that
/// says so (the target's oracle, reading the body as a `serde_json::Value`,
/// had kept the last one and expected the request to decode).
#[test]
fn a_member_given_twice_is_an_invalid_body() {
    let request = fuzzed(
        "/prod/backend/%25zz/storage/%06/import",
        b" \n{\"serviceName\":\"S3\",\"serviceName\":\"S3\",\"serviceName\":\"S3\",\"serviceName\":\"S3\"} \n",
    );
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::InvalidBody);
    assert_eq!(err.status(), 400);
    assert!(
        err.message().contains("duplicate field `serviceName`"),
        "{err}"
    );
}

/// `import_from_request`: a well-formed body whose enum member holds
/// `null`, a number, a boolean, a list or an object is an invalid body
/// naming the member. It was answered "Malformed JSON body: expected value
/// at line 1 column 16", naming nothing: serde_json reports a value that is
/// neither a string nor an object where an enum is expected as a syntax
/// error (`ExpectedSomeValue`), and `runtime/src/json.rs` mapped every
/// syntax error to `MalformedBody` (fixed since).
#[test]

fn an_enum_member_of_another_type_is_an_invalid_body_naming_it() {
    let found: &[u8] = b" \n{\"serviceName\":null,\"serviceName\":\"S3\",\"serviceName\":\"S3\",\"serviceName\":\"S3\"} \n";
    let bodies: [&'static [u8]; 6] = [
        found,
        br#"{"serviceName":null}"#,
        br#"{"serviceName":5}"#,
        br#"{"serviceName":true}"#,
        br#"{"serviceName":[]}"#,
        br#"{"serviceName":{}}"#,
    ];
    for body in bodies {
        let request = fuzzed("/prod/backend/a%2Fb/storage/%2F/import", body);
        let err = ImportBackendStorage::from_request(&request).unwrap_err();
        let shown = String::from_utf8_lossy(body);
        assert_eq!(err.kind(), RequestErrorKind::InvalidBody, "{shown}: {err}");
        assert_eq!(err.field(), Some("serviceName"), "{shown}: {err}");
    }
}

/// `import_from_request`: a JSON list is not a body. It decoded as the
/// members in the order the struct declares them (`["b","S3"]` as
/// `{"bucketName":"b","serviceName":"S3"}`): the body struct the macro
/// generates derives `Deserialize`, and serde's derive also reads a struct
/// from a sequence (fixed since in `runtime/src/json.rs`).
#[test]

fn a_json_array_body_is_not_an_object() {
    for body in [&b"[null,\"S3\"]"[..], b"[\"b\",\"S3\"]"] {
        let request = fuzzed("/prod/backend/a/storage/b/import", body);
        let shown = String::from_utf8_lossy(body);
        match ImportBackendStorage::from_request(&request) {
            Ok(op) => panic!("{shown} decoded as {op:?}"),
            Err(err) => assert_eq!(err.kind(), RequestErrorKind::InvalidBody, "{shown}: {err}"),
        }
    }
}

/// `import_from_request`: an unknown member may hold any JSON, a number
/// past `f64` included (the target's oracle had read the body as a
/// `serde_json::Value`, which rejects `1e400`).
#[test]
fn an_unknown_member_may_hold_any_number() {
    let request = fuzzed(
        "/prod/backend/0%00/storage/sr/import",
        b" \n{\"serviceName\":\"S3\",\"\\u0015\":1e400,\"r\":\"S3\",\"@8;\":\"S3\"} \n",
    );
    let op = ImportBackendStorage::from_request(&request).unwrap();
    assert_eq!(op.app_id, "0\0");
    assert_eq!(op.bucket_name, None);
}

/// `import_from_request`: a JSON string that is not UTF-8 is malformed, not
/// a value of the wrong type (the target's oracle had let `IgnoredAny`,
/// which does not check UTF-8, judge it).
#[test]
fn a_body_string_that_is_not_utf8_is_malformed() {
    let request = fuzzed("/prod/backend/%1C%00/storage/%24r/import", b"\"\xff\xdd\"");
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::MalformedBody, "{err}");
}

/// `import_from_request` (`OPWIRE_FUZZ_STRICT=1`): a body that is not UTF-8
/// is malformed JSON, wherever the bytes at fault are. It decodes when they
/// sit in a member the operation ignores, and only then:
/// `runtime/src/json.rs` (`decode_request`) checks UTF-8 only after the
/// first parse fails, and serde_json skips an ignored string without
/// checking it, so `{"serviceName":"S3","x":"\xff"}` decodes while
/// `{"x":"\xff"}` is "Malformed JSON body: the body is not UTF-8".
#[test]
fn a_body_that_is_not_utf8_is_malformed_wherever_the_bytes_are() {
    let found: &[u8] = b"{\"serviceName\":\"S3\",\" \":\"\xe7g\",\"\":\"\"}";
    for (path, body) in [
        ("/prod/backend/%23/storage/../import", found),
        (
            "/prod/backend/a/storage/b/import",
            b"{\"serviceName\":\"S3\",\"x\":\"\xff\"}",
        ),
    ] {
        let result = ImportBackendStorage::from_request(&fuzzed(path, body));
        let err = result.expect_err("a body that is not UTF-8 decoded");
        assert_eq!(err.kind(), RequestErrorKind::MalformedBody, "{err}");
    }
}

/// `amplify_dispatch` (`OPWIRE_FUZZ_STRICT=1`): a double in a body decodes
/// to the nearest `f64` and so survives any number of encodings. opwire
/// reads `3.81948828424876e+180` as `3.8194882842487597e180`, one ulp off
/// (Rust's own parser gives `3.81948828424876e180`), and encodes that back:
/// the same bug as `roundtrip_amplify::any_finite_double_round_trips`,
/// serde_json built without its `float_roundtrip` feature.
#[test]
fn a_double_in_a_body_decodes_to_the_nearest_f64() {
    use amplify_backend::auth::CreateBackendAuth;
    let body = br#"{"backendEnvironmentName":"%2F","resourceConfig":{"authResources":"USER_POOL_ONLY","service":"COGNITO","userPoolConfigs":{"passwordPolicy":{"minimumLength":3.81948828424876e+180},"requiredSignUpAttributes":[],"signInMethod":"USERNAME","userPoolName":""}},"resourceName":""}"#;
    let request = http::Request::post("/backend/a/auth")
        .header("content-type", "application/json")
        .body(bytes::Bytes::from_static(body))
        .unwrap();
    let op = CreateBackendAuth::from_request(&request).unwrap();
    let policy = op
        .resource_config
        .user_pool_configs
        .password_policy
        .as_ref();
    let read = policy.unwrap().minimum_length;
    assert_eq!(
        read.to_bits(),
        3.81948828424876e180_f64.to_bits(),
        "{read:?}"
    );
    let again = CreateBackendAuth::from_request(&op.to_request().unwrap()).unwrap();
    assert_eq!(again, op);
}

/// `import_from_request`: a form feed is not JSON whitespace, so a body of
/// one is a body, and without a content type it is refused as one (the
/// target's oracle had read it as an empty body).
#[test]
fn a_form_feed_is_a_body_not_whitespace() {
    let request = http::Request::post("/prod/backend/dev/storage/dev/import")
        .body(bytes::Bytes::from_static(b"\x0c"))
        .unwrap();
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::UnsupportedMediaType, "{err}");
    let request = fuzzed(
        "/prod/backend/dev/storage/dev/import",
        b"\x0c{\"serviceName\":\"S3\"}",
    );
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::MalformedBody, "{err}");
}
