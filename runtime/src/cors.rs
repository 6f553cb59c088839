//! CORS: an operation's settings (`const` data from its declaration), and
//! the headers they put on the wire, rendered once per path.
//!
//! The rules, and why each header is there:
//!
//! - `Access-Control-Allow-Headers` is a documented allow-list, not a mirror
//!   of `Access-Control-Request-Headers`: the answer is static (rendered
//!   once, the same for every browser, cacheable), and it says in one place
//!   what a page may send. The default list is every header the AWS SDK for
//!   JavaScript sends from a browser ([`Cors::DEFAULT_ALLOW_HEADERS`]); the
//!   browser test in `tests/tests/browser.rs` fails if the SDK starts
//!   sending one that is not on it. (`*` would not do: it does not cover
//!   `Authorization`, and means nothing with credentials.)
//! - `Access-Control-Expose-Headers` is on every response, so a page can
//!   read the request ID, the error code and the server's clock.
//! - `Access-Control-Max-Age` lets a browser reuse a preflight answer for
//!   ten minutes instead of five seconds.
//! - Origins are `*` or a list. With a list the answer depends on the
//!   request's `Origin`, so every response says `Vary: Origin`; an origin
//!   not on the list gets no `Access-Control-Allow-Origin` and the browser
//!   refuses the page the response.
//! - `Access-Control-Allow-Credentials: true` only when configured, and
//!   only with a list of origins: browsers refuse `*` with credentials.

use bytes::Bytes;
use http::header::{
    ACCESS_CONTROL_ALLOW_CREDENTIALS, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, ACCESS_CONTROL_MAX_AGE, ORIGIN,
    VARY,
};
use http::{HeaderMap, HeaderValue, Response, StatusCode};

use crate::response::static_header;

/// An operation's CORS settings: what the `OPTIONS` preflight of its path
/// answers, and the CORS headers every response on it carries.
///
/// The default, [`Cors::DEFAULT`], lets any origin call the operation with
/// the official AWS SDKs: it allows every header they send, exposes the
/// headers they read, and lets a browser cache the preflight.
/// `#[operation(…, cors(…))]` changes it and `#[operation(…, cors = false)]`
/// turns it off.
///
/// ```
/// use opwire::Cors;
///
/// const SITE: Cors = Cors::DEFAULT
///     .allow_origins(&["https://console.example.com", "http://localhost:3000"])
///     .allow_credentials(true)
///     .max_age(60);
/// assert!(SITE.enabled);
/// assert_eq!(SITE.allow_headers, Cors::DEFAULT_ALLOW_HEADERS);
/// assert!(!Cors::DISABLED.enabled);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Cors {
    /// Whether the path answers preflights and responses carry CORS headers.
    pub enabled: bool,
    /// Which origins get `Access-Control-Allow-Origin`.
    pub allow_origins: AllowOrigins,
    /// `Access-Control-Allow-Headers` of the preflight answer.
    pub allow_headers: &'static str,
    /// `Access-Control-Expose-Headers` of every response (empty: none).
    pub expose_headers: &'static str,
    /// `Access-Control-Max-Age` of the preflight answer, in seconds.
    pub max_age: Option<u32>,
    /// `Access-Control-Allow-Credentials: true` (only with listed origins).
    pub allow_credentials: bool,
}

/// The origins a [`Cors`] setting allows.
///
/// ```
/// use opwire::{AllowOrigins, Cors};
///
/// assert_eq!(Cors::DEFAULT.allow_origins, AllowOrigins::Any);
/// const SITE: Cors = Cors::DEFAULT.allow_origins(&["https://console.example.com"]);
/// assert_eq!(SITE.allow_origins, AllowOrigins::List(&["https://console.example.com"]));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowOrigins {
    /// Any origin: `Access-Control-Allow-Origin: *`, the same for every
    /// request.
    Any,
    /// These origins (`https://console.example.com`), compared exactly with
    /// the request's `Origin`; the answer names the matching one and says
    /// `Vary: Origin`.
    List(&'static [&'static str]),
}

