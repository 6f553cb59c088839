//! The seed declaration, `ImportBackendStorage`, round-trips arbitrary values
//! (properties, proptest): a request built by `to_request` reaches the
//! router's handler as an equal value; the handler's answer, success or any
//! of the four declared errors, comes back from `parse_response` as an
//! equal value of the same variant; rendered paths are URIs whose labels
//! stay single segments. Empty labels are `BuildError`s.
//!
//! `PROPTEST_CASES=20000 cargo test -p opwire-tests --test roundtrip_seed`
//! makes a long run; see `arbitrary/mod.rs`.

mod arbitrary;

use std::sync::{Arc, Mutex};

use arbitrary::{config, label, text};
use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{Response, StatusCode};
use opwire::{BuildError, Operation, ResponseError, Router};
use opwire_tests::oracle::now;
use opwire_tests::seed::*;
use proptest::option;
use proptest::prelude::*;

fn import_backend_storage() -> impl Strategy<Value = ImportBackendStorage> {
    (label(), label(), option::of(text())).prop_map(|(app_id, env, bucket_name)| {
        ImportBackendStorage {
            app_id,
            backend_environment_name: env,
            bucket_name,
            service_name: ServiceName::S3,
        }
    })
}

fn response_object() -> impl Strategy<Value = BackendStorageRespObj> {
    (
        option::of(text()),
        option::of(text()),
        option::of(text()),
        option::of(text()),
    )
        .prop_map(
            |(app_id, backend_environment_name, job_id, status)| BackendStorageRespObj {
                app_id,
                backend_environment_name,
                job_id,
                status,
            },
        )
}

/// One of the four declared errors, as a value this test can clone (the
/// generated error enum derives only `Debug`).
#[derive(Debug, Clone)]
enum Declared {
    BadRequest(BadRequestException),
    NotFound(NotFoundException),
    LimitExceeded(LimitExceededException),
    InternalService(InternalServiceException),
}

impl Declared {
    fn typed(&self) -> ImportBackendStorageError {
        match self.clone() {
            Declared::BadRequest(e) => e.into(),
            Declared::NotFound(e) => e.into(),
            Declared::LimitExceeded(e) => e.into(),
            Declared::InternalService(e) => e.into(),
        }
    }

    /// The status and code the declaration gives it.
    fn wire(&self) -> (StatusCode, &'static str) {
        match self {
            Declared::BadRequest(_) => (StatusCode::BAD_REQUEST, "BadRequestException"),
            Declared::NotFound(_) => (StatusCode::NOT_FOUND, "NotFoundException"),
            Declared::LimitExceeded(_) => (StatusCode::TOO_MANY_REQUESTS, "LimitExceededException"),
            Declared::InternalService(_) => {
                (StatusCode::GATEWAY_TIMEOUT, "InternalServiceException")
            }
        }
    }

    /// Whether `err` is this error: the same variant, an equal value.
    fn is(&self, err: &ImportBackendStorageError) -> bool {
        use ImportBackendStorageError as E;
        match (self, err) {
            (Declared::BadRequest(a), E::BadRequestException(b)) => a == b,
            (Declared::NotFound(a), E::NotFoundException(b)) => a == b,
            (Declared::LimitExceeded(a), E::LimitExceededException(b)) => a == b,
            (Declared::InternalService(a), E::InternalServiceException(b)) => a == b,
            _ => false,
        }
    }
}

type Reply = Result<BackendStorageRespObj, Declared>;

/// Any of the four declared errors, with arbitrary members.
fn declared_error() -> impl Strategy<Value = Declared> {
    let message = || option::of(text());
    prop_oneof![
        message().prop_map(|message| Declared::BadRequest(BadRequestException { message })),
        (message(), message()).prop_map(|(message, resource_type)| {
            Declared::NotFound(NotFoundException {
                message,
                resource_type,
            })
        }),
        (message(), message()).prop_map(|(message, limit_type)| {
            Declared::LimitExceeded(LimitExceededException {
                message,
                limit_type,
            })
        }),
        message().prop_map(|message| {
            Declared::InternalService(InternalServiceException { message })
        }),
    ]
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        response_object().prop_map(Ok),
        declared_error().prop_map(Err)
    ]
}

/// Checks what the client reads from `response`: the same success value,
/// or the same declared error with an equal value.
fn check_parsed(response: &Response<Bytes>, expected: &Reply) -> Result<(), TestCaseError> {
    let parsed = ImportBackendStorage::parse_response(response);
    match (expected, &parsed) {
        (Ok(value), Ok(back)) => prop_assert_eq!(value, back),
        (Err(declared), Err(ResponseError::Modeled(err))) => {
            prop_assert!(declared.is(err), "{:?} came back as {:?}", declared, err);
        }
        _ => prop_assert!(false, "{:?} came back as {:?}", expected, parsed),
    }
    Ok(())
}

