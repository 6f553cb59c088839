//! CORS metadata of an operation, and the headers it puts on the wire.

use bytes::Bytes;
use http::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    ACCESS_CONTROL_MAX_AGE,
};
use http::{HeaderMap, HeaderValue, Response, StatusCode};

/// An operation's CORS settings: what the `OPTIONS` preflight of its path
/// answers, and the `Access-Control-Allow-Origin` every response carries.
///
/// The default is API Gateway's "Enable CORS": any origin, and the headers
/// AWS clients send. `#[operation(…, cors(…))]` changes it and
/// `#[operation(…, cors = false)]` turns it off.
///
/// ```
/// use opwire::Cors;
///
/// const SITE: Cors = Cors::API_GATEWAY
///     .allow_origin("https://console.example.com")
///     .max_age(600);
/// assert!(SITE.enabled);
/// assert_eq!(SITE.allow_headers, Cors::DEFAULT_ALLOW_HEADERS);
/// assert!(!Cors::DISABLED.enabled);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Cors {
    /// Whether the path answers preflights and responses carry CORS headers.
    pub enabled: bool,
    /// `Access-Control-Allow-Origin`.
    pub allow_origin: &'static str,
    /// `Access-Control-Allow-Headers` of the preflight answer.
    pub allow_headers: &'static str,
    /// `Access-Control-Max-Age` of the preflight answer, in seconds.
    pub max_age: Option<u32>,
}

impl Cors {
    /// The request headers API Gateway's "Enable CORS" allows.
    pub const DEFAULT_ALLOW_HEADERS: &'static str =
        "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token";

    /// API Gateway's "Enable CORS" defaults: any origin, the default headers.
    pub const API_GATEWAY: Cors = Cors {
        enabled: true,
        allow_origin: "*",
        allow_headers: Cors::DEFAULT_ALLOW_HEADERS,
        max_age: None,
    };

    /// CORS off: no preflight answer, no CORS headers.
    pub const DISABLED: Cors = Cors {
        enabled: false,
        ..Cors::API_GATEWAY
    };

    /// Sets `Access-Control-Allow-Origin`.
    pub const fn allow_origin(self, origin: &'static str) -> Self {
        Cors {
            allow_origin: origin,
            ..self
        }
    }

    /// Sets `Access-Control-Allow-Headers`.
    pub const fn allow_headers(self, headers: &'static str) -> Self {
        Cors {
            allow_headers: headers,
            ..self
        }
    }

    /// Sets `Access-Control-Max-Age`, in seconds.
    pub const fn max_age(self, seconds: u32) -> Self {
        Cors {
            max_age: Some(seconds),
            ..self
        }
    }

    /// Whether two settings answer a preflight the same way.
    pub(crate) fn same_answer(&self, other: &Cors) -> bool {
        self.allow_origin == other.allow_origin
            && self.allow_headers == other.allow_headers
            && self.max_age == other.max_age
    }

    /// Adds `Access-Control-Allow-Origin` to a response's headers.
    pub(crate) fn apply(&self, headers: &mut HeaderMap) {
        if !self.enabled {
            return;
        }
        if let Some(origin) = crate::response::static_header(self.allow_origin) {
            headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
    }
}

impl Default for Cors {
    fn default() -> Self {
        Cors::API_GATEWAY
    }
}

/// The CORS headers of one path, rendered once when the route is added.
#[derive(Debug, Clone)]
pub(crate) struct PathCors {
    allow_origin: HeaderValue,
    allow_methods: HeaderValue,
    allow_headers: HeaderValue,
    max_age: Option<HeaderValue>,
}

impl PathCors {
    /// Renders `cors` for a path whose methods are `methods` ("GET,POST").
    /// `None` if a value is not a valid header value.
    pub(crate) fn new(cors: &Cors, methods: &str) -> Option<Self> {
        Some(PathCors {
            allow_origin: crate::response::static_header(cors.allow_origin)?,
            allow_methods: HeaderValue::from_str(&format!("{methods},OPTIONS")).ok()?,
            allow_headers: crate::response::static_header(cors.allow_headers)?,
            max_age: cors.max_age.map(HeaderValue::from),
        })
    }

    /// The preflight answer: 200, empty body, the CORS headers.
    pub(crate) fn preflight(&self) -> Response<Bytes> {
        let mut response = Response::new(Bytes::new());
        *response.status_mut() = StatusCode::OK;
        let headers = response.headers_mut();
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, self.allow_origin.clone());
        headers.insert(ACCESS_CONTROL_ALLOW_METHODS, self.allow_methods.clone());
        headers.insert(ACCESS_CONTROL_ALLOW_HEADERS, self.allow_headers.clone());
        if let Some(max_age) = &self.max_age {
            headers.insert(ACCESS_CONTROL_MAX_AGE, max_age.clone());
        }
        response
    }

    /// Adds `Access-Control-Allow-Origin` to a response's headers.
    pub(crate) fn apply(&self, headers: &mut HeaderMap) {
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, self.allow_origin.clone());
    }
}
