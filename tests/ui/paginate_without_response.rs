// A paginated operation needs the page type its members name.
use opwire::operation;

#[operation(POST, "/a",
    paginate(input_token = next_token, output_token = next_token, items = items, item = String))]
#[derive(Clone)]
pub struct ListThings {
    pub next_token: Option<String>,
}

fn main() {}
