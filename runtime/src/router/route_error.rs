//! [`RouteError`]: why a route could not be added to a [`Router`](crate::Router).

use std::fmt;

use http::Method;

/// Why [`Router::try_route`](crate::Router::try_route),
/// [`try_nest`](crate::Router::try_nest) or
/// [`try_merge`](crate::Router::try_merge) refused a route; the panicking
/// forms (`route`, `nest`, `merge`) panic with its message.
///
/// ```
/// use opwire::{RouteError, Router, operation};
///
/// #[operation(GET, "/apps/<appId>")]
/// pub struct GetApp { pub app_id: String }
/// #[operation(GET, "/apps/<name>")]
/// pub struct GetAppByName { pub name: String }
///
/// let router: Router = Router::new().route(|_: GetApp| async { Ok::<_, GetAppError>(opwire::Empty {}) });
/// let err = router
///     .try_route(|_: GetAppByName| async { Ok::<_, GetAppByNameError>(opwire::Empty {}) })
///     .unwrap_err();
/// assert!(matches!(err, RouteError::Conflict { .. }));
/// assert_eq!(
///     err.to_string(),
///     "routes conflict: `GetApp` (GET /apps/<appId>) and `GetAppByName` (GET /apps/<name>) match the same requests"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RouteError {
    /// Two routes match the same requests with the same method.
    Conflict {
        /// The route already added: its operation and full template.
        existing: (&'static str, String),
        /// The route refused.
        added: (&'static str, String),
        /// The method both have.
        method: Method,
    },
    /// Two routes share a path but declare different CORS settings, which
    /// one preflight answer for the path can't serve.
    CorsMismatch {
        /// The route already added.
        existing: &'static str,
        /// The route refused.
        added: &'static str,
        /// The path they share.
        template: String,
    },
    /// More path labels than [`MAX_LABELS`](crate::MAX_LABELS).
    TooManyLabels {
        /// The operation.
        operation: &'static str,
        /// How many labels its template has.
        labels: usize,
    },
    /// A prefix for [`Router::try_nest`](crate::Router::try_nest) that is
    /// not `/` followed by literal segments.
    InvalidPrefix {
        /// The prefix given.
        prefix: String,
    },
    /// A path's CORS or `Allow` headers are not valid header values.
    InvalidHeaders {
        /// The operation whose settings they come from.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteError::Conflict {
                existing,
                added,
                method,
            } => write!(
                f,
                "routes conflict: `{}` ({method} {}) and `{}` ({method} {}) match the same requests",
                existing.0, existing.1, added.0, added.1
            ),
            RouteError::CorsMismatch {
                existing,
                added,
                template,
            } => write!(
                f,
                "routes `{existing}` and `{added}` share the path {template} but declare different CORS settings"
            ),
            RouteError::TooManyLabels { operation, labels } => write!(
                f,
                "`{operation}` has {labels} path labels; at most {} are supported",
                crate::MAX_LABELS
            ),
            RouteError::InvalidPrefix { prefix } => write!(
                f,
                "router prefix `{prefix}` must be `/` followed by literal segments, such as `/prod`"
            ),
            RouteError::InvalidHeaders { operation, message } => {
                write!(f, "{operation}: {message}")
            }
        }
    }
}

impl std::error::Error for RouteError {}
