//! The server side: a matched request decoded into an operation value.

use std::fmt::Display;
use std::str::FromStr;

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderName, Request};
use serde::de::DeserializeOwned;

use crate::encoding::{decode_label, decode_query};
use crate::error::{RequestError, RequestErrorKind};
use crate::json::{self, Empty};
use crate::template::{Captures, Segment, nth_label};
use crate::text::Parse;

/// A request whose path matched a template, with its raw label values;
/// generated `decode` functions read each field from it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    query: &'a str,
    headers: &'a HeaderMap,
    body: &'a Bytes,
    segments: &'static [Segment],
    captures: &'a Captures<'a>,
}

impl<'a> Incoming<'a> {
    /// The parts of a request that decoding reads: the query string (empty
    /// when there is none), the headers and the body.
    pub(crate) fn new(
        query: &'a str,
        headers: &'a HeaderMap,
        body: &'a Bytes,
        segments: &'static [Segment],
        captures: &'a Captures<'a>,
    ) -> Self {
        Incoming {
            query,
            headers,
            body,
            segments,
            captures,
        }
    }

    /// The `index`-th label, percent-decoded and parsed by `parse` (the
    /// field type's [`PathLabel::parse_label`](crate::PathLabel), named at
    /// the call so that a type that is not one is refused there, on the
    /// field's type) as `expected` (the type as its declaration names it,
    /// for the error message).
    pub fn label<T>(
        &self,
        index: usize,
        expected: &'static str,
        parse: fn(&str, &str) -> Result<T, String>,
    ) -> Result<T, RequestError> {
        // The label's name is only looked up for an error.
        let invalid = |message: &dyn Fn(&str) -> String| {
            let name = nth_label(self.segments, index)
                .and_then(Segment::label_name)
                .unwrap_or("?");
            RequestError::new(
                RequestErrorKind::InvalidLabel,
                Some(name.to_owned()),
                message(name),
            )
        };
        let Some(raw) = self.captures.get(index) else {
            return Err(invalid(&|name| format!("Missing path parameter `{name}`")));
        };
        let text = decode_label(raw)
            .map_err(|err| invalid(&|name| format!("Invalid path parameter `{name}`: {err}")))?;
        parse(&text, expected).map_err(|err| {
            invalid(&|name| format!("Invalid value for path parameter `{name}`: {err}"))
        })
    }

    /// A required query parameter.
    pub fn query<T>(
        &self,
        name: &'static str,
        expected: &'static str,
        parse: Parse<T>,
    ) -> Result<T, RequestError> {
        self.query_opt(name, expected, parse)?.ok_or_else(|| {
            RequestError::new(
                RequestErrorKind::MissingQuery,
                Some(name.to_owned()),
                format!("Missing required query parameter `{name}`"),
            )
        })
    }

    /// An optional query parameter; given more than once is an error.
    pub fn query_opt<T>(
        &self,
        name: &'static str,
        expected: &'static str,
        parse: Parse<T>,
    ) -> Result<Option<T>, RequestError> {
        let mut values = self.query_values(name, expected, parse);
        let Some(first) = values.next() else {
            return Ok(None);
        };
        if values.next().is_some() {
            return Err(invalid_query(name, "it is given more than once".to_owned()));
        }
        first.map(Some)
    }

    /// Every value of a repeated query parameter, in order.
    pub fn query_all<T>(
        &self,
        name: &'static str,
        expected: &'static str,
        parse: Parse<T>,
    ) -> Result<Vec<T>, RequestError> {
        self.query_values(name, expected, parse).collect()
    }

