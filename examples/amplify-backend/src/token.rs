//! Challenge tokens: one-time codes that log a user into the Amplify Admin
//! UI.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;

/// Generates a one-time challenge code to log a user into the Admin UI.
#[operation(POST, "/backend/<appId>/challenge",
    response = ChallengeToken, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateToken {
    /// The app ID.
    pub app_id: String,
}

/// Gets a challenge token by its session ID.
#[operation(GET, "/backend/<appId>/challenge/<sessionId>",
    response = ChallengeToken, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetToken {
    /// The app ID.
    pub app_id: String,
    /// The session ID.
    pub session_id: String,
}

/// Deletes a challenge token by its session ID.
#[operation(POST, "/backend/<appId>/challenge/<sessionId>/remove",
    response = DeleteTokenResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeleteToken {
    /// The app ID.
    pub app_id: String,
    /// The session ID.
    pub session_id: String,
}

/// A challenge token, as [`CreateToken`] and [`GetToken`] answer.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChallengeToken {
    /// The app ID.
    pub app_id: Option<String>,
    /// The one-time challenge code.
    pub challenge_code: Option<String>,
    /// The ID of the token's session.
    pub session_id: Option<String>,
    /// How long the code is valid, in seconds.
    pub ttl: Option<String>,
}

/// The answer of [`DeleteToken`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeleteTokenResponse {
    /// Whether the token was deleted.
    pub is_success: Option<bool>,
}
