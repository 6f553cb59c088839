//! Typed errors and HTTP statuses, both ways: `respond` puts an error on
//! the wire with its status, code and body; `parse_response` reads it back
//! as the same variant.

use bytes::Bytes;
use opwire::{ErrorSet, Operation, ResponseError};
use opwire_tests::seed::*;

fn every_error() -> Vec<(ImportBackendStorageError, u16, &'static str, &'static str)> {
    vec![
        (
            BadRequestException {
                message: Some("bad".into()),
            }
            .into(),
            400,
            "BadRequestException",
            r#"{"__type":"BadRequestException","message":"bad"}"#,
        ),
        (
            NotFoundException {
                message: Some("no app".into()),
                resource_type: Some("app".into()),
            }
            .into(),
            404,
            "NotFoundException",
            r#"{"__type":"NotFoundException","message":"no app","resourceType":"app"}"#,
        ),
        (
            LimitExceededException {
                message: None,
                limit_type: Some("requests".into()),
            }
            .into(),
            429,
            "LimitExceededException",
            // `None` is left out, as restJson1 has it.
            r#"{"__type":"LimitExceededException","limitType":"requests"}"#,
        ),
        (
            InternalServiceException {
                message: Some("slow".into()),
            }
            .into(),
            504,
            "InternalServiceException",
            r#"{"__type":"InternalServiceException","message":"slow"}"#,
        ),
    ]
}

#[test]
fn every_declared_error_goes_out_with_its_status_code_and_typed_body() {
    for (err, status, code, body) in every_error() {
        let response = ImportBackendStorage::respond(Err(err));
        assert_eq!(response.status(), status);
        assert_eq!(response.headers()["x-amzn-errortype"], code);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(std::str::from_utf8(response.body()).unwrap(), body);
    }
}

#[test]
fn every_declared_error_comes_back_as_the_same_variant() {
    for (err, _, code, _) in every_error() {
        let expected = format!("{err:?}");
        let response = ImportBackendStorage::respond(Err(err));
        let back = ImportBackendStorage::parse_response(&response).unwrap_err();
        let back = back.modeled().expect("a declared error");
        assert_eq!(format!("{back:?}"), expected);
        assert_eq!(back.info().code, code);
    }
}

#[test]
fn the_error_set_lists_codes_and_statuses() {
    let listed: Vec<(&str, u16)> = ImportBackendStorageError::ERRORS
        .iter()
        .map(|info| (info.code, info.status.as_u16()))
        .collect();
    assert_eq!(
        listed,
        [
            ("BadRequestException", 400),
            ("NotFoundException", 404),
            ("LimitExceededException", 429),
            ("InternalServiceException", 504),
        ]
    );
}

#[test]
fn display_shows_the_code_and_the_message() {
    let err = ImportBackendStorageError::from(NotFoundException {
        message: Some("app d2 not found".into()),
        resource_type: None,
    });
    assert_eq!(err.to_string(), "NotFoundException: app d2 not found");
    let err = ImportBackendStorageError::from(LimitExceededException {
        message: None,
        limit_type: None,
    });
    assert_eq!(err.to_string(), "LimitExceededException");
    let _: &dyn std::error::Error = &err;
}

fn raw(status: u16, headers: &[(&str, &str)], body: &'static str) -> http::Response<Bytes> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Bytes::from_static(body.as_bytes())).unwrap()
}

fn parse(response: &http::Response<Bytes>) -> ResponseError<ImportBackendStorageError> {
    ImportBackendStorage::parse_response(response).unwrap_err()
}

