//! Backend auth: the Amazon Cognito user pool and identity pool of an
//! environment, created, imported, updated and removed.

use opwire::operation;
use serde::{Deserialize, Serialize};

use crate::errors::AmplifyBackendError;
use crate::job::JobResponse;

/// Creates a new backend authentication resource.
#[operation(POST, "/backend/<appId>/auth", response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBackendAuth {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The resource configuration of the auth resource.
    pub resource_config: CreateBackendAuthResourceConfig,
    /// The name of this resource.
    pub resource_name: String,
}

/// Gets the details of a backend auth resource.
#[operation(POST, "/backend/<appId>/auth/<backendEnvironmentName>/details",
    response = GetBackendAuthResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetBackendAuth {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of this resource.
    pub resource_name: String,
}

/// Updates an existing backend authentication resource.
#[operation(POST, "/backend/<appId>/auth/<backendEnvironmentName>",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBackendAuth {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The settings to change; those absent are kept.
    pub resource_config: UpdateBackendAuthResourceConfig,
    /// The name of this resource.
    pub resource_name: String,
}

/// Deletes an existing backend authentication resource.
#[operation(POST, "/backend/<appId>/auth/<backendEnvironmentName>/remove",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeleteBackendAuth {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The name of this resource.
    pub resource_name: String,
}

/// Imports an existing backend authentication resource.
#[operation(POST, "/backend/<appId>/auth/<backendEnvironmentName>/import",
    response = JobResponse, error = AmplifyBackendError)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportBackendAuth {
    /// The app ID.
    pub app_id: String,
    /// The name of the backend environment.
    pub backend_environment_name: String,
    /// The ID of the Amazon Cognito identity pool.
    pub identity_pool_id: Option<String>,
    /// The ID of the Amazon Cognito native client.
    pub native_client_id: String,
    /// The ID of the Amazon Cognito user pool.
    pub user_pool_id: String,
    /// The ID of the Amazon Cognito web client.
    pub web_client_id: String,
}

/// The answer of [`GetBackendAuth`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetBackendAuthResponse {
    /// The app ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The name of the backend environment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backend_environment_name: Option<String>,
    /// If the request fails, this error is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The resource configuration of the auth resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_config: Option<CreateBackendAuthResourceConfig>,
    /// The name of this resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
}

/// The configuration of a new auth resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthResourceConfig {
    /// Authentication only, or authentication and authorization.
    pub auth_resources: AuthResources,
    /// The Amazon Cognito identity pool, for authorization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_pool_configs: Option<CreateBackendAuthIdentityPoolConfig>,
    /// The service that provides authentication.
    pub service: Service,
    /// The Amazon Cognito user pool, for authentication.
    pub user_pool_configs: CreateBackendAuthUserPoolConfig,
}

/// The Amazon Cognito identity pool of a new auth resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthIdentityPoolConfig {
    /// The name of the identity pool.
    pub identity_pool_name: String,
    /// Whether guests may use the app.
    pub unauthenticated_login: bool,
}

/// The Amazon Cognito user pool of a new auth resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthUserPoolConfig {
    /// (Deprecated) The forgotten password policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forgot_password: Option<CreateBackendAuthForgotPasswordConfig>,
    /// The multi-factor authentication policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa: Option<CreateBackendAuthMFAConfig>,
    /// The OAuth policy and rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub o_auth: Option<CreateBackendAuthOAuthConfig>,
    /// The password policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_policy: Option<CreateBackendAuthPasswordPolicyConfig>,
    /// The attributes new users must give to sign up.
    pub required_sign_up_attributes: Vec<RequiredSignUpAttributesElement>,
    /// How users sign in.
    pub sign_in_method: SignInMethod,
    /// The name of the user pool.
    pub user_pool_name: String,
    /// The email or SMS verification message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_message: Option<CreateBackendAuthVerificationMessageConfig>,
}

/// (Deprecated) The forgotten password policy of a new user pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthForgotPasswordConfig {
    /// How the recovery message is sent.
    pub delivery_method: DeliveryMethod,
    /// The email sent, if by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_settings: Option<SmsSettings>,
}

/// The multi-factor authentication policy of a new user pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateBackendAuthMFAConfig {
    /// Whether MFA is on, off or optional.
    #[serde(rename = "MFAMode")]
    pub mfa_mode: MFAMode,
    /// The MFA methods and settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Settings>,
}