/// The wire form of a reply: its status, `x-amzn-errortype` for errors,
/// a JSON object body, and API Gateway's CORS header.
fn check_wire(response: &Response<Bytes>, expected: &Reply) -> Result<(), TestCaseError> {
    let (status, code) = match expected {
        Ok(_) => (StatusCode::OK, None),
        Err(declared) => {
            let (status, code) = declared.wire();
            (status, Some(code.as_bytes()))
        }
    };
    prop_assert_eq!(response.status(), status);
    prop_assert_eq!(
        response
            .headers()
            .get("x-amzn-errortype")
            .map(|v| v.as_bytes()),
        code
    );
    prop_assert_eq!(
        response.headers()[CONTENT_TYPE].as_bytes(),
        b"application/json"
    );
    let body: serde_json::Value = serde_json::from_slice(response.body())
        .map_err(|err| TestCaseError::fail(format!("not JSON: {err}")))?;
    prop_assert!(body.is_object());
    Ok(())
}

/// A router whose one handler records the value it receives and answers
/// `reply`.
struct Recorder {
    router: Router,
    received: Arc<Mutex<Vec<ImportBackendStorage>>>,
}

fn recorder(reply: &Reply) -> Recorder {
    let received = Arc::new(Mutex::new(Vec::new()));
    let reply = reply.clone().map_err(|declared| declared.typed());
    let reply = Arc::new(Mutex::new(Some(reply)));
    let seen = received.clone();
    let router = Router::new().route(move |op: ImportBackendStorage| {
        seen.lock().unwrap().push(op);
        let reply = reply.lock().unwrap().take().expect("one call per case");
        std::future::ready(reply)
    });
    Recorder { router, received }
}

proptest! {
    #![proptest_config(config("proptest-regressions/roundtrip_seed.txt"))]

    /// `to_request` → `Router::dispatch` → the handler gets an equal value;
    /// its answer → the response → `parse_response` gives it back.
    #[test]
    fn a_request_reaches_the_handler_and_its_answer_comes_back(
        op in import_backend_storage(),
        reply in reply(),
    ) {
        let recorder = recorder(&reply);
        let response = now(recorder.router.dispatch(op.to_request().unwrap()));
        let received = recorder.received.lock().unwrap().clone();
        prop_assert_eq!(received, vec![op]);
        check_wire(&response, &reply)?;
        check_parsed(&response, &reply)?;
    }

    /// `respond(Ok(v))` → `parse_response` → `v`.
    #[test]
    fn a_response_value_round_trips(value in response_object()) {
        let response = ImportBackendStorage::respond(Ok(value.clone()));
        check_wire(&response, &Ok(value.clone()))?;
        check_parsed(&response, &Ok(value))?;
    }

    /// `respond(Err(e))` → `parse_response` → `Modeled(e)`: the same variant
    /// with an equal value, for each of the four.
    #[test]
    fn every_declared_error_round_trips_as_its_variant(declared in declared_error()) {
        let response = ImportBackendStorage::respond(Err(declared.typed()));
        let expected = Err(declared);
        check_wire(&response, &expected)?;
        check_parsed(&response, &expected)?;
    }

    /// `from_request` on its own inverts `to_request`.
    #[test]
    fn from_request_inverts_to_request(op in import_backend_storage()) {
        let request = op.to_request().unwrap();
        prop_assert_eq!(ImportBackendStorage::from_request(&request).unwrap(), op);
    }

    /// Rendered paths are URIs; no label brings a raw `/` into its segment.
    #[test]
    fn rendered_paths_are_uris_with_one_segment_per_label(op in import_backend_storage()) {
        let path = op.path().unwrap();
        arbitrary::check_path(
            &path,
            ImportBackendStorage::SEGMENTS,
            &[&op.app_id, &op.backend_environment_name],
        )?;
        prop_assert_eq!(op.to_request().unwrap().uri().to_string(), path);
    }

    /// An empty label, either one or both, is a `BuildError` naming the
    /// first empty field, from `path` and `to_request` alike.
    #[test]
    fn an_empty_label_is_a_build_error_naming_its_field(
        op in import_backend_storage(),
        which in 0..3usize,
    ) {
        let mut op = op;
        if which != 1 {
            op.app_id.clear();
        }
        if which != 0 {
            op.backend_environment_name.clear();
        }
        let expected = if which == 1 {
            ("backendEnvironmentName", "backend_environment_name")
        } else {
            ("appId", "app_id")
        };
        for err in [op.path().unwrap_err(), op.to_request().unwrap_err()] {
            match err {
                BuildError::EmptyLabel { label, field } => {
                    prop_assert_eq!((label, field), expected);
                }
                other => prop_assert!(false, "{other:?}"),
            }
        }
    }
}
