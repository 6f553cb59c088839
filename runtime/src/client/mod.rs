//! [`Client`]: sends operations over HTTP/1.1 with hyper and tokio, and
//! over HTTPS (HTTP/2 or HTTP/1.1 by ALPN) with rustls (feature `tls`).

mod error;
mod pages;
mod retry;
#[cfg(feature = "tls")]
mod tls;

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::HeaderName;
use http::header::{CONTENT_LENGTH, HOST};
use http::request::Parts;
use http::uri::{Authority, Scheme};
use http::{HeaderValue, Method, Request, Response, Uri};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client as Legacy;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::Operation;
use crate::error::BuildError;

#[cfg(feature = "sigv4")]
use crate::sigv4::{DefaultCredentials, ProvideCredentials, Signer, SigningError};

pub use error::{ClientError, InvalidBaseUrl, TransportError};
pub use pages::{Items, Pages};
pub use retry::Retries;
use retry::{Retrier, classify_response, classify_transport, uuid};

/// Sends operations to a server and parses the answers into their typed
/// results: the client side of [`Operation`].
///
/// Requires the `client` feature: plain HTTP/1.1 to an `http://` base URL.
/// With the `tls` feature, `https://` too, with rustls: HTTP/2 when the
/// server offers it by ALPN, else HTTP/1.1; the roots come from
/// `tls-webpki-roots` (Mozilla's, compiled in) or `tls-native-roots` (the
/// platform's store; with both features, the platform's, and Mozilla's when
/// the platform has none), or from [`with_tls_config`](Self::with_tls_config).
/// Connections are kept alive and reused (one HTTP/2 connection carries
/// concurrent calls); the client is cheap to clone and the clones share
/// them. With the `sigv4` feature, `Client::signing` signs each attempt
/// with AWS SigV4 and `Client::for_aws` names an AWS endpoint.
///
/// Timeouts, as the AWS SDKs set them by default: connecting (TCP) gives up
/// after 3.1 s ([`connect_timeout`](Self::connect_timeout)); an attempt
/// ([`timeout`](Self::timeout)) and a whole call with its retries
/// ([`total_timeout`](Self::total_timeout)) are unbounded unless set.
///
/// ```no_run
/// use opwire::{Client, ResponseError, operation};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Serialize, Deserialize)]
/// pub struct Job { pub status: Option<String> }
///
/// #[derive(Debug, Serialize, Deserialize)]
/// pub struct NotFoundException { pub message: Option<String> }
///
/// /// Returns one job.
/// #[operation(GET, "/backend/<appId>/job/<jobId>", response = Job,
///     errors(404 = NotFoundException))]
/// pub struct GetJob { pub app_id: String, pub job_id: String }
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// // The base's path is a prefix: this sends GET /prod/backend/app1/job/j1.
/// let client = Client::new("http://127.0.0.1:8080/prod")?;
/// let op = GetJob { app_id: "app1".into(), job_id: "j1".into() };
/// match client.send(&op).await {
///     Ok(job) => println!("status: {:?}", job.status),
///     Err(err) => match err.modeled() {
///         Some(GetJobError::NotFoundException(e)) => println!("no such job: {:?}", e.message),
///         None => println!("failed"),
///     },
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    /// Shared: a clone is one reference count, whatever the pool holds.
    inner: Arc<Inner>,
}

/// What connects: TCP, and TLS over it for `https` with the `tls` feature.
#[cfg(not(feature = "tls"))]
type Connector = HttpConnector;
#[cfg(feature = "tls")]
type Connector = hyper_rustls::HttpsConnector<HttpConnector>;

/// The connect timeout the AWS SDKs use by default.
const CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

#[derive(Clone)]
struct Inner {
    http: Legacy<Connector, Full<Bytes>>,
    /// The TLS configuration of an `https` base URL, kept to rebuild the
    /// connector when the connect timeout changes.
    #[cfg(feature = "tls")]
    tls: Option<Arc<rustls::ClientConfig>>,
    scheme: Scheme,
    authority: Authority,
    host: HeaderValue,
    /// The base URL's path without its trailing `/`: `""` or `"/prod"`.
    prefix: String,
    timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    /// Its quota and jitter are shared by the clones.
    retrier: Arc<Retrier>,
    #[cfg(feature = "sigv4")]
    signing: Option<Arc<Signing>>,
}