impl Cors {
    /// The request headers the AWS SDKs for JavaScript send from a browser,
    /// with API Gateway's "Enable CORS" list first
    /// ([`Cors::API_GATEWAY_ALLOW_HEADERS`]):
    ///
    /// | header | sent by |
    /// | --- | --- |
    /// | `Content-Type` | the protocol serializer, `application/json` |
    /// | `X-Amz-Date`, `Authorization` | SigV4 signing |
    /// | `X-Api-Key` | API Gateway usage plans |
    /// | `X-Amz-Security-Token` | SigV4 with session credentials |
    /// | `X-Amz-Content-Sha256` | SigV4: the payload hash |
    /// | `X-Amz-User-Agent` | the user-agent middleware (browsers forbid `User-Agent`) |
    /// | `Amz-Sdk-Invocation-Id` | the retry middleware: one ID per call |
    /// | `Amz-Sdk-Request` | the retry middleware: `attempt=1; max=3` |
    pub const DEFAULT_ALLOW_HEADERS: &'static str = "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,\
         X-Amz-Content-Sha256,X-Amz-User-Agent,Amz-Sdk-Invocation-Id,Amz-Sdk-Request";

    /// The request headers API Gateway's "Enable CORS" allows.
    pub const API_GATEWAY_ALLOW_HEADERS: &'static str =
        "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token";

    /// The response headers a page may read besides the CORS-safelisted
    /// ones: the request ID and error code (how the SDKs name and type an
    /// error), the error message, `Date` (the SDKs correct clock skew from
    /// it) and `Retry-After` (the SDKs' retry delay after a 429).
    pub const DEFAULT_EXPOSE_HEADERS: &'static str =
        "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date,Retry-After";

    /// How long a browser may reuse a preflight answer by default: 600
    /// seconds (without the header, browsers keep it for 5 seconds).
    pub const DEFAULT_MAX_AGE: u32 = 600;

    /// The default: any origin, the headers the AWS SDKs send and read,
    /// preflights cached for [`DEFAULT_MAX_AGE`](Self::DEFAULT_MAX_AGE)
    /// seconds, no credentials.
    pub const DEFAULT: Cors = Cors {
        enabled: true,
        allow_origins: AllowOrigins::Any,
        allow_headers: Cors::DEFAULT_ALLOW_HEADERS,
        expose_headers: Cors::DEFAULT_EXPOSE_HEADERS,
        max_age: Some(Cors::DEFAULT_MAX_AGE),
        allow_credentials: false,
    };

    /// Exactly API Gateway's "Enable CORS" defaults: any origin, its five
    /// headers, nothing exposed, no `Access-Control-Max-Age`. The AWS SDK
    /// for JavaScript cannot call an API with these from a browser.
    pub const API_GATEWAY: Cors = Cors {
        enabled: true,
        allow_origins: AllowOrigins::Any,
        allow_headers: Cors::API_GATEWAY_ALLOW_HEADERS,
        expose_headers: "",
        max_age: None,
        allow_credentials: false,
    };

    /// CORS off: no preflight answer, no CORS headers.
    pub const DISABLED: Cors = Cors {
        enabled: false,
        ..Cors::DEFAULT
    };

    /// Allows any origin: `Access-Control-Allow-Origin: *`.
    pub const fn allow_any_origin(self) -> Self {
        Cors {
            allow_origins: AllowOrigins::Any,
            ..self
        }
    }

