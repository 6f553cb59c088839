// `default = "…"` and `skip_serializing_if = "…"` name functions: a string
// that is not a path is reported on it, once each.
use opwire::shape;

#[shape]
pub struct Page {
    #[serde(default = "1 + 1")]
    pub size: u32,
    #[serde(skip_serializing_if = "is empty")]
    pub tags: Vec<String>,
}

fn main() {}
