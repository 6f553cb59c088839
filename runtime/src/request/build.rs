//! The client side: an operation value into an `http::Request`.

use std::fmt::Write as _;

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderName, HeaderValue, Method, Request};
use serde::Serialize;

use crate::encoding::{EncodingWriter, LABEL};
use crate::error::BuildError;
use crate::text::{Text, Write};

/// Assembles a request from the pieces generated code hands it: the rendered
/// path, then query parameters, headers and the JSON body.
#[doc(hidden)]
#[derive(Debug)]
pub struct RequestBuilder {
    method: Method,
    uri: String,
    has_query: bool,
    headers: HeaderMap,
    body: Bytes,
}

impl RequestBuilder {
    /// Starts a request to `path` (already rendered and encoded).
    pub fn new(method: Method, path: String) -> Self {
        RequestBuilder {
            method,
            uri: path,
            has_query: false,
            headers: HeaderMap::new(),
            body: Bytes::new(),
        }
    }

    /// Appends `name=value` to the query string, the value written by
    /// `write` (its type's [`QueryParam`](crate::QueryParam) function).
    pub fn query<T>(
        &mut self,
        name: &'static str,
        field: &'static str,
        value: &T,
        write: Write<T>,
    ) -> Result<(), BuildError> {
        self.uri.push(if self.has_query { '&' } else { '?' });
        self.has_query = true;
        crate::encoding::encode_into(&mut self.uri, name, LABEL);
        self.uri.push('=');
        let mut writer = EncodingWriter::new(&mut self.uri, LABEL);
        write!(writer, "{}", Text(value, write)).map_err(|_| BuildError::Display { field })
    }

    /// Appends `name=value` when the value is present.
    pub fn query_opt<T>(
        &mut self,
        name: &'static str,
        field: &'static str,
        value: &Option<T>,
        write: Write<T>,
    ) -> Result<(), BuildError> {
        match value {
            Some(value) => self.query(name, field, value, write),
            None => Ok(()),
        }
    }

    /// Appends `name=value` once per value, in order.
    pub fn query_all<T>(
        &mut self,
        name: &'static str,
        field: &'static str,
        values: &[T],
        write: Write<T>,
    ) -> Result<(), BuildError> {
        values
            .iter()
            .try_for_each(|value| self.query(name, field, value, write))
    }

    /// Sets a header, the value written by `write` (its type's
    /// [`HeaderField`](crate::HeaderField) function).
    pub fn header<T>(
        &mut self,
        name: HeaderName,
        field: &'static str,
        value: &T,
        write: Write<T>,
    ) -> Result<(), BuildError> {
        let mut text = String::new();
        write!(text, "{}", Text(value, write)).map_err(|_| BuildError::Display { field })?;
        self.set_header(name, field, text)
    }

    /// Sets a header when the value is present.
    pub fn header_opt<T>(
        &mut self,
        name: HeaderName,
        field: &'static str,
        value: &Option<T>,
        write: Write<T>,
    ) -> Result<(), BuildError> {
        match value {
            Some(value) => self.header(name, field, value, write),
            None => Ok(()),
        }
    }

    /// Sets a header to a comma-separated list of the values, each written
    /// by `write` (its type's [`HeaderField::write_list_item`]); no header
    /// for no values.
    ///
    /// [`HeaderField::write_list_item`]: crate::HeaderField::write_list_item
    pub fn header_all<T>(
        &mut self,
        name: HeaderName,
        field: &'static str,
        values: &[T],
        write: Write<T>,
    ) -> Result<(), BuildError> {
        if values.is_empty() {
            return Ok(());
        }
        self.header_list(name, field, values, write)
    }

    /// Sets a header to the list when there is one, even an empty one (an
    /// empty header).
    pub fn header_opt_all<T>(
        &mut self,
        name: HeaderName,
        field: &'static str,
        values: &Option<Vec<T>>,
        write: Write<T>,
    ) -> Result<(), BuildError> {
        match values {
            Some(values) => self.header_list(name, field, values, write),
            None => Ok(()),
        }
    }

    fn header_list<T>(
        &mut self,
        name: HeaderName,
        field: &'static str,
        values: &[T],
        write: Write<T>,
    ) -> Result<(), BuildError> {
        let mut text = String::new();
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            write!(text, "{}", Text(value, write)).map_err(|_| BuildError::Display { field })?;
        }
        self.set_header(name, field, text)
    }

    fn set_header(
        &mut self,
        name: HeaderName,
        field: &'static str,
        text: String,
    ) -> Result<(), BuildError> {
        let Ok(value) = HeaderValue::try_from(text) else {
            return Err(BuildError::InvalidHeader {
                header: name,
                field,
            });
        };
        self.headers.insert(name, value);
        Ok(())
    }

    /// Sets the body to a payload, and its content type unless a header
    /// field set one.
    pub fn payload(&mut self, body: Bytes, content_type: &'static str) {
        if !body.is_empty() && !self.headers.contains_key(CONTENT_TYPE) {
            self.headers
                .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        self.body = body;
    }

    /// Sets the JSON body and its content type.
    pub fn json<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<(), BuildError> {
        let bytes = serde_json::to_vec(body).map_err(BuildError::Body)?;
        self.headers
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        self.body = Bytes::from(bytes);
        Ok(())
    }

    /// The finished request, with an origin-form URI.
    pub fn finish(self) -> Result<Request<Bytes>, BuildError> {
        let mut request = Request::new(self.body);
        *request.method_mut() = self.method;
        *request.uri_mut() =
            http::Uri::try_from(self.uri).map_err(|err| BuildError::Uri(err.into()))?;
        *request.headers_mut() = self.headers;
        Ok(request)
    }
}
