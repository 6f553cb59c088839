use opwire::operation;

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotFoundException {
    pub message: Option<String>,
}

#[operation(POST, "/backend", status = 404, errors(200 = NotFoundException))]
pub struct CreateBackend {
    pub app_name: String,
}

fn main() {}
