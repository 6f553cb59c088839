//! A Lambda event from API Gateway (REST API, v1; HTTP API, v2), a
//! Function URL (v2) or an ALB, read straight into the parts of an
//! `http::Request`: one pass over the JSON, headers into a `HeaderMap`
//! as they are read, the request context kept as raw JSON for handlers
//! that ask for it (see [`GatewayContext`]).
//!
//! Written here rather than taken from lambda_http, whose conversion goes
//! through aws_lambda_events' types (maps of every field), re-parses the
//! URI with `url` and copies the headers: that work was most of an event's
//! cost and of the function's size.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::gateway::{Family, GatewayContext};
use crate::encoding::{LABEL, encode_into};

/// One event as a function URL, API Gateway or an ALB sends it: what
/// [`Function`](super::Function) takes. Read it with serde (lambda_runtime
/// does): `serde_json::from_slice::<Event>(…)`.
///
/// ```
/// let event: opwire::lambda::Event = serde_json::from_str(r#"{
///     "version": "2.0", "rawPath": "/ping", "rawQueryString": "",
///     "headers": {"host": "abc.lambda-url.us-east-1.on.aws"},
///     "requestContext": {"http": {"method": "GET"}, "requestId": "r-1", "stage": "$default"},
///     "isBase64Encoded": false
/// }"#).unwrap();
/// # let _ = event;
/// ```
#[derive(Deserialize)]
#[serde(transparent)]
pub struct Event(Box<RawValue>);

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Event").field(&self.0.get()).finish()
    }
}

/// The fields of an event this conversion reads, borrowed from its JSON
/// where they need no unescaping. (The event arrives as raw JSON and is
/// read here in one pass of serde_json's own, not through lambda_runtime's
/// path-tracking deserializer, whose wrappers would be compiled for each
/// of these types.)
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Fields<'a> {
    /// `"2.0"` for HTTP APIs and Function URLs; absent or `"1.0"` for REST
    /// APIs and ALBs.
    #[serde(borrow, default)]
    version: Option<Cow<'a, str>>,
    /// REST API and ALB.
    #[serde(borrow, default)]
    http_method: Option<Cow<'a, str>>,
    /// REST API (decoded, without the stage) and ALB (as sent).
    #[serde(borrow, default)]
    path: Option<Cow<'a, str>>,
    /// HTTP API and Function URL: the path as sent, with a named stage.
    #[serde(borrow, default)]
    raw_path: Option<Cow<'a, str>>,
    /// HTTP API and Function URL: the query as sent.
    #[serde(borrow, default)]
    raw_query_string: Option<Cow<'a, str>>,
    /// Read only when the event has no `multiValueHeaders`: REST API
    /// events carry both, the multi-value ones complete.
    #[serde(borrow, default)]
    headers: Option<&'a RawValue>,
    /// REST API and ALB (when its target group turns them on): every value
    /// of every header; preferred to `headers`.
    #[serde(default)]
    multi_value_headers: Option<Headers>,
    /// REST API: values decoded. ALB: values as sent. Read only without
    /// the multi-value ones.
    #[serde(borrow, default)]
    query_string_parameters: Option<&'a RawValue>,
    #[serde(default)]
    multi_value_query_string_parameters: Pairs,
    /// HTTP API and Function URL: the `Cookie` header's parts.
    #[serde(default)]
    cookies: Option<Vec<String>>,
    #[serde(borrow)]
    request_context: &'a RawValue,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    is_base64_encoded: bool,
}

/// What of the request context the conversion reads; the rest stays raw.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Lean<'a> {
    #[serde(borrow, default)]
    stage: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    request_id: Option<Cow<'a, str>>,
    #[serde(default)]
    elb: Option<IgnoredAny>,
    #[serde(borrow, default)]
    http: Option<LeanHttp<'a>>,
}

#[derive(Deserialize)]
struct LeanHttp<'a> {
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
}

/// An event that is not a request opwire can route.
#[derive(Debug)]
pub(crate) struct EventError(pub(crate) String);

impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EventError {}

fn bad(what: impl Into<String>) -> EventError {
    EventError(what.into())
}

/// The event as request parts and body, and how to answer it.
pub(crate) struct Inbound {
    pub(crate) parts: http::request::Parts,
    pub(crate) body: Bytes,
    pub(crate) family: Family,
    /// An ALB target group with multi-value headers on wants them back so.
    pub(crate) multi_value: bool,
}

impl Event {
    /// The request this event carries; the gateway's context goes into its
    /// extensions.
    pub(crate) fn into_request(self) -> Result<Inbound, EventError> {
        let fields: Fields<'_> =
            serde_json::from_str(self.0.get()).map_err(|err| bad(format!("the event: {err}")))?;
        fields.into_request()
    }
}

