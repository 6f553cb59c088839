use opwire::{Router, operation};

#[operation(GET, "/ping")]
pub struct Ping {}

// A handler must return a future of `Result<Response, Error>`, not a value.
fn ping(_: Ping) -> Result<opwire::Empty, PingError> {
    Ok(opwire::Empty {})
}

fn main() {
    let _: Router = Router::new().route(ping);
}
