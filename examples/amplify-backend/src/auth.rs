//! Backend auth: the Amazon Cognito user pool and identity pool of an
//! environment, created, imported, updated and removed.

use opwire::{operation, shape};

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
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetBackendAuthResponse {
    /// The app ID.
    pub app_id: Option<String>,
    /// The name of the backend environment.
    pub backend_environment_name: Option<String>,
    /// If the request fails, this error is returned.
    pub error: Option<String>,
    /// The resource configuration of the auth resource.
    pub resource_config: Option<CreateBackendAuthResourceConfig>,
    /// The name of this resource.
    pub resource_name: Option<String>,
}

/// The configuration of a new auth resource.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBackendAuthResourceConfig {
    /// Authentication only, or authentication and authorization.
    pub auth_resources: AuthResources,
    /// The Amazon Cognito identity pool, for authorization.
    pub identity_pool_configs: Option<CreateBackendAuthIdentityPoolConfig>,
    /// The service that provides authentication.
    pub service: Service,
    /// The Amazon Cognito user pool, for authentication.
    pub user_pool_configs: CreateBackendAuthUserPoolConfig,
}

/// The Amazon Cognito identity pool of a new auth resource.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateBackendAuthIdentityPoolConfig {
    /// The name of the identity pool.
    pub identity_pool_name: String,
    /// Whether guests may use the app.
    pub unauthenticated_login: bool,
}

/// The Amazon Cognito user pool of a new auth resource.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBackendAuthUserPoolConfig {
    /// (Deprecated) The forgotten password policy.
    pub forgot_password: Option<CreateBackendAuthForgotPasswordConfig>,
    /// The multi-factor authentication policy.
    pub mfa: Option<CreateBackendAuthMFAConfig>,
    /// The OAuth policy and rules.
    pub o_auth: Option<CreateBackendAuthOAuthConfig>,
    /// The password policy.
    pub password_policy: Option<CreateBackendAuthPasswordPolicyConfig>,
    /// The attributes new users must give to sign up.
    pub required_sign_up_attributes: Vec<RequiredSignUpAttributesElement>,
    /// How users sign in.
    pub sign_in_method: SignInMethod,
    /// The name of the user pool.
    pub user_pool_name: String,
    /// The email or SMS verification message.
    pub verification_message: Option<CreateBackendAuthVerificationMessageConfig>,
}

/// (Deprecated) The forgotten password policy of a new user pool.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBackendAuthForgotPasswordConfig {
    /// How the recovery message is sent.
    pub delivery_method: DeliveryMethod,
    /// The email sent, if by email.
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    pub sms_settings: Option<SmsSettings>,
}

/// The multi-factor authentication policy of a new user pool.
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBackendAuthMFAConfig {
    /// Whether MFA is on, off or optional.
    #[serde(rename = "MFAMode")]
    pub mfa_mode: MFAMode,
    /// The MFA methods and settings.
    pub settings: Option<Settings>,
}

/// The OAuth configuration of a new user pool.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBackendAuthOAuthConfig {
    /// The domain prefix of the hosted UI.
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
    pub social_provider_settings: Option<SocialProviderSettings>,
}

/// The password policy of a new user pool.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBackendAuthPasswordPolicyConfig {
    /// What passwords must contain.
    pub additional_constraints: Option<Vec<AdditionalConstraintsElement>>,
    /// The minimum length of passwords.
    pub minimum_length: f64,
}

/// The verification message of a new user pool.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBackendAuthVerificationMessageConfig {
    /// How the verification message is sent.
    pub delivery_method: DeliveryMethod,
    /// The email sent, if by email.
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    pub sms_settings: Option<SmsSettings>,
}

/// The changes to an auth resource.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBackendAuthResourceConfig {
    /// Authentication only, or authentication and authorization.
    pub auth_resources: AuthResources,
    /// The changes to the identity pool.
    pub identity_pool_configs: Option<UpdateBackendAuthIdentityPoolConfig>,
    /// The service that provides authentication.
    pub service: Service,
    /// The changes to the user pool.
    pub user_pool_configs: UpdateBackendAuthUserPoolConfig,
}

/// The changes to an identity pool.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendAuthIdentityPoolConfig {
    /// Whether guests may use the app.
    pub unauthenticated_login: Option<bool>,
}

/// The changes to a user pool.
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateBackendAuthUserPoolConfig {
    /// (Deprecated) The forgotten password policy.
    pub forgot_password: Option<UpdateBackendAuthForgotPasswordConfig>,
    /// The multi-factor authentication policy.
    pub mfa: Option<UpdateBackendAuthMFAConfig>,
    /// The OAuth policy and rules.
    pub o_auth: Option<UpdateBackendAuthOAuthConfig>,
    /// The password policy.
    pub password_policy: Option<UpdateBackendAuthPasswordPolicyConfig>,
    /// The email or SMS verification message.
    pub verification_message: Option<UpdateBackendAuthVerificationMessageConfig>,
}