impl Fields<'_> {
    fn into_request(self) -> Result<Inbound, EventError> {
        let lean: Lean<'_> = serde_json::from_str(self.request_context.get())
            .map_err(|err| bad(format!("the event's requestContext: {err}")))?;
        let v2 = self.version.as_deref() == Some("2.0");
        let family = if lean.elb.is_some() {
            Family::Alb
        } else if v2 {
            Family::HttpApi
        } else {
            Family::RestApi
        };

        let method = match family {
            Family::HttpApi => lean.http.as_ref().and_then(|http| http.method.as_deref()),
            _ => self.http_method.as_deref(),
        };
        let method = method.ok_or_else(|| bad("the event has no HTTP method"))?;
        let method = Method::from_bytes(method.as_bytes()).map_err(|_| {
            bad(format!(
                "the event's HTTP method `{method}` is not a method"
            ))
        })?;

        let stage = lean
            .stage
            .as_deref()
            .filter(|s| !s.is_empty() && *s != "$default");
        let uri = match family {
            Family::HttpApi => {
                let raw = self.raw_path.as_deref().unwrap_or("/");
                let path = stage.map_or(raw, |stage| strip_stage(raw, stage));
                let query = self.raw_query_string.as_deref().unwrap_or("");
                let mut out = String::with_capacity(path.len() + query.len() + 1);
                encode_into(&mut out, path, NOT_URI);
                if !query.is_empty() {
                    out.push('?');
                    encode_into(&mut out, query, NOT_URI);
                }
                out
            }
            // API Gateway decoded the path and the query values.
            Family::RestApi => {
                let path = self.path.as_deref().unwrap_or("/");
                let mut out = String::with_capacity(path.len() + 16);
                encode_into(&mut out, path, PATH);
                let query = self.query_pairs()?;
                let mut sep = '?';
                for (name, value) in query.iter() {
                    out.push(sep);
                    encode_into(&mut out, name, LABEL);
                    out.push('=');
                    encode_into(&mut out, value, LABEL);
                    sep = '&';
                }
                out
            }
            // An ALB passes the path and query values as they were sent.
            Family::Alb => {
                let path = self.path.as_deref().unwrap_or("/");
                let mut out = String::with_capacity(path.len() + 16);
                encode_into(&mut out, path, NOT_URI);
                let mut sep = '?';
                for (name, value) in self.query_pairs()?.iter() {
                    out.push(sep);
                    encode_into(&mut out, name, NOT_URI);
                    out.push('=');
                    encode_into(&mut out, value, NOT_URI);
                    sep = '&';
                }
                out
            }
        };
        let uri = Uri::try_from(uri)
            .map_err(|err| bad(format!("the event's path and query are not a URI: {err}")))?;

        let multi_value = self.multi_value_headers.is_some();
        let mut headers = match (self.multi_value_headers, &self.headers) {
            (Some(Headers(multi)), _) if !multi.is_empty() => multi,
            (_, Some(single)) => {
                let Headers(single) = serde_json::from_str(single.get())
                    .map_err(|err| bad(format!("the event's headers: {err}")))?;
                single
            }
            (Some(Headers(empty)), None) => empty,
            (None, None) => HeaderMap::new(),
        };
        if let Some(cookies) = self.cookies.filter(|c| !c.is_empty()) {
            let value = HeaderValue::try_from(cookies.join("; "))
                .map_err(|_| bad("the event's cookies are not a header value"))?;
            headers.insert(http::header::COOKIE, value);
        }

        let body = match self.body {
            None => Bytes::new(),
            Some(body) if self.is_base64_encoded => {
                use base64::Engine;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(body)
                    .map_err(|err| bad(format!("the event's base64 body: {err}")))?;
                Bytes::from(bytes)
            }
            Some(body) => Bytes::from(body),
        };

        let (stage, request_id) = (
            lean.stage.map(Cow::into_owned),
            lean.request_id.map(Cow::into_owned),
        );
        let context = self.request_context.to_owned();
        let gateway = GatewayContext::raw(family, context, stage, request_id);
        let mut request = http::Request::new(());
        *request.method_mut() = method;
        *request.uri_mut() = uri;
        *request.headers_mut() = headers;
        request.extensions_mut().insert(gateway);
        let (parts, ()) = request.into_parts();
        Ok(Inbound {
            parts,
            body,
            family,
            multi_value,
        })
    }

    /// The query parameters, all values of each: the multi-value map when
    /// the event has one.
    fn query_pairs(&self) -> Result<Cow<'_, Pairs>, EventError> {
        if !self.multi_value_query_string_parameters.0.is_empty() {
            return Ok(Cow::Borrowed(&self.multi_value_query_string_parameters));
        }
        let Some(single) = self.query_string_parameters else {
            return Ok(Cow::Owned(Pairs::default()));
        };
        serde_json::from_str(single.get())
            .map(Cow::Owned)
            .map_err(|err| bad(format!("the event's queryStringParameters: {err}")))
    }
}

