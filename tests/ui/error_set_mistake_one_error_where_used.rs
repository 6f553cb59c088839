// One mistake in an error set is one error, also where the set is used: by
// an operation (`error = …`) and through `From`.
use opwire::{ErrorSet, operation};

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotFoundException {
    pub message: Option<String>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct BadRequestException {
    pub message: Option<String>,
}

#[derive(Debug, ErrorSet)]
pub enum AppError {
    #[status(404)]
    NotFoundException(NotFoundException),
    #[status(4000)]
    BadRequestException(BadRequestException),
}

#[operation(GET, "/apps/<appId>", error = AppError)]
pub struct GetApp {
    pub app_id: String,
}

fn main() {
    let _ = AppError::from(NotFoundException { message: None });
    let _ = AppError::from(BadRequestException { message: None });
}
