use opwire::operation;

#[operation(POST, "/backend", respons = String, retries = 3)]
pub struct CreateBackend {
    pub app_name: String,
}

fn main() {}
