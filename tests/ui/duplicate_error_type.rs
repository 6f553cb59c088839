use opwire::operation;

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotFoundException {
    pub message: Option<String>,
}

#[operation(POST, "/backend", errors(404 = NotFoundException, 410 = NotFoundException))]
pub struct CreateBackend {
    pub app_name: String,
}

fn main() {}
