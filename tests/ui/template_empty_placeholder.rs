use opwire::operation;

#[operation(GET, "/backend/<>")]
pub struct GetBackend {}

fn main() {}
