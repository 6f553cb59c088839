use opwire::operation;

#[operation(POST, "/backend", response = String, response = u32)]
pub struct CreateBackend {
    pub app_name: String,
}

fn main() {}
