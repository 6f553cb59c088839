//! Inputs the fuzz targets in `fuzz/` found (`fuzz/README.md`), kept as
//! plain tests: each names its target and what it showed.

use bytes::Bytes;
use opwire::{Operation, RequestErrorKind};
use opwire_tests::seed::ImportBackendStorage;

fn import(path: &str, body: &'static [u8]) -> http::Request<Bytes> {
    http::Request::post(path)
        .header("content-type", "application/json")
        .body(Bytes::from_static(body))
        .unwrap()
}

/// `import_from_request`: a member given twice is an invalid body that
/// says so (the target's oracle, reading the body as a `serde_json::Value`,
/// had kept the last one and expected the request to decode).
#[test]
fn a_member_given_twice_is_an_invalid_body() {
    let request = import(
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
        let request = import("/prod/backend/a%2Fb/storage/%2F/import", body);
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
        let request = import("/prod/backend/a/storage/b/import", body);
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
    let request = import(
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
    let request = import("/prod/backend/%1C%00/storage/%24r/import", b"\"\xff\xdd\"");
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
        let result = ImportBackendStorage::from_request(&import(path, body));
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
        .body(Bytes::from_static(body))
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
        .body(Bytes::from_static(b"\x0c"))
        .unwrap();
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::UnsupportedMediaType, "{err}");
    let request = import(
        "/prod/backend/dev/storage/dev/import",
        b"\x0c{\"serviceName\":\"S3\"}",
    );
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::MalformedBody, "{err}");
}
