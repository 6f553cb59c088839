// `#[derive(ErrorSet)]` misuse, one mistake per item.
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
pub enum Generic<T> {
    #[status(404)]
    NotFoundException(NotFoundException),
    #[status(500)]
    Other(T),
}

#[derive(Debug, ErrorSet)]
pub struct NotAnEnum(NotFoundException);

#[derive(Debug, ErrorSet)]
pub enum StatusTwice {
    #[status(404)]
    #[status(410)]
    NotFoundException(NotFoundException),
}

#[derive(Debug, ErrorSet)]
pub enum NotCode {
    #[status(404, name = "Missing")]
    NotFoundException(NotFoundException),
}

#[derive(Debug, ErrorSet)]
pub enum EmptyCode {
    #[status(404, code = "")]
    NotFoundException(NotFoundException),
}

#[derive(Debug, ErrorSet)]
pub enum WrappedTwice {
    #[status(404)]
    NotFoundException(NotFoundException),
    #[status(410)]
    Gone(NotFoundException),
}

#[derive(Debug, ErrorSet)]
pub enum CodeTwice {
    #[status(404)]
    NotFoundException(NotFoundException),
    #[status(409, code = "NotFoundException")]
    ConflictException(ConflictException),
}

fn main() {}