/// How each attempt is signed.
#[cfg(feature = "sigv4")]
struct Signing {
    signer: Signer,
    credentials: Box<dyn ProvideCredentials>,
}

impl Client {
    /// A client for the server at `base_url`: `http://host:port` (or
    /// `https://…` with the `tls` feature), with an optional path prefix
    /// (an API stage: `http://127.0.0.1:8080/prod`) that goes before each
    /// operation's path.
    ///
    /// Connecting times out after 3.1 s; attempts and calls are unbounded
    /// (see [`Client`]'s timeouts).
    ///
    /// ```
    /// use opwire::Client;
    ///
    /// let client = Client::new("http://127.0.0.1:8080/prod/")?;
    /// assert_eq!(client.base_url(), "http://127.0.0.1:8080/prod");
    /// assert!(Client::new("127.0.0.1:8080").is_err()); // no scheme
    /// # Ok::<(), opwire::InvalidBaseUrl>(())
    /// ```
    ///
    /// # Errors
    ///
    /// If `base_url` is not an absolute `http` or `https` URL with a host,
    /// or has credentials, a query or a fragment; for `https`, without the
    /// `tls` feature, or without roots (no roots feature, or
    /// `tls-native-roots` alone on a platform whose store is empty).
    pub fn new(base_url: &str) -> Result<Self, InvalidBaseUrl> {
        let base = Base::parse(base_url)?;
        #[cfg(feature = "tls")]
        let tls = match base.scheme == Scheme::HTTPS {
            true => Some(tls::default_config().map_err(|reason| base.invalid(reason))?),
            false => None,
        };
        #[cfg(not(feature = "tls"))]
        if base.scheme == Scheme::HTTPS {
            return Err(base.invalid(
                "`https` needs opwire's `tls` feature (and `tls-webpki-roots` or `tls-native-roots`)",
            ));
        }
        Ok(Client::from_base(
            base,
            #[cfg(feature = "tls")]
            tls,
        ))
    }

    /// A client for `base_url` whose HTTPS connections use `config`: its
    /// roots (a private CA's), client certificates and protocol versions.
    /// The client sets its ALPN protocols (`h2`, `http/1.1`). Requires the
    /// `tls` feature; [`opwire::rustls`](crate::rustls) is the rustls it
    /// takes.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use opwire::rustls::{ClientConfig, RootCertStore};
    ///
    /// let roots = RootCertStore::empty(); // add the private CA here
    /// let provider = Arc::new(opwire::rustls::crypto::ring::default_provider());
    /// let config = ClientConfig::builder_with_provider(provider)
    ///     .with_safe_default_protocol_versions()
    ///     .expect("TLS 1.2 and 1.3")
    ///     .with_root_certificates(roots)
    ///     .with_no_client_auth();
    /// let client = opwire::Client::with_tls_config("https://api.internal.example/prod", config)?;
    /// # let _ = client;
    /// # Ok::<(), opwire::InvalidBaseUrl>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`new`](Self::new), for the URL.
    #[cfg(feature = "tls")]
    pub fn with_tls_config(
        base_url: &str,
        config: rustls::ClientConfig,
    ) -> Result<Self, InvalidBaseUrl> {
        let base = Base::parse(base_url)?;
        let tls = (base.scheme == Scheme::HTTPS).then(|| Arc::new(config));
        Ok(Client::from_base(base, tls))
    }

    fn from_base(
        base: Base,
        #[cfg(feature = "tls")] tls: Option<Arc<rustls::ClientConfig>>,
    ) -> Self {
        let http = pool(
            Some(CONNECT_TIMEOUT),
            #[cfg(feature = "tls")]
            tls.clone(),
        );
        Client {
            inner: Arc::new(Inner {
                http,
                #[cfg(feature = "tls")]
                tls,
                scheme: base.scheme,
                authority: base.authority,
                host: base.host,
                prefix: base.prefix,
                timeout: None,
                total_timeout: None,
                retrier: Arc::new(Retrier::new(Retries::DISABLED)),
                #[cfg(feature = "sigv4")]
                signing: None,
            }),
        }
    }

