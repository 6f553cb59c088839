//! AWS Signature Version 4: signing requests ([`Signer`]), where the keys
//! come from ([`ProvideCredentials`]: static, environment, the shared
//! `config` and `credentials` files, a chain of those), and checking the
//! signatures of incoming requests ([`Verifier`]).
//!
//! Requires the `sigv4` feature; with `client` too,
//! `Client::signing` signs every attempt.
//!
//! SigV4 is written here rather than taken from the AWS SDK's crate
//! (`aws-sigv4`): that one brings 35 crates into a build (the SDK's runtime
//! types, a date library, `syn` for tracing's macros) and about 70% more
//! CPU time to a clean build of the client, against 11 crates and 18% for
//! this module, for what is string building over SHA-256 and HMAC, which
//! come from two small, well-kept RustCrypto crates (see the README's
//! measurements). The signatures are checked against the official SigV4 test
//! suite (`tests/data/sigv4/`).
//!
//! Out of scope: SigV4a, presigned URLs (the signature in the query),
//! chunked (streaming) payloads, and the credential sources that need a
//! network or another program: SSO, the instance metadata service (IMDS),
//! web identity, assumed roles and `credential_process`.
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use opwire::sigv4::{Credentials, Signer};
//!
//! let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
//! let signer = Signer::new("service", "us-east-1");
//! let mut request = http::Request::get("https://example.amazonaws.com/").body(Vec::new()).unwrap();
//! let at = UNIX_EPOCH + Duration::from_secs(1_440_938_160); // 2015-08-30T12:36:00Z
//! let signature = signer.sign(&mut request, &credentials, at).unwrap();
//! assert_eq!(request.headers()["x-amz-date"], "20150830T123600Z");
//! assert_eq!(
//!     signature.signature(),
//!     "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
//! );
//! ```

mod canonical;
mod credentials;
pub mod profile;
mod time;
mod verify;

use std::error::Error;
use std::fmt;
use std::time::SystemTime;

use http::header::{AUTHORIZATION, HOST};
use http::{HeaderMap, HeaderName, HeaderValue, Method, Request, Uri};

use canonical::{
    Hmac, Mac, Sha256, canonical_path_into, canonical_query_into, canonical_value_into,
    canonical_values_into, entries_to_sign, hex, hex_into, hmac, keyed, sha256, sha256_hex,
};
use time::AmzDate;

pub use credentials::{
    Credentials, CredentialsError, CredentialsErrorKind, CredentialsFuture, DefaultCredentials,
    EnvironmentCredentials, ProfileCredentials, ProvideCredentials,
};
pub use verify::{SecretLookup, SignatureError, SignatureErrorKind, Verified, Verifier, verify};

const ALGORITHM: &str = "AWS4-HMAC-SHA256";
pub(crate) const X_AMZ_DATE: HeaderName = HeaderName::from_static("x-amz-date");
pub(crate) const X_AMZ_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-amz-security-token");
pub(crate) const X_AMZ_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-amz-content-sha256");

/// Signs requests with SigV4 for one service (its signing name, such as
/// `amplifybackend`) in one region, in the `Authorization` header.
///
/// Every header of the request is signed but the hop-by-hop ones and
/// `user-agent`, `host` always. The path is normalized and encoded twice,
/// as every service but S3 wants ([`normalize_path`](Self::normalize_path)
/// and [`double_encode_path`](Self::double_encode_path) turn that off).
///
/// See the [module](self) for an example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    service: String,
    region: String,
    normalize_path: bool,
    double_encode_path: bool,
    content_sha256: bool,
    sign_session_token: bool,
}

impl Signer {
    /// A signer for `service` (the signing name, usually the endpoint's
    /// first label) in `region`.
    pub fn new(service: impl Into<String>, region: impl Into<String>) -> Self {
        Signer {
            service: service.into(),
            region: region.into(),
            normalize_path: true,
            double_encode_path: true,
            content_sha256: false,
            sign_session_token: true,
        }
    }

    /// Whether to send the body's SHA-256 in `X-Amz-Content-SHA256` (and
    /// sign it); off by default: S3 and a few others want it, most
    /// services ignore it.
    pub fn content_sha256(mut self, send: bool) -> Self {
        self.content_sha256 = send;
        self
    }

    /// Whether `.` and `..` segments and repeated `/` are removed from the
    /// path before signing (on by default; S3 wants it off).
    pub fn normalize_path(mut self, normalize: bool) -> Self {
        self.normalize_path = normalize;
        self
    }