/// Bytes a decoded path is encoded back with: everything but RFC 3986's
/// path characters (unreserved, sub-delims, `:`, `@`, `/`), so a label's
/// `%` or space reads back as it was.
const PATH: &percent_encoding::AsciiSet = &LABEL
    .remove(b'/')
    .remove(b':')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// Bytes that cannot stand in a URI, encoded in what an HTTP API or an ALB
/// passes on as sent (a client's raw space or non-ASCII byte, which
/// lenient clients send); `%` escapes and delimiters stay as they are.
const NOT_URI: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// `raw` without `/{stage}` in front, when it is there as a whole segment.
fn strip_stage<'a>(raw: &'a str, stage: &str) -> &'a str {
    match raw
        .strip_prefix('/')
        .and_then(|rest| rest.strip_prefix(stage))
    {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => raw,
    }
}

/// Headers read from a JSON object whose values are strings or lists of
/// strings (`null` is none), straight into a `HeaderMap`.
#[derive(Default)]
struct Headers(HeaderMap);

impl<'de> Deserialize<'de> for Headers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct HeadersVisitor;

        impl<'de> Visitor<'de> for HeadersVisitor {
            type Value = Headers;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of header names to strings or lists of strings")
            }

            fn visit_unit<E>(self) -> Result<Headers, E> {
                Ok(Headers::default())
            }

            fn visit_none<E>(self) -> Result<Headers, E> {
                Ok(Headers::default())
            }

            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Headers, D::Error> {
                d.deserialize_any(self)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Headers, A::Error> {
                let mut headers = HeaderMap::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(name) = map.next_key::<Text<'de>>()? {
                    let name = HeaderName::from_bytes(name.0.as_bytes()).map_err(|_| {
                        de::Error::custom(format_args!("`{}` is not a header name", name.0))
                    })?;
                    map.next_value_seed(HeaderValues {
                        headers: &mut headers,
                        name,
                    })?;
                }
                Ok(Headers(headers))
            }
        }

        deserializer.deserialize_option(HeadersVisitor)
    }
}

/// The values of one header (a string, a list of strings, or `null`),
/// appended to the map as they are read.
struct HeaderValues<'a> {
    headers: &'a mut HeaderMap,
    name: HeaderName,
}

impl HeaderValues<'_> {
    /// Not generic over the error type: one copy for every caller.
    fn append(&mut self, value: &str) -> Result<(), String> {
        let value = HeaderValue::from_str(value)
            .map_err(|_| format!("the value of `{}` is not a header value", self.name))?;
        self.headers.append(self.name.clone(), value);
        Ok(())
    }
}

impl<'de> de::DeserializeSeed<'de> for HeaderValues<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for HeaderValues<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a list of strings")
    }

    fn visit_str<E: de::Error>(mut self, value: &str) -> Result<(), E> {
        self.append(value).map_err(E::custom)
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        while let Some(value) = seq.next_element::<Text<'de>>()? {
            self.append(&value.0).map_err(de::Error::custom)?;
        }
        Ok(())
    }
}

/// A string, borrowed from the event when it has no escapes (serde's own
/// `Cow<str>` always copies).
struct Text<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(value)))
            }

            fn visit_str<E>(self, value: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E>(self, value: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(TextVisitor)
    }
}

/// Query parameters from a JSON object of strings or lists of strings, in
/// the event's order.
#[derive(Default, Clone)]
struct Pairs(Vec<(String, Vec<String>)>);

impl Pairs {
    fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .flat_map(|(name, values)| values.iter().map(move |v| (name.as_str(), v.as_str())))
    }
}

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairsVisitor;

        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = Pairs;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of parameter names to strings or lists of strings")
            }

            fn visit_unit<E>(self) -> Result<Pairs, E> {
                Ok(Pairs::default())
            }

            fn visit_none<E>(self) -> Result<Pairs, E> {
                Ok(Pairs::default())
            }

            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Pairs, D::Error> {
                d.deserialize_any(self)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    let values = map.next_value::<Values>()?.0;
                    pairs.push((name, values));
                }
                Ok(Pairs(pairs))
            }
        }

        deserializer.deserialize_option(PairsVisitor)
    }
}