#[test]
fn the_code_header_wins_over_the_status() {
    let response = raw(
        400,
        &[("x-amzn-ErrorType", "NotFoundException:http://internal/")],
        r#"{"resourceType":"env"}"#,
    );
    match parse(&response) {
        ResponseError::Modeled(ImportBackendStorageError::NotFoundException(e)) => {
            assert_eq!(e.resource_type.as_deref(), Some("env"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_type_or_code_body_field_is_read_without_the_header() {
    let response = raw(
        400,
        &[],
        r#"{"__type":"aws.amplify#LimitExceededException","limitType":"x"}"#,
    );
    assert!(matches!(
        parse(&response),
        ResponseError::Modeled(ImportBackendStorageError::LimitExceededException(_))
    ));
    let response = raw(500, &[], r#"{"code":"InternalServiceException"}"#);
    assert!(matches!(
        parse(&response),
        ResponseError::Modeled(ImportBackendStorageError::InternalServiceException(_))
    ));
}

#[test]
fn the_status_decides_when_there_is_no_code() {
    let response = raw(404, &[], "");
    assert!(matches!(
        parse(&response),
        ResponseError::Modeled(ImportBackendStorageError::NotFoundException(
            NotFoundException { message: None, .. }
        ))
    ));
}

#[test]
fn unknown_statuses_and_codes_keep_status_and_body() {
    let response = raw(503, &[], "Service Unavailable");
    match parse(&response) {
        ResponseError::Unmodeled { status, code, body } => {
            assert_eq!(status, 503);
            assert_eq!(code, None);
            assert_eq!(body.as_ref(), b"Service Unavailable");
        }
        other => panic!("{other:?}"),
    }
    let response = raw(404, &[("x-amzn-errortype", "AccessDeniedException")], "{}");
    match parse(&response) {
        ResponseError::Unmodeled { status, code, .. } => {
            assert_eq!(status, 404);
            assert_eq!(code.as_deref(), Some("AccessDeniedException"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_declared_error_with_a_bad_body_is_malformed() {
    let response = raw(
        404,
        &[("x-amzn-errortype", "NotFoundException")],
        r#"{"message":7}"#,
    );
    let err = parse(&response);
    assert!(matches!(err, ResponseError::Malformed { .. }), "{err:?}");
    assert_eq!(err.status(), 404);
}

mod without_errors {
    use opwire::{ErrorSet, Operation, operation};

    #[operation(GET, "/health")]
    pub struct Health {}

    #[test]
    fn an_operation_without_errors_has_an_empty_error_enum() {
        assert!(HealthError::ERRORS.is_empty());
        let response = http::Response::builder()
            .status(500)
            .body(bytes::Bytes::new())
            .unwrap();
        assert!(matches!(
            Health::parse_response(&response),
            Err(opwire::ResponseError::Unmodeled { .. })
        ));
    }
}

mod shared_set {
    use opwire::{ErrorSet, Operation, operation};
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    pub struct NotFoundException {
        pub message: Option<String>,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct TooManyRequestsException {
        pub message: Option<String>,
        pub limit_type: Option<String>,
    }

    #[derive(Debug, PartialEq, ErrorSet)]
    pub enum ApiError {
        #[status(404)]
        NotFoundException(NotFoundException),
        #[status(429)]
        TooManyRequestsException(TooManyRequestsException),
    }

    #[operation(GET, "/apps/<appId>", error = ApiError)]
    pub struct GetApp {
        pub app_id: String,
    }

    #[operation(DELETE, "/apps/<appId>", error = ApiError)]
    pub struct DeleteApp {
        pub app_id: String,
    }

    #[test]
    fn operations_share_one_error_set() {
        let err = ApiError::from(TooManyRequestsException {
            message: Some("slow down".into()),
            limit_type: Some("rate".into()),
        });
        let response = GetApp::respond(Err(err));
        assert_eq!(response.status(), 429);
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "TooManyRequestsException"
        );
        let back = DeleteApp::parse_response(&response)
            .unwrap_err()
            .modeled()
            .unwrap();
        assert_eq!(
            back,
            ApiError::TooManyRequestsException(TooManyRequestsException {
                message: Some("slow down".into()),
                limit_type: Some("rate".into()),
            })
        );
        assert_eq!(back.to_string(), "TooManyRequestsException: slow down");
    }
}