    /// Bounds connecting (TCP) to the server: 3.1 s unless set, as the AWS
    /// SDKs do; `None` waits as long as the system does. A connection that
    /// is not made in time fails the attempt with a [`TransportError`] whose
    /// [`is_connect`](TransportError::is_connect) is true (retried, when
    /// retries are on).
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        let inner = Arc::make_mut(&mut self.inner);
        inner.http = pool(
            timeout,
            #[cfg(feature = "tls")]
            inner.tls.clone(),
        );
        self
    }

    /// Bounds a whole [`send`](Self::send): every attempt and the waits
    /// between them. Past it the call fails with a [`TransportError`] whose
    /// [`is_timeout`](TransportError::is_timeout) is true. Unbounded unless
    /// set; [`timeout`](Self::timeout) bounds each attempt.
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        Arc::make_mut(&mut self.inner).total_timeout = Some(timeout);
        self
    }

    /// Bounds each attempt of a [`send`](Self::send), from connecting to
    /// the end of the response body; past it the attempt fails with a [`TransportError`] whose
    /// [`is_timeout`](TransportError::is_timeout) is true.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let client = opwire::Client::new("http://127.0.0.1:8080")?.timeout(Duration::from_secs(30));
    /// # let _ = client;
    /// # Ok::<(), opwire::InvalidBaseUrl>(())
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        Arc::make_mut(&mut self.inner).timeout = Some(timeout);
        self
    }

    /// How failed calls are retried: not at all unless set; see
    /// [`Retries`] (the AWS SDKs' standard mode is
    /// [`Retries::STANDARD`]). [`timeout`](Self::timeout) bounds each
    /// attempt.
    pub fn retries(mut self, retries: Retries) -> Self {
        Arc::make_mut(&mut self.inner).retrier = Arc::new(Retrier::new(retries));
        self
    }

    /// Signs every attempt with SigV4: `signer` names the service and
    /// region, `credentials` gives the keys, asked before each attempt (so
    /// a retry is signed anew, with its own date). Requires the `sigv4`
    /// feature.
    ///
    /// The signature covers the whole request as sent, `amz-sdk-*` retry
    /// headers included. For the emulator or any other base URL:
    ///
    /// ```
    /// use opwire::Client;
    /// use opwire::sigv4::{Credentials, Signer};
    ///
    /// let client = Client::new("http://127.0.0.1:8080")?.signing(
    ///     Signer::new("amplifybackend", "us-east-1"),
    ///     Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
    /// );
    /// # let _ = client;
    /// # Ok::<(), opwire::InvalidBaseUrl>(())
    /// ```
    ///
    /// Failures to sign (no credentials) come back as
    /// [`ClientError::Signing`], before anything is sent.
    #[cfg(feature = "sigv4")]
    pub fn signing(mut self, signer: Signer, credentials: impl ProvideCredentials) -> Self {
        Arc::make_mut(&mut self.inner).signing = Some(Arc::new(Signing {
            signer,
            credentials: Box::new(credentials),
        }));
        self
    }

    /// A client for an AWS service in a region, as the AWS SDKs reach it:
    /// `https://{service}.{region}.amazonaws.com` (`.amazonaws.com.cn` in
    /// the `cn-` regions), signed for `service` in `region` with the
    /// [`DefaultCredentials`] chain (environment, then the shared files).
    /// Requires the `sigv4` feature. `service` is the endpoint prefix and
    /// signing name (`amplifybackend`); for an API with a stage, or for the
    /// emulator, use [`new`](Self::new) with [`signing`](Self::signing).
    ///
    /// AWS endpoints are HTTPS only: without the `tls` feature and a roots
    /// feature this returns the [`InvalidBaseUrl`] that [`new`](Self::new)
    /// gives for an `https` URL, naming the endpoint, so that a program
    /// meant for AWS fails when it starts rather than at its first call.
    ///
    /// ```
    /// # #[cfg(feature = "tls-webpki-roots")] {
    /// let client = opwire::Client::for_aws("amplifybackend", "us-east-1")?;
    /// assert_eq!(client.base_url(), "https://amplifybackend.us-east-1.amazonaws.com");
    /// assert!(opwire::Client::for_aws("amplifybackend", "us-east-1/../x").is_err());
    /// # }
    /// # Ok::<(), opwire::InvalidBaseUrl>(())
    /// ```
    ///
    /// # Errors
    ///
    /// If `service` or `region` is not lower-case letters, digits and `-`;
    /// or HTTPS is not available (see above).
    #[cfg(feature = "sigv4")]
    pub fn for_aws(service: &str, region: &str) -> Result<Self, InvalidBaseUrl> {
        let label = |text: &str| {
            !text.is_empty()
                && text
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        let domain = if region.starts_with("cn-") {
            "amazonaws.com.cn"
        } else {
            "amazonaws.com"
        };
        let url = format!("https://{service}.{region}.{domain}");
        if !(label(service) && label(region)) {
            return Err(InvalidBaseUrl {
                url,
                reason: "the service and region are lower-case letters, digits and `-`",
            });
        }
        Ok(Client::new(&url)?.signing(Signer::new(service, region), DefaultCredentials::new()))
    }

    /// The base URL, without a trailing `/`.
    pub fn base_url(&self) -> String {
        format!(
            "{}://{}{}",
            self.inner.scheme, self.inner.authority, self.inner.prefix
        )
    }

    /// Sends `op` and parses the answer: the success value, or a
    /// [`ClientError`] (the operation's declared errors come back as
    /// [`ResponseError::Modeled`](crate::ResponseError::Modeled); see
    /// [`ClientError::modeled`]).
    ///
    /// The operation is taken by reference and its request built before
    /// this returns, so the future borrows neither `op` nor the client: it
    /// is `Send + 'static` and can be spawned. The request gets the base
    /// URL's prefix before its path, a `Host` header and, when it has a body
    /// or its method expects one, `Content-Length`.
    ///
    /// See [`Client`] for an example.
    pub fn send<Op: Operation>(
        &self,
        op: &Op,
    ) -> impl Future<Output = Result<Op::Response, ClientError<Op::Error>>> + Send + 'static + use<Op>
    {
        let request = self.prepare(op);
        let exchange = Exchange {
            http: self.inner.http.clone(),
            timeout: self.inner.timeout,
            #[cfg(feature = "sigv4")]
            signing: self.inner.signing.clone(),
        };
        let retrier = Arc::clone(&self.inner.retrier);
        let total = self.inner.total_timeout;
        async move {
            let (parts, body) = request?;
            let response = match total {
                None => send_with_retries(&exchange, parts, body, &retrier).await?,
                Some(after) => {
                    let uri = parts.uri.clone();
                    tokio::time::timeout(after, send_with_retries(&exchange, parts, body, &retrier))
                        .await
                        .map_err(|elapsed| TransportError::timeout(uri, after, elapsed))??
                }
            };
            Op::parse_response(&response).map_err(ClientError::Response)
        }
    }

    /// `op`'s request with the absolute URI and the headers the wire needs.
    fn prepare<Op: Operation>(&self, op: &Op) -> Result<(Parts, Bytes), BuildError> {
        let (mut parts, body) = op.to_request()?.into_parts();
        let path_and_query = parts
            .uri
            .path_and_query()
            .map_or("/", |path_and_query| path_and_query.as_str());
        parts.uri = Uri::builder()
            .scheme(self.inner.scheme.clone())
            .authority(self.inner.authority.clone())
            .path_and_query(format!("{}{path_and_query}", self.inner.prefix))
            .build()
            .map_err(BuildError::Uri)?;
        parts
            .headers
            .entry(HOST)
            .or_insert_with(|| self.inner.host.clone());
        let expects_body = matches!(parts.method, Method::POST | Method::PUT | Method::PATCH);
        if !body.is_empty() || expects_body {
            parts
                .headers
                .entry(CONTENT_LENGTH)
                .or_insert_with(|| HeaderValue::from(body.len()));
        }
        Ok((parts, body))
    }
}

