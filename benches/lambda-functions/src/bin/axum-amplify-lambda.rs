//! The Lambda benchmark's alternative: the AmplifyBackend routes in axum
//! 0.8 (`benches/src/axum_amplify.rs`, the module the other benchmarks
//! use) as a Lambda function with `lambda_http::run`, over an empty store
//! as `amplify-backend` starts, nested under the REST API's stage `prod`,
//! one invocation at a time on one thread, as `amplify-backend` runs on
//! Lambda.
//!
//! Usage: started by the Lambda runtime (`AWS_LAMBDA_RUNTIME_API` and the
//! function's variables set), as `benches/lambda.sh` does.

#[path = "../../../src/axum_amplify.rs"]
#[allow(dead_code)]
mod axum_amplify;

fn main() -> Result<(), lambda_http::Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(lambda_http::run(axum_amplify::lambda_app(
            amplify_backend::Store::new(),
        )))
}