/// The OAuth configuration of a new user pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthOAuthConfig {
    /// The domain prefix of the hosted UI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_prefix: Option<String>,
    /// The OAuth grant type.
    pub o_auth_grant_type: OAuthGrantType,
    /// The OAuth scopes.
    pub o_auth_scopes: Vec<OAuthScopesElement>,
    /// Where users are redirected after signing in.
    #[serde(rename = "redirectSignInURIs")]
    pub redirect_sign_in_uris: Vec<String>,
    /// Where users are redirected after signing out.
    #[serde(rename = "redirectSignOutURIs")]
    pub redirect_sign_out_uris: Vec<String>,
    /// The social identity providers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub social_provider_settings: Option<SocialProviderSettings>,
}

/// The password policy of a new user pool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthPasswordPolicyConfig {
    /// What passwords must contain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_constraints: Option<Vec<AdditionalConstraintsElement>>,
    /// The minimum length of passwords.
    pub minimum_length: f64,
}

/// The verification message of a new user pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateBackendAuthVerificationMessageConfig {
    /// How the verification message is sent.
    pub delivery_method: DeliveryMethod,
    /// The email sent, if by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_settings: Option<SmsSettings>,
}

/// The changes to an auth resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthResourceConfig {
    /// Authentication only, or authentication and authorization.
    pub auth_resources: AuthResources,
    /// The changes to the identity pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_pool_configs: Option<UpdateBackendAuthIdentityPoolConfig>,
    /// The service that provides authentication.
    pub service: Service,
    /// The changes to the user pool.
    pub user_pool_configs: UpdateBackendAuthUserPoolConfig,
}

/// The changes to an identity pool.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthIdentityPoolConfig {
    /// Whether guests may use the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unauthenticated_login: Option<bool>,
}

/// The changes to a user pool.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthUserPoolConfig {
    /// (Deprecated) The forgotten password policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forgot_password: Option<UpdateBackendAuthForgotPasswordConfig>,
    /// The multi-factor authentication policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa: Option<UpdateBackendAuthMFAConfig>,
    /// The OAuth policy and rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub o_auth: Option<UpdateBackendAuthOAuthConfig>,
    /// The password policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_policy: Option<UpdateBackendAuthPasswordPolicyConfig>,
    /// The email or SMS verification message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_message: Option<UpdateBackendAuthVerificationMessageConfig>,
}

/// (Deprecated) The changes to a forgotten password policy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthForgotPasswordConfig {
    /// How the recovery message is sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_method: Option<DeliveryMethod>,
    /// The email sent, if by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_settings: Option<SmsSettings>,
}

/// The changes to a multi-factor authentication policy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateBackendAuthMFAConfig {
    /// Whether MFA is on, off or optional.
    #[serde(rename = "MFAMode", skip_serializing_if = "Option::is_none")]
    pub mfa_mode: Option<MFAMode>,
    /// The MFA methods and settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Settings>,
}

/// The changes to an OAuth configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthOAuthConfig {
    /// The domain prefix of the hosted UI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_prefix: Option<String>,
    /// The OAuth grant type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub o_auth_grant_type: Option<OAuthGrantType>,
    /// The OAuth scopes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub o_auth_scopes: Option<Vec<OAuthScopesElement>>,
    /// Where users are redirected after signing in.
    #[serde(rename = "redirectSignInURIs", skip_serializing_if = "Option::is_none")]
    pub redirect_sign_in_uris: Option<Vec<String>>,
    /// Where users are redirected after signing out.
    #[serde(
        rename = "redirectSignOutURIs",
        skip_serializing_if = "Option::is_none"
    )]
    pub redirect_sign_out_uris: Option<Vec<String>>,
    /// The social identity providers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub social_provider_settings: Option<SocialProviderSettings>,
}

/// The changes to a password policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthPasswordPolicyConfig {
    /// What passwords must contain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_constraints: Option<Vec<AdditionalConstraintsElement>>,
    /// The minimum length of passwords.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<f64>,
}

/// The changes to a verification message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateBackendAuthVerificationMessageConfig {
    /// How the verification message is sent.
    pub delivery_method: DeliveryMethod,
    /// The email sent, if by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_settings: Option<SmsSettings>,
}