/// A base URL, checked: what a client is for.
struct Base {
    url: String,
    scheme: Scheme,
    authority: Authority,
    host: HeaderValue,
    prefix: String,
}

impl Base {
    fn parse(base_url: &str) -> Result<Base, InvalidBaseUrl> {
        let invalid = |reason| InvalidBaseUrl {
            url: base_url.to_owned(),
            reason,
        };
        if base_url.contains('#') {
            return Err(invalid("a fragment is not allowed"));
        }
        let uri: Uri = base_url
            .parse()
            .map_err(|_| invalid("it does not parse as a URL"))?;
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return Err(invalid(
                "it needs a scheme and a host, such as `http://127.0.0.1:8080`",
            ));
        };
        if *scheme != Scheme::HTTP && *scheme != Scheme::HTTPS {
            return Err(invalid("the scheme is `http` or `https`"));
        }
        if authority.as_str().contains('@') {
            return Err(invalid("credentials are not allowed"));
        }
        if uri.query().is_some() {
            return Err(invalid("a query is not allowed"));
        }
        let host = HeaderValue::from_str(authority.as_str())
            .map_err(|_| invalid("the host is not a valid `Host` header"))?;
        Ok(Base {
            url: base_url.to_owned(),
            scheme: scheme.clone(),
            authority: authority.clone(),
            host,
            prefix: uri.path().trim_end_matches('/').to_owned(),
        })
    }

    fn invalid(&self, reason: &'static str) -> InvalidBaseUrl {
        InvalidBaseUrl {
            url: self.url.clone(),
            reason,
        }
    }
}