/// (Deprecated) The changes to a forgotten password policy.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendAuthForgotPasswordConfig {
    /// How the recovery message is sent.
    pub delivery_method: Option<DeliveryMethod>,
    /// The email sent, if by email.
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    pub sms_settings: Option<SmsSettings>,
}

/// The changes to a multi-factor authentication policy.
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendAuthMFAConfig {
    /// Whether MFA is on, off or optional.
    #[serde(rename = "MFAMode")]
    pub mfa_mode: Option<MFAMode>,
    /// The MFA methods and settings.
    pub settings: Option<Settings>,
}

/// The changes to an OAuth configuration.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateBackendAuthOAuthConfig {
    /// The domain prefix of the hosted UI.
    pub domain_prefix: Option<String>,
    /// The OAuth grant type.
    pub o_auth_grant_type: Option<OAuthGrantType>,
    /// The OAuth scopes.
    pub o_auth_scopes: Option<Vec<OAuthScopesElement>>,
    /// Where users are redirected after signing in.
    #[serde(rename = "redirectSignInURIs")]
    pub redirect_sign_in_uris: Option<Vec<String>>,
    /// Where users are redirected after signing out.
    #[serde(rename = "redirectSignOutURIs")]
    pub redirect_sign_out_uris: Option<Vec<String>>,
    /// The social identity providers.
    pub social_provider_settings: Option<SocialProviderSettings>,
}

/// The changes to a password policy.
#[shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateBackendAuthPasswordPolicyConfig {
    /// What passwords must contain.
    pub additional_constraints: Option<Vec<AdditionalConstraintsElement>>,
    /// The minimum length of passwords.
    pub minimum_length: Option<f64>,
}

/// The changes to a verification message.
#[shape]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateBackendAuthVerificationMessageConfig {
    /// How the verification message is sent.
    pub delivery_method: DeliveryMethod,
    /// The email sent, if by email.
    pub email_settings: Option<EmailSettings>,
    /// The SMS message sent, if by SMS.
    pub sms_settings: Option<SmsSettings>,
}

/// An email message.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmailSettings {
    /// The body of the email.
    pub email_message: Option<String>,
    /// The subject line of the email.
    pub email_subject: Option<String>,
}

/// An SMS message.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SmsSettings {
    /// The body of the SMS message.
    pub sms_message: Option<String>,
}

/// The settings of an MFA configuration.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The supported MFA types.
    pub mfa_types: Option<Vec<MfaTypesElement>>,
    /// The body of the SMS message.
    pub sms_message: Option<String>,
}

/// The social identity providers users may sign in with.
#[shape(rename_all = "PascalCase")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SocialProviderSettings {
    /// Facebook.
    pub facebook: Option<BackendAuthSocialProviderConfig>,
    /// Google.
    pub google: Option<BackendAuthSocialProviderConfig>,
    /// Login with Amazon.
    pub login_with_amazon: Option<BackendAuthSocialProviderConfig>,
    /// Sign in with Apple.
    pub sign_in_with_apple: Option<BackendAuthAppleProviderConfig>,
}

/// The OAuth client of a social identity provider (wire names in
/// snake_case, as the model has them).
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackendAuthSocialProviderConfig {
    /// The client ID from the provider.
    pub client_id: Option<String>,
    /// The client secret from the provider.
    pub client_secret: Option<String>,
}

/// The Sign in with Apple client (wire names in snake_case, as the model has
/// them).
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackendAuthAppleProviderConfig {
    /// The client ID (Services ID) from Apple.
    pub client_id: Option<String>,
    /// The key ID from Apple.
    pub key_id: Option<String>,
    /// The private key from Apple.
    pub private_key: Option<String>,
    /// The team ID from Apple.
    pub team_id: Option<String>,
}

/// Authentication only, or authentication and authorization.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthResources {
    /// `USER_POOL_ONLY`.
    UserPoolOnly,
    /// `IDENTITY_POOL_AND_USER_POOL`.
    IdentityPoolAndUserPool,
}

/// The service that provides authentication.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// `COGNITO`.
    Cognito,
}

/// How a message is delivered.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryMethod {
    /// `EMAIL`.
    Email,
    /// `SMS`.
    Sms,
}

/// Whether multi-factor authentication is on, off or optional.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MFAMode {
    /// `ON`.
    On,
    /// `OFF`.
    Off,
    /// `OPTIONAL`.
    Optional,
}

/// A multi-factor authentication method.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MfaTypesElement {
    /// `SMS`.
    Sms,
    /// `TOTP`.
    Totp,
}

/// An OAuth grant type.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthGrantType {
    /// `CODE`.
    Code,
    /// `IMPLICIT`.
    Implicit,
}

/// An OAuth scope.
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[shape(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
