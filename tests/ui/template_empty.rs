use opwire::operation;

#[operation(GET, "")]
pub struct Root {}

fn main() {}