    /// Whether the path, already percent-encoded as sent, is encoded again
    /// for signing (on by default; S3 wants it off).
    pub fn double_encode_path(mut self, double: bool) -> Self {
        self.double_encode_path = double;
        self
    }

    /// Whether `X-Amz-Security-Token` is signed (on by default); off, it
    /// is added after signing, as a few services want.
    pub fn sign_session_token(mut self, sign: bool) -> Self {
        self.sign_session_token = sign;
        self
    }

    /// The service's signing name.
    pub fn service(&self) -> &str {
        &self.service
    }

    /// The region.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// Signs `request` at `time`: adds `X-Amz-Date`, `Authorization`,
    /// `X-Amz-Security-Token` for session credentials, `X-Amz-Content-SHA256`
    /// when [asked](Self::content_sha256), and `Host` from the URI if it
    /// has none. Earlier values of these headers are replaced.
    ///
    /// # Errors
    ///
    /// If the request has neither a `Host` header nor an authority in its
    /// URI, or the session token is not a valid header value.
    pub fn sign<B: AsRef<[u8]>>(
        &self,
        request: &mut Request<B>,
        credentials: &Credentials,
        time: SystemTime,
    ) -> Result<Signature, SigningError> {
        // Signed in place: `sign_headers` fails before it changes anything.
        let mut headers = std::mem::take(request.headers_mut());
        let signature = self.sign_headers(
            request.method(),
            request.uri(),
            &mut headers,
            request.body().as_ref(),
            credentials,
            time,
        );
        *request.headers_mut() = headers;
        signature
    }

    /// What [`sign`](Self::sign) would compute, the request left as it is:
    /// the canonical request, the string to sign and the signature.
    ///
    /// # Errors
    ///
    /// As [`sign`](Self::sign).
    pub fn signature<B: AsRef<[u8]>>(
        &self,
        request: &Request<B>,
        credentials: &Credentials,
        time: SystemTime,
    ) -> Result<Signature, SigningError> {
        let mut headers = request.headers().clone();
        self.sign_headers(
            request.method(),
            request.uri(),
            &mut headers,
            request.body().as_ref(),
            credentials,
            time,
        )
    }

    /// [`sign`](Self::sign) on a request taken apart.
    #[cfg(feature = "client")]
    pub(crate) fn sign_parts(
        &self,
        parts: &mut http::request::Parts,
        body: &[u8],
        credentials: &Credentials,
        time: SystemTime,
    ) -> Result<Signature, SigningError> {
        self.sign_headers(
            &parts.method,
            &parts.uri,
            &mut parts.headers,
            body,
            credentials,
            time,
        )
    }

    fn sign_headers(
        &self,
        method: &Method,
        uri: &Uri,
        headers: &mut HeaderMap,
        body: &[u8],
        credentials: &Credentials,
        time: SystemTime,
    ) -> Result<Signature, SigningError> {
        // Every check that can fail comes before the first change, so a
        // request that cannot be signed is left as it was.
        let host = match headers.contains_key(HOST) {
            true => None,
            false => {
                let authority = uri.authority().ok_or(SigningError::NoHost)?;
                Some(HeaderValue::from_str(authority.as_str()).map_err(|_| SigningError::NoHost)?)
            }
        };
        let token = match credentials.session_token() {
            Some(token) => {
                Some(HeaderValue::from_str(token).map_err(|_| SigningError::InvalidSessionToken)?)
            }
            None => None,
        };
        // The rest of `Authorization` is ASCII made here.
        header_value(credentials.access_key_id())?;

        let date = AmzDate::from_system(time);
        let timestamp = date.timestamp();
        if let Some(host) = host {
            headers.insert(HOST, host);
        }
        headers.remove(AUTHORIZATION);
        headers.insert(X_AMZ_DATE, header_value(&timestamp)?);
        let payload_hash = sha256_hex(body);
        if self.content_sha256 {
            headers.insert(X_AMZ_CONTENT_SHA256, header_value(&payload_hash)?);
        }
        if let (Some(token), true) = (&token, self.sign_session_token) {
            headers.insert(X_AMZ_SECURITY_TOKEN, token.clone());
        } else {
            headers.remove(X_AMZ_SECURITY_TOKEN);
        }

        let entries = entries_to_sign(headers);
        let mut signed_headers = String::with_capacity(64);
        let mut last = None;
        for (name, _) in &entries {
            if last != Some(*name) {
                if last.is_some() {
                    signed_headers.push(';');
                }
                signed_headers.push_str(name);
                last = Some(*name);
            }
        }
        let parts = CanonicalParts {
            method,
            path: uri.path(),
            query: uri.query(),
            headers,
            signed: Signed::Entries(&entries),
            signed_list: &signed_headers,
            payload_hash: &payload_hash,
        };
        let canonical_request = parts.render(self.normalize_path, self.double_encode_path);
        drop(entries);
        let scope = Scope {
            // `YYYYMMDD`, the timestamp's first eight characters.
            day: &timestamp[..8],
            region: &self.region,
            service: &self.service,
        };
        let string_to_sign = string_to_sign(&timestamp, &scope, &canonical_request);
        let signature = hex(&sign_string(
            credentials.secret_access_key(),
            &scope,
            &string_to_sign,
        ));
        let mut authorization = String::with_capacity(256);
        for piece in [ALGORITHM, " Credential=", credentials.access_key_id(), "/"] {
            authorization.push_str(piece);
        }
        scope.write_to(&mut authorization);
        for piece in [
            ", SignedHeaders=",
            &signed_headers,
            ", Signature=",
            &signature,
        ] {
            authorization.push_str(piece);
        }
        headers.insert(AUTHORIZATION, header_value(&authorization)?);
        if let (Some(token), false) = (token, self.sign_session_token) {
            headers.insert(X_AMZ_SECURITY_TOKEN, token);
        }
        Ok(Signature {
            canonical_request,
            string_to_sign,
            signature,
            authorization,
        })
    }
}