    /// The parsed values of query parameter `name`.
    fn query_values<T>(
        &self,
        name: &'static str,
        expected: &'static str,
        parse: Parse<T>,
    ) -> impl Iterator<Item = Result<T, RequestError>> + use<'a, T> {
        self.query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
            .filter(move |(key, _)| decode_query(key).is_ok_and(|key| key == name))
            .map(move |(_, raw)| {
                let text = decode_query(raw).map_err(|err| invalid_query(name, err.to_string()))?;
                parse(&text, expected).map_err(|err| invalid_query(name, err))
            })
    }

    /// A required header.
    pub fn header<T>(
        &self,
        name: &HeaderName,
        expected: &'static str,
        parse: Parse<T>,
    ) -> Result<T, RequestError> {
        self.header_opt(name, expected, parse)?.ok_or_else(|| {
            RequestError::new(
                RequestErrorKind::MissingHeader,
                Some(name.as_str().to_owned()),
                format!("Missing required header `{name}`"),
            )
        })
    }

    /// An optional header.
    pub fn header_opt<T>(
        &self,
        name: &HeaderName,
        expected: &'static str,
        parse: Parse<T>,
    ) -> Result<Option<T>, RequestError> {
        let Some(value) = self.headers.get(name) else {
            return Ok(None);
        };
        let invalid = |message: String| invalid_header(name, message);
        let text = value
            .to_str()
            .map_err(|_| invalid("expected visible ASCII characters".to_owned()))?;
        parse(text, expected).map(Some).map_err(invalid)
    }

    /// A list header: every line of it, split into items by `split` (the
    /// type's [`HeaderField::split_list`]), each parsed by `parse`; no
    /// header is no items.
    ///
    /// [`HeaderField::split_list`]: crate::HeaderField::split_list
    pub fn header_all<T>(
        &self,
        name: &HeaderName,
        expected: &'static str,
        split: fn(&str) -> Result<Vec<String>, String>,
        parse: Parse<T>,
    ) -> Result<Vec<T>, RequestError> {
        let invalid = |message: String| invalid_header(name, message);
        let mut values = Vec::new();
        for line in self.headers.get_all(name) {
            let text = line
                .to_str()
                .map_err(|_| invalid("expected visible ASCII characters".to_owned()))?;
            // An empty header is an empty list.
            if text.trim_matches([' ', '\t']).is_empty() {
                continue;
            }
            for item in split(text).map_err(invalid)? {
                values.push(parse(&item, expected).map_err(invalid)?);
            }
        }
        Ok(values)
    }

    /// A list header that may be absent: `None` without it, and an empty
    /// list for an empty header.
    pub fn header_opt_all<T>(
        &self,
        name: &HeaderName,
        expected: &'static str,
        split: fn(&str) -> Result<Vec<String>, String>,
        parse: Parse<T>,
    ) -> Result<Option<Vec<T>>, RequestError> {
        if !self.headers.contains_key(name) {
            return Ok(None);
        }
        self.header_all(name, expected, split, parse).map(Some)
    }

    /// The body, as a payload that must be there.
    pub fn payload<T>(
        &self,
        read: fn(&Bytes) -> Result<T, RequestError>,
    ) -> Result<T, RequestError> {
        read(self.body)
    }

    /// The body, as a payload that may be absent: `None` for the body of
    /// an absent payload (`absent`: empty, or `{}` for a structure).
    pub fn payload_opt<T>(
        &self,
        read: fn(&Bytes) -> Result<T, RequestError>,
        absent: &'static [u8],
    ) -> Result<Option<T>, RequestError> {
        let body = self.body.trim_ascii();
        if body.is_empty() || body == absent {
            return Ok(None);
        }
        read(self.body).map(Some)
    }

    /// The JSON body.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, RequestError> {
        self.check_content_type()?;
        json::decode_request(self.body)
    }

    /// No body fields: an empty body, or any JSON object (its fields ignored).
    pub fn no_body(&self) -> Result<(), RequestError> {
        self.json::<Empty>().map(|_| ())
    }

    fn check_content_type(&self) -> Result<(), RequestError> {
        if self.body.iter().all(crate::json::is_json_whitespace) {
            return Ok(());
        }
        let unsupported = |message: String| {
            RequestError::new(RequestErrorKind::UnsupportedMediaType, None, message)
        };
        let Some(value) = self.headers.get(CONTENT_TYPE) else {
            return Err(unsupported(
                "Missing content type: send the body as `application/json`".to_owned(),
            ));
        };
        let text = value.to_str().unwrap_or("");
        if is_json(text) {
            Ok(())
        } else {
            Err(unsupported(format!(
                "Unsupported content type `{}`: send the body as `application/json`",
                text.escape_debug()
            )))
        }
    }
}

/// `application/json`, `application/json; charset=utf-8`, or any `+json` type.
fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json")
        || essence
            .get(essence.len().saturating_sub(5)..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("+json"))
}

fn invalid_header(name: &HeaderName, message: String) -> RequestError {
    RequestError::new(
        RequestErrorKind::InvalidHeader,
        Some(name.as_str().to_owned()),
        format!("Invalid header `{name}`: {message}"),
    )
}

fn invalid_query(name: &'static str, message: String) -> RequestError {
    RequestError::new(
        RequestErrorKind::InvalidQuery,
        Some(name.to_owned()),
        format!("Invalid query parameter `{name}`: {message}"),
    )
}

/// Parses a decoded value; the error says what was `expected` (`u32`,
/// `ServiceName`: the type as the declaration names it, written by the
/// macro, so messages don't depend on `std::any::type_name`'s unstable
/// text).
pub(crate) fn parse<T>(text: &str, expected: &str) -> Result<T, String>
where
    T: FromStr,
    T::Err: Display,
{
    text.parse().map_err(|err| {
        format!(
            "`{}` is not a valid {expected} ({err})",
            text.escape_debug()
        )
    })
}

/// Matches `request` against `Op`'s method and template and decodes it.
pub(crate) fn from_request<Op: crate::Operation>(
    request: &Request<Bytes>,
) -> Result<Op, RequestError> {
    let path = request.uri().path();
    let Some(captures) = crate::template::match_path(Op::SEGMENTS, path) else {
        return Err(RequestError::new(
            RequestErrorKind::PathMismatch,
            None,
            format!("The path `{path}` does not match `{}`", Op::TEMPLATE),
        ));
    };
    if request.method() != Op::METHOD {
        return Err(RequestError::new(
            RequestErrorKind::MethodMismatch,
            None,
            format!(
                "{} takes {}, not {}",
                Op::NAME,
                Op::METHOD,
                request.method()
            ),
        ));
    }
    let query = request.uri().query().unwrap_or("");
    let incoming = Incoming::new(
        query,
        request.headers(),
        request.body(),
        Op::SEGMENTS,
        &captures,
    );
    Op::__decode(&incoming)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_content_types() {
        for ok in [
            "application/json",
            "Application/JSON; charset=utf-8",
            "application/vnd.api+json",
        ] {
            assert!(is_json(ok), "{ok}");
        }
        for bad in [
            "",
            "text/plain",
            "application/x-www-form-urlencoded",
            "json",
        ] {
            assert!(!is_json(bad), "{bad}");
        }
    }

    #[test]
    fn a_value_that_does_not_parse_names_the_expected_type() {
        assert_eq!(parse::<u32>("25", "u32"), Ok(25));
        assert_eq!(
            parse::<u32>("many", "u32").unwrap_err(),
            "`many` is not a valid u32 (invalid digit found in string)"
        );
    }
}