    /// Allows these origins, and no other.
    pub const fn allow_origins(self, origins: &'static [&'static str]) -> Self {
        Cors {
            allow_origins: AllowOrigins::List(origins),
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

    /// Sets `Access-Control-Expose-Headers` (`""`: none).
    pub const fn expose_headers(self, headers: &'static str) -> Self {
        Cors {
            expose_headers: headers,
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

    /// Sends `Access-Control-Allow-Credentials: true`, so a page may send
    /// cookies or HTTP authentication. Needs listed origins: a route with
    /// credentials and any origin is refused when it is added.
    pub const fn allow_credentials(self, allow: bool) -> Self {
        Cors {
            allow_credentials: allow,
            ..self
        }
    }
}

impl Default for Cors {
    fn default() -> Self {
        Cors::DEFAULT
    }
}

/// The methods an unknown path's preflight allows: every standard one, so
/// that the request itself reaches the router and the page can read its 404.
pub(crate) const ANY_METHOD: &str = "GET,HEAD,POST,PUT,PATCH,DELETE";

const ANY: HeaderValue = HeaderValue::from_static("*");
const TRUE: HeaderValue = HeaderValue::from_static("true");
const ORIGIN_NAME: HeaderValue = HeaderValue::from_static("origin");

/// The CORS headers of one path, rendered once when its routes are added.
#[derive(Debug, Clone)]
pub(crate) struct PathCors {
    origins: Origins,
    expose: Option<HeaderValue>,
    credentials: bool,
    allow_methods: HeaderValue,
    allow_headers: HeaderValue,
    max_age: Option<HeaderValue>,
}

#[derive(Debug, Clone)]
enum Origins {
    Any,
    List(Vec<HeaderValue>),
}

impl PathCors {
    /// Renders `cors` for a path whose methods are `methods` ("GET,POST");
    /// a message if it cannot be put on the wire.
    pub(crate) fn new(cors: &Cors, methods: &str) -> Result<Self, String> {
        let header = |what: &str, value: &'static str| {
            static_header(value)
                .ok_or_else(|| format!("the CORS {what} `{value}` is not a valid header value"))
        };
        let origins = match cors.allow_origins {
            AllowOrigins::Any if cors.allow_credentials => {
                return Err("CORS with credentials needs a list of origins: \
                            browsers refuse `Access-Control-Allow-Origin: *` with credentials"
                    .to_owned());
            }
            AllowOrigins::Any => Origins::Any,
            AllowOrigins::List(list) => Origins::List(
                list.iter()
                    .map(|origin| match *origin {
                        "" | "*" => Err(format!(
                            "the CORS origin `{origin}` is not an origin such as `https://example.com`"
                        )),
                        origin => header("origin", origin),
                    })
                    .collect::<Result<_, _>>()?,
            ),
        };
        let expose = match cors.expose_headers {
            "" => None,
            headers => Some(header("expose headers", headers)?),
        };
        Ok(PathCors {
            origins,
            expose,
            credentials: cors.allow_credentials,
            allow_methods: HeaderValue::from_str(&format!("{methods},OPTIONS"))
                .map_err(|_| format!("the methods `{methods}` are not a valid header value"))?,
            allow_headers: header("allowed headers", cors.allow_headers)?,
            max_age: cors.max_age.map(HeaderValue::from),
        })
    }

    /// The CORS headers of the response to a request with `request` headers.
    pub(crate) fn answer(&self, request: &HeaderMap) -> CorsAnswer {
        let (allow_origin, vary) = match &self.origins {
            Origins::Any => (Some(ANY), false),
            Origins::List(list) => {
                let origin = request.get(ORIGIN).and_then(|origin| {
                    list.iter()
                        .find(|allowed| allowed.as_bytes() == origin.as_bytes())
                });
                (origin.cloned(), true)
            }
        };
        CorsAnswer {
            allow_origin,
            expose: self.expose.clone(),
            credentials: self.credentials,
            vary,
        }
    }

    /// The preflight answer: 200, empty body, the CORS headers.
    pub(crate) fn preflight(&self, request: &HeaderMap) -> Response<Bytes> {
        let mut response = Response::new(Bytes::new());
        *response.status_mut() = StatusCode::OK;
        let headers = response.headers_mut();
        headers.insert(ACCESS_CONTROL_ALLOW_METHODS, self.allow_methods.clone());
        headers.insert(ACCESS_CONTROL_ALLOW_HEADERS, self.allow_headers.clone());
        if let Some(max_age) = &self.max_age {
            headers.insert(ACCESS_CONTROL_MAX_AGE, max_age.clone());
        }
        self.answer(request).apply(headers);
        response
    }
}

/// The CORS headers of one response, chosen when its request was routed and
/// put on the response when it is ready.
#[derive(Debug, Clone)]
pub(crate) struct CorsAnswer {
    allow_origin: Option<HeaderValue>,
    expose: Option<HeaderValue>,
    credentials: bool,
    vary: bool,
}

impl CorsAnswer {
    /// Adds the headers to a response's.
    pub(crate) fn apply(&self, headers: &mut HeaderMap) {
        if let Some(origin) = &self.allow_origin {
            headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
            if self.credentials {
                headers.insert(ACCESS_CONTROL_ALLOW_CREDENTIALS, TRUE);
            }
        }
        if let Some(expose) = &self.expose {
            headers.insert(ACCESS_CONTROL_EXPOSE_HEADERS, expose.clone());
        }
        if self.vary {
            headers.append(VARY, ORIGIN_NAME);
        }
    }
}
