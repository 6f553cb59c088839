// `#[operation]` on a union: it needs a struct with named fields.
use opwire::operation;

#[operation(GET, "/a")]
pub union Raw {
    pub a: u32,
    pub b: f32,
}

fn main() {}
