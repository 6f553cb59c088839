// `#[header]` needs the header's name.
use opwire::operation;

#[operation(GET, "/a")]
pub struct Op {
    #[header]
    pub token: Option<String>,
}

fn main() {}