/// A string, a list of strings, or `null` (none).
struct Values(Vec<String>);

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValuesVisitor;

        impl<'de> Visitor<'de> for ValuesVisitor {
            type Value = Values;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Values, E> {
                Ok(Values(vec![value.to_owned()]))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Values, E> {
                Ok(Values(vec![value]))
            }

            fn visit_unit<E>(self) -> Result<Values, E> {
                Ok(Values(Vec::new()))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Values, A::Error> {
                let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(1));
                while let Some(value) = seq.next_element::<String>()? {
                    values.push(value);
                }
                Ok(Values(values))
            }
        }

        deserializer.deserialize_any(ValuesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(event: serde_json::Value) -> Inbound {
        serde_json::from_value::<Event>(event)
            .expect("an event")
            .into_request()
            .expect("a request")
    }

    #[test]
    fn a_rest_api_path_and_query_are_encoded_back_as_sent() {
        let incoming = request(serde_json::json!({
            "httpMethod": "GET", "path": "/backend/my app/100%/a+b",
            "multiValueQueryStringParameters": {"status": ["A B", "C&D"]},
            "queryStringParameters": {"status": "C&D"},
            "headers": {"Host": "h"}, "multiValueHeaders": {"Host": ["h"], "X-Two": ["1", "2"]},
            "requestContext": {"stage": "prod", "requestId": "r-1"},
            "isBase64Encoded": false
        }));
        assert_eq!(incoming.family, Family::RestApi);
        assert_eq!(
            incoming.parts.uri,
            "/backend/my%20app/100%25/a+b?status=A%20B&status=C%26D"
        );
        let two: Vec<_> = incoming.parts.headers.get_all("x-two").iter().collect();
        assert_eq!(two, ["1", "2"]);
    }

    #[test]
    fn an_http_api_stage_comes_off_its_raw_path_whole_segments_only() {
        assert_eq!(strip_stage("/prod/backend", "prod"), "/backend");
        assert_eq!(strip_stage("/prod", "prod"), "/");
        assert_eq!(strip_stage("/production/x", "prod"), "/production/x");
        assert_eq!(strip_stage("/backend", "prod"), "/backend");
        let incoming = request(serde_json::json!({
            "version": "2.0", "rawPath": "/prod/backend/app1/jobs",
            "rawQueryString": "status=A&status=B", "cookies": ["a=1", "b=2"],
            "headers": {"host": "h"},
            "requestContext": {"stage": "prod", "requestId": "r-2", "http": {"method": "GET"}},
            "isBase64Encoded": false
        }));
        assert_eq!(incoming.family, Family::HttpApi);
        assert_eq!(incoming.parts.uri, "/backend/app1/jobs?status=A&status=B");
        assert_eq!(incoming.parts.headers["cookie"], "a=1; b=2");
    }

    #[test]
    fn an_alb_event_keeps_its_query_as_sent_and_base64_bodies_are_decoded() {
        let incoming = request(serde_json::json!({
            "httpMethod": "POST", "path": "/a%20b",
            "multiValueQueryStringParameters": {"q": ["x%20y"]},
            "multiValueHeaders": {"content-type": ["application/json"]},
            "requestContext": {"elb": {"targetGroupArn": "arn"}},
            "body": "e30=", "isBase64Encoded": true
        }));
        assert_eq!(incoming.family, Family::Alb);
        assert!(incoming.multi_value);
        assert_eq!(incoming.parts.uri, "/a%20b?q=x%20y");
        assert_eq!(incoming.body, "{}");
    }

    #[test]
    fn bytes_a_lenient_client_sent_raw_are_encoded_and_escapes_stay() {
        let lenient = request(serde_json::json!({
            "version": "2.0", "rawPath": "/a b/é/%2F", "rawQueryString": "q=x y&r=%26",
            "requestContext": {"http": {"method": "GET"}},
        }));
        assert_eq!(lenient.parts.uri, "/a%20b/%C3%A9/%2F?q=x%20y&r=%26");
    }

    #[test]
    fn an_event_that_is_not_a_request_is_refused_with_what_is_wrong() {
        let refused = |event: serde_json::Value| match serde_json::from_value::<Event>(event) {
            Ok(event) => event.into_request().err().map(|err| err.0),
            Err(err) => Some(err.to_string()),
        };
        let no_method = refused(serde_json::json!({"path": "/", "requestContext": {}}));
        assert_eq!(no_method.as_deref(), Some("the event has no HTTP method"));
        let bad_base64 = refused(serde_json::json!({"httpMethod": "POST", "path": "/",
            "requestContext": {}, "body": "!!", "isBase64Encoded": true}));
        assert!(bad_base64.unwrap().starts_with("the event's base64 body"));
        let bad_header = refused(serde_json::json!({"httpMethod": "GET", "path": "/",
            "headers": {"a b": "1"}, "requestContext": {}}));
        assert!(bad_header.unwrap().contains("`a b` is not a header name"));
    }
}
