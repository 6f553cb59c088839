//! Checking the SigV4 signature of an incoming request, as an AWS service
//! does, with AWS's error codes and messages.

use std::error::Error;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::AUTHORIZATION;
use http::{HeaderMap, Method, Request, Response, StatusCode, Uri};

use super::canonical::{constant_time_eq, hex, sha256_hex};
use super::time::AmzDate;
use super::{
    ALGORITHM, CanonicalParts, Credentials, Scope, Signed, X_AMZ_DATE, X_AMZ_SECURITY_TOKEN,
    sign_string, string_to_sign,
};
use crate::response::message_response;

/// Finds the credentials of an access key ID, for [`Verifier`]: one
/// [`Credentials`], a `Vec` of them, or a closure.
///
/// ```
/// use opwire::sigv4::{Credentials, SecretLookup};
///
/// let keys = vec![Credentials::new("AKID1", "one"), Credentials::new("AKID2", "two")];
/// assert_eq!(keys.lookup("AKID2").unwrap().secret_access_key(), "two");
/// assert!(keys.lookup("AKID3").is_none());
/// let any = |id: &str| Some(Credentials::new(id, "same secret for all"));
/// assert!(any.lookup("whoever").is_some());
/// ```
pub trait SecretLookup: Send + Sync + 'static {
    /// The credentials whose key ID is `access_key_id`, if it is known.
    fn lookup(&self, access_key_id: &str) -> Option<Credentials>;
}

impl SecretLookup for Credentials {
    fn lookup(&self, access_key_id: &str) -> Option<Credentials> {
        (self.access_key_id() == access_key_id).then(|| self.clone())
    }
}

impl SecretLookup for Vec<Credentials> {
    fn lookup(&self, access_key_id: &str) -> Option<Credentials> {
        self.iter()
            .find(|credentials| credentials.access_key_id() == access_key_id)
            .cloned()
    }
}

impl<F> SecretLookup for F
where
    F: Fn(&str) -> Option<Credentials> + Send + Sync + 'static,
{
    fn lookup(&self, access_key_id: &str) -> Option<Credentials> {
        self(access_key_id)
    }
}

/// Checks the SigV4 signatures of incoming requests (in the
/// `Authorization` header) against the keys it knows, as an AWS service
/// does: the answers to refuse with are [`SignatureError`]s, in AWS's
/// codes and messages.
///
/// The canonical request is rebuilt from the request as received, with
/// the body's real SHA-256 as the payload hash, so a changed body, path,
/// query or signed header fails. A request more than 5 minutes off the
/// server's clock fails ([`max_skew`](Self::max_skew)). When the key's
/// credentials have a session token, the request must carry the same one
/// in `X-Amz-Security-Token`; otherwise a token is not checked.
///
/// [`Router::verify_signatures`](crate::Router::verify_signatures) checks
/// every request a router answers.
///
/// ```
/// use std::time::SystemTime;
/// use opwire::sigv4::{Credentials, Signer, Verifier};
///
/// let credentials = Credentials::new("AKID", "secret");
/// let verifier = Verifier::new(credentials.clone()).service("amplifybackend");
///
/// let mut request = http::Request::post("http://127.0.0.1:8080/backend").body(b"{}".to_vec()).unwrap();
/// Signer::new("amplifybackend", "us-east-1").sign(&mut request, &credentials, SystemTime::now()).unwrap();
/// let verified = verifier.verify(&request, SystemTime::now()).unwrap();
/// assert_eq!(verified.access_key_id(), "AKID");
///
/// *request.body_mut() = b"{\"tampered\":true}".to_vec();
/// let err = verifier.verify(&request, SystemTime::now()).unwrap_err();
/// assert_eq!(err.code(), "InvalidSignatureException");
/// assert_eq!(err.to_response().status(), 403);
/// ```
#[derive(Clone)]
pub struct Verifier {
    keys: Arc<dyn SecretLookup>,
    service: Option<String>,
    region: Option<String>,
    max_skew: Duration,
    normalize_path: bool,
    double_encode_path: bool,
}