/// The connection pool: TCP with `connect_timeout` and no Nagle delay, and
/// TLS over it with `tls` (HTTP/2 or HTTP/1.1 by ALPN) for `https`.
fn pool(
    connect_timeout: Option<Duration>,
    #[cfg(feature = "tls")] tls: Option<Arc<rustls::ClientConfig>>,
) -> Legacy<Connector, Full<Bytes>> {
    let mut tcp = HttpConnector::new();
    tcp.set_nodelay(true);
    tcp.set_connect_timeout(connect_timeout);
    // The TLS connector hands `https` URIs down to TCP.
    #[cfg(feature = "tls")]
    tcp.enforce_http(false);
    #[cfg(feature = "tls")]
    let connector = tls::connector(tcp, tls);
    #[cfg(not(feature = "tls"))]
    let connector = tcp;
    Legacy::builder(TokioExecutor::new())
        .pool_timer(TokioTimer::new())
        .build(connector)
}

/// What one call needs to make its attempts: the connection pool, the
/// per-attempt timeout, the signing.
struct Exchange {
    http: Legacy<Connector, Full<Bytes>>,
    timeout: Option<Duration>,
    #[cfg(feature = "sigv4")]
    signing: Option<Arc<Signing>>,
}

/// Why an attempt got no response.
enum Failure {
    Transport(TransportError),
    #[cfg(feature = "sigv4")]
    Signing(SigningError),
}

impl<E> From<Failure> for ClientError<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Transport(err) => ClientError::Transport(err),
            #[cfg(feature = "sigv4")]
            Failure::Signing(err) => ClientError::Signing(err),
        }
    }
}

const INVOCATION_ID: HeaderName = HeaderName::from_static("amz-sdk-invocation-id");
const SDK_REQUEST: HeaderName = HeaderName::from_static("amz-sdk-request");

/// Up to the configured number of attempts: the answer to return (a
/// success, a failure not worth retrying, or the last one), or the last
/// attempt's failure.
async fn send_with_retries(
    exchange: &Exchange,
    mut parts: Parts,
    body: Bytes,
    retrier: &Retrier,
) -> Result<Response<Bytes>, Failure> {
    let max = retrier.config().attempts();
    if max == 1 {
        return attempt(exchange, parts, body).await;
    }
    // Hex digits and dashes: always a header value.
    let invocation = HeaderValue::from_str(&uuid(retrier.invocation_bits()))
        .unwrap_or(HeaderValue::from_static("-"));
    parts.headers.insert(INVOCATION_ID, invocation);
    let mut last_cost = None;
    for number in 1..=max {
        let mut parts = parts.clone();
        let progress = HeaderValue::from_str(&format!("attempt={number}; max={max}"))
            .unwrap_or(HeaderValue::from_static("-"));
        parts.headers.insert(SDK_REQUEST, progress);

        let outcome = attempt(exchange, parts, body.clone()).await;
        let retry = match &outcome {
            Ok(response) => classify_response(response),
            Err(Failure::Transport(err)) => classify_transport(err).map(|why| (why, None)),
            #[cfg(feature = "sigv4")]
            Err(Failure::Signing(_)) => None,
        };
        let Some((why, asked)) = retry.filter(|_| number < max) else {
            if outcome
                .as_ref()
                .is_ok_and(|response| response.status().is_success())
            {
                retrier.succeeded(last_cost);
            }
            return outcome;
        };
        let Some(cost) = retrier.acquire(why) else {
            // The quota is spent: failures come back at once until
            // successes refill it.
            return outcome;
        };
        last_cost = Some(cost);
        tokio::time::sleep(retrier.backoff(number, asked)).await;
    }
    unreachable!("the last attempt returns")
}

