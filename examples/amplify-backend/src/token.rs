//! Challenge tokens: one-time codes that log a user into the Amplify Admin
//! UI.

use opwire::operation;
use serde::{Deserialize, Serialize};

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeToken {
    /// The app ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The one-time challenge code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub challenge_code: Option<String>,
    /// The ID of the token's session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// How long the code is valid, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}

/// The answer of [`DeleteToken`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteTokenResponse {
    /// Whether the token was deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_success: Option<bool>,
}
