//! Requests: built from an operation value on the client side, decoded into
//! one on the server side.

mod build;
mod decode;

pub use build::RequestBuilder;
pub use decode::Incoming;
pub(crate) use decode::{from_request, parse};
