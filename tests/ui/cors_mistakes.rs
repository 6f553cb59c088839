// Mistakes inside `cors(…)`, one per declaration.
use opwire::operation;

#[operation(GET, "/a", cors(headers = ""))]
pub struct EmptyHeaders {}

#[operation(GET, "/b", cors(origin = []))]
pub struct NoOrigin {}

#[operation(GET, "/c", cors(origin = ["*", "https://app.example"]))]
pub struct AnyInAList {}

#[operation(GET, "/d", cors(max_age = 99999999999))]
pub struct MaxAgeTooLarge {}

#[operation(GET, "/e", cors(methods = "GET"))]
pub struct UnknownCorsKey {}

fn main() {}