impl Verifier {
    /// AWS's allowance for clocks apart: 5 minutes.
    pub const DEFAULT_MAX_SKEW: Duration = Duration::from_secs(5 * 60);

    /// A verifier of signatures by the keys `keys` knows, for any service
    /// and region.
    pub fn new(keys: impl SecretLookup) -> Self {
        Verifier {
            keys: Arc::new(keys),
            service: None,
            region: None,
            max_skew: Verifier::DEFAULT_MAX_SKEW,
            normalize_path: true,
            double_encode_path: true,
        }
    }

    /// Only signatures scoped to this signing name are accepted.
    pub fn service(mut self, service: impl Into<String>) -> Self {
        self.service = Some(service.into());
        self
    }

    /// Only signatures scoped to this region are accepted.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// How far a request's `X-Amz-Date` may be from the server's clock
    /// ([`DEFAULT_MAX_SKEW`](Self::DEFAULT_MAX_SKEW)).
    pub fn max_skew(mut self, skew: Duration) -> Self {
        self.max_skew = skew;
        self
    }

    /// As [`Signer::normalize_path`](super::Signer::normalize_path): on by
    /// default; both sides must agree.
    pub fn normalize_path(mut self, normalize: bool) -> Self {
        self.normalize_path = normalize;
        self
    }

    /// As [`Signer::double_encode_path`](super::Signer::double_encode_path):
    /// on by default; both sides must agree.
    pub fn double_encode_path(mut self, double: bool) -> Self {
        self.double_encode_path = double;
        self
    }

    /// Checks `request`'s signature at `now` (the server's clock).
    ///
    /// # Errors
    ///
    /// A [`SignatureError`] saying why, as AWS would.
    pub fn verify<B: AsRef<[u8]>>(
        &self,
        request: &Request<B>,
        now: SystemTime,
    ) -> Result<Verified, SignatureError> {
        self.verify_parts(
            request.method(),
            request.uri(),
            request.headers(),
            request.body().as_ref(),
            now,
        )
    }

