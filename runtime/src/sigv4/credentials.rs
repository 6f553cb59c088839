//! Where a signer's keys come from: [`ProvideCredentials`] and the
//! providers opwire has (static, environment, profile files, a chain).

use std::error::Error;
use std::fmt;
use std::future::{Future, ready};
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use super::profile::ProfileFiles;

/// An access key ID, its secret and, for temporary credentials, a session
/// token. `Debug` does not show the secret or the token.
///
/// ```
/// use opwire::sigv4::Credentials;
///
/// let credentials = Credentials::new("AKID", "s3cr3t").with_session_token("t0k3n");
/// assert_eq!(credentials.access_key_id(), "AKID");
/// let shown = format!("{credentials:?}");
/// assert!(!shown.contains("s3cr3t") && !shown.contains("t0k3n"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
}

impl Credentials {
    /// Long-term credentials: a key ID and its secret.
    pub fn new(access_key_id: impl Into<String>, secret_access_key: impl Into<String>) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token: None,
        }
    }

    /// The same keys with a session token (temporary credentials), sent in
    /// `X-Amz-Security-Token`.
    pub fn with_session_token(mut self, token: impl Into<String>) -> Self {
        self.session_token = Some(token.into());
        self
    }

    /// The access key ID.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }

    /// The session token, for temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The future of [`ProvideCredentials::provide_credentials`].
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials, asked before each signed attempt: cache in it
/// whatever is costly to get.
///
/// Implement it for your own source; a provider that has its answer at
/// hand returns `Box::pin(std::future::ready(…))`.
///
/// ```
/// use opwire::sigv4::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
///
/// /// Keys kept in a vault, fetched once per call.
/// struct Vault;
///
/// impl ProvideCredentials for Vault {
///     fn provide_credentials(&self) -> CredentialsFuture<'_> {
///         Box::pin(async {
///             let (id, secret) = fetch_from_vault().await.map_err(CredentialsError::provider)?;
///             Ok(Credentials::new(id, secret))
///         })
///     }
/// }
/// # async fn fetch_from_vault() -> Result<(String, String), std::io::Error> {
/// #     Ok(("AKID".into(), "secret".into()))
/// # }
/// ```
pub trait ProvideCredentials: Send + Sync + 'static {
    /// The credentials to sign with now.
    fn provide_credentials(&self) -> CredentialsFuture<'_>;
}

/// Static credentials provide themselves.
impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(ready(Ok(self.clone())))
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for Arc<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

/// Why no credentials were given.
#[derive(Debug)]
pub struct CredentialsError {
    kind: CredentialsErrorKind,
    message: String,
    source: Option<Box<dyn Error + Send + Sync>>,
}

/// What kind of [`CredentialsError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// The source has none (no variables set, no such profile): a chain
    /// goes on to its next source.
    NotFound,
    /// The source has some but they are unusable (a key without its
    /// secret, a file that does not parse).
    Invalid,
    /// The profile gets its credentials in a way opwire does not support
    /// (SSO, an assumed role, web identity, `credential_process`).
    Unsupported,
    /// A user's provider failed.
    Provider,
}

impl CredentialsError {
    /// A user provider's failure.
    pub fn provider(source: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        CredentialsError {
            kind: CredentialsErrorKind::Provider,
            message: "the credentials provider failed".to_owned(),
            source: Some(source.into()),
        }
    }

    /// The source has no credentials; `message` says where it looked.
    pub fn not_found(message: impl Into<String>) -> Self {
        CredentialsError::new(CredentialsErrorKind::NotFound, message)
    }

