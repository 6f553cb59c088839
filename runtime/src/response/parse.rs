//! The client side: an `http::Response` into the operation's result.

use bytes::Bytes;
use http::Response;
use serde::de::DeserializeOwned;

use crate::error::{ErrorSet, ResponseError};
use crate::json;
use crate::response::encode::ERROR_TYPE;

/// A 2xx response into `R`; anything else into a declared error of `E` (by
/// the `x-amzn-ErrorType` header, then a `__type`/`code` body field, then
/// the status) or an undeclared one.
pub(crate) fn parse_response<R, E>(response: &Response<Bytes>) -> Result<R, ResponseError<E>>
where
    R: DeserializeOwned,
    E: ErrorSet,
{
    let status = response.status();
    let body = response.body();
    let malformed = |err: serde_json::Error| ResponseError::Malformed {
        status,
        message: err.to_string(),
        body: body.clone(),
    };
    if status.is_success() {
        return json::decode_response(body).map_err(malformed);
    }
    let code = error_code(response);
    let index = match &code {
        Some(code) => E::ERRORS.iter().position(|info| info.code == code),
        None => E::ERRORS.iter().position(|info| info.status == status),
    };
    match index {
        Some(index) => match E::from_json(index, body) {
            Ok(err) => Err(ResponseError::Modeled(err)),
            Err(err) => Err(malformed(err)),
        },
        None => Err(ResponseError::Unmodeled {
            status,
            code,
            body: body.clone(),
        }),
    }
}

/// The error code as AWS clients find it: the `x-amzn-ErrorType` header,
/// else a `__type` or `code` field of the body; namespace (`ns#Code`) and
/// suffix (`Code:http://…`) removed.
pub(crate) fn error_code(response: &Response<Bytes>) -> Option<String> {
    if let Some(value) = response.headers().get(ERROR_TYPE) {
        if let Ok(text) = value.to_str() {
            return Some(sanitize(text).to_owned());
        }
    }
    let fields: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(response.body()).ok()?;
    let code = ["__type", "code"]
        .iter()
        .find_map(|name| fields.get(*name)?.as_str())?;
    Some(sanitize(code).to_owned())
}

fn sanitize(code: &str) -> &str {
    let code = code.split(':').next().unwrap_or(code);
    code.rsplit('#').next().unwrap_or(code).trim()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn codes_are_sanitized_like_aws_clients_do() {
        assert_eq!(sanitize("NotFoundException"), "NotFoundException");
        assert_eq!(
            sanitize("aws.amplify#NotFoundException"),
            "NotFoundException"
        );
        assert_eq!(
            sanitize("NotFoundException:http://internal.amazon.com/coral/"),
            "NotFoundException"
        );
    }
}
