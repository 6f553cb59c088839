//! Responses: encoded from a handler's result on the server side, parsed
//! back into it on the client side.

mod encode;
mod parse;

#[cfg(feature = "server")]
pub(crate) use encode::Strings;
#[cfg(any(feature = "server", feature = "lambda"))]
pub(crate) use encode::gateway_timeout;
pub(crate) use encode::{
    internal_error, message_response, respond, respond_handled, static_header,
};
#[cfg(feature = "client")]
pub(crate) use parse::error_code;
pub(crate) use parse::parse_response;
