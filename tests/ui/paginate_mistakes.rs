// `paginate(…)`: a missing key, a field the struct lacks (with a hint), an
// input token that is not optional, an unknown key; each once, and a use
// of the pages in a client still type-checks.
use opwire::{Paginated, operation, shape};

#[shape]
#[derive(Debug, Clone)]
pub struct Page {
    pub items: Option<Vec<String>>,
    pub next_token: Option<String>,
}

#[operation(POST, "/a", response = Page, paginate(output_token = next_token, items = items, item = String))]
#[derive(Clone)]
pub struct MissingInput {
    pub next_token: Option<String>,
}

#[operation(POST, "/b", response = Page,
    paginate(input_token = next_tokn, output_token = next_token, items = items, item = String))]
#[derive(Clone)]
pub struct NoSuchField {
    pub next_token: Option<String>,
}

#[operation(POST, "/c", response = Page,
    paginate(input_token = next_token, output_token = next_token, items = items, item = String))]
#[derive(Clone)]
pub struct RequiredToken {
    pub next_token: String,
}

#[operation(POST, "/d", response = Page,
    paginate(input_token = next_token, output_token = next_token, items = items, item = String, size = max))]
#[derive(Clone)]
pub struct UnknownKey {
    pub next_token: Option<String>,
}

fn pages<Op: Paginated>(_: Op) {}

fn main() {
    pages(NoSuchField { next_token: None });
    pages(RequiredToken { next_token: String::new() });
}