/// One attempt, signed when the client signs, within the per-attempt
/// timeout.
async fn attempt(
    exchange: &Exchange,
    parts: Parts,
    body: Bytes,
) -> Result<Response<Bytes>, Failure> {
    #[cfg(feature = "sigv4")]
    let parts = {
        let mut parts = parts;
        if let Some(signing) = &exchange.signing {
            sign(signing, &mut parts, &body)
                .await
                .map_err(Failure::Signing)?;
        }
        parts
    };
    let request = Request::from_parts(parts, Full::new(body));
    let http = exchange.http.clone();
    let outcome = match exchange.timeout {
        None => exchange_one(http, request).await,
        Some(after) => {
            let uri = request.uri().clone();
            match tokio::time::timeout(after, exchange_one(http, request)).await {
                Ok(outcome) => outcome,
                Err(elapsed) => Err(TransportError::timeout(uri, after, elapsed)),
            }
        }
    };
    outcome.map_err(Failure::Transport)
}

/// Signs the attempt now, with the credentials the provider gives now.
#[cfg(feature = "sigv4")]
async fn sign(signing: &Signing, parts: &mut Parts, body: &[u8]) -> Result<(), SigningError> {
    let credentials = signing
        .credentials
        .provide_credentials()
        .await
        .map_err(SigningError::Credentials)?;
    signing
        .signer
        .sign_parts(parts, body, &credentials, std::time::SystemTime::now())?;
    Ok(())
}

/// Sends the request and reads the whole response.
async fn exchange_one(
    http: Legacy<Connector, Full<Bytes>>,
    request: Request<Full<Bytes>>,
) -> Result<Response<Bytes>, TransportError> {
    let uri = request.uri().clone();
    let response = match http.request(request).await {
        Ok(response) => response,
        Err(err) if err.is_connect() => return Err(TransportError::connect(uri, err)),
        Err(err) => return Err(TransportError::other(uri, err)),
    };
    let (parts, body) = response.into_parts();
    let body = match body.collect().await {
        Ok(body) => body.to_bytes(),
        Err(err) => return Err(TransportError::other(uri, err)),
    };
    Ok(Response::from_parts(parts, body))
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Client");
        debug
            .field("base_url", &self.base_url())
            .field("timeout", &self.inner.timeout)
            .field("retries", self.inner.retrier.config());
        #[cfg(feature = "sigv4")]
        debug.field(
            "signing",
            &self.inner.signing.as_ref().map(|signing| &signing.signer),
        );
        debug.finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        let client = Client::new("http://127.0.0.1:8080").unwrap();
        assert_eq!(client.base_url(), "http://127.0.0.1:8080");
        assert_eq!(client.inner.prefix, "");
        let client = Client::new("http://localhost:1/prod/v1/").unwrap();
        assert_eq!(client.inner.prefix, "/prod/v1");
        assert_eq!(client.inner.host, "localhost:1");
        for bad in [
            "",
            "/prod",
            "localhost:8080",
            "ftp://localhost",
            "http://user:pw@localhost",
            "http://localhost/?a=1",
            "http://localhost/#top",
        ] {
            assert!(Client::new(bad).is_err(), "{bad}");
        }
        let https = Client::new("https://localhost/prod");
        let reason = https.as_ref().err().map(|err| err.reason);
        if cfg!(any(
            feature = "tls-webpki-roots",
            feature = "tls-native-roots"
        )) {
            assert_eq!(https.unwrap().base_url(), "https://localhost/prod");
        } else if cfg!(feature = "tls") {
            assert!(reason.unwrap().contains("with_tls_config"), "{reason:?}");
        } else {
            assert!(reason.unwrap().contains("`tls` feature"), "{reason:?}");
        }
    }

    #[cfg(feature = "sigv4")]
    #[test]
    fn aws_endpoints_name_the_service_and_region() {
        let url = |service, region| match Client::for_aws(service, region) {
            Ok(client) => client.base_url(),
            Err(err) => err.url,
        };
        assert_eq!(
            url("amplifybackend", "eu-west-1"),
            "https://amplifybackend.eu-west-1.amazonaws.com"
        );
        assert_eq!(
            url("amplifybackend", "cn-north-1"),
            "https://amplifybackend.cn-north-1.amazonaws.com.cn"
        );
        for (service, region) in [
            ("", "us-east-1"),
            ("s3", ""),
            ("S3", "us-east-1"),
            ("s3", "x.evil.com/"),
        ] {
            let err = Client::for_aws(service, region).unwrap_err();
            assert!(
                err.reason.contains("lower-case"),
                "{service} {region}: {err}"
            );
        }
    }
}
