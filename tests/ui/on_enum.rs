use opwire::operation;

#[operation(POST, "/backend")]
pub enum CreateBackend {
    App { name: String },
}

fn main() {}