    /// [`verify`](Self::verify) on a request taken apart.
    pub(crate) fn verify_parts(
        &self,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<Verified, SignatureError> {
        self.verify_with(&*self.keys, method, uri, headers, body, now)
    }

    fn verify_with(
        &self,
        keys: &dyn SecretLookup,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<Verified, SignatureError> {
        let Some(authorization) = headers.get(AUTHORIZATION) else {
            return Err(SignatureError::new(
                SignatureErrorKind::MissingAuthenticationToken,
                "Missing Authentication Token".to_owned(),
            ));
        };
        let authorization = authorization.to_str().map_err(|_| {
            incomplete("The Authorization header is not visible ASCII text.".to_owned())
        })?;
        let fields = Fields::parse(authorization)?;
        let Some(date) = headers.get(X_AMZ_DATE) else {
            return Err(incomplete(format!(
                "Authorization header requires existence of a 'X-Amz-Date' header. Authorization={authorization}"
            )));
        };
        let date_text = date.to_str().unwrap_or("");
        let Some(date) = AmzDate::parse(date_text) else {
            return Err(incomplete(format!(
                "Date must be in ISO-8601 'basic format'. Got '{date_text}'."
            )));
        };

        let credential: Vec<&str> = fields.credential.split('/').collect();
        let [access_key_id, day, region, service, terminator] = credential[..] else {
            return Err(incomplete(format!(
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{}'",
                fields.credential
            )));
        };
        if terminator != "aws4_request" {
            return Err(invalid(format!(
                "Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'."
            )));
        }
        if let Some(expected) = self.service.as_deref().filter(|s| *s != service) {
            return Err(invalid(format!(
                "Credential should be scoped to correct service: '{expected}'."
            )));
        }
        if self.region.as_deref().is_some_and(|r| r != region) {
            return Err(invalid(format!(
                "Credential should be scoped to a valid region, not '{region}'."
            )));
        }
        if day != date.day() {
            return Err(invalid(format!(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{day}' != '{}', from '{date_text}'.",
                date.day()
            )));
        }
        let now = AmzDate::from_system(now);
        if date.distance(&now) > self.max_skew {
            let skew = i64::try_from(self.max_skew.as_secs()).unwrap_or(i64::MAX);
            let minutes = self.max_skew.as_secs() / 60;
            let message = if date < now {
                format!(
                    "Signature expired: {date_text} is now earlier than {} ({} - {minutes} min.)",
                    now.plus(-skew).timestamp(),
                    now.timestamp()
                )
            } else {
                format!(
                    "Signature not yet current: {date_text} is still later than {} ({} + {minutes} min.)",
                    now.plus(skew).timestamp(),
                    now.timestamp()
                )
            };
            return Err(SignatureError::new(SignatureErrorKind::Expired, message));
        }

        let mut signed: Vec<String> = fields
            .signed_headers
            .split(';')
            .map(str::to_ascii_lowercase)
            .collect();
        if !signed.iter().any(|name| name == "host") {
            return Err(invalid(
                "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
                    .to_owned(),
            ));
        }
        signed.sort();
        signed.dedup();

        let unrecognized = || {
            SignatureError::new(
                SignatureErrorKind::UnrecognizedClient,
                "The security token included in the request is invalid.".to_owned(),
            )
        };
        let credentials = keys.lookup(access_key_id).ok_or_else(unrecognized)?;
        if let Some(token) = credentials.session_token() {
            let sent = headers.get(X_AMZ_SECURITY_TOKEN).map(|v| v.as_bytes());
            if !sent.is_some_and(|sent| constant_time_eq(sent, token.as_bytes())) {
                return Err(unrecognized());
            }
        }

        let payload_hash = sha256_hex(body);
        let signed: Vec<&str> = signed.iter().map(String::as_str).collect();
        let signed_list = signed.join(";");
        let parts = CanonicalParts {
            method,
            path: uri.path(),
            query: uri.query(),
            headers,
            signed: Signed::Names(&signed),
            signed_list: &signed_list,
            payload_hash: &payload_hash,
        };
        let canonical_request = parts.render(self.normalize_path, self.double_encode_path);
        let day = date.day();
        let scope = Scope {
            day: &day,
            region,
            service,
        };
        let string_to_sign = string_to_sign(date_text, &scope, &canonical_request);
        let expected = hex(&sign_string(
            credentials.secret_access_key(),
            &scope,
            &string_to_sign,
        ));
        if !constant_time_eq(expected.as_bytes(), fields.signature.as_bytes()) {
            return Err(invalid(format!(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'{canonical_request}'\n\nThe String-to-Sign should have been\n'{string_to_sign}'\n"
            )));
        }
        Ok(Verified {
            access_key_id: access_key_id.to_owned(),
            region: region.to_owned(),
            service: service.to_owned(),
        })
    }
}

/// Checks `request`'s signature at `now` against the keys `keys` knows, for
/// any service and region, with [`Verifier`]'s defaults.
///
/// ```
/// use std::time::SystemTime;
/// use opwire::sigv4::{self, Credentials};
///
/// let keys = vec![Credentials::new("AKID", "secret")];
/// let request = http::Request::get("http://localhost/").body(Vec::new()).unwrap();
/// let err = sigv4::verify(&request, &keys, SystemTime::now()).unwrap_err();
/// assert_eq!(err.code(), "MissingAuthenticationTokenException");
/// ```
///
/// # Errors
///
/// A [`SignatureError`] saying why, as AWS would.
pub fn verify<B: AsRef<[u8]>>(
    request: &Request<B>,
    keys: &impl SecretLookup,
    now: SystemTime,
) -> Result<Verified, SignatureError> {
    Verifier::new(Vec::new()).verify_with(
        keys,
        request.method(),
        request.uri(),
        request.headers(),
        request.body().as_ref(),
        now,
    )
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("service", &self.service)
            .field("region", &self.region)
            .field("max_skew", &self.max_skew)
            .finish_non_exhaustive()
    }
}

/// The `Authorization` header's three fields.
struct Fields<'a> {
    credential: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

impl<'a> Fields<'a> {
    fn parse(authorization: &'a str) -> Result<Self, SignatureError> {
        let Some(rest) = authorization
            .strip_prefix(ALGORITHM)
            .filter(|rest| rest.starts_with(' '))
        else {
            return Err(incomplete(format!(
                "Only the {ALGORITHM} algorithm is supported. Authorization={authorization}"
            )));
        };
        let (mut credential, mut signed_headers, mut signature) = (None, None, None);
        for pair in rest.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = pair.split_once('=') else {
                return Err(incomplete(format!(
                    "Invalid key=value pair (missing equal-sign) in Authorization header: '{pair}'."
                )));
            };
            match key {
                "Credential" => credential = Some(value),
                "SignedHeaders" => signed_headers = Some(value),
                "Signature" => signature = Some(value),
                _ => {}
            }
        }
        let mut missing = String::new();
        for (name, value) in [
            ("Credential", credential),
            ("Signature", signature),
            ("SignedHeaders", signed_headers),
        ] {
            if value.is_none_or(str::is_empty) {
                missing.push_str(&format!(
                    "Authorization header requires '{name}' parameter. "
                ));
            }
        }
        match (credential, signed_headers, signature) {
            (Some(credential), Some(signed_headers), Some(signature)) if missing.is_empty() => {
                Ok(Fields {
                    credential,
                    signed_headers,
                    signature,
                })
            }
            _ => Err(incomplete(format!(
                "{missing}Authorization={authorization}"
            ))),
        }
    }
}