/// `value` as a header value; every value built here is ASCII, but an
/// access key ID comes from outside.
fn header_value(value: &str) -> Result<HeaderValue, SigningError> {
    HeaderValue::from_str(value).map_err(|_| SigningError::InvalidAccessKeyId)
}

/// A request's signature and the steps to it.
#[derive(Debug, Clone)]
pub struct Signature {
    canonical_request: String,
    string_to_sign: String,
    signature: String,
    authorization: String,
}

impl Signature {
    /// The canonical request: method, path, query, headers, the signed
    /// headers' names and the payload's hash, one a line.
    pub fn canonical_request(&self) -> &str {
        &self.canonical_request
    }

    /// The string to sign: algorithm, timestamp, scope and the canonical
    /// request's hash.
    pub fn string_to_sign(&self) -> &str {
        &self.string_to_sign
    }

    /// The signature, in lower-case hex.
    pub fn signature(&self) -> &str {
        &self.signature
    }

    /// The `Authorization` header's value.
    pub fn authorization(&self) -> &str {
        &self.authorization
    }
}

/// Why a request could not be signed.
#[derive(Debug)]
#[non_exhaustive]
pub enum SigningError {
    /// The credentials provider gave none.
    Credentials(CredentialsError),
    /// The request has neither a `Host` header nor an authority in its URI.
    NoHost,
    /// The session token is not a valid header value.
    InvalidSessionToken,
    /// The access key ID is not a valid header value.
    InvalidAccessKeyId,
}

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigningError::Credentials(err) => write!(f, "no credentials to sign with: {err}"),
            SigningError::NoHost => f.write_str("the request has no host to sign"),
            SigningError::InvalidSessionToken => {
                f.write_str("the session token is not a valid header value")
            }
            SigningError::InvalidAccessKeyId => {
                f.write_str("the access key ID is not a valid header value")
            }
        }
    }
}

impl Error for SigningError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            SigningError::Credentials(err) => Some(err),
            _ => None,
        }
    }
}

/// `day/region/service/aws4_request`.
struct Scope<'a> {
    day: &'a str,
    region: &'a str,
    service: &'a str,
}

impl Scope<'_> {
    /// `day/region/service/aws4_request`, at the end of `out`.
    fn write_to(&self, out: &mut String) {
        for piece in [
            self.day,
            "/",
            self.region,
            "/",
            self.service,
            "/aws4_request",
        ] {
            out.push_str(piece);
        }
    }
}

/// The signed headers of a canonical request.
enum Signed<'a> {
    /// Signing: every header to sign with its value, sorted by name.
    Entries(&'a [(&'a str, &'a HeaderValue)]),
    /// Verifying: the names the signature lists, lower-case and sorted,
    /// looked up in the request.
    Names(&'a [&'a str]),
}

