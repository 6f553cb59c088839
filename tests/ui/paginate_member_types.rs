// The members `paginate(…)` names in the response have the wrong types:
// each error points at the member's name in the attribute.
use opwire::{operation, shape};

#[shape]
#[derive(Debug, Clone)]
pub struct Page {
    pub items: Option<Vec<u32>>,
    pub next_token: Option<u64>,
}

#[operation(POST, "/a", response = Page,
    paginate(input_token = next_token, output_token = next_token, items = items, item = String))]
#[derive(Clone)]
pub struct ListThings {
    pub next_token: Option<String>,
}

fn main() {}
