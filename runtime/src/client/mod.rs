//! [`Client`]: sends operations over HTTP/1.1 with hyper and tokio.

mod error;
mod pages;
mod retry;

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
/// results: the client side of [`Operation`], over HTTP/1.1.
///
/// Requires the `client` feature. Plain HTTP only: TLS is not included, so
/// the base URL is `http://…` (put a TLS-terminating proxy in front, or use
/// another HTTP client with [`Operation::to_request`] and
/// [`Operation::parse_response`]). Connections are kept alive and reused;
/// the client is cheap to clone and the clones share them. With the `sigv4`
/// feature, `Client::signing` signs each attempt with AWS SigV4 and
/// `Client::for_aws` names an AWS endpoint.
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

#[derive(Clone)]
struct Inner {
    http: Legacy<HttpConnector, Full<Bytes>>,
    scheme: Scheme,
    authority: Authority,
    host: HeaderValue,
    /// The base URL's path without its trailing `/`: `""` or `"/prod"`.
    prefix: String,
    timeout: Option<Duration>,
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
    /// A client for the server at `base_url`: `http://host:port`, with an
    /// optional path prefix (an API stage: `http://127.0.0.1:8080/prod`)
    /// that goes before each operation's path.
    ///
    /// No timeout is set; see [`timeout`](Self::timeout).
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
    /// If `base_url` is not an absolute `http` URL with a host, or has
    /// credentials, a query or a fragment.
    pub fn new(base_url: &str) -> Result<Self, InvalidBaseUrl> {
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
        if *scheme != Scheme::HTTP {
            return Err(invalid("only `http` is supported (TLS is not included)"));
        }
        if authority.as_str().contains('@') {
            return Err(invalid("credentials are not allowed"));
        }
        if uri.query().is_some() {
            return Err(invalid("a query is not allowed"));
        }
        let host = HeaderValue::from_str(authority.as_str())
            .map_err(|_| invalid("the host is not a valid `Host` header"))?;

        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let http = Legacy::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .build(connector);
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                scheme: scheme.clone(),
                authority: authority.clone(),
                host,
                prefix: uri.path().trim_end_matches('/').to_owned(),
                timeout: None,
                retrier: Arc::new(Retrier::new(Retries::DISABLED)),
                #[cfg(feature = "sigv4")]
                signing: None,
            }),
        })
    }

    /// Bounds each [`send`](Self::send), from connecting to the end of the
    /// response body; past it the call fails with a [`TransportError`] whose
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
    /// **TLS is not in opwire's client yet**, and AWS endpoints are HTTPS
    /// only: until it is, this returns the [`InvalidBaseUrl`] that
    /// [`new`](Self::new) gives for an `https` URL, naming the endpoint, so
    /// that a program meant for AWS fails when it starts rather than at its
    /// first call.
    ///
    /// ```
    /// let err = opwire::Client::for_aws("amplifybackend", "us-east-1").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid base URL `https://amplifybackend.us-east-1.amazonaws.com`: \
    ///      only `http` is supported (TLS is not included)"
    /// );
    /// assert!(opwire::Client::for_aws("amplifybackend", "us-east-1/../x").is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// If `service` or `region` is not lower-case letters, digits and `-`;
    /// and, until the client has TLS, always (see above).
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
        async move {
            let (parts, body) = request?;
            let response = send_with_retries(&exchange, parts, body, &retrier).await?;
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

/// What one call needs to make its attempts: the connection pool, the
/// per-attempt timeout, the signing.
struct Exchange {
    http: Legacy<HttpConnector, Full<Bytes>>,
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
    http: Legacy<HttpConnector, Full<Bytes>>,
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
            "https://localhost",
            "ftp://localhost",
            "http://user:pw@localhost",
            "http://localhost/?a=1",
            "http://localhost/#top",
        ] {
            assert!(Client::new(bad).is_err(), "{bad}");
        }
    }

    #[cfg(feature = "sigv4")]
    #[test]
    fn aws_endpoints_name_the_service_and_region_and_need_tls() {
        let url = |service, region| Client::for_aws(service, region).unwrap_err().url;
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
