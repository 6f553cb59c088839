use opwire::operation;

#[operation(POST, "/backend/<appId>")]
pub struct CreateBackend(pub String);

fn main() {}
