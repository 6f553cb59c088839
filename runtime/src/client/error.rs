//! The errors of [`Client`](super::Client): [`ClientError`],
//! [`TransportError`], [`InvalidBaseUrl`].

use std::error::Error;
use std::fmt;
use std::io;
use std::time::Duration;

use http::{StatusCode, Uri};

use crate::error::{BuildError, ErrorSet, ResponseError};

/// Why [`Client::send`](crate::Client::send) did not give the operation's
/// success value.
///
/// The operation's declared errors come through as
/// `ClientError::Response(ResponseError::Modeled(_))`; [`modeled`](Self::modeled)
/// and [`as_modeled`](Self::as_modeled) reach them in one step.
///
/// ```
/// # use opwire::{ClientError, ErrorSet, ResponseError};
/// fn describe<E: ErrorSet>(err: &ClientError<E>) -> String {
///     match err {
///         ClientError::Response(ResponseError::Modeled(e)) => format!("declared: {e}"),
///         ClientError::Transport(e) if e.is_connect() => format!("server down: {e}"),
///         other => other.to_string(),
///     }
/// }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError<E> {
    /// The request could not be built from the operation's value.
    Build(BuildError),
    /// No response came: the connection failed, broke or timed out.
    Transport(TransportError),
    /// The request could not be signed (no credentials): nothing was sent.
    /// Requires the `sigv4` feature.
    #[cfg(feature = "sigv4")]
    Signing(crate::sigv4::SigningError),
    /// A response came but is not a success: a declared error
    /// ([`ResponseError::Modeled`]), another error status, or a body that
    /// does not decode.
    Response(ResponseError<E>),
    /// A paginated operation's server answered a page token it had already
    /// been sent with that token again: the pages would never end, so
    /// [`Client::pages`](crate::Client::pages) stopped. Holds the token.
    RepeatedToken(String),
}

impl<E> ClientError<E> {
    /// The operation's declared error, if the server answered with one.
    ///
    /// ```
    /// # use opwire::{ClientError, ResponseError};
    /// # #[derive(Debug, PartialEq)] struct NotFound;
    /// let err = ClientError::Response(ResponseError::Modeled(NotFound));
    /// assert_eq!(err.modeled(), Some(NotFound));
    /// ```
    pub fn modeled(self) -> Option<E> {
        match self {
            ClientError::Response(err) => err.modeled(),
            _ => None,
        }
    }

    /// The operation's declared error, by reference, if the server answered
    /// with one.
    pub fn as_modeled(&self) -> Option<&E> {
        match self {
            ClientError::Response(err) => err.as_modeled(),
            _ => None,
        }
    }
}

impl<E: ErrorSet> ClientError<E> {
    /// The status of the response, if one came.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ClientError::Response(err) => Some(err.status()),
            _ => None,
        }
    }
}

impl<E> From<BuildError> for ClientError<E> {
    fn from(err: BuildError) -> Self {
        ClientError::Build(err)
    }
}

impl<E> From<TransportError> for ClientError<E> {
    fn from(err: TransportError) -> Self {
        ClientError::Transport(err)
    }
}

impl<E> From<ResponseError<E>> for ClientError<E> {
    fn from(err: ResponseError<E>) -> Self {
        ClientError::Response(err)
    }
}

/// Each variant shows its inner error's message (the declared error's own,
/// for `Response`), so `source` goes on from the inner error's source.
impl<E: fmt::Display> fmt::Display for ClientError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Build(err) => write!(f, "the request could not be built: {err}"),
            ClientError::Transport(err) => err.fmt(f),
            #[cfg(feature = "sigv4")]
            ClientError::Signing(err) => write!(f, "the request could not be signed: {err}"),
            ClientError::Response(err) => err.fmt(f),
            ClientError::RepeatedToken(token) => write!(
                f,
                "the server answered the page token `{token}` a second time: the pages would never end"
            ),
        }
    }
}

impl<E: Error + 'static> Error for ClientError<E> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ClientError::Build(err) => err.source(),
            ClientError::Transport(err) => err.source(),
            #[cfg(feature = "sigv4")]
            ClientError::Signing(err) => err.source(),
            ClientError::Response(err) => err.source(),
            ClientError::RepeatedToken(_) => None,
        }
    }
}

/// No response: the connection could not be made, broke, or the client's
/// [`timeout`](crate::Client::timeout) ran out. The underlying error is the
/// [`source`](Error::source).
#[derive(Debug)]
pub struct TransportError {
    kind: TransportKind,
    uri: Uri,
    source: Box<dyn Error + Send + Sync>,
}

#[derive(Debug, Clone, Copy)]
enum TransportKind {
    Connect,
    Timeout(Duration),
    Other,
}

impl TransportError {
    pub(super) fn connect(uri: Uri, source: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        TransportError {
            kind: TransportKind::Connect,
            uri,
            source: source.into(),
        }
    }

    pub(super) fn timeout(uri: Uri, after: Duration, source: tokio::time::error::Elapsed) -> Self {
        TransportError {
            kind: TransportKind::Timeout(after),
            uri,
            source: source.into(),
        }
    }

    pub(super) fn other(uri: Uri, source: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        TransportError {
            kind: TransportKind::Other,
            uri,
            source: source.into(),
        }
    }

    /// Whether the connection could not be made (refused, unreachable, no
    /// such host).
    pub fn is_connect(&self) -> bool {
        matches!(self.kind, TransportKind::Connect)
    }

    /// Whether it timed out: the client's timeout, or the system's while
    /// connecting.
    pub fn is_timeout(&self) -> bool {
        if let TransportKind::Timeout(_) = self.kind {
            return true;
        }
        let mut source: Option<&(dyn Error + 'static)> = Some(&*self.source);
        while let Some(err) = source {
            if err
                .downcast_ref::<io::Error>()
                .is_some_and(|err| err.kind() == io::ErrorKind::TimedOut)
            {
                return true;
            }
            source = err.source();
        }
        false
    }

    /// The URI of the request.
    pub fn uri(&self) -> &Uri {
        &self.uri
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            TransportKind::Connect => write!(f, "could not connect for {}", self.uri),
            TransportKind::Timeout(after) => {
                write!(f, "no response to {} within {after:?}", self.uri)
            }
            TransportKind::Other => write!(f, "the request to {} failed", self.uri),
        }
    }
}

impl Error for TransportError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&*self.source)
    }
}

/// Why [`Client::new`](crate::Client::new) refused a base URL.
///
/// ```
/// let err = opwire::Client::new("ftp://example.com").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid base URL `ftp://example.com`: the scheme is `http` or `https`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidBaseUrl {
    pub(super) url: String,
    pub(super) reason: &'static str,
}

impl fmt::Display for InvalidBaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid base URL `{}`: {}", self.url, self.reason)
    }
}

impl Error for InvalidBaseUrl {}
