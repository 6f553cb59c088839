//! The AmplifyBackend emulator, started as `cargo run -p amplify-backend`
//! starts it (`amplify_backend::serve` on a loopback port), driven over HTTP
//! by the official AWS SDK for Rust (`aws-sdk-amplifybackend`, plain HTTP,
//! static credentials) and by opwire's own `Client`; the emulator checks
//! every request's SigV4 signature (`--auth`), and both clients sign.
//!
//! One scenario calls every one of the 31 operations and checks what comes
//! back: resources as they were stored, jobs, buckets, tokens, and the
//! declared errors the client itself maps (`NotFoundException` with its
//! `resourceType`, `BadRequestException`). It runs five times, each on a
//! fresh server: with each client, at the API's own paths and under the
//! `/prod` stage, and once more with the SDK reading error codes from the
//! body's `__type` alone (its `x-amzn-ErrorType` header removed by an
//! interceptor). The five transcripts must be equal, and the server's log
//! must show all 31 operations answered with a 2xx each time. Other tests
//! cover what only the server answers: throttling (429
//! `TooManyRequestsException` with `limitType`), the deadline (504
//! `GatewayTimeoutException`), and a stage the server does not serve.

#[path = "amplify_sdk/log.rs"]
mod log;
#[path = "amplify_sdk/sdk.rs"]
mod sdk;

use std::collections::BTreeSet;
use std::future::Future;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use amplify_backend::api::{
    BackendAPIAppSyncAuthSettings, BackendAPIAuthType, BackendAPIConflictResolution,
    BackendAPIResourceConfig, CreateBackendAPI, DeleteBackendAPI, GenerateBackendAPIModels,
    GetBackendAPI, GetBackendAPIModels, Mode, ResolutionStrategy, Status, UpdateBackendAPI,
};
use amplify_backend::auth::{
    AdditionalConstraintsElement, AuthResources, BackendAuthAppleProviderConfig,
    BackendAuthSocialProviderConfig, CreateBackendAuth, CreateBackendAuthForgotPasswordConfig,
    CreateBackendAuthIdentityPoolConfig, CreateBackendAuthMFAConfig, CreateBackendAuthOAuthConfig,
    CreateBackendAuthPasswordPolicyConfig, CreateBackendAuthResourceConfig,
    CreateBackendAuthUserPoolConfig, CreateBackendAuthVerificationMessageConfig, DeleteBackendAuth,
    DeliveryMethod, EmailSettings, GetBackendAuth, ImportBackendAuth, MFAMode, MfaTypesElement,
    OAuthGrantType, OAuthScopesElement, RequiredSignUpAttributesElement, Service, Settings,
    SignInMethod, SmsSettings, SocialProviderSettings, UpdateBackendAuth,
    UpdateBackendAuthIdentityPoolConfig, UpdateBackendAuthMFAConfig,
    UpdateBackendAuthPasswordPolicyConfig, UpdateBackendAuthResourceConfig,
    UpdateBackendAuthUserPoolConfig,
};
use amplify_backend::backend::{
    CloneBackend, CreateBackend, DeleteBackend, GetBackend, GetBackendResponse, RemoveAllBackends,
    ResourceConfig,
};
use amplify_backend::config::{
    CreateBackendConfig, LoginAuthConfigReqObj, RemoveBackendConfig, UpdateBackendConfig,
};
use amplify_backend::job::{
    GetBackendJob, JobResponse, ListBackendJobs, MaxResults, UpdateBackendJob,
};
use amplify_backend::s3::ListS3Buckets;
use amplify_backend::serve::{Config, RateLimit};
use amplify_backend::storage::{
    AuthenticatedElement, BackendStoragePermissions, BackendStorageRespObj, CreateBackendStorage,
    CreateBackendStorageResourceConfig, DeleteBackendStorage, GetBackendStorage,
    GetBackendStorageResourceConfig, ImportBackendStorage, ServiceName, UnAuthenticatedElement,
    UpdateBackendStorage, UpdateBackendStorageResourceConfig,
};
use amplify_backend::token::{CreateToken, DeleteToken, GetToken};
use amplify_backend::{AmplifyBackendError, Store, operations, serve};
use aws_sdk_amplifybackend as aws;
use opwire::server::Server;
use opwire::{ClientError, ResponseError, Router};
use sdk::Call;
use serde_json::Value;
use tokio::net::TcpListener;

/// How a call failed, as the client mapped it: the status, the error's code
/// (`unmodeled …` for one the operation does not declare) and its members.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub status: u16,
    pub code: String,
    pub message: Option<String>,
    pub resource_type: Option<String>,
    pub limit_type: Option<String>,
}

impl Failure {
    pub fn new(status: u16, code: &str, message: Option<String>) -> Self {
        Failure {
            status,
            code: code.to_owned(),
            message,
            resource_type: None,
            limit_type: None,
        }
    }

    pub fn unmodeled(status: u16, code: Option<&str>, message: Option<String>) -> Self {
        Failure::new(
            status,
            &format!("unmodeled {}", code.unwrap_or("-")),
            message,
        )
    }

