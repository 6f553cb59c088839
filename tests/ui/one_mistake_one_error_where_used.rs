// One mistake in a declaration is one error, however the operation is used:
// in a router, with its error enum, on the client side.
use opwire::{Operation, Router, operation};

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotFoundException {
    pub message: Option<String>,
}

#[operation(GET, "/apps/<appId>", errors(404 = NotFoundException), retries = 3)]
pub struct GetApp {
    pub app_id: String,
}

fn main() {
    let _router: Router = Router::new().route(|op: GetApp| async move {
        let _ = op.app_id;
        Err::<opwire::Empty, _>(GetAppError::from(NotFoundException { message: None }))
    });
    let request = GetApp { app_id: "a1".into() }.to_request();
    let _ = request;
}