    fn new(kind: CredentialsErrorKind, message: impl Into<String>) -> Self {
        CredentialsError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// What kind of failure.
    pub fn kind(&self) -> CredentialsErrorKind {
        self.kind
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error for CredentialsError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn Error + 'static))
    }
}

/// How providers read environment variables: the process's, or a test's.
type Env = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

fn process_env() -> Env {
    Arc::new(|name| std::env::var(name).ok())
}

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and
/// `AWS_SESSION_TOKEN`, read on each call (empty variables count as unset).
///
/// ```
/// use opwire::sigv4::{EnvironmentCredentials, ProvideCredentials};
///
/// let env = |name: &str| match name {
///     "AWS_ACCESS_KEY_ID" => Some("AKID".to_owned()),
///     "AWS_SECRET_ACCESS_KEY" => Some("secret".to_owned()),
///     _ => None,
/// };
/// let provider = EnvironmentCredentials::with_env(env);
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let credentials = provider.provide_credentials().await.unwrap();
/// assert_eq!(credentials.access_key_id(), "AKID");
/// # });
/// ```
#[derive(Clone)]
pub struct EnvironmentCredentials {
    env: Env,
}

impl EnvironmentCredentials {
    /// From this process's environment.
    pub fn new() -> Self {
        EnvironmentCredentials { env: process_env() }
    }

    /// From the variables `env` gives (for tests, or another source of
    /// variables).
    pub fn with_env(env: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        EnvironmentCredentials { env: Arc::new(env) }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let var = |name: &str| (self.env)(name).filter(|value| !value.is_empty());
        let credentials = match (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY")) {
            (Some(id), Some(secret)) => Credentials::new(id, secret),
            (None, None) => {
                return Err(CredentialsError::not_found(
                    "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set",
                ));
            }
            (Some(_), None) => {
                return Err(CredentialsError::new(
                    CredentialsErrorKind::Invalid,
                    "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not",
                ));
            }
            (None, Some(_)) => {
                return Err(CredentialsError::new(
                    CredentialsErrorKind::Invalid,
                    "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not",
                ));
            }
        };
        Ok(match var("AWS_SESSION_TOKEN") {
            Some(token) => credentials.with_session_token(token),
            None => credentials,
        })
    }
}

impl Default for EnvironmentCredentials {
    fn default() -> Self {
        EnvironmentCredentials::new()
    }
}

impl fmt::Debug for EnvironmentCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EnvironmentCredentials")
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(ready(self.load()))
    }
}

/// Credentials from a profile of the shared `config` and `credentials`
/// files: its `aws_access_key_id`, `aws_secret_access_key` and
/// `aws_session_token`. See [`ProfileFiles`] for where the files are and
/// which profile is read. The files are read once, at the first call that
/// finds the keys; later calls reuse them.
///
/// A profile that gets its keys otherwise (`role_arn`, `sso_session`,
/// `sso_start_url`, `web_identity_token_file`, `credential_process`)
/// answers [`CredentialsErrorKind::Unsupported`].
///
/// ```no_run
/// use opwire::sigv4::ProfileCredentials;
///
/// let provider = ProfileCredentials::new().profile("dev");
/// # let _ = provider;
/// ```
pub struct ProfileCredentials {
    env: Env,
    profile: Option<String>,
    cached: Mutex<Option<Credentials>>,
}

impl ProfileCredentials {
    /// The profile `AWS_PROFILE` names, else `default`, from the files
    /// this process's environment points to.
    pub fn new() -> Self {
        ProfileCredentials::from(process_env())
    }

    /// As [`new`](Self::new), with the variables `env` gives.
    pub fn with_env(env: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        ProfileCredentials::from(Arc::new(env) as Env)
    }

    fn from(env: Env) -> Self {
        ProfileCredentials {
            env,
            profile: None,
            cached: Mutex::new(None),
        }
    }

