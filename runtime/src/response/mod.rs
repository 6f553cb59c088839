//! Responses: encoded from a handler's result on the server side, parsed
//! back into it on the client side.

mod encode;
mod parse;

pub(crate) use encode::{Strings, internal_error, message_response, respond, static_header};
pub(crate) use parse::parse_response;