    /// What opwire's client made of the response.
    fn from_opwire(err: ClientError<AmplifyBackendError>) -> Self {
        let status = err.status().map(|status| status.as_u16());
        match err {
            ClientError::Response(ResponseError::Modeled(err)) => {
                let status = status.expect("a response came");
                match err {
                    AmplifyBackendError::BadRequestException(e) => {
                        Failure::new(status, "BadRequestException", e.message)
                    }
                    AmplifyBackendError::NotFoundException(e) => Failure {
                        resource_type: e.resource_type,
                        ..Failure::new(status, "NotFoundException", e.message)
                    },
                    AmplifyBackendError::TooManyRequestsException(e) => Failure {
                        limit_type: e.limit_type,
                        ..Failure::new(status, "TooManyRequestsException", e.message)
                    },
                    AmplifyBackendError::GatewayTimeoutException(e) => {
                        Failure::new(status, "GatewayTimeoutException", e.message)
                    }
                }
            }
            ClientError::Response(ResponseError::Unmodeled { status, code, body }) => {
                let message = serde_json::from_slice::<Value>(&body)
                    .ok()
                    .and_then(|body| body["message"].as_str().map(str::to_owned));
                Failure::unmodeled(status.as_u16(), code.as_deref(), message)
            }
            other => panic!("opwire's client failed without a declared error: {other}"),
        }
    }
}

/// Which client drives the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sdk,
    /// The SDK, with `x-amzn-ErrorType` removed from every response before
    /// it is read: errors are typed from the body's `__type`.
    SdkReadingTheBody,
    Opwire,
}

/// Removes `x-amzn-ErrorType` before the SDK deserializes a response.
#[derive(Debug)]
struct StripErrorType;

impl aws::config::Intercept for StripErrorType {
    fn name(&self) -> &'static str {
        "StripErrorType"
    }

    fn modify_before_deserialization(
        &self,
        context: &mut aws::config::interceptors::BeforeDeserializationInterceptorContextMut<'_>,
        _: &aws::config::RuntimeComponents,
        _: &mut aws::config::ConfigBag,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        context
            .response_mut()
            .headers_mut()
            .remove("x-amzn-errortype");
        Ok(())
    }
}

enum Driver {
    Sdk(aws::Client),
    // Boxed: opwire's client is some 400 bytes by value.
    Opwire(opwire::Client),
}

impl Driver {
    fn new(kind: Kind, base_url: &str) -> Self {
        match kind {
            Kind::Sdk => Driver::Sdk(opwire_tests::sdk::client(base_url)),
            Kind::SdkReadingTheBody => Driver::Sdk(aws::Client::from_conf(
                opwire_tests::sdk::config(base_url)
                    .interceptor(StripErrorType)
                    .build(),
            )),
            Kind::Opwire => Driver::Opwire(
                opwire::Client::new(base_url)
                    .expect("a base URL")
                    .timeout(Duration::from_secs(20))
                    .signing(
                        opwire::sigv4::Signer::new("amplifybackend", "us-east-1"),
                        key(),
                    ),
            ),
        }
    }

    async fn send<Op: Call>(&self, op: &Op) -> Result<Op::Response, Failure> {
        match self {
            Driver::Sdk(client) => op.sdk(client).await,
            Driver::Opwire(client) => client.send(op).await.map_err(Failure::from_opwire),
        }
    }
}