fn incomplete(message: String) -> SignatureError {
    SignatureError::new(SignatureErrorKind::IncompleteSignature, message)
}

fn invalid(message: String) -> SignatureError {
    SignatureError::new(SignatureErrorKind::InvalidSignature, message)
}

/// A request whose signature checked out: who signed it, for what. The
/// router's check puts it in the request's extensions, where a handler
/// reads it with [`Context::extensions`](crate::Context::extensions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    access_key_id: String,
    region: String,
    service: String,
}

impl Verified {
    /// The access key ID that signed the request.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The region of the signature's scope.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The service of the signature's scope.
    pub fn service(&self) -> &str {
        &self.service
    }
}

/// Why a request's signature was refused: AWS's error code, status (403)
/// and message; [`to_response`](Self::to_response) is the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureError {
    kind: SignatureErrorKind,
    message: String,
}

/// What kind of [`SignatureError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureErrorKind {
    /// No `Authorization` header: `MissingAuthenticationTokenException`.
    MissingAuthenticationToken,
    /// The header lacks a part, or `X-Amz-Date` is missing or malformed:
    /// `IncompleteSignatureException`.
    IncompleteSignature,
    /// The signature does not match, or its scope is wrong:
    /// `InvalidSignatureException`.
    InvalidSignature,
    /// The request's time is too far from the server's:
    /// `InvalidSignatureException` ("Signature expired").
    Expired,
    /// The access key ID (or session token) is not known:
    /// `UnrecognizedClientException`.
    UnrecognizedClient,
}

impl SignatureError {
    fn new(kind: SignatureErrorKind, message: String) -> Self {
        SignatureError { kind, message }
    }

    /// What kind of refusal.
    pub fn kind(&self) -> SignatureErrorKind {
        self.kind
    }

