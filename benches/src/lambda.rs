//! What the Lambda benchmarks send: the seed operation, ImportBackendStorage
//! of a new bucket for the app `app1` and its environment `prod`, as a REST
//! API (payload format 1.0, stage `prod`) delivers it, from the template in
//! `tests/data/lambda/rest-v1.json`; and the opwire side of the comparison,
//! the emulator's router as a `Function` and as a `LambdaService`.

use amplify_backend::router;
use opwire::lambda::{Function, LambdaService};
use serde_json::{Value, json};

/// The REST API event of ImportBackendStorage for `bucket-{n}`.
pub fn import_event(n: u64) -> Value {
    let mut event: Value =
        serde_json::from_str(include_str!("../../tests/data/lambda/rest-v1.json"))
            .expect("the event template is JSON");
    let path = "/backend/app1/storage/prod/import";
    event["httpMethod"] = json!("POST");
    event["path"] = json!(path);
    event["requestContext"]["httpMethod"] = json!("POST");
    event["requestContext"]["path"] = json!(format!("/prod{path}"));
    event["requestContext"]["requestId"] = json!(format!("request-{n}"));
    event["headers"]["content-type"] = json!("application/json");
    event["multiValueHeaders"]["content-type"] = json!(["application/json"]);
    event["body"] = json!(format!(
        r#"{{"bucketName":"bucket-{n}","serviceName":"S3"}}"#
    ));
    event
}

/// The emulator's 31 routes as a Lambda handler, over a store where
/// `app1`/`prod` exists.
pub fn opwire_service() -> LambdaService {
    LambdaService::new(router(crate::axum_amplify::seeded_store()))
}

/// The emulator's 31 routes as opwire's own Lambda handler, over a store
/// where `app1`/`prod` exists.
pub fn opwire_function() -> Function {
    Function::new(router(crate::axum_amplify::seeded_store()))
}