    /// This profile, whatever `AWS_PROFILE` says.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let mut cached = self
            .cached
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(credentials) = &*cached {
            return Ok(credentials.clone());
        }
        let mut files = ProfileFiles::locate(&*self.env, cfg!(windows));
        if let Some(profile) = &self.profile {
            files = files.with_profile(profile.clone());
        }
        let set = files.load().map_err(|err| CredentialsError {
            kind: CredentialsErrorKind::Invalid,
            message: format!("the shared AWS files: {err}"),
            source: Some(Box::new(err)),
        })?;
        let name = files.profile();
        let Some(profile) = set.profile(name) else {
            return Err(CredentialsError::not_found(format!(
                "no profile `{name}` in {} or {}",
                shown(files.config()),
                shown(files.credentials()),
            )));
        };
        let credentials = match (
            profile.get("aws_access_key_id"),
            profile.get("aws_secret_access_key"),
        ) {
            (Some(id), Some(secret)) if !id.is_empty() && !secret.is_empty() => {
                Credentials::new(id, secret)
            }
            _ => {
                const ELSEWHERE: &[&str] = &[
                    "role_arn",
                    "sso_session",
                    "sso_start_url",
                    "web_identity_token_file",
                    "credential_process",
                ];
                if let Some(how) = ELSEWHERE.iter().find(|key| profile.get(key).is_some()) {
                    return Err(CredentialsError::new(
                        CredentialsErrorKind::Unsupported,
                        format!(
                            "profile `{name}` gets its credentials through `{how}`, which opwire does not support; give it aws_access_key_id and aws_secret_access_key"
                        ),
                    ));
                }
                return Err(CredentialsError::new(
                    CredentialsErrorKind::Invalid,
                    format!("profile `{name}` lacks aws_access_key_id or aws_secret_access_key"),
                ));
            }
        };
        let credentials = match profile.get("aws_session_token").filter(|t| !t.is_empty()) {
            Some(token) => credentials.with_session_token(token),
            None => credentials,
        };
        *cached = Some(credentials.clone());
        Ok(credentials)
    }
}

fn shown(path: Option<&std::path::Path>) -> String {
    path.map_or_else(
        || "(no home directory)".to_owned(),
        |path| path.display().to_string(),
    )
}

impl Default for ProfileCredentials {
    fn default() -> Self {
        ProfileCredentials::new()
    }
}

impl fmt::Debug for ProfileCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProfileCredentials")
            .field("profile", &self.profile)
            .finish_non_exhaustive()
    }
}

impl ProvideCredentials for ProfileCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        // Two small files, read once: not worth a blocking-pool thread.
        Box::pin(ready(self.load()))
    }
}

/// The environment ([`EnvironmentCredentials`]), then the profile files
/// ([`ProfileCredentials`]): the first that has credentials gives them; a
/// source whose credentials are unusable stops the chain with its error.
///
/// The AWS SDKs' default chain goes on to SSO, web identity, the container
/// and instance metadata services: those are out of scope here.
///
/// ```
/// use opwire::sigv4::{DefaultCredentials, ProvideCredentials};
///
/// // No variables and no home directory: nothing found, and it says where
/// // it looked.
/// let chain = DefaultCredentials::with_env(|_| None);
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let err = chain.provide_credentials().await.unwrap_err();
/// assert!(err.to_string().contains("AWS_ACCESS_KEY_ID"), "{err}");
/// # });
/// ```
///
/// With the `client` feature, `Client::for_aws` signs with
/// this chain.
#[derive(Debug)]
pub struct DefaultCredentials {
    environment: EnvironmentCredentials,
    profile: ProfileCredentials,
}

impl DefaultCredentials {
    /// The chain over this process's environment.
    pub fn new() -> Self {
        DefaultCredentials {
            environment: EnvironmentCredentials::new(),
            profile: ProfileCredentials::new(),
        }
    }

    /// The chain over the variables `env` gives.
    pub fn with_env(env: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        let env: Env = Arc::new(env);
        DefaultCredentials {
            environment: EnvironmentCredentials {
                env: Arc::clone(&env),
            },
            profile: ProfileCredentials::from(env),
        }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let from_env = match self.environment.load() {
            Err(err) if err.kind == CredentialsErrorKind::NotFound => err,
            found => return found,
        };
        match self.profile.load() {
            Err(err) if err.kind == CredentialsErrorKind::NotFound => Err(
                CredentialsError::not_found(format!("no AWS credentials: {from_env}, and {err}")),
            ),
            found => found,
        }
    }
}

impl Default for DefaultCredentials {
    fn default() -> Self {
        DefaultCredentials::new()
    }
}

impl ProvideCredentials for DefaultCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(ready(self.load()))
    }
}
