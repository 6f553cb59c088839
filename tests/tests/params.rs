//! Query parameters and headers: `#[query]` and `#[header]` fields, required,
//! optional and repeated, both ways.

use bytes::Bytes;
use opwire::{Location, Operation, RequestErrorKind, operation};

#[operation(GET, "/backend/<appId>/jobs")]
#[derive(Debug, Clone, PartialEq)]
pub struct ListJobs {
    pub app_id: String,
    #[query("maxResults")]
    pub max_results: u32,
    #[query("nextToken")]
    pub next_token: Option<String>,
    #[query]
    pub status: Vec<String>,
    #[header("X-Request-Id")]
    pub request_id: String,
    #[header("x-amz-trace")]
    pub trace: Option<String>,
}

fn sample() -> ListJobs {
    ListJobs {
        app_id: "a1".into(),
        max_results: 25,
        next_token: Some("t=1&2".into()),
        status: vec!["RUNNING".into(), "FAILED too".into()],
        request_id: "r-1".into(),
        trace: None,
    }
}

fn get(uri: &str, headers: &[(&str, &str)]) -> http::Request<Bytes> {
    let mut builder = http::Request::get(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Bytes::new()).unwrap()
}

#[test]
fn query_and_headers_are_rendered() {
    let request = sample().to_request().unwrap();
    assert_eq!(
        request.uri(),
        "/backend/a1/jobs?maxResults=25&nextToken=t%3D1%262&status=RUNNING&status=FAILED%20too"
    );
    assert_eq!(request.headers()["x-request-id"], "r-1");
    assert!(request.headers().get("x-amz-trace").is_none());
    assert!(request.body().is_empty());
}

#[test]
fn query_and_headers_round_trip() {
    let mut op = sample();
    op.trace = Some("Root=1-abc".into());
    let request = op.to_request().unwrap();
    assert_eq!(ListJobs::from_request(&request).unwrap(), op);
}

#[test]
fn plus_reads_as_space_and_unknown_parameters_are_ignored() {
    let request = get(
        "/backend/a1/jobs?utm=x&maxResults=5&status=A+B&status=C%2BD",
        &[("x-request-id", "r")],
    );
    let op = ListJobs::from_request(&request).unwrap();
    assert_eq!(op.max_results, 5);
    assert_eq!(op.status, ["A B", "C+D"]);
    assert_eq!(op.next_token, None);
}

#[test]
fn missing_or_invalid_parameters_are_400_naming_them() {
    let cases = [
        (
            "/backend/a1/jobs",
            vec![("x-request-id", "r")],
            RequestErrorKind::MissingQuery,
            "maxResults",
        ),
        (
            "/backend/a1/jobs?maxResults=lots",
            vec![("x-request-id", "r")],
            RequestErrorKind::InvalidQuery,
            "maxResults",
        ),
        (
            "/backend/a1/jobs?maxResults=1&maxResults=2",
            vec![("x-request-id", "r")],
            RequestErrorKind::InvalidQuery,
            "maxResults",
        ),
        (
            "/backend/a1/jobs?maxResults=1&nextToken=%ZZ",
            vec![("x-request-id", "r")],
            RequestErrorKind::InvalidQuery,
            "nextToken",
        ),
        (
            "/backend/a1/jobs?maxResults=1",
            vec![],
            RequestErrorKind::MissingHeader,
            "x-request-id",
        ),
    ];
    for (uri, headers, kind, field) in cases {
        let err = ListJobs::from_request(&get(uri, &headers)).unwrap_err();
        assert_eq!(err.kind(), kind, "{uri}");
        assert_eq!(err.status(), 400);
        assert_eq!(err.field(), Some(field), "{uri}");
        assert!(err.message().contains(field), "{}", err.message());
    }
    let mut request = get("/backend/a1/jobs?maxResults=1", &[]);
    request.headers_mut().insert(
        "x-request-id",
        http::HeaderValue::from_bytes(b"caf\xe9").unwrap(),
    );
    let err = ListJobs::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::InvalidHeader);
}

#[test]
fn header_values_with_control_characters_are_build_errors() {
    let mut op = sample();
    op.request_id = "line\nbreak".into();
    let err = op.to_request().unwrap_err();
    assert!(
        matches!(
            err,
            opwire::BuildError::InvalidHeader {
                field: "request_id",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn fields_list_where_each_goes() {
    let fields: Vec<(&str, Location, bool)> = ListJobs::FIELDS
        .iter()
        .map(|f| (f.wire, f.location, f.required))
        .collect();
    assert_eq!(
        fields,
        [
            ("appId", Location::Path, true),
            ("maxResults", Location::Query, true),
            ("nextToken", Location::Query, false),
            ("status", Location::Query, false),
            ("x-request-id", Location::Header, true),
            ("x-amz-trace", Location::Header, false),
        ]
    );
}
