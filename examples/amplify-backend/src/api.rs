//! Backend APIs: the GraphQL data models of an environment, and the models
//! generated from them.

use opwire::operation;
use serde::{Deserialize, Serialize};

use crate::errors::AmplifyBackendError;
use crate::job::JobResponse;

/// Creates a new backend API resource.
#[operation(POST, "/backend/<appId>/api", response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBackendAPI {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The resource configuration of the API.
    pub resource_config: BackendAPIResourceConfig,
    /// The name of this resource.
    pub resource_name: String,
}

/// Gets the details of a backend API.
#[operation(POST, "/backend/<appId>/api/<backendEnvironmentName>/details",
    response = GetBackendAPIResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetBackendAPI {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The resource configuration of the API.
    pub resource_config: Option<BackendAPIResourceConfig>,
    /// The name of this resource.
    pub resource_name: String,
}

/// Updates an existing backend API resource.
#[operation(POST, "/backend/<appId>/api/<backendEnvironmentName>",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateBackendAPI {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The settings to change; those absent are kept.
    pub resource_config: Option<BackendAPIResourceConfig>,
    /// The name of this resource.
    pub resource_name: String,
}

/// Deletes an existing backend API resource.
#[operation(POST, "/backend/<appId>/api/<backendEnvironmentName>/remove",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteBackendAPI {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The resource configuration of the API.
    pub resource_config: Option<BackendAPIResourceConfig>,
    /// The name of this resource.
    pub resource_name: String,
}

/// Generates a model schema for an existing backend API resource.
#[operation(POST, "/backend/<appId>/api/<backendEnvironmentName>/generateModels",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GenerateBackendAPIModels {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of this resource.
    pub resource_name: String,
}

/// Gets the generated models of an existing backend API resource.
#[operation(POST, "/backend/<appId>/api/<backendEnvironmentName>/getModels",
    response = GetBackendAPIModelsResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackendAPIModels {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of this resource.
    pub resource_name: String,
}

/// The answer of [`GetBackendAPI`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetBackendAPIResponse {
    /// The app ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The name of the backend environment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backend_environment_name: Option<String>,
    /// If the request fails, this error is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The resource configuration of the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_config: Option<BackendAPIResourceConfig>,
    /// The name of this resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
}

/// The answer of [`GetBackendAPIModels`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetBackendAPIModelsResponse {
    /// Stringified JSON of the datastore model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub models: Option<String>,
    /// Whether the models are those of the current schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Stringified JSON of the model introspection schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_introspection_schema: Option<String>,
}

/// The resource configuration of a data model.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackendAPIResourceConfig {
    /// Additional authentication methods used to interact with the models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_auth_types: Option<Vec<BackendAPIAuthType>>,
    /// The API name used to interact with the data model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_name: Option<String>,
    /// The conflict resolution strategy for the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflict_resolution: Option<BackendAPIConflictResolution>,
    /// The default authentication type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_auth_type: Option<BackendAPIAuthType>,
    /// The service used to provision and interact with the data model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The annotated GraphQL schema of the data model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform_schema: Option<String>,
}

/// An authentication mode and its settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackendAPIAuthType {
    /// The authentication mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// The settings of the authentication mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<BackendAPIAppSyncAuthSettings>,
}

/// The settings of an authentication mode.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackendAPIAppSyncAuthSettings {
    /// The Amazon Cognito user pool ID, for `AMAZON_COGNITO_USER_POOLS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cognito_user_pool_id: Option<String>,
    /// The API key description, for `API_KEY`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The API key expiration time, for `API_KEY`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<f64>,
    /// The expiry time of OpenID authentication.
    #[serde(rename = "openIDAuthTTL", skip_serializing_if = "Option::is_none")]
    pub open_id_auth_ttl: Option<String>,
    /// The OpenID client ID.
    #[serde(rename = "openIDClientId", skip_serializing_if = "Option::is_none")]
    pub open_id_client_id: Option<String>,
    /// The expiry time of OpenID issued-at times.
    #[serde(rename = "openIDIatTTL", skip_serializing_if = "Option::is_none")]
    pub open_id_iat_ttl: Option<String>,
    /// The OpenID issuer URL.
    #[serde(rename = "openIDIssueURL", skip_serializing_if = "Option::is_none")]
    pub open_id_issue_url: Option<String>,
    /// The OpenID provider name.
    #[serde(rename = "openIDProviderName", skip_serializing_if = "Option::is_none")]
    pub open_id_provider_name: Option<String>,
}

/// The conflict resolution of a data model.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackendAPIConflictResolution {
    /// The strategy for conflict resolution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolution_strategy: Option<ResolutionStrategy>,
}

/// An authentication mode of a data model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mode {
    /// `API_KEY`.
    ApiKey,
    /// `AWS_IAM`.
    AwsIam,
    /// `AMAZON_COGNITO_USER_POOLS`.
    AmazonCognitoUserPools,
    /// `OPENID_CONNECT`.
    #[serde(rename = "OPENID_CONNECT")]
    OpenIdConnect,
}

/// A strategy for conflict resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResolutionStrategy {
    /// `OPTIMISTIC_CONCURRENCY`.
    OptimisticConcurrency,
    /// `LAMBDA`.
    Lambda,
    /// `AUTOMERGE`.
    Automerge,
    /// `NONE`.
    None,
}

/// Whether generated models are those of the current schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    /// `LATEST`: generated from the current schema.
    Latest,
    /// `STALE`: the schema changed since, or no models were generated.
    Stale,
}