/// What goes into a canonical request, shared by signing and verifying.
struct CanonicalParts<'a> {
    method: &'a Method,
    path: &'a str,
    query: Option<&'a str>,
    headers: &'a HeaderMap,
    signed: Signed<'a>,
    /// `signed` joined with `;`.
    signed_list: &'a str,
    payload_hash: &'a str,
}

impl CanonicalParts<'_> {
    fn render(&self, normalize: bool, double: bool) -> String {
        let mut out = String::with_capacity(512);
        out.push_str(self.method.as_str());
        out.push('\n');
        canonical_path_into(&mut out, self.path, normalize, double);
        out.push('\n');
        canonical_query_into(&mut out, self.query);
        out.push('\n');
        match self.signed {
            Signed::Entries(entries) => {
                for (i, (name, _)) in entries.iter().enumerate() {
                    if i > 0 && entries[i - 1].0 == *name {
                        continue;
                    }
                    out.push_str(name);
                    out.push(':');
                    let same = entries[i..].iter().take_while(|(other, _)| other == name);
                    canonical_values_into(&mut out, same.map(|(_, value)| *value));
                    out.push('\n');
                }
            }
            Signed::Names(names) => {
                for name in names {
                    out.push_str(name);
                    out.push(':');
                    canonical_value_into(&mut out, self.headers, name);
                    out.push('\n');
                }
            }
        }
        out.push('\n');
        out.push_str(self.signed_list);
        out.push('\n');
        out.push_str(self.payload_hash);
        out
    }
}

fn string_to_sign(timestamp: &str, scope: &Scope<'_>, canonical_request: &str) -> String {
    let mut out = String::with_capacity(160);
    for piece in [ALGORITHM, "\n", timestamp, "\n"] {
        out.push_str(piece);
    }
    scope.write_to(&mut out);
    out.push('\n');
    hex_into(&mut out, &sha256(canonical_request.as_bytes()));
    out
}

/// The signature of `string_to_sign`: HMAC with `kSigning`, the secret
/// through the scope's four HMACs. The key changes once a day per secret
/// and scope, and deriving it is most of the hashing a signature costs, so
/// each thread keeps the last one it derived (the AWS SDKs cache it too),
/// as the HMAC already keyed with it.
fn sign_string(secret: &str, scope: &Scope<'_>, string_to_sign: &str) -> [u8; 32] {
    /// `(secret, [day, region, service], HMAC keyed with kSigning)`.
    type CachedKey = (String, [String; 3], Hmac<Sha256>);
    thread_local! {
        static LAST: std::cell::RefCell<Option<CachedKey>> =
            const { std::cell::RefCell::new(None) };
    }
    let parts = [scope.day, scope.region, scope.service];
    let cached = LAST.with(|last| match &*last.borrow() {
        Some((s, t, mac)) if s == secret && t.iter().zip(parts).all(|(a, b)| a == b) => {
            Some(mac.clone())
        }
        _ => None,
    });
    let mut mac = match cached {
        Some(mac) => mac,
        None => {
            let mac = keyed(&derive_signing_key(secret, scope));
            let owned = parts.map(str::to_owned);
            LAST.with(|last| *last.borrow_mut() = Some((secret.to_owned(), owned, mac.clone())));
            mac
        }
    };
    mac.update(string_to_sign.as_bytes());
    mac.finalize().into_bytes().into()
}

fn derive_signing_key(secret: &str, scope: &Scope<'_>) -> [u8; 32] {
    let key = hmac(format!("AWS4{secret}").as_bytes(), scope.day.as_bytes());
    let key = hmac(&key, scope.region.as_bytes());
    let key = hmac(&key, scope.service.as_bytes());
    hmac(&key, b"aws4_request")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cached_signing_key_signs_as_the_derived_one_for_each_secret_and_scope() {
        let scope = |day: &'static str, region: &'static str| Scope {
            day,
            region,
            service: "service",
        };
        for (secret, day, region) in [
            ("a", "20150830", "us-east-1"),
            ("a", "20150830", "us-east-1"),
            ("b", "20150830", "us-east-1"),
            ("b", "20150831", "us-east-1"),
            ("b", "20150831", "eu-west-1"),
            ("a", "20150830", "us-east-1"),
        ] {
            let scope = scope(day, region);
            assert_eq!(
                sign_string(secret, &scope, "text"),
                hmac(&derive_signing_key(secret, &scope), b"text")
            );
        }
    }
}
