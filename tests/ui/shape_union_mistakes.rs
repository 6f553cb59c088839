use opwire::shape;

/// A union: each variant holds one value.
#[shape]
#[derive(Debug)]
pub enum Contents {
    Text(String),
    Pair(String, String),
    Point { x: u32 },
    #[serde(default)]
    Count(u32),
    #[serde(rename = "text")]
    Other(String),
}

fn main() {}