    /// AWS's error code, as `x-amzn-ErrorType` and `__type` carry it.
    pub fn code(&self) -> &'static str {
        match self.kind {
            SignatureErrorKind::MissingAuthenticationToken => "MissingAuthenticationTokenException",
            SignatureErrorKind::IncompleteSignature => "IncompleteSignatureException",
            SignatureErrorKind::InvalidSignature | SignatureErrorKind::Expired => {
                "InvalidSignatureException"
            }
            SignatureErrorKind::UnrecognizedClient => "UnrecognizedClientException",
        }
    }

    /// 403, for every kind, as AWS answers.
    pub fn status(&self) -> StatusCode {
        StatusCode::FORBIDDEN
    }

    /// The message, as AWS words it (a mismatch gives the canonical request
    /// and the string to sign the server expected).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The answer: the status, `x-amzn-ErrorType` and
    /// `{"__type": …, "message": …}`, as the router answers its own errors.
    pub fn to_response(&self) -> Response<Bytes> {
        message_response(self.status(), self.code(), &self.message)
    }
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message)
    }
}

impl Error for SignatureError {}

impl crate::router::Guard for Verifier {
    fn check(&self, request: &mut http::request::Parts, body: &Bytes) -> Option<Response<Bytes>> {
        let checked = self.verify_parts(
            &request.method,
            &request.uri,
            &request.headers,
            body,
            SystemTime::now(),
        );
        match checked {
            Ok(verified) => {
                request.extensions.insert(verified);
                None
            }
            Err(err) => Some(err.to_response()),
        }
    }
}

