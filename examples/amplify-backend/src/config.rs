//! Backend config: the Amplify Admin UI's access to an app, and the Amazon
//! Cognito login it uses.

use opwire::{operation, shape};

use crate::errors::AmplifyBackendError;

/// Creates a config object for a backend.
#[operation(POST, "/backend/<appId>/config",
    response = CreateBackendConfigResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateBackendConfig {
    /// The app ID.
    pub app_id: String,
    /// The app ID of the backend manager.
    pub backend_manager_app_id: Option<String>,
}

/// Removes the AWS resources required to access the Amplify Admin UI.
#[operation(POST, "/backend/<appId>/config/remove",
    response = RemoveBackendConfigResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoveBackendConfig {
    /// The app ID.
    pub app_id: String,
}

/// Updates the AWS resources required to access the Amplify Admin UI.
#[operation(POST, "/backend/<appId>/config/update",
    response = UpdateBackendConfigResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendConfig {
    /// The app ID.
    pub app_id: String,
    /// The Amazon Cognito configuration for Admin UI access.
    pub login_auth_config: Option<LoginAuthConfigReqObj>,
}

/// The answer of [`CreateBackendConfig`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateBackendConfigResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// The ID for the job.
    pub job_id: Option<String>,
    /// The current status of the request.
    pub status: Option<String>,
}

/// The answer of [`RemoveBackendConfig`].
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemoveBackendConfigResponse {
    /// If the request fails, this error is returned.
    pub error: Option<String>,
}

/// The answer of [`UpdateBackendConfig`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendConfigResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// The app ID of the backend manager.
    pub backend_manager_app_id: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The Amazon Cognito configuration the Admin UI logs in with.
    pub login_auth_config: Option<LoginAuthConfigReqObj>,
}

/// The Amazon Cognito configuration the Admin UI logs in with (wire names in
/// snake_case, as the model has them).
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoginAuthConfigReqObj {
    /// The identity pool ID used for login authorization.
    pub aws_cognito_identity_pool_id: Option<String>,
    /// The AWS Region of the login.
    pub aws_cognito_region: Option<String>,
    /// The user pool ID used for login authentication.
    pub aws_user_pools_id: Option<String>,
    /// The web client ID of the user pool.
    pub aws_user_pools_web_client_id: Option<String>,
}
