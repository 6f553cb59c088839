use opwire::ErrorSet;

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotFoundException {
    pub message: Option<String>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct ConflictException {
    pub message: Option<String>,
}

#[derive(Debug, ErrorSet)]
pub enum ApiError {
    NotFoundException(NotFoundException),
    #[status(200)]
    ConflictException(ConflictException),
    Gone,
}

fn main() {}
