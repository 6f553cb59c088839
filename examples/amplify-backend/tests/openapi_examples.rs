//! The examples of the API's OpenAPI document are what the server answers:
//! each example conforms to the schema it illustrates, and each request
//! example, sent over HTTP to the emulator, gets a documented status whose
//! schema its body conforms to.

use amplify_backend::Store;
use amplify_backend::document::document;
use amplify_backend::serve::Config;
use opwire_tests::raw;
use opwire_tests::running::start;
use opwire_tests::schema_check::violations;
use serde_json::Value;

/// The documented operation named `name`: its path item's method object.
fn documented<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values())
        .flat_map(|item| item.as_object().into_iter().flat_map(|m| m.values()))
        .find(|op| op["operationId"] == name)
        .unwrap_or_else(|| panic!("{name} is documented"))
}

fn json_schema(media: &Value) -> &Value {
    &media["content"]["application/json"]["schema"]
}

#[test]
fn every_example_conforms_to_the_schema_it_illustrates() {
    let document = document(Some("/prod"));
    let doc = document.to_json();
    let mut failures = Vec::new();
    for examples in document.examples() {
        let (_, examples) = examples.expect("every operation has examples");
        let op = documented(&doc, examples.operation);
        let mut conform = |what: String, schema: &Value, body: &[u8]| {
            let value: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
            for v in violations(&doc, schema, &value) {
                failures.push(format!("{}: {what}: {v}", examples.operation));
            }
        };
        if !examples.request.body().is_empty() {
            conform(
                "request".into(),
                &op["requestBody"]["content"]["application/json"]["schema"],
                examples.request.body(),
            );
        }
        let ok = examples.response.status().as_u16().to_string();
        conform(
            "response".into(),
            json_schema(&op["responses"][&ok]),
            examples.response.body(),
        );
        for error in &examples.errors {
            let status = error.status().as_u16().to_string();
            conform(
                format!("{status} error"),
                json_schema(&op["responses"][&status]),
                error.body(),
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn each_request_example_gets_a_documented_answer_from_the_server() {
    let config = Config {
        prefix: Some("/prod".into()),
        ..Config::default()
    };
    let server = start(config.server(Store::new())).await;
    let document = document(Some("/prod"));
    let doc = document.to_json();
    let mut failures = Vec::new();
    let mut sent = 0;
    for examples in document.examples() {
        let (prefix, examples) = examples.expect("every operation has examples");
        let request = &examples.request;
        let mut wire = format!(
            "{} {prefix}{} HTTP/1.1\r\nhost: {}\r\nconnection: close\r\ncontent-length: {}\r\n",
            request.method(),
            request.uri(),
            server.addr,
            request.body().len()
        );
        for (name, value) in request.headers() {
            wire.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap()));
        }
        wire.push_str("\r\n");
        let mut bytes = wire.into_bytes();
        bytes.extend_from_slice(request.body());
        let response = raw::exchange(server.addr, &bytes).await;
        sent += 1;

        let op = documented(&doc, examples.operation);
        let status = response.status.to_string();
        let Some(answer) = op["responses"].get(&status) else {
            failures.push(format!(
                "{}: {status} is not documented: {}",
                examples.operation,
                response.text()
            ));
            continue;
        };
        for v in violations(&doc, json_schema(answer), &response.json()) {
            failures.push(format!("{}: {status}: {v}", examples.operation));
        }
        if let Some(code) = response.header("x-amzn-ErrorType") {
            let codes = &answer["headers"]["x-amzn-ErrorType"]["schema"]["enum"];
            if !codes
                .as_array()
                .is_some_and(|c| c.iter().any(|c| c == code))
            {
                failures.push(format!(
                    "{}: {status}: x-amzn-ErrorType {code} is not documented",
                    examples.operation
                ));
            }
        }
    }
    server.shut_down().await;
    assert_eq!(sent, 31, "one example per operation");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