impl<S: Send + Sync + 'static> crate::Router<S> {
    /// Checks the SigV4 signature of every request before routing it, with
    /// `verifier` and the server's clock: a request that fails is answered
    /// with its [`SignatureError`] (403, AWS's code and message, the
    /// router's own CORS headers) and reaches no handler. A request that
    /// passes carries its [`Verified`] in its extensions, for handlers that
    /// take a [`Context`](crate::Context). A browser's CORS preflight is
    /// answered unchecked (it carries no credentials).
    ///
    /// Requires the `sigv4` feature.
    ///
    /// ```
    /// use opwire::{Context, Router, operation};
    /// use opwire::sigv4::{Credentials, Verified, Verifier};
    ///
    /// #[operation(GET, "/whoami", response = String)]
    /// pub struct WhoAmI {}
    ///
    /// let keys = vec![Credentials::new("AKIDEXAMPLE", "secret")];
    /// let router: Router = Router::new()
    ///     .route(|_: WhoAmI, cx: Context| async move {
    ///         let verified = cx.extensions().get::<Verified>().unwrap();
    ///         Ok::<_, WhoAmIError>(verified.access_key_id().to_owned())
    ///     })
    ///     .verify_signatures(Verifier::new(keys).service("amplifybackend"));
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let unsigned = http::Request::get("/whoami").body(bytes::Bytes::new()).unwrap();
    /// let response = router.dispatch(unsigned).await;
    /// assert_eq!(response.status(), 403);
    /// assert_eq!(response.headers()["x-amzn-errortype"], "MissingAuthenticationTokenException");
    /// # });
    /// ```
    pub fn verify_signatures(self, verifier: Verifier) -> Self {
        self.guard(Arc::new(verifier))
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use http::HeaderValue;

    use super::*;
    use crate::sigv4::Signer;

    /// 2015-08-30T12:36:00Z.
    fn at() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_440_938_160)
    }

    fn signed(credentials: &Credentials) -> Request<Vec<u8>> {
        let mut request = Request::post("http://example.amazonaws.com/a?b=c")
            .body(b"{}".to_vec())
            .unwrap();
        Signer::new("service", "us-east-1")
            .sign(&mut request, credentials, at())
            .unwrap();
        request
    }

    fn refusal(verifier: &Verifier, request: &Request<Vec<u8>>) -> SignatureError {
        verifier.verify(request, at()).unwrap_err()
    }

    #[test]
    fn scope_region_service_and_day_are_checked() {
        let key = Credentials::new("AKID", "secret");
        let request = signed(&key);
        assert!(Verifier::new(key.clone()).verify(&request, at()).is_ok());
        let err = refusal(&Verifier::new(key.clone()).region("eu-west-1"), &request);
        assert_eq!(
            err.message(),
            "Credential should be scoped to a valid region, not 'us-east-1'."
        );
        let err = refusal(&Verifier::new(key.clone()).service("s3"), &request);
        assert_eq!(err.kind(), SignatureErrorKind::InvalidSignature);

        let mut other_day = request.clone();
        other_day
            .headers_mut()
            .insert(X_AMZ_DATE, HeaderValue::from_static("20150831T000000Z"));
        let err = Verifier::new(key)
            .max_skew(Duration::from_secs(86_400))
            .verify(&other_day, at())
            .unwrap_err();
        assert!(
            err.message()
                .starts_with("Date in Credential scope does not match"),
            "{err}"
        );
    }

    #[test]
    fn a_key_with_a_session_token_needs_that_token() {
        let key = Credentials::new("AKID", "secret").with_session_token("token");
        let verifier = Verifier::new(key.clone());
        assert!(verifier.verify(&signed(&key), at()).is_ok());
        let err = refusal(&verifier, &signed(&Credentials::new("AKID", "secret")));
        assert_eq!(err.code(), "UnrecognizedClientException");
        let err = refusal(&verifier, &signed(&key.clone().with_session_token("other")));
        assert_eq!(err.code(), "UnrecognizedClientException");
    }

    #[test]
    fn a_malformed_credential_or_date_is_an_incomplete_signature() {
        let key = Credentials::new("AKID", "secret");
        let verifier = Verifier::new(key.clone());
        let mut request = signed(&key);
        let good = request.headers()[AUTHORIZATION]
            .to_str()
            .unwrap()
            .to_owned();
        let four_parts = good.replace("/us-east-1/service/", "/us-east-1/");
        request
            .headers_mut()
            .insert(AUTHORIZATION, HeaderValue::from_str(&four_parts).unwrap());
        let err = refusal(&verifier, &request);
        assert_eq!(err.code(), "IncompleteSignatureException");
        assert!(
            err.message().starts_with("Credential must have exactly 5"),
            "{err}"
        );

        let mut request = signed(&key);
        request
            .headers_mut()
            .insert(X_AMZ_DATE, HeaderValue::from_static("2015-08-30"));
        assert_eq!(
            refusal(&verifier, &request).code(),
            "IncompleteSignatureException"
        );
    }

    #[test]
    fn garbage_authorization_headers_never_panic_and_pass_only_intact() {
        let key = Credentials::new("AKID", "secret");
        let verifier = Verifier::new(key.clone());
        let mut request = signed(&key);
        let good = request.headers()[AUTHORIZATION].as_bytes().to_vec();
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        for round in 0..2000 {
            let mut value = good.clone();
            // Cut, then overwrite a few bytes with visible ASCII or obs-text.
            seed = crate::mix::splitmix(seed);
            value.truncate((seed as usize) % (value.len() + 1));
            for _ in 0..(round % 4) {
                seed = crate::mix::splitmix(seed);
                if value.is_empty() {
                    break;
                }
                let at = (seed as usize) % value.len();
                value[at] = [b'=', b',', b'/', b' ', b';', 0xE9, b'A'][(seed >> 32) as usize % 7];
            }
            let Ok(header) = HeaderValue::from_bytes(&value) else {
                continue;
            };
            request.headers_mut().insert(AUTHORIZATION, header);
            // Passing is fine only where the three fields are intact (an
            // extra comma, say).
            if verifier.verify(&request, at()).is_ok() {
                let text = String::from_utf8_lossy(&value);
                let tail = &good[good.len() - 64..];
                assert!(text.ends_with(std::str::from_utf8(tail).unwrap()), "{text}");
            }
        }
    }

    #[test]
    fn the_answer_is_the_runtimes_error_shape() {
        let err = refusal(
            &Verifier::new(Vec::new()),
            &Request::get("/").body(Vec::new()).unwrap(),
        );
        let response = err.to_response();
        assert_eq!(response.status(), 403);
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "MissingAuthenticationTokenException"
        );
        assert_eq!(
            response.body().as_ref(),
            br#"{"__type":"MissingAuthenticationTokenException","message":"Missing Authentication Token"}"#
        );
    }
}