/// An email message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmailSettings {
    /// The body of the email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_message: Option<String>,
    /// The subject line of the email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_subject: Option<String>,
}

/// An SMS message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SmsSettings {
    /// The body of the SMS message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_message: Option<String>,
}

/// The settings of an MFA configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The supported MFA types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_types: Option<Vec<MfaTypesElement>>,
    /// The body of the SMS message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms_message: Option<String>,
}

/// The social identity providers users may sign in with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SocialProviderSettings {
    /// Facebook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facebook: Option<BackendAuthSocialProviderConfig>,
    /// Google.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub google: Option<BackendAuthSocialProviderConfig>,
    /// Login with Amazon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_with_amazon: Option<BackendAuthSocialProviderConfig>,
    /// Sign in with Apple.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in_with_apple: Option<BackendAuthAppleProviderConfig>,
}

/// The OAuth client of a social identity provider (wire names in
/// snake_case, as the model has them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendAuthSocialProviderConfig {
    /// The client ID from the provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The client secret from the provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

/// The Sign in with Apple client (wire names in snake_case, as the model has
/// them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendAuthAppleProviderConfig {
    /// The client ID (Services ID) from Apple.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The key ID from Apple.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// The private key from Apple.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_key: Option<String>,
    /// The team ID from Apple.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
}

/// Authentication only, or authentication and authorization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuthResources {
    /// `USER_POOL_ONLY`.
    UserPoolOnly,
    /// `IDENTITY_POOL_AND_USER_POOL`.
    IdentityPoolAndUserPool,
}

/// The service that provides authentication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Service {
    /// `COGNITO`.
    Cognito,
}

/// How a message is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DeliveryMethod {
    /// `EMAIL`.
    Email,
    /// `SMS`.
    Sms,
}

/// Whether multi-factor authentication is on, off or optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MFAMode {
    /// `ON`.
    On,
    /// `OFF`.
    Off,
    /// `OPTIONAL`.
    Optional,
}

/// A multi-factor authentication method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MfaTypesElement {
    /// `SMS`.
    Sms,
    /// `TOTP`.
    Totp,
}

/// An OAuth grant type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OAuthGrantType {
    /// `CODE`.
    Code,
    /// `IMPLICIT`.
    Implicit,
}

/// An OAuth scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OAuthScopesElement {
    /// `PHONE`.
    Phone,
    /// `EMAIL`.
    Email,
    /// `OPENID`.
    #[serde(rename = "OPENID")]
    OpenId,
    /// `PROFILE`.
    Profile,
    /// `AWS_COGNITO_SIGNIN_USER_ADMIN`.
    AwsCognitoSigninUserAdmin,
}

/// A constraint on passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AdditionalConstraintsElement {
    /// `REQUIRE_DIGIT`.
    RequireDigit,
    /// `REQUIRE_LOWERCASE`.
    RequireLowercase,
    /// `REQUIRE_SYMBOL`.
    RequireSymbol,
    /// `REQUIRE_UPPERCASE`.
    RequireUppercase,
}

/// A user attribute required to sign up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RequiredSignUpAttributesElement {
    /// `ADDRESS`.
    Address,
    /// `BIRTHDATE`.
    Birthdate,
    /// `EMAIL`.
    Email,
    /// `FAMILY_NAME`.
    FamilyName,
    /// `GENDER`.
    Gender,
    /// `GIVEN_NAME`.
    GivenName,
    /// `LOCALE`.
    Locale,
    /// `MIDDLE_NAME`.
    MiddleName,
    /// `NAME`.
    Name,
    /// `NICKNAME`.
    Nickname,
    /// `PHONE_NUMBER`.
    PhoneNumber,
    /// `PICTURE`.
    Picture,
    /// `PREFERRED_USERNAME`.
    PreferredUsername,
    /// `PROFILE`.
    Profile,
    /// `UPDATED_AT`.
    UpdatedAt,
    /// `WEBSITE`.
    Website,
    /// `ZONE_INFO`.
    ZoneInfo,
}

/// How users sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SignInMethod {
    /// `EMAIL`.
    Email,
    /// `EMAIL_AND_PHONE_NUMBER`.
    EmailAndPhoneNumber,
    /// `PHONE_NUMBER`.
    PhoneNumber,
    /// `USERNAME`.
    Username,
}
