//! The binary as a Lambda function: started with `AWS_LAMBDA_RUNTIME_API`
//! pointing at a local implementation of the Lambda Runtime API
//! (`opwire_tests::lambda_runtime`), it
//! takes events from every front door one after another, answers each, and
//! goes on after an event it cannot read. The same binary, no flag.

use std::process::Stdio;

use opwire_tests::lambda_runtime::{Outcome, RuntimeApi};
use opwire_tests::tools::Running;
use serde_json::{Value, json};

const BINARY: &str = env!("CARGO_BIN_EXE_amplify-backend");

fn template(name: &str) -> Value {
    let path = format!(
        "{}/../../tests/data/lambda/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A REST API (v1) event on the stage `prod` for the resource path `path`.
fn rest(id: &str, method: &str, path: &str, body: Option<&str>) -> Value {
    let mut event = template("rest-v1");
    event["httpMethod"] = json!(method);
    event["path"] = json!(path);
    event["requestContext"]["httpMethod"] = json!(method);
    event["requestContext"]["path"] = json!(format!("/prod{path}"));
    event["requestContext"]["requestId"] = json!(id);
    event["headers"]["content-type"] = json!("application/json");
    event["multiValueHeaders"]["content-type"] = json!(["application/json"]);
    event["body"] = json!(body);
    event
}

/// An HTTP API (v2) event: `raw_path` as API Gateway sends it.
fn http_api(
    template_name: &str,
    id: &str,
    method: &str,
    raw_path: &str,
    body: Option<&str>,
) -> Value {
    let mut event = template(template_name);
    event["rawPath"] = json!(raw_path);
    event["requestContext"]["http"]["method"] = json!(method);
    event["requestContext"]["http"]["path"] = json!(raw_path);
    event["requestContext"]["requestId"] = json!(id);
    event["headers"]["content-type"] = json!("application/json");
    event["body"] = json!(body);
    event
}

fn alb(method: &str, path: &str, body: Option<&str>) -> Value {
    let mut event = template("alb");
    event["httpMethod"] = json!(method);
    event["path"] = json!(path);
    event["multiValueHeaders"]["content-type"] = json!(["application/json"]);
    event["body"] = json!(body.unwrap_or(""));
    event
}

/// The HTTP answer in a Lambda proxy response: status, a header, the body.
fn answer(outcome: &Outcome) -> (u64, Value, Value) {
    assert_eq!(outcome.kind, "response", "{outcome:?}");
    let response = &outcome.body;
    let mut headers = response["headers"].clone();
    if let Some(multi) = response["multiValueHeaders"].as_object() {
        for (name, values) in multi {
            headers[name.to_ascii_lowercase()] = values[0].clone();
        }
    }
    let body =
        serde_json::from_str(response["body"].as_str().unwrap_or("null")).unwrap_or(Value::Null);
    (response["statusCode"].as_u64().unwrap(), headers, body)
}

#[test]
fn the_binary_serves_every_front_door_from_the_lambda_runtime_api() {
    let api = RuntimeApi::start();
    let child = api
        .function(BINARY)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let _function = Running(child);

    // REST API, stage `prod` in the path lambda_http builds.
    let create = r#"{"appId":"app1","appName":"notes","backendEnvironmentName":"dev"}"#;
    let outcome = api.invoke("i-1", rest("gw-1", "POST", "/backend", Some(create)));
    let (status, headers, body) = answer(&outcome);
    assert_eq!(status, 200, "{outcome:?}");
    assert_eq!(
        headers["x-amzn-requestid"], "gw-1",
        "API Gateway's request ID"
    );
    assert_eq!(body["status"], "COMPLETED");

    // HTTP API with the stage in `rawPath`: the seed operation.
    let import = r#"{"bucketName":"bucket-1","serviceName":"S3"}"#;
    let event = http_api(
        "http-api-v2",
        "gw-2",
        "POST",
        "/prod/backend/app1/storage/dev/import",
        Some(import),
    );
    let (status, headers, body) = answer(&api.invoke("i-2", event));
    assert_eq!(status, 200);
    assert_eq!(headers["x-amzn-requestid"], "gw-2");
    assert_eq!(body["status"], "COMPLETED");
    assert_eq!(body["jobId"], "job-2");

    // Function URL, no stage: a GET of the first job.
    let event = http_api(
        "function-url",
        "url-3",
        "GET",
        "/backend/app1/job/dev/job-1",
        None,
    );
    let (status, _, body) = answer(&api.invoke("i-3", event));
    assert_eq!(status, 200);
    assert_eq!(body["operation"], "CreateBackend");

    // ALB: a declared error, and the invocation's ID for the request ID.
    let details = r#"{"backendEnvironmentName":"dev"}"#;
    let (status, headers, body) =
        answer(&api.invoke("i-4", alb("POST", "/backend/nope/details", Some(details))));
    assert_eq!(status, 404);
    assert_eq!(headers["x-amzn-errortype"], "NotFoundException");
    assert_eq!(headers["x-amzn-requestid"], "i-4");
    assert!(body["message"].as_str().unwrap().contains("nope"), "{body}");

    // A decode error, as the HTTP server answers it.
    let event = rest(
        "gw-5",
        "POST",
        "/backend/app1/storage/dev/import",
        Some(r#"{"bucketName":"#),
    );
    let (status, headers, _) = answer(&api.invoke("i-5", event));
    assert_eq!(status, 400);
    assert_eq!(headers["x-amzn-errortype"], "BadRequestException");

    // An event no front door sends: the invocation fails, the function stays.
    let outcome = api.invoke("i-6", json!({"detail-type": "Scheduled Event"}));
    assert_eq!(outcome.kind, "error", "{outcome:?}");

    // Still serving, with the store of this instance.
    let event = rest("gw-7", "POST", "/backend/app1/details", Some(details));
    let (status, _, body) = answer(&api.invoke("i-7", event));
    assert_eq!(status, 200);
    assert_eq!(body["appName"], "notes");
}
