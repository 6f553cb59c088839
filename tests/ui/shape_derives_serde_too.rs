use opwire::shape;

#[shape]
#[derive(Debug, serde::Serialize)]
pub struct Settings {
    pub name: String,
}

fn main() {}
