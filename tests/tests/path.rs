//! Path templating: labels rendered the way AWS SDKs encode them, and parsed
//! back strictly, segment by segment.

use opwire::{BuildError, Operation, RequestErrorKind};
use opwire_tests::import;
use opwire_tests::seed::ImportBackendStorage;

#[test]
fn plain_values_render_as_written() {
    let path = import("d2abc123", "prod").path().unwrap();
    assert_eq!(path, "/prod/backend/d2abc123/storage/prod/import");
}

#[test]
fn reserved_characters_are_percent_encoded() {
    let cases = [
        ("a/b", "a%2Fb"),
        ("100%", "100%25"),
        ("my app", "my%20app"),
        ("what?", "what%3F"),
        ("#1", "%231"),
        ("a+b", "a%2Bb"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("café 🚀", "caf%C3%A9%20%F0%9F%9A%80"),
        ("-._~", "-._~"),
    ];
    for (value, encoded) in cases {
        let path = import(value, "env").path().unwrap();
        assert_eq!(
            path,
            format!("/prod/backend/{encoded}/storage/env/import"),
            "{value:?}"
        );
    }
}

#[test]
fn dot_segments_are_sent_as_they_are() {
    let path = import("..", ".").path().unwrap();
    assert_eq!(path, "/prod/backend/../storage/./import");
    let request = import("..", ".").to_request().unwrap();
    let back = ImportBackendStorage::from_request(&request).unwrap();
    assert_eq!(
        (back.app_id.as_str(), back.backend_environment_name.as_str()),
        ("..", ".")
    );
}

#[test]
fn every_value_survives_render_and_parse() {
    let values = [
        "a/b", "100%", "my app", "what?", "#1", "a+b", "日本", "%2F", "..", "a%G1",
    ];
    for value in values {
        let op = import(value, value);
        let request = op.to_request().unwrap();
        assert_eq!(
            ImportBackendStorage::from_request(&request).unwrap(),
            op,
            "{value:?}"
        );
    }
}

#[test]
fn empty_label_is_a_build_error_naming_the_field() {
    let err = import("", "prod").path().unwrap_err();
    assert!(
        matches!(
            err,
            BuildError::EmptyLabel {
                label: "appId",
                field: "app_id"
            }
        ),
        "{err:?}"
    );
    assert!(import("app", "").to_request().is_err());
}

#[test]
fn encoded_slash_stays_inside_its_label() {
    let request = request("/prod/backend/a%2Fb/storage/prod/import");
    let op = ImportBackendStorage::from_request(&request).unwrap();
    assert_eq!(op.app_id, "a/b");
}

#[test]
fn bad_percent_escapes_are_rejected_naming_the_label() {
    for raw in ["%G1", "a%", "a%4", "%zz"] {
        let request = request(&format!("/prod/backend/{raw}/storage/prod/import"));
        let err = ImportBackendStorage::from_request(&request).unwrap_err();
        assert_eq!(err.kind(), RequestErrorKind::InvalidLabel, "{raw}");
        assert_eq!(err.status(), 400);
        assert_eq!(err.field(), Some("appId"));
        assert!(
            err.message().contains("percent-escape"),
            "{}",
            err.message()
        );
    }
}

#[test]
fn labels_that_are_not_utf8_are_rejected() {
    let request = request("/prod/backend/%FF%FE/storage/prod/import");
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.kind(), RequestErrorKind::InvalidLabel);
    assert!(err.message().contains("UTF-8"), "{}", err.message());
}

#[test]
fn paths_that_do_not_match_the_template_are_404() {
    for path in [
        "/prod/backend/app/storage/prod",
        "/prod/backend/app/storage/prod/import/",
        "/prod/backend//storage/prod/import",
        "/backend/app/storage/prod/import",
    ] {
        let err = ImportBackendStorage::from_request(&request(path)).unwrap_err();
        assert_eq!(err.kind(), RequestErrorKind::PathMismatch, "{path}");
        assert_eq!(err.status(), 404);
    }
}

#[test]
fn the_method_must_match() {
    let mut request = request("/prod/backend/app/storage/prod/import");
    *request.method_mut() = http::Method::PUT;
    let err = ImportBackendStorage::from_request(&request).unwrap_err();
    assert_eq!(err.status(), 405);
}

mod typed_labels {
    use opwire::{Operation, RequestErrorKind, operation};

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Stage {
        Beta,
        Prod,
    }

    impl std::fmt::Display for Stage {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(match self {
                Stage::Beta => "beta",
                Stage::Prod => "prod",
            })
        }
    }

    impl std::str::FromStr for Stage {
        type Err = String;
        fn from_str(s: &str) -> Result<Self, String> {
            match s {
                "beta" => Ok(Stage::Beta),
                "prod" => Ok(Stage::Prod),
                other => Err(format!("unknown stage `{other}`")),
            }
        }
    }

    #[operation(GET, "/stages/<stage>/jobs/<jobId>/files/<key..>")]
    #[derive(Debug, PartialEq)]
    pub struct GetFile {
        pub stage: Stage,
        #[path("jobId")]
        pub job: u64,
        pub key: String,
    }

    #[test]
    fn typed_labels_render_and_parse() {
        let op = GetFile {
            stage: Stage::Beta,
            job: 42,
            key: "a b/c.txt".into(),
        };
        let request = op.to_request().unwrap();
        assert_eq!(request.uri(), "/stages/beta/jobs/42/files/a%20b/c.txt");
        assert_eq!(GetFile::from_request(&request).unwrap(), op);
    }

    #[test]
    fn greedy_label_decodes_encoded_slashes_too() {
        let request = super::request("/stages/prod/jobs/1/files/a%2Fb/c");
        let mut request = request;
        *request.method_mut() = http::Method::GET;
        assert_eq!(GetFile::from_request(&request).unwrap().key, "a/b/c");
    }

    #[test]
    fn unparsable_labels_say_what_was_expected() {
        let mut request = super::request("/stages/prod/jobs/forty-two/files/x");
        *request.method_mut() = http::Method::GET;
        let err = GetFile::from_request(&request).unwrap_err();
        assert_eq!(err.kind(), RequestErrorKind::InvalidLabel);
        assert_eq!(err.field(), Some("jobId"));
        assert!(err.message().contains("u64"), "{}", err.message());

        let mut request = super::request("/stages/gamma/jobs/1/files/x");
        *request.method_mut() = http::Method::GET;
        let err = GetFile::from_request(&request).unwrap_err();
        assert_eq!(err.field(), Some("stage"));
        assert!(
            err.message().contains("unknown stage `gamma`"),
            "{}",
            err.message()
        );
    }
}

fn request(path: &str) -> http::Request<bytes::Bytes> {
    http::Request::post(path)
        .header("content-type", "application/json")
        .body(bytes::Bytes::from_static(br#"{"serviceName":"S3"}"#))
        .unwrap()
}
