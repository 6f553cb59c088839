//! The errors of each side: building a request, decoding a request, a
//! handler's failure, parsing a response, and the typed error sets of
//! operations.

mod build;
mod handler;
mod request;
mod response;
mod set;

pub use build::BuildError;
pub use handler::{HandlerError, InternalFailure};
pub use request::{RequestError, RequestErrorKind};
pub use response::ResponseError;
pub use set::{ErrorInfo, ErrorSet};
