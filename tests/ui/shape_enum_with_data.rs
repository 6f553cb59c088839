use opwire::shape;

#[shape]
pub enum Setting {
    On,
    Custom(String),
}

fn main() {}
