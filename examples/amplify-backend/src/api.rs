//! Backend APIs: the GraphQL data models of an environment, and the models
//! generated from them.

use opwire::{operation, shape};

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
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetBackendAPIResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The resource configuration of the API.
    pub resource_config: Option<BackendAPIResourceConfig>,
    /// The name of this resource.
    pub resource_name: Option<String>,
}

/// The answer of [`GetBackendAPIModels`].
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackendAPIModelsResponse {
    /// Stringified JSON of the datastore model.
    pub models: Option<String>,
    /// Whether the models are those of the current schema.
    pub status: Option<Status>,
    /// Stringified JSON of the model introspection schema.
    pub model_introspection_schema: Option<String>,
}

/// The resource configuration of a data model.
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackendAPIResourceConfig {
    /// Additional authentication methods used to interact with the models.
    pub additional_auth_types: Option<Vec<BackendAPIAuthType>>,
    /// The API name used to interact with the data model.
    pub api_name: Option<String>,
    /// The conflict resolution strategy for the data.
    pub conflict_resolution: Option<BackendAPIConflictResolution>,
    /// The default authentication type.
    pub default_auth_type: Option<BackendAPIAuthType>,
    /// The service used to provision and interact with the data model.
    pub service: Option<String>,
    /// The annotated GraphQL schema of the data model.
    pub transform_schema: Option<String>,
}

/// An authentication mode and its settings.
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackendAPIAuthType {
    /// The authentication mode.
    pub mode: Option<Mode>,
    /// The settings of the authentication mode.
    pub settings: Option<BackendAPIAppSyncAuthSettings>,
}

/// The settings of an authentication mode.
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackendAPIAppSyncAuthSettings {
    /// The Amazon Cognito user pool ID, for `AMAZON_COGNITO_USER_POOLS`.
    pub cognito_user_pool_id: Option<String>,
    /// The API key description, for `API_KEY`.
    pub description: Option<String>,
    /// The API key expiration time, for `API_KEY`.
    pub expiration_time: Option<f64>,
    /// The expiry time of OpenID authentication.
    #[serde(rename = "openIDAuthTTL")]
    pub open_id_auth_ttl: Option<String>,
    /// The OpenID client ID.
    #[serde(rename = "openIDClientId")]
    pub open_id_client_id: Option<String>,
    /// The expiry time of OpenID issued-at times.
    #[serde(rename = "openIDIatTTL")]
    pub open_id_iat_ttl: Option<String>,
    /// The OpenID issuer URL.
    #[serde(rename = "openIDIssueURL")]
    pub open_id_issue_url: Option<String>,
    /// The OpenID provider name.
    #[serde(rename = "openIDProviderName")]
    pub open_id_provider_name: Option<String>,
}

/// The conflict resolution of a data model.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackendAPIConflictResolution {
    /// The strategy for conflict resolution.
    pub resolution_strategy: Option<ResolutionStrategy>,
}

/// An authentication mode of a data model.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// `LATEST`: generated from the current schema.
    Latest,
    /// `STALE`: the schema changed since, or no models were generated.
    Stale,
}
