//! The Lambda benchmark's opwire function: the emulator's 31 routes
//! (`amplify_backend::router`) served by `opwire::lambda::run`, and
//! nothing else: the local server, its command line, OpenAPI and SigV4
//! that the `amplify-backend` binary also carries are left out, so it
//! compares with `axum-amplify-lambda` route for route.
//!
//! Usage: started by the Lambda runtime (`AWS_LAMBDA_RUNTIME_API` and the
//! function's variables set), as `benches/lambda.sh` does.

fn main() -> Result<(), opwire::lambda::Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(opwire::lambda::run(amplify_backend::router(
            amplify_backend::Store::new(),
        )))
}
