//! What the emulator tests share: calling an operation through the router
//! in process, and sample resources.

#![allow(dead_code)]

use amplify_backend::auth::{
    AuthResources, CreateBackendAuthIdentityPoolConfig, CreateBackendAuthMFAConfig,
    CreateBackendAuthOAuthConfig, CreateBackendAuthResourceConfig, CreateBackendAuthUserPoolConfig,
    MFAMode, OAuthGrantType, OAuthScopesElement, RequiredSignUpAttributesElement, Service,
    SignInMethod,
};
use amplify_backend::backend::CreateBackend;
use amplify_backend::storage::{AuthenticatedElement, BackendStoragePermissions};
use amplify_backend::{AmplifyBackendError, Store, router};
use opwire::{Operation, ResponseError, Router};

/// A router over a new store, with app `app1` and its environment `dev`.
pub async fn service() -> Router {
    let service = router(Store::new());
    call(&service, &create_backend("app1", "dev")).await;
    service
}

pub fn create_backend(app_id: &str, env: &str) -> CreateBackend {
    CreateBackend {
        app_id: app_id.into(),
        app_name: "notes".into(),
        backend_environment_name: env.into(),
        ..CreateBackend::default()
    }
}

/// Sends `op` through `service` and reads the answer back.
pub async fn send<Op>(service: &Router, op: &Op) -> Result<Op::Response, ResponseError<Op::Error>>
where
    Op: Operation,
{
    let request = op.to_request().expect("the request builds");
    let response = service.dispatch(request).await;
    Op::parse_response(&response)
}

/// The success answer of `op`.
pub async fn call<Op: Operation>(service: &Router, op: &Op) -> Op::Response {
    send(service, op)
        .await
        .unwrap_or_else(|err| panic!("{}: {err}", Op::NAME))
}

/// The declared error `op` answers.
pub async fn fail<Op>(service: &Router, op: &Op) -> AmplifyBackendError
where
    Op: Operation<Error = AmplifyBackendError>,
{
    match send(service, op).await {
        Ok(_) => panic!("{} succeeded", Op::NAME),
        Err(ResponseError::Modeled(err)) => err,
        Err(err) => panic!("{}: undeclared error {err}", Op::NAME),
    }
}

/// Asserts a 404 `NotFoundException` about a resource of `resource_type`.
pub fn assert_not_found(err: AmplifyBackendError, resource_type: &str) {
    match err {
        AmplifyBackendError::NotFoundException(err) => {
            assert_eq!(err.resource_type.as_deref(), Some(resource_type), "{err:?}");
        }
        other => panic!("expected NotFoundException, got {other:?}"),
    }
}

/// Asserts a 400 `BadRequestException` whose message names `field`.
pub fn assert_bad_request(err: AmplifyBackendError, field: &str) {
    match err {
        AmplifyBackendError::BadRequestException(err) => {
            let message = err.message.unwrap_or_default();
            assert!(message.contains(field), "`{field}` not in {message:?}");
        }
        other => panic!("expected BadRequestException, got {other:?}"),
    }
}

pub fn auth_config() -> CreateBackendAuthResourceConfig {
    CreateBackendAuthResourceConfig {
        auth_resources: AuthResources::IdentityPoolAndUserPool,
        identity_pool_configs: Some(CreateBackendAuthIdentityPoolConfig {
            identity_pool_name: "notesIdentity".into(),
            unauthenticated_login: false,
        }),
        service: Service::Cognito,
        user_pool_configs: CreateBackendAuthUserPoolConfig {
            forgot_password: None,
            mfa: Some(CreateBackendAuthMFAConfig {
                mfa_mode: MFAMode::Optional,
                settings: None,
            }),
            o_auth: Some(CreateBackendAuthOAuthConfig {
                domain_prefix: Some("notes".into()),
                o_auth_grant_type: OAuthGrantType::Code,
                o_auth_scopes: vec![OAuthScopesElement::Email, OAuthScopesElement::OpenId],
                redirect_sign_in_uris: vec!["https://notes.example/in".into()],
                redirect_sign_out_uris: vec!["https://notes.example/out".into()],
                social_provider_settings: None,
            }),
            password_policy: None,
            required_sign_up_attributes: vec![RequiredSignUpAttributesElement::Email],
            sign_in_method: SignInMethod::Email,
            user_pool_name: "notesUsers".into(),
            verification_message: None,
        },
    }
}

pub fn permissions() -> BackendStoragePermissions {
    BackendStoragePermissions {
        authenticated: vec![
            AuthenticatedElement::Read,
            AuthenticatedElement::CreateAndUpdate,
        ],
        un_authenticated: None,
    }
}