/// One call and what came of it; the response as JSON, its timestamps
/// replaced (they differ from one run to the next).
type Entry = (&'static str, Result<Value, Failure>);

/// A client's calls, recorded.
struct Session {
    driver: Driver,
    label: String,
    transcript: Vec<Entry>,
    /// The IDs of the jobs started in environment `dev`, in order.
    dev_jobs: Vec<String>,
}

impl Session {
    fn new(kind: Kind, base_url: &str, label: &str) -> Self {
        Session {
            driver: Driver::new(kind, base_url),
            label: label.to_owned(),
            transcript: Vec::new(),
            dev_jobs: Vec::new(),
        }
    }

    async fn call<Op: Call>(&mut self, op: &Op) -> Result<Op::Response, Failure> {
        let result = self.driver.send(op).await;
        let recorded = match &result {
            Ok(response) => Ok(timeless(serde_json::to_value(response).expect("JSON"))),
            Err(failure) => Err(failure.clone()),
        };
        self.transcript.push((Op::NAME, recorded));
        result
    }

    async fn ok<Op: Call>(&mut self, op: &Op) -> Op::Response {
        let result = self.call(op).await;
        result.unwrap_or_else(|failure| panic!("{}: {} failed: {failure:?}", self.label, Op::NAME))
    }

    async fn fail<Op: Call>(&mut self, op: &Op) -> Failure {
        match self.call(op).await {
            Ok(_) => panic!("{}: {} succeeded", self.label, Op::NAME),
            Err(failure) => failure,
        }
    }

    /// Checks the answer of an operation that runs as a job, and keeps its ID.
    fn job(&mut self, job: &JobResponse, operation: &str, env: &str) {
        assert_eq!(job.app_id.as_deref(), Some(APP), "{operation}");
        assert_eq!(job.backend_environment_name.as_deref(), Some(env));
        assert_eq!(job.operation.as_deref(), Some(operation));
        assert_eq!(job.status.as_deref(), Some("COMPLETED"));
        assert_eq!(job.error, None);
        self.keep_job(job.job_id.as_deref(), env);
    }

    /// Checks the answer of a storage operation, and keeps its job's ID.
    fn storage_job(&mut self, job: &BackendStorageRespObj, env: &str) {
        assert_eq!(job.app_id.as_deref(), Some(APP));
        assert_eq!(job.backend_environment_name.as_deref(), Some(env));
        assert_eq!(job.status.as_deref(), Some("COMPLETED"));
        self.keep_job(job.job_id.as_deref(), env);
    }

    fn keep_job(&mut self, id: Option<&str>, env: &str) {
        let id = id.expect("a job ID");
        assert!(id.starts_with("job-"), "{id}");
        if env == "dev" {
            self.dev_jobs.push(id.to_owned());
        }
    }
}

/// `value` with the times (`createTime`, `updateTime`, `creationDate`:
/// milliseconds since the epoch) replaced by `"<time>"`, and page tokens
/// (each server's own keys tag them) by `"<token>"`.
fn timeless(mut value: Value) -> Value {
    fn walk(value: &mut Value) {
        match value {
            Value::Object(members) => {
                for (name, member) in members.iter_mut() {
                    if ["createTime", "updateTime", "creationDate"].contains(&name.as_str()) {
                        let time = member.as_str().expect("a time is a string");
                        // Milliseconds, not seconds: after 2020 in either reading.
                        let millis = time.parse::<u64>();
                        assert!(
                            millis.is_ok_and(|ms| ms > 1_577_836_800_000),
                            "{name}: {time}"
                        );
                        *member = Value::from("<time>");
                    } else if name == "nextToken" && member.is_string() {
                        *member = Value::from("<token>");
                    } else {
                        walk(member);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut value);
    value
}

/// A log line's duration is `Duration`'s `Debug` text: a number and a unit.
fn assert_duration(text: &str, label: &str) {
    let number = text.trim_end_matches(|c: char| c.is_alphabetic());
    let unit = &text[number.len()..];
    assert!(
        number.parse::<f64>().is_ok_and(|n| n >= 0.0) && ["ns", "µs", "ms", "s"].contains(&unit),
        "{label}: duration `{text}`"
    );
}

const APP: &str = "d1a2b3c4";

fn assert_failure(failure: &Failure, status: u16, code: &str) {
    assert_eq!(
        (failure.status, failure.code.as_str()),
        (status, code),
        "{failure:?}"
    );
    assert!(
        failure.message.as_deref().is_some_and(|m| !m.is_empty()),
        "no message: {failure:?}"
    );
}

fn assert_not_found(failure: &Failure, resource_type: &str) {
    assert_failure(failure, 404, "NotFoundException");
    assert_eq!(
        failure.resource_type.as_deref(),
        Some(resource_type),
        "{failure:?}"
    );
}

fn assert_bad_request(failure: &Failure, mentions: &str) {
    assert_failure(failure, 400, "BadRequestException");
    let message = failure.message.as_deref().unwrap_or("");
    assert!(
        message.contains(mentions),
        "`{mentions}` not in {message:?}"
    );
}

/// An auth resource with every part set: forgotten password, MFA, OAuth with
/// every social provider, password policy, verification message.
fn auth_config() -> CreateBackendAuthResourceConfig {
    let provider = |id: &str| BackendAuthSocialProviderConfig {
        client_id: Some(format!("{id}-client")),
        client_secret: Some(format!("{id}-secret")),
    };
    CreateBackendAuthResourceConfig {
        auth_resources: AuthResources::IdentityPoolAndUserPool,
        identity_pool_configs: Some(CreateBackendAuthIdentityPoolConfig {
            identity_pool_name: "notesIdentity".into(),
            unauthenticated_login: false,
        }),
        service: Service::Cognito,
        user_pool_configs: CreateBackendAuthUserPoolConfig {
            forgot_password: Some(CreateBackendAuthForgotPasswordConfig {
                delivery_method: DeliveryMethod::Email,
                email_settings: Some(EmailSettings {
                    email_message: Some("Your code is {####}".into()),
                    email_subject: Some("Reset your password".into()),
                }),
                sms_settings: None,
            }),
            mfa: Some(CreateBackendAuthMFAConfig {
                mfa_mode: MFAMode::Optional,
                settings: Some(Settings {
                    mfa_types: Some(vec![MfaTypesElement::Sms, MfaTypesElement::Totp]),
                    sms_message: Some("Your MFA code is {####}".into()),
                }),
            }),
            o_auth: Some(CreateBackendAuthOAuthConfig {
                domain_prefix: Some("notes".into()),
                o_auth_grant_type: OAuthGrantType::Code,
                o_auth_scopes: vec![
                    OAuthScopesElement::Email,
                    OAuthScopesElement::OpenId,
                    OAuthScopesElement::AwsCognitoSigninUserAdmin,
                ],
                redirect_sign_in_uris: vec!["https://notes.example/in".into()],
                redirect_sign_out_uris: vec!["https://notes.example/out".into()],
                social_provider_settings: Some(SocialProviderSettings {
                    facebook: Some(provider("facebook")),
                    google: Some(provider("google")),
                    login_with_amazon: Some(provider("amazon")),
                    sign_in_with_apple: Some(BackendAuthAppleProviderConfig {
                        client_id: Some("apple-client".into()),
                        key_id: Some("apple-key".into()),
                        private_key: Some("-----BEGIN PRIVATE KEY-----".into()),
                        team_id: Some("apple-team".into()),
                    }),
                }),
            }),
            password_policy: Some(CreateBackendAuthPasswordPolicyConfig {
                additional_constraints: Some(vec![
                    AdditionalConstraintsElement::RequireDigit,
                    AdditionalConstraintsElement::RequireSymbol,
                ]),
                minimum_length: 8.0,
            }),
            required_sign_up_attributes: vec![
                RequiredSignUpAttributesElement::Email,
                RequiredSignUpAttributesElement::PhoneNumber,
            ],
            sign_in_method: SignInMethod::EmailAndPhoneNumber,
            user_pool_name: "notesUsers".into(),
            verification_message: Some(CreateBackendAuthVerificationMessageConfig {
                delivery_method: DeliveryMethod::Sms,
                email_settings: None,
                sms_settings: Some(SmsSettings {
                    sms_message: Some("Your verification code is {####}".into()),
                }),
            }),
        },
    }
}

/// A GraphQL API with every setting.
fn api_config() -> BackendAPIResourceConfig {
    BackendAPIResourceConfig {
        additional_auth_types: Some(vec![
            BackendAPIAuthType {
                mode: Some(Mode::AwsIam),
                settings: None,
            },
            BackendAPIAuthType {
                mode: Some(Mode::OpenIdConnect),
                settings: Some(BackendAPIAppSyncAuthSettings {
                    open_id_auth_ttl: Some("3600".into()),
                    open_id_client_id: Some("oidc-client".into()),
                    open_id_iat_ttl: Some("60".into()),
                    open_id_issue_url: Some("https://issuer.example".into()),
                    open_id_provider_name: Some("issuer".into()),
                    ..BackendAPIAppSyncAuthSettings::default()
                }),
            },
        ]),
        api_name: Some("notesApi".into()),
        conflict_resolution: Some(BackendAPIConflictResolution {
            resolution_strategy: Some(ResolutionStrategy::Automerge),
        }),
        default_auth_type: Some(BackendAPIAuthType {
            mode: Some(Mode::ApiKey),
            settings: Some(BackendAPIAppSyncAuthSettings {
                description: Some("the web app's key".into()),
                expiration_time: Some(7.5),
                ..BackendAPIAppSyncAuthSettings::default()
            }),
        }),
        service: Some("AppSync".into()),
        transform_schema: Some("type Note @model { id: ID! text: String }".into()),
    }
}

fn get_backend(env: Option<&str>) -> GetBackend {
    GetBackend {
        app_id: APP.into(),
        backend_environment_name: env.map(str::to_owned),
    }
}

fn get_auth(env: &str, name: &str) -> GetBackendAuth {
    GetBackendAuth {
        app_id: APP.into(),
        backend_environment_name: env.into(),
        resource_name: name.into(),
    }
}

fn get_api(name: &str) -> GetBackendAPI {
    GetBackendAPI {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: None,
        resource_name: name.into(),
    }
}

fn get_models() -> GetBackendAPIModels {
    GetBackendAPIModels {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesApi".into(),
    }
}

fn get_storage(name: &str) -> GetBackendStorage {
    GetBackendStorage {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_name: name.into(),
    }
}

fn list_jobs() -> ListBackendJobs {
    ListBackendJobs {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        ..ListBackendJobs::default()
    }
}

fn get_job(job_id: &str) -> GetBackendJob {
    GetBackendJob {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        job_id: job_id.into(),
    }
}

/// Every one of the 31 operations, and what each answers.
async fn scenario(s: &mut Session) {
    // Backends.
    let create = CreateBackend {
        app_id: APP.into(),
        app_name: "notes".into(),
        backend_environment_name: "dev".into(),
        resource_config: Some(ResourceConfig {}),
        resource_name: Some("amplify-notes".into()),
    };
    let job = s.ok(&create).await;
    s.job(&job, "CreateBackend", "dev");
    assert_bad_request(&s.fail(&create).await, "already exists");
    let backend: GetBackendResponse = s.ok(&get_backend(Some("dev"))).await;
    assert_eq!(backend.app_id.as_deref(), Some(APP));
    assert_eq!(backend.app_name.as_deref(), Some("notes"));
    assert_eq!(
        backend.backend_environment_list,
        Some(vec!["dev".to_owned()])
    );
    assert_eq!(backend.backend_environment_name.as_deref(), Some("dev"));
    let meta: Value =
        serde_json::from_str(backend.amplify_meta_config.as_deref().unwrap()).unwrap();
    assert_eq!(
        meta,
        serde_json::json!({ "api": {}, "auth": {}, "storage": {} })
    );
    let nope = GetBackend {
        app_id: "nope".into(),
        backend_environment_name: None,
    };
    assert_not_found(&s.fail(&nope).await, "app");
    assert_not_found(&s.fail(&get_backend(Some("prod"))).await, "environment");

    // Auth: stored as sent, updated in part, imported.
    let auth = auth_config();
    let create_auth = CreateBackendAuth {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: auth.clone(),
        resource_name: "notesAuth".into(),
    };
    let job = s.ok(&create_auth).await;
    s.job(&job, "CreateBackendAuth", "dev");
    let got = s.ok(&get_auth("dev", "notesAuth")).await;
    assert_eq!(got.resource_config.as_ref(), Some(&auth));
    assert_eq!(got.resource_name.as_deref(), Some("notesAuth"));
    assert_eq!(got.backend_environment_name.as_deref(), Some("dev"));
    let update_auth = UpdateBackendAuth {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: UpdateBackendAuthResourceConfig {
            auth_resources: AuthResources::IdentityPoolAndUserPool,
            identity_pool_configs: Some(UpdateBackendAuthIdentityPoolConfig {
                unauthenticated_login: Some(true),
            }),
            service: Service::Cognito,
            user_pool_configs: UpdateBackendAuthUserPoolConfig {
                mfa: Some(UpdateBackendAuthMFAConfig {
                    mfa_mode: Some(MFAMode::On),
                    settings: None,
                }),
                password_policy: Some(UpdateBackendAuthPasswordPolicyConfig {
                    additional_constraints: None,
                    minimum_length: Some(12.0),
                }),
                ..UpdateBackendAuthUserPoolConfig::default()
            },
        },
        resource_name: "notesAuth".into(),
    };
    let job = s.ok(&update_auth).await;
    s.job(&job, "UpdateBackendAuth", "dev");
    let updated = s
        .ok(&get_auth("dev", "notesAuth"))
        .await
        .resource_config
        .unwrap();
    let mut expected = auth.clone();
    expected
        .identity_pool_configs
        .as_mut()
        .unwrap()
        .unauthenticated_login = true;
    let users = &mut expected.user_pool_configs;
    users.mfa.as_mut().unwrap().mfa_mode = MFAMode::On;
    users.password_policy.as_mut().unwrap().minimum_length = 12.0;
    assert_eq!(updated, expected);
    let import_auth = ImportBackendAuth {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        identity_pool_id: Some("us-east-1:1234".into()),
        native_client_id: "native-client".into(),
        user_pool_id: "us-east-1_users".into(),
        web_client_id: "web-client".into(),
    };
    let job = s.ok(&import_auth).await;
    s.job(&job, "ImportBackendAuth", "dev");
    assert_not_found(&s.fail(&get_auth("dev", "otherAuth")).await, "auth");

    // APIs and their generated models.
    let api = api_config();
    let create_api = CreateBackendAPI {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: api.clone(),
        resource_name: "notesApi".into(),
    };
    let job = s.ok(&create_api).await;
    s.job(&job, "CreateBackendAPI", "dev");
    let got = s.ok(&get_api("notesApi")).await;
    assert_eq!(got.resource_config.as_ref(), Some(&api));
    let models = s.ok(&get_models()).await;
    assert_eq!((models.status, models.models), (Some(Status::Stale), None));
    let generate = GenerateBackendAPIModels {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesApi".into(),
    };
    let job = s.ok(&generate).await;
    s.job(&job, "GenerateBackendAPIModels", "dev");
    let models = s.ok(&get_models()).await;
    assert_eq!(models.status, Some(Status::Latest));
    assert!(models.models.unwrap().contains("type Note @model"));
    assert!(
        models
            .model_introspection_schema
            .unwrap()
            .contains("notesApi")
    );
    let schema = "type Note @model { id: ID! text: String done: Boolean }";
    let update_api = UpdateBackendAPI {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: Some(BackendAPIResourceConfig {
            transform_schema: Some(schema.into()),
            ..BackendAPIResourceConfig::default()
        }),
        resource_name: "notesApi".into(),
    };
    let job = s.ok(&update_api).await;
    s.job(&job, "UpdateBackendAPI", "dev");
    assert_eq!(s.ok(&get_models()).await.status, Some(Status::Stale));
    let got = s.ok(&get_api("notesApi")).await.resource_config.unwrap();
    assert_eq!(got.transform_schema.as_deref(), Some(schema));
    assert_eq!(got.api_name.as_deref(), Some("notesApi"));
    assert_not_found(&s.fail(&get_api("otherApi")).await, "api");

    // Storage: created, updated, imported; imports list their buckets.
    let permissions = BackendStoragePermissions {
        authenticated: vec![
            AuthenticatedElement::Read,
            AuthenticatedElement::CreateAndUpdate,
        ],
        un_authenticated: None,
    };
    let create_storage = CreateBackendStorage {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: CreateBackendStorageResourceConfig {
            bucket_name: Some("notes-media".into()),
            permissions: permissions.clone(),
            service_name: ServiceName::S3,
        },
        resource_name: "notesMedia".into(),
    };
    let job = s.ok(&create_storage).await;
    s.storage_job(&job, "dev");
    let got = s.ok(&get_storage("notesMedia")).await;
    assert_eq!(
        got.resource_config,
        Some(GetBackendStorageResourceConfig {
            bucket_name: Some("notes-media".into()),
            imported: false,
            permissions: Some(permissions),
            service_name: ServiceName::S3,
        })
    );
    let wider = BackendStoragePermissions {
        authenticated: vec![
            AuthenticatedElement::Read,
            AuthenticatedElement::CreateAndUpdate,
            AuthenticatedElement::Delete,
        ],
        un_authenticated: Some(vec![UnAuthenticatedElement::Read]),
    };
    let update_storage = UpdateBackendStorage {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: UpdateBackendStorageResourceConfig {
            permissions: wider.clone(),
            service_name: ServiceName::S3,
        },
        resource_name: "notesMedia".into(),
    };
    let job = s.ok(&update_storage).await;
    s.storage_job(&job, "dev");
    let got = s
        .ok(&get_storage("notesMedia"))
        .await
        .resource_config
        .unwrap();
    assert_eq!(got.permissions, Some(wider));
    let import_storage = ImportBackendStorage {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        bucket_name: Some("notes-archive".into()),
        service_name: ServiceName::S3,
    };
    let job = s.ok(&import_storage).await;
    s.storage_job(&job, "dev");
    let imported = s
        .ok(&get_storage("notes-archive"))
        .await
        .resource_config
        .unwrap();
    assert!(imported.imported);
    assert_eq!(imported.bucket_name.as_deref(), Some("notes-archive"));
    let buckets = s.ok(&ListS3Buckets { next_token: None }).await;
    let names: Vec<_> = buckets
        .buckets
        .iter()
        .flatten()
        .map(|b| b.name.clone())
        .collect();
    assert_eq!(names, [Some("notes-archive".to_owned())]);
    assert_not_found(&s.fail(&get_storage("otherMedia")).await, "storage");

    // Backend config.
    let create_config = CreateBackendConfig {
        app_id: APP.into(),
        backend_manager_app_id: None,
    };
    let created = s.ok(&create_config).await;
    assert_eq!(created.app_id.as_deref(), Some(APP));
    assert_eq!(created.status.as_deref(), Some("COMPLETED"));
    let job_id = created.job_id.as_deref().expect("a job ID");
    let number = job_id.strip_prefix("job-").map(str::parse::<u64>);
    assert!(matches!(number, Some(Ok(_))), "{job_id}");
    let login = LoginAuthConfigReqObj {
        aws_cognito_identity_pool_id: Some("us-east-1:1234".into()),
        aws_cognito_region: Some("us-east-1".into()),
        aws_user_pools_id: Some("us-east-1_users".into()),
        aws_user_pools_web_client_id: Some("web-client".into()),
    };
    let update_config = UpdateBackendConfig {
        app_id: APP.into(),
        login_auth_config: Some(login.clone()),
    };
    let updated = s.ok(&update_config).await;
    assert_eq!(updated.login_auth_config, Some(login));
    assert_eq!(updated.backend_manager_app_id.as_deref(), Some(APP));
    let removed = s.ok(&RemoveBackendConfig { app_id: APP.into() }).await;
    assert_eq!(removed.error, None);
    assert_not_found(&s.fail(&update_config).await, "config");

    // Challenge tokens: created, read, deleted.
    let token = s.ok(&CreateToken { app_id: APP.into() }).await;
    let session_id = token.session_id.clone().expect("a session ID");
    let code = token.challenge_code.clone().expect("a challenge code");
    assert!(
        code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
        "{code}"
    );
    assert_eq!(token.ttl.as_deref(), Some("600"));
    let get_token = GetToken {
        app_id: APP.into(),
        session_id: session_id.clone(),
    };
    assert_eq!(s.ok(&get_token).await, token);
    let delete_token = DeleteToken {
        app_id: APP.into(),
        session_id,
    };
    assert_eq!(s.ok(&delete_token).await.is_success, Some(true));
    assert_not_found(&s.fail(&get_token).await, "token");
    assert_not_found(&s.fail(&delete_token).await, "token");

    // Jobs: every job started in `dev` is listed, paged, read, updated.
    let ids = s.dev_jobs.clone();
    assert_eq!(ids.len(), 10);
    let listed = s.ok(&list_jobs()).await;
    assert_eq!(listed.next_token, None);
    let jobs = listed.jobs.unwrap();
    let listed_ids: Vec<_> = jobs.iter().map(|j| j.job_id.clone().unwrap()).collect();
    assert_eq!(listed_ids, ids);
    assert!(
        jobs.iter()
            .all(|j| j.status.as_deref() == Some("COMPLETED"))
    );
    assert_eq!(jobs[0].operation.as_deref(), Some("CreateBackend"));
    let first = s
        .ok(&ListBackendJobs {
            max_results: MaxResults::new(4),
            ..list_jobs()
        })
        .await;
    let second = s
        .ok(&ListBackendJobs {
            max_results: MaxResults::new(4),
            next_token: first.next_token.clone(),
            ..list_jobs()
        })
        .await;
    let paged: Vec<_> = [&first, &second]
        .iter()
        .flat_map(|page| page.jobs.iter().flatten())
        .map(|j| j.job_id.clone().unwrap())
        .collect();
    assert_eq!(paged, ids[..8]);
    let only_auth = s
        .ok(&ListBackendJobs {
            operation: Some("UpdateBackendAuth".into()),
            ..list_jobs()
        })
        .await;
    assert_eq!(only_auth.jobs.map(|jobs| jobs.len()), Some(1));
    let job = s.ok(&get_job(&ids[1])).await;
    assert_eq!(job.job_id.as_deref(), Some(ids[1].as_str()));
    assert_eq!(job.operation.as_deref(), Some("CreateBackendAuth"));
    assert_eq!(job.status.as_deref(), Some("COMPLETED"));
    // Milliseconds since the epoch, as the SDK's model has them: strings.
    let millis = |time: Option<&str>| time.and_then(|t| t.parse::<u64>().ok());
    let (created_at, updated_at) = (
        millis(job.create_time.as_deref()),
        millis(job.update_time.as_deref()),
    );
    assert!(
        created_at.is_some_and(|c| updated_at.is_some_and(|u| u >= c && c > 1_700_000_000_000)),
        "{job:?}"
    );
    let update_job = UpdateBackendJob {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        job_id: ids[1].clone(),
        operation: None,
        status: Some("FAILED".into()),
    };
    assert_eq!(s.ok(&update_job).await.status.as_deref(), Some("FAILED"));
    let job = s.ok(&get_job(&ids[1])).await;
    assert_eq!(job.status.as_deref(), Some("FAILED"));
    assert_eq!(job.operation.as_deref(), Some("CreateBackendAuth"));
    assert_not_found(&s.fail(&get_job("job-999")).await, "job");

    // A clone has the resources of its source.
    let clone = CloneBackend {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        target_environment_name: "staging".into(),
    };
    let job = s.ok(&clone).await;
    s.job(&job, "CloneBackend", "dev");
    let backend = s.ok(&get_backend(None)).await;
    assert_eq!(
        backend.backend_environment_list,
        Some(vec!["dev".to_owned(), "staging".to_owned()])
    );
    assert_eq!(
        s.ok(&get_auth("staging", "notesAuth"))
            .await
            .resource_config,
        Some(expected)
    );

    // Removals.
    let delete_api = DeleteBackendAPI {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_config: None,
        resource_name: "notesApi".into(),
    };
    let job = s.ok(&delete_api).await;
    s.job(&job, "DeleteBackendAPI", "dev");
    assert_not_found(&s.fail(&get_api("notesApi")).await, "api");
    let delete_auth = DeleteBackendAuth {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesAuth".into(),
    };
    let job = s.ok(&delete_auth).await;
    s.job(&job, "DeleteBackendAuth", "dev");
    assert_not_found(&s.fail(&get_auth("dev", "notesAuth")).await, "auth");
    let delete_storage = DeleteBackendStorage {
        app_id: APP.into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesMedia".into(),
        service_name: ServiceName::S3,
    };
    let job = s.ok(&delete_storage).await;
    s.storage_job(&job, "dev");
    assert_not_found(&s.fail(&get_storage("notesMedia")).await, "storage");
    let delete_backend = DeleteBackend {
        app_id: APP.into(),
        backend_environment_name: "staging".into(),
    };
    let job = s.ok(&delete_backend).await;
    s.job(&job, "DeleteBackend", "staging");
    assert_not_found(&s.fail(&get_backend(Some("staging"))).await, "environment");
    let remove_all = RemoveAllBackends {
        app_id: APP.into(),
        clean_amplify_app: Some(true),
    };
    let removed = s.ok(&remove_all).await;
    assert_eq!(removed.app_id.as_deref(), Some(APP));
    assert_eq!(removed.operation.as_deref(), Some("RemoveAllBackends"));
    assert_eq!(removed.status.as_deref(), Some("COMPLETED"));
    assert_not_found(&s.fail(&get_backend(None)).await, "app");
    // Buckets belong to the account, not the app.
    let buckets = s.ok(&ListS3Buckets { next_token: None }).await;
    assert_eq!(buckets.buckets.map(|b| b.len()), Some(1));
}

/// What a test's runtime serves.
enum Served {
    /// What the binary serves with this configuration.
    App(Config),
    /// A server of the test's own.
    Custom(Server),
}

/// Runs `test` with the address of a server on `127.0.0.1:0`, on a
/// multi-thread runtime whose threads are named `threads` (the name the
/// server's log lines carry), then shuts the server down gracefully.
fn run<F, Fut>(threads: &str, served: Served, test: F) -> Fut::Output
where
    F: FnOnce(SocketAddr) -> Fut,
    Fut: Future,
{
    log::install();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name(threads)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let addr = listener.local_addr().expect("its address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shutdown = async {
            stopped.await.ok();
        };
        let server = match served {
            Served::App(config) => tokio::spawn(serve(config, Store::new(), listener, shutdown)),
            Served::Custom(server) => tokio::spawn(server.serve(listener, shutdown)),
        };
        let output = tokio::time::timeout(Duration::from_secs(60), test(addr))
            .await
            .expect("the test is done within a minute");
        stop.send(()).ok();
        tokio::time::timeout(Duration::from_secs(30), server)
            .await
            .expect("the server shuts down")
            .expect("the server task")
            .expect("the server");
        output
    })
}

/// The configuration `--prefix /prod --auth AKIDEXAMPLE:secret` gives:
/// every call of both clients is signed with the key the SDK's test
/// configuration has, and checked.
fn staged() -> Config {
    Config {
        prefix: Some("/prod".into()),
        auth: vec![key()],
        ..Config::default()
    }
}

/// The key `opwire_tests::sdk` configures the SDK with.
fn key() -> opwire::sigv4::Credentials {
    opwire::sigv4::Credentials::new("AKIDEXAMPLE", "secret")
}

#[test]
fn both_clients_get_the_same_answers_from_all_31_operations_with_and_without_the_stage() {
    let declared: BTreeSet<&str> = operations().iter().map(|info| info.name).collect();
    assert_eq!(declared.len(), 31);
    let recognizer = staged().router(Store::new());
    let mut transcripts: Vec<(String, Vec<Entry>)> = Vec::new();
    for (kind, stage) in [
        (Kind::Sdk, ""),
        (Kind::Sdk, "/prod"),
        (Kind::SdkReadingTheBody, "/prod"),
        (Kind::Opwire, ""),
        (Kind::Opwire, "/prod"),
    ] {
        let label = format!("{kind:?}{stage}").replace('/', "-").to_lowercase();
        let started = Instant::now();
        let transcript = run(&label, Served::App(staged()), |addr| {
            let label = label.clone();
            async move {
                let mut session = Session::new(kind, &format!("http://{addr}{stage}"), &label);
                scenario(&mut session).await;
                session.transcript
            }
        });
        eprintln!(
            "{label}: {} calls in {:?}",
            transcript.len(),
            started.elapsed()
        );

        // The server's log: one line per call, through the stage when one
        // is used, and each of the 31 operations answered with a 2xx.
        let lines = log::requests(&label);
        assert_eq!(
            lines.len(),
            transcript.len(),
            "{label}: one request per call"
        );
        let mut served = BTreeSet::new();
        for (line, (name, result)) in lines.iter().zip(&transcript) {
            assert!(
                line.path().starts_with(&format!("{stage}/")),
                "{label}: {line:?}"
            );
            assert_duration(line.duration(), &label);
            let recognized = recognizer.recognize(&line.method(), line.path());
            assert_eq!(recognized, Some(*name), "{label}: {line:?}");
            let status = match result {
                Ok(_) => 200,
                Err(failure) => failure.status,
            };
            assert_eq!(line.status(), status, "{label}: {line:?}");
            if (200..300).contains(&status) {
                served.insert(*name);
            }
        }
        let missing: Vec<_> = declared.difference(&served).collect();
        assert!(
            missing.is_empty(),
            "{label}: never answered with a 2xx: {missing:?}"
        );
        assert_eq!(served, declared);
        transcripts.push((label, transcript));
    }

    let (first, expected) = &transcripts[0];
    for (label, transcript) in &transcripts[1..] {
        for (i, (want, got)) in expected.iter().zip(transcript).enumerate() {
            assert_eq!(got, want, "call {i}: {label} differs from {first}");
        }
        assert_eq!(transcript.len(), expected.len(), "{label} vs {first}");
    }
}

#[test]
fn throttled_requests_are_too_many_requests_exceptions_with_their_limit_type() {
    // One request, then (nearly) nothing for a thousand seconds.
    let config = Config {
        rate_limit: Some(RateLimit {
            requests_per_second: 0.001,
            burst: 1,
        }),
        ..Config::default()
    };
    let mut failures = Vec::new();
    for kind in [Kind::Sdk, Kind::SdkReadingTheBody, Kind::Opwire] {
        let label = format!("throttled-{kind:?}").to_lowercase();
        let failure = run(&label, Served::App(config.clone()), |addr| async move {
            let mut s = Session::new(kind, &format!("http://{addr}"), "throttled");
            let create = CreateBackend {
                app_id: APP.into(),
                app_name: "notes".into(),
                backend_environment_name: "dev".into(),
                ..CreateBackend::default()
            };
            s.ok(&create).await;
            s.fail(&get_backend(None)).await
        });
        assert_eq!(
            failure,
            Failure {
                status: 429,
                code: "TooManyRequestsException".into(),
                message: Some("Too Many Requests".into()),
                resource_type: None,
                limit_type: Some("RequestRate".into()),
            },
            "{kind:?}"
        );
        failures.push(failure);
    }
    assert!(failures.iter().all(|failure| *failure == failures[0]));
}

#[test]
fn a_handler_past_the_deadline_is_a_gateway_timeout_exception() {
    // An amplify-backend operation whose handler is slower than the deadline.
    let router = Router::new().route(|_: GetBackend| async {
        tokio::time::sleep(Duration::from_secs(30)).await;
        Ok::<_, AmplifyBackendError>(GetBackendResponse::default())
    });
    let server = Server::new(router).deadline(Duration::from_millis(50));
    let mut failures = Vec::new();
    for kind in [Kind::Sdk, Kind::SdkReadingTheBody, Kind::Opwire] {
        let label = format!("deadline-{kind:?}").to_lowercase();
        let started = Instant::now();
        let failure = run(&label, Served::Custom(server.clone()), |addr| async move {
            let mut s = Session::new(kind, &format!("http://{addr}"), "deadline");
            s.fail(&get_backend(None)).await
        });
        assert!(started.elapsed() < Duration::from_secs(20), "{kind:?}");
        assert_eq!(
            failure,
            Failure::new(
                504,
                "GatewayTimeoutException",
                Some("Endpoint request timed out".into())
            ),
            "{kind:?}"
        );
        failures.push(failure);
    }
    assert!(failures.iter().all(|failure| *failure == failures[0]));
}

#[test]
fn without_a_prefix_the_stage_is_not_served() {
    let mut failures = Vec::new();
    for kind in [Kind::Sdk, Kind::SdkReadingTheBody, Kind::Opwire] {
        let label = format!("unstaged-{kind:?}").to_lowercase();
        let failure = run(&label, Served::App(Config::default()), |addr| async move {
            let mut s = Session::new(kind, &format!("http://{addr}/prod"), "unstaged");
            s.fail(&get_backend(None)).await
        });
        assert_eq!(failure.status, 404, "{failure:?}");
        assert_eq!(
            failure.code, "unmodeled UnknownOperationException",
            "{kind:?}"
        );
        failures.push(failure);
    }
    assert!(failures.iter().all(|failure| *failure == failures[0]));
}

#[test]
fn the_sdk_may_leave_out_a_required_member_and_the_server_answers_bad_request() {
    let failure = run(
        "missing-member",
        Served::App(Config::default()),
        |addr| async move {
            // The SDK checks path labels but sends a body without `appName`.
            let client = opwire_tests::sdk::client(&format!("http://{addr}"));
            let result = client
                .create_backend()
                .app_id(APP)
                .backend_environment_name("dev")
                .send()
                .await;
            result
                .map(drop)
                .map_err(sdk::failure!(create_backend::CreateBackendError))
        },
    );
    let failure = failure.expect_err("CreateBackend without appName");
    assert_bad_request(&failure, "appName");
}
