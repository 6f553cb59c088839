//! The official AWS SDK as a driver: each of the 31 operations, as
//! amplify-backend declares it, sent through `aws_sdk_amplifybackend`'s
//! fluent builders; the SDK's typed output converted back into the declared
//! response type, its typed error (as the SDK mapped it) into a [`Failure`].
//!
//! Conversions go field by field, both ways, so a field the SDK drops or the
//! server garbles shows up as a difference from opwire's client.

use amplify_backend::AmplifyBackendError;
use amplify_backend::api::{
    BackendAPIAppSyncAuthSettings, BackendAPIAuthType, BackendAPIConflictResolution,
    BackendAPIResourceConfig, CreateBackendAPI, DeleteBackendAPI, GenerateBackendAPIModels,
    GetBackendAPI, GetBackendAPIModels, GetBackendAPIModelsResponse, GetBackendAPIResponse,
    UpdateBackendAPI,
};
use amplify_backend::auth::{
    BackendAuthAppleProviderConfig, BackendAuthSocialProviderConfig, CreateBackendAuth,
    CreateBackendAuthForgotPasswordConfig, CreateBackendAuthIdentityPoolConfig,
    CreateBackendAuthMFAConfig, CreateBackendAuthOAuthConfig,
    CreateBackendAuthPasswordPolicyConfig, CreateBackendAuthResourceConfig,
    CreateBackendAuthUserPoolConfig, CreateBackendAuthVerificationMessageConfig, DeleteBackendAuth,
    EmailSettings, GetBackendAuth, GetBackendAuthResponse, ImportBackendAuth, Settings,
    SmsSettings, SocialProviderSettings, UpdateBackendAuth, UpdateBackendAuthResourceConfig,
};
use amplify_backend::backend::{
    CloneBackend, CreateBackend, DeleteBackend, GetBackend, GetBackendResponse, RemoveAllBackends,
    RemoveAllBackendsResponse,
};
use amplify_backend::config::{
    CreateBackendConfig, CreateBackendConfigResponse, LoginAuthConfigReqObj, RemoveBackendConfig,
    RemoveBackendConfigResponse, UpdateBackendConfig, UpdateBackendConfigResponse,
};
use amplify_backend::job::{
    BackendJobRespObj, GetBackendJob, JobDetails, JobResponse, ListBackendJobs,
    ListBackendJobsResponse, MaxResults, UpdateBackendJob,
};
use amplify_backend::s3::{ListS3Buckets, ListS3BucketsResponse, S3BucketInfo};
use amplify_backend::storage::{
    BackendStoragePermissions, BackendStorageRespObj, CreateBackendStorage, DeleteBackendStorage,
    GetBackendStorage, GetBackendStorageResourceConfig, GetBackendStorageResponse,
    ImportBackendStorage, UpdateBackendStorage,
};
use amplify_backend::token::{
    ChallengeToken, CreateToken, DeleteToken, DeleteTokenResponse, GetToken,
};
use aws_sdk_amplifybackend as sdk;
use opwire::Operation;
use sdk::types as t;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::Failure;

/// An operation the SDK can send.
pub trait Call: Operation<Error = AmplifyBackendError> + Sync {
    /// Sends `self` with the SDK's client.
    async fn sdk(&self, client: &sdk::Client) -> Result<Self::Response, Failure>;
}

/// The [`Failure`] in an SDK error of operation `$module::$Error`: the
/// status, and the error the SDK itself mapped from the response.
macro_rules! failure {
    ($module:ident :: $Error:ident) => {
        |err: ::aws_sdk_amplifybackend::error::SdkError<
            ::aws_sdk_amplifybackend::operation::$module::$Error,
        >|
         -> $crate::Failure {
            use ::aws_sdk_amplifybackend::error::{
                DisplayErrorContext, ProvideErrorMetadata, SdkError,
            };
            use ::aws_sdk_amplifybackend::operation::$module::$Error as E;
            use $crate::Failure;
            let context = match err {
                SdkError::ServiceError(context) => context,
                other => panic!(
                    "{}: no service error: {}",
                    stringify!($Error),
                    DisplayErrorContext(&other)
                ),
            };
            let status = context.raw().status().as_u16();
            match context.into_err() {
                E::BadRequestException(e) => Failure::new(status, "BadRequestException", e.message),
                E::NotFoundException(e) => Failure {
                    resource_type: e.resource_type,
                    ..Failure::new(status, "NotFoundException", e.message)
                },
                E::TooManyRequestsException(e) => Failure {
                    limit_type: e.limit_type,
                    ..Failure::new(status, "TooManyRequestsException", e.message)
                },
                E::GatewayTimeoutException(e) => {
                    Failure::new(status, "GatewayTimeoutException", e.message)
                }
                other => {
                    Failure::unmodeled(status, other.code(), other.message().map(str::to_owned))
                }
            }
        }
    };
}

pub(crate) use failure;

/// The declared answer of the operations that run as a job, from an SDK
/// output with the same six fields.
macro_rules! job_response {
    ($out:expr) => {{
        let out = $out;
        JobResponse {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            error: out.error,
            job_id: out.job_id,
            operation: out.operation,
            status: out.status,
        }
    }};
}

/// The declared answer of the storage operations, from an SDK output with
/// the same four fields.
macro_rules! storage_response {
    ($out:expr) => {{
        let out = $out;
        BackendStorageRespObj {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            job_id: out.job_id,
            status: out.status,
        }
    }};
}

/// A job's details, from an SDK output with the same eight fields.
macro_rules! job_details {
    ($out:expr) => {{
        let out = $out;
        JobDetails {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            create_time: out.create_time,
            error: out.error,
            job_id: out.job_id,
            operation: out.operation,
            status: out.status,
            update_time: out.update_time,
        }
    }};
}

/// A challenge token, from an SDK output with the same four fields.
macro_rules! challenge_token {
    ($out:expr) => {{
        let out = $out;
        ChallengeToken {
            app_id: out.app_id,
            challenge_code: out.challenge_code,
            session_id: out.session_id,
            ttl: out.ttl,
        }
    }};
}

// Backends.

impl Call for CreateBackend {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .create_backend()
            .app_id(&self.app_id)
            .app_name(&self.app_name)
            .backend_environment_name(&self.backend_environment_name)
            .set_resource_config(
                self.resource_config
                    .as_ref()
                    .map(|_| t::ResourceConfig::builder().build()),
            )
            .set_resource_name(self.resource_name.clone())
            .send()
            .await
            .map_err(failure!(create_backend::CreateBackendError))?;
        Ok(job_response!(out))
    }
}

impl Call for CloneBackend {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .clone_backend()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .target_environment_name(&self.target_environment_name)
            .send()
            .await
            .map_err(failure!(clone_backend::CloneBackendError))?;
        Ok(job_response!(out))
    }
}

impl Call for GetBackend {
    async fn sdk(&self, client: &sdk::Client) -> Result<GetBackendResponse, Failure> {
        let out = client
            .get_backend()
            .app_id(&self.app_id)
            .set_backend_environment_name(self.backend_environment_name.clone())
            .send()
            .await
            .map_err(failure!(get_backend::GetBackendError))?;
        Ok(GetBackendResponse {
            amplify_feature_flags: out.amplify_feature_flags,
            amplify_meta_config: out.amplify_meta_config,
            app_id: out.app_id,
            app_name: out.app_name,
            backend_environment_list: out.backend_environment_list,
            backend_environment_name: out.backend_environment_name,
            error: out.error,
        })
    }
}

impl Call for DeleteBackend {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .delete_backend()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .send()
            .await
            .map_err(failure!(delete_backend::DeleteBackendError))?;
        Ok(job_response!(out))
    }
}

impl Call for RemoveAllBackends {
    async fn sdk(&self, client: &sdk::Client) -> Result<RemoveAllBackendsResponse, Failure> {
        let out = client
            .remove_all_backends()
            .app_id(&self.app_id)
            .set_clean_amplify_app(self.clean_amplify_app)
            .send()
            .await
            .map_err(failure!(remove_all_backends::RemoveAllBackendsError))?;
        Ok(RemoveAllBackendsResponse {
            app_id: out.app_id,
            error: out.error,
            job_id: out.job_id,
            operation: out.operation,
            status: out.status,
        })
    }
}

// APIs.

impl Call for CreateBackendAPI {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .create_backend_api()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_config(api_config(&self.resource_config))
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(create_backend_api::CreateBackendAPIError))?;
        Ok(job_response!(out))
    }
}

impl Call for GetBackendAPI {
    async fn sdk(&self, client: &sdk::Client) -> Result<GetBackendAPIResponse, Failure> {
        let out = client
            .get_backend_api()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .set_resource_config(self.resource_config.as_ref().map(api_config))
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(get_backend_api::GetBackendAPIError))?;
        Ok(GetBackendAPIResponse {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            error: out.error,
            resource_config: out.resource_config.map(api_config_from),
            resource_name: out.resource_name,
        })
    }
}

impl Call for UpdateBackendAPI {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .update_backend_api()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .set_resource_config(self.resource_config.as_ref().map(api_config))
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(update_backend_api::UpdateBackendAPIError))?;
        Ok(job_response!(out))
    }
}

impl Call for DeleteBackendAPI {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .delete_backend_api()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .set_resource_config(self.resource_config.as_ref().map(api_config))
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(delete_backend_api::DeleteBackendAPIError))?;
        Ok(job_response!(out))
    }
}

impl Call for GenerateBackendAPIModels {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .generate_backend_api_models()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(
                generate_backend_api_models::GenerateBackendAPIModelsError
            ))?;
        Ok(job_response!(out))
    }
}

impl Call for GetBackendAPIModels {
    async fn sdk(&self, client: &sdk::Client) -> Result<GetBackendAPIModelsResponse, Failure> {
        let out = client
            .get_backend_api_models()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(get_backend_api_models::GetBackendAPIModelsError))?;
        Ok(GetBackendAPIModelsResponse {
            models: out.models,
            status: out.status.as_ref().map(ours),
            model_introspection_schema: out.model_introspection_schema,
        })
    }
}

// Auth.

impl Call for CreateBackendAuth {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .create_backend_auth()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_config(auth_config(&self.resource_config))
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(create_backend_auth::CreateBackendAuthError))?;
        Ok(job_response!(out))
    }
}

impl Call for GetBackendAuth {
    async fn sdk(&self, client: &sdk::Client) -> Result<GetBackendAuthResponse, Failure> {
        let out = client
            .get_backend_auth()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(get_backend_auth::GetBackendAuthError))?;
        Ok(GetBackendAuthResponse {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            error: out.error,
            resource_config: out.resource_config.map(auth_config_from),
            resource_name: out.resource_name,
        })
    }
}

impl Call for UpdateBackendAuth {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .update_backend_auth()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_config(auth_update(&self.resource_config))
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(update_backend_auth::UpdateBackendAuthError))?;
        Ok(job_response!(out))
    }
}

impl Call for DeleteBackendAuth {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .delete_backend_auth()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(delete_backend_auth::DeleteBackendAuthError))?;
        Ok(job_response!(out))
    }
}

impl Call for ImportBackendAuth {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobResponse, Failure> {
        let out = client
            .import_backend_auth()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .set_identity_pool_id(self.identity_pool_id.clone())
            .native_client_id(&self.native_client_id)
            .user_pool_id(&self.user_pool_id)
            .web_client_id(&self.web_client_id)
            .send()
            .await
            .map_err(failure!(import_backend_auth::ImportBackendAuthError))?;
        Ok(job_response!(out))
    }
}

// Storage.

impl Call for CreateBackendStorage {
    async fn sdk(&self, client: &sdk::Client) -> Result<BackendStorageRespObj, Failure> {
        let config = &self.resource_config;
        let resource_config = t::CreateBackendStorageResourceConfig::builder()
            .set_bucket_name(config.bucket_name.clone())
            .permissions(permissions(&config.permissions))
            .service_name(theirs(&config.service_name))
            .build();
        let out = client
            .create_backend_storage()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_config(resource_config)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(create_backend_storage::CreateBackendStorageError))?;
        Ok(storage_response!(out))
    }
}

impl Call for GetBackendStorage {
    async fn sdk(&self, client: &sdk::Client) -> Result<GetBackendStorageResponse, Failure> {
        let out = client
            .get_backend_storage()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(get_backend_storage::GetBackendStorageError))?;
        Ok(GetBackendStorageResponse {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            resource_config: out
                .resource_config
                .map(|config| GetBackendStorageResourceConfig {
                    bucket_name: config.bucket_name,
                    imported: config.imported.expect("resourceConfig.imported"),
                    permissions: config.permissions.map(permissions_from),
                    service_name: ours(&config.service_name.expect("resourceConfig.serviceName")),
                }),
            resource_name: out.resource_name,
        })
    }
}

impl Call for UpdateBackendStorage {
    async fn sdk(&self, client: &sdk::Client) -> Result<BackendStorageRespObj, Failure> {
        let config = &self.resource_config;
        let resource_config = t::UpdateBackendStorageResourceConfig::builder()
            .permissions(permissions(&config.permissions))
            .service_name(theirs(&config.service_name))
            .build();
        let out = client
            .update_backend_storage()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_config(resource_config)
            .resource_name(&self.resource_name)
            .send()
            .await
            .map_err(failure!(update_backend_storage::UpdateBackendStorageError))?;
        Ok(storage_response!(out))
    }
}

impl Call for DeleteBackendStorage {
    async fn sdk(&self, client: &sdk::Client) -> Result<BackendStorageRespObj, Failure> {
        let out = client
            .delete_backend_storage()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .resource_name(&self.resource_name)
            .service_name(theirs(&self.service_name))
            .send()
            .await
            .map_err(failure!(delete_backend_storage::DeleteBackendStorageError))?;
        Ok(storage_response!(out))
    }
}

impl Call for ImportBackendStorage {
    async fn sdk(&self, client: &sdk::Client) -> Result<BackendStorageRespObj, Failure> {
        let out = client
            .import_backend_storage()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .set_bucket_name(self.bucket_name.clone())
            .service_name(theirs(&self.service_name))
            .send()
            .await
            .map_err(failure!(import_backend_storage::ImportBackendStorageError))?;
        Ok(storage_response!(out))
    }
}

// Config.

impl Call for CreateBackendConfig {
    async fn sdk(&self, client: &sdk::Client) -> Result<CreateBackendConfigResponse, Failure> {
        let out = client
            .create_backend_config()
            .app_id(&self.app_id)
            .set_backend_manager_app_id(self.backend_manager_app_id.clone())
            .send()
            .await
            .map_err(failure!(create_backend_config::CreateBackendConfigError))?;
        Ok(CreateBackendConfigResponse {
            app_id: out.app_id,
            backend_environment_name: out.backend_environment_name,
            job_id: out.job_id,
            status: out.status,
        })
    }
}

impl Call for RemoveBackendConfig {
    async fn sdk(&self, client: &sdk::Client) -> Result<RemoveBackendConfigResponse, Failure> {
        let out = client
            .remove_backend_config()
            .app_id(&self.app_id)
            .send()
            .await
            .map_err(failure!(remove_backend_config::RemoveBackendConfigError))?;
        Ok(RemoveBackendConfigResponse { error: out.error })
    }
}

impl Call for UpdateBackendConfig {
    async fn sdk(&self, client: &sdk::Client) -> Result<UpdateBackendConfigResponse, Failure> {
        let out = client
            .update_backend_config()
            .app_id(&self.app_id)
            .set_login_auth_config(self.login_auth_config.as_ref().map(login))
            .send()
            .await
            .map_err(failure!(update_backend_config::UpdateBackendConfigError))?;
        Ok(UpdateBackendConfigResponse {
            app_id: out.app_id,
            backend_manager_app_id: out.backend_manager_app_id,
            error: out.error,
            login_auth_config: out.login_auth_config.map(login_from),
        })
    }
}

// Tokens.

impl Call for CreateToken {
    async fn sdk(&self, client: &sdk::Client) -> Result<ChallengeToken, Failure> {
        let out = client
            .create_token()
            .app_id(&self.app_id)
            .send()
            .await
            .map_err(failure!(create_token::CreateTokenError))?;
        Ok(challenge_token!(out))
    }
}

impl Call for GetToken {
    async fn sdk(&self, client: &sdk::Client) -> Result<ChallengeToken, Failure> {
        let out = client
            .get_token()
            .app_id(&self.app_id)
            .session_id(&self.session_id)
            .send()
            .await
            .map_err(failure!(get_token::GetTokenError))?;
        Ok(challenge_token!(out))
    }
}

impl Call for DeleteToken {
    async fn sdk(&self, client: &sdk::Client) -> Result<DeleteTokenResponse, Failure> {
        let out = client
            .delete_token()
            .app_id(&self.app_id)
            .session_id(&self.session_id)
            .send()
            .await
            .map_err(failure!(delete_token::DeleteTokenError))?;
        Ok(DeleteTokenResponse {
            is_success: out.is_success,
        })
    }
}

// Jobs.

impl Call for GetBackendJob {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobDetails, Failure> {
        let out = client
            .get_backend_job()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .job_id(&self.job_id)
            .send()
            .await
            .map_err(failure!(get_backend_job::GetBackendJobError))?;
        Ok(job_details!(out))
    }
}

impl Call for ListBackendJobs {
    async fn sdk(&self, client: &sdk::Client) -> Result<ListBackendJobsResponse, Failure> {
        let out = client
            .list_backend_jobs()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .set_job_id(self.job_id.clone())
            .set_max_results(self.max_results.map(MaxResults::get))
            .set_next_token(self.next_token.clone())
            .set_operation(self.operation.clone())
            .set_status(self.status.clone())
            .send()
            .await
            .map_err(failure!(list_backend_jobs::ListBackendJobsError))?;
        Ok(ListBackendJobsResponse {
            jobs: out.jobs.map(|jobs| {
                jobs.into_iter()
                    .map(|job| BackendJobRespObj {
                        app_id: job.app_id.expect("jobs[].appId"),
                        backend_environment_name: job
                            .backend_environment_name
                            .expect("jobs[].backendEnvironmentName"),
                        create_time: job.create_time,
                        error: job.error,
                        job_id: job.job_id,
                        operation: job.operation,
                        status: job.status,
                        update_time: job.update_time,
                    })
                    .collect()
            }),
            next_token: out.next_token,
        })
    }
}

impl Call for UpdateBackendJob {
    async fn sdk(&self, client: &sdk::Client) -> Result<JobDetails, Failure> {
        let out = client
            .update_backend_job()
            .app_id(&self.app_id)
            .backend_environment_name(&self.backend_environment_name)
            .job_id(&self.job_id)
            .set_operation(self.operation.clone())
            .set_status(self.status.clone())
            .send()
            .await
            .map_err(failure!(update_backend_job::UpdateBackendJobError))?;
        Ok(job_details!(out))
    }
}

// S3.

impl Call for ListS3Buckets {
    async fn sdk(&self, client: &sdk::Client) -> Result<ListS3BucketsResponse, Failure> {
        let out = client
            .list_s3_buckets()
            .set_next_token(self.next_token.clone())
            .send()
            .await
            .map_err(failure!(list_s3_buckets::ListS3BucketsError))?;
        Ok(ListS3BucketsResponse {
            buckets: out.buckets.map(|buckets| {
                buckets
                    .into_iter()
                    .map(|bucket| S3BucketInfo {
                        creation_date: bucket.creation_date,
                        name: bucket.name,
                    })
                    .collect()
            }),
            next_token: out.next_token,
        })
    }
}

// Enums travel by their wire names, both ways.

/// The SDK's enum value with the wire name of `value`.
fn theirs<T: for<'a> From<&'a str>>(value: &impl Serialize) -> T {
    let wire = serde_json::to_value(value).expect("an enum serializes");
    T::from(wire.as_str().expect("an enum serializes as a string"))
}

/// The declared enum value with the wire name of the SDK's `value`.
fn ours<T: DeserializeOwned>(value: &impl AsRef<str>) -> T {
    let wire = serde_json::Value::String(value.as_ref().to_owned());
    serde_json::from_value(wire).unwrap_or_else(|err| panic!("{:?}: {err}", value.as_ref()))
}

fn theirs_all<E: Serialize, T: for<'a> From<&'a str>>(values: &[E]) -> Vec<T> {
    values.iter().map(theirs).collect()
}

fn ours_all<E: AsRef<str>, T: DeserializeOwned>(values: Vec<E>) -> Vec<T> {
    values.iter().map(ours).collect()
}

// Declared types to the SDK's.

fn api_config(config: &BackendAPIResourceConfig) -> t::BackendApiResourceConfig {
    t::BackendApiResourceConfig::builder()
        .set_additional_auth_types(
            config
                .additional_auth_types
                .as_ref()
                .map(|types| types.iter().map(api_auth_type).collect()),
        )
        .set_api_name(config.api_name.clone())
        .set_conflict_resolution(config.conflict_resolution.as_ref().map(|resolution| {
            t::BackendApiConflictResolution::builder()
                .set_resolution_strategy(resolution.resolution_strategy.as_ref().map(theirs))
                .build()
        }))
        .set_default_auth_type(config.default_auth_type.as_ref().map(api_auth_type))
        .set_service(config.service.clone())
        .set_transform_schema(config.transform_schema.clone())
        .build()
}

fn api_auth_type(auth: &BackendAPIAuthType) -> t::BackendApiAuthType {
    t::BackendApiAuthType::builder()
        .set_mode(auth.mode.as_ref().map(theirs))
        .set_settings(auth.settings.as_ref().map(|s| {
            t::BackendApiAppSyncAuthSettings::builder()
                .set_cognito_user_pool_id(s.cognito_user_pool_id.clone())
                .set_description(s.description.clone())
                .set_expiration_time(s.expiration_time)
                .set_open_id_auth_ttl(s.open_id_auth_ttl.clone())
                .set_open_id_client_id(s.open_id_client_id.clone())
                .set_open_id_iat_ttl(s.open_id_iat_ttl.clone())
                .set_open_id_issue_url(s.open_id_issue_url.clone())
                .set_open_id_provider_name(s.open_id_provider_name.clone())
                .build()
        }))
        .build()
}

fn auth_config(config: &CreateBackendAuthResourceConfig) -> t::CreateBackendAuthResourceConfig {
    let users = &config.user_pool_configs;
    let user_pool = t::CreateBackendAuthUserPoolConfig::builder()
        .set_forgot_password(users.forgot_password.as_ref().map(|f| {
            t::CreateBackendAuthForgotPasswordConfig::builder()
                .delivery_method(theirs(&f.delivery_method))
                .set_email_settings(f.email_settings.as_ref().map(email))
                .set_sms_settings(f.sms_settings.as_ref().map(sms))
                .build()
        }))
        .set_mfa(users.mfa.as_ref().map(|m| {
            t::CreateBackendAuthMfaConfig::builder()
                .mfa_mode(theirs(&m.mfa_mode))
                .set_settings(m.settings.as_ref().map(settings))
                .build()
        }))
        .set_o_auth(users.o_auth.as_ref().map(|o| {
            t::CreateBackendAuthOAuthConfig::builder()
                .set_domain_prefix(o.domain_prefix.clone())
                .o_auth_grant_type(theirs(&o.o_auth_grant_type))
                .set_o_auth_scopes(Some(theirs_all(&o.o_auth_scopes)))
                .set_redirect_sign_in_uris(Some(o.redirect_sign_in_uris.clone()))
                .set_redirect_sign_out_uris(Some(o.redirect_sign_out_uris.clone()))
                .set_social_provider_settings(o.social_provider_settings.as_ref().map(social))
                .build()
        }))
        .set_password_policy(users.password_policy.as_ref().map(|p| {
            t::CreateBackendAuthPasswordPolicyConfig::builder()
                .set_additional_constraints(p.additional_constraints.as_deref().map(theirs_all))
                .minimum_length(p.minimum_length)
                .build()
        }))
        .set_required_sign_up_attributes(Some(theirs_all(&users.required_sign_up_attributes)))
        .sign_in_method(theirs(&users.sign_in_method))
        .user_pool_name(&users.user_pool_name)
        .set_verification_message(users.verification_message.as_ref().map(|v| {
            t::CreateBackendAuthVerificationMessageConfig::builder()
                .delivery_method(theirs(&v.delivery_method))
                .set_email_settings(v.email_settings.as_ref().map(email))
                .set_sms_settings(v.sms_settings.as_ref().map(sms))
                .build()
        }))
        .build();
    t::CreateBackendAuthResourceConfig::builder()
        .auth_resources(theirs(&config.auth_resources))
        .set_identity_pool_configs(config.identity_pool_configs.as_ref().map(|pool| {
            t::CreateBackendAuthIdentityPoolConfig::builder()
                .identity_pool_name(&pool.identity_pool_name)
                .unauthenticated_login(pool.unauthenticated_login)
                .build()
        }))
        .service(theirs(&config.service))
        .user_pool_configs(user_pool)
        .build()
}

fn auth_update(config: &UpdateBackendAuthResourceConfig) -> t::UpdateBackendAuthResourceConfig {
    let users = &config.user_pool_configs;
    let user_pool = t::UpdateBackendAuthUserPoolConfig::builder()
        .set_forgot_password(users.forgot_password.as_ref().map(|f| {
            t::UpdateBackendAuthForgotPasswordConfig::builder()
                .set_delivery_method(f.delivery_method.as_ref().map(theirs))
                .set_email_settings(f.email_settings.as_ref().map(email))
                .set_sms_settings(f.sms_settings.as_ref().map(sms))
                .build()
        }))
        .set_mfa(users.mfa.as_ref().map(|m| {
            t::UpdateBackendAuthMfaConfig::builder()
                .set_mfa_mode(m.mfa_mode.as_ref().map(theirs))
                .set_settings(m.settings.as_ref().map(settings))
                .build()
        }))
        .set_o_auth(users.o_auth.as_ref().map(|o| {
            t::UpdateBackendAuthOAuthConfig::builder()
                .set_domain_prefix(o.domain_prefix.clone())
                .set_o_auth_grant_type(o.o_auth_grant_type.as_ref().map(theirs))
                .set_o_auth_scopes(o.o_auth_scopes.as_deref().map(theirs_all))
                .set_redirect_sign_in_uris(o.redirect_sign_in_uris.clone())
                .set_redirect_sign_out_uris(o.redirect_sign_out_uris.clone())
                .set_social_provider_settings(o.social_provider_settings.as_ref().map(social))
                .build()
        }))
        .set_password_policy(users.password_policy.as_ref().map(|p| {
            t::UpdateBackendAuthPasswordPolicyConfig::builder()
                .set_additional_constraints(p.additional_constraints.as_deref().map(theirs_all))
                .set_minimum_length(p.minimum_length)
                .build()
        }))
        .set_verification_message(users.verification_message.as_ref().map(|v| {
            t::UpdateBackendAuthVerificationMessageConfig::builder()
                .delivery_method(theirs(&v.delivery_method))
                .set_email_settings(v.email_settings.as_ref().map(email))
                .set_sms_settings(v.sms_settings.as_ref().map(sms))
                .build()
        }))
        .build();
    t::UpdateBackendAuthResourceConfig::builder()
        .auth_resources(theirs(&config.auth_resources))
        .set_identity_pool_configs(config.identity_pool_configs.as_ref().map(|pool| {
            t::UpdateBackendAuthIdentityPoolConfig::builder()
                .set_unauthenticated_login(pool.unauthenticated_login)
                .build()
        }))
        .service(theirs(&config.service))
        .user_pool_configs(user_pool)
        .build()
}

fn email(settings: &EmailSettings) -> t::EmailSettings {
    t::EmailSettings::builder()
        .set_email_message(settings.email_message.clone())
        .set_email_subject(settings.email_subject.clone())
        .build()
}

fn sms(settings: &SmsSettings) -> t::SmsSettings {
    t::SmsSettings::builder()
        .set_sms_message(settings.sms_message.clone())
        .build()
}

fn settings(settings: &Settings) -> t::Settings {
    t::Settings::builder()
        .set_mfa_types(settings.mfa_types.as_deref().map(theirs_all))
        .set_sms_message(settings.sms_message.clone())
        .build()
}

fn social(providers: &SocialProviderSettings) -> t::SocialProviderSettings {
    let provider = |p: &BackendAuthSocialProviderConfig| {
        t::BackendAuthSocialProviderConfig::builder()
            .set_client_id(p.client_id.clone())
            .set_client_secret(p.client_secret.clone())
            .build()
    };
    t::SocialProviderSettings::builder()
        .set_facebook(providers.facebook.as_ref().map(provider))
        .set_google(providers.google.as_ref().map(provider))
        .set_login_with_amazon(providers.login_with_amazon.as_ref().map(provider))
        .set_sign_in_with_apple(providers.sign_in_with_apple.as_ref().map(|apple| {
            t::BackendAuthAppleProviderConfig::builder()
                .set_client_id(apple.client_id.clone())
                .set_key_id(apple.key_id.clone())
                .set_private_key(apple.private_key.clone())
                .set_team_id(apple.team_id.clone())
                .build()
        }))
        .build()
}

fn permissions(permissions: &BackendStoragePermissions) -> t::BackendStoragePermissions {
    t::BackendStoragePermissions::builder()
        .set_authenticated(Some(theirs_all(&permissions.authenticated)))
        .set_un_authenticated(permissions.un_authenticated.as_deref().map(theirs_all))
        .build()
}

fn login(config: &LoginAuthConfigReqObj) -> t::LoginAuthConfigReqObj {
    t::LoginAuthConfigReqObj::builder()
        .set_aws_cognito_identity_pool_id(config.aws_cognito_identity_pool_id.clone())
        .set_aws_cognito_region(config.aws_cognito_region.clone())
        .set_aws_user_pools_id(config.aws_user_pools_id.clone())
        .set_aws_user_pools_web_client_id(config.aws_user_pools_web_client_id.clone())
        .build()
}

// The SDK's types to the declared ones; a member the model requires and the
// SDK did not parse is a failure.

fn api_config_from(config: t::BackendApiResourceConfig) -> BackendAPIResourceConfig {
    BackendAPIResourceConfig {
        additional_auth_types: config
            .additional_auth_types
            .map(|types| types.into_iter().map(api_auth_type_from).collect()),
        api_name: config.api_name,
        conflict_resolution: config.conflict_resolution.map(|resolution| {
            BackendAPIConflictResolution {
                resolution_strategy: resolution.resolution_strategy.as_ref().map(ours),
            }
        }),
        default_auth_type: config.default_auth_type.map(api_auth_type_from),
        service: config.service,
        transform_schema: config.transform_schema,
    }
}

fn api_auth_type_from(auth: t::BackendApiAuthType) -> BackendAPIAuthType {
    BackendAPIAuthType {
        mode: auth.mode.as_ref().map(ours),
        settings: auth.settings.map(|s| BackendAPIAppSyncAuthSettings {
            cognito_user_pool_id: s.cognito_user_pool_id,
            description: s.description,
            expiration_time: s.expiration_time,
            open_id_auth_ttl: s.open_id_auth_ttl,
            open_id_client_id: s.open_id_client_id,
            open_id_iat_ttl: s.open_id_iat_ttl,
            open_id_issue_url: s.open_id_issue_url,
            open_id_provider_name: s.open_id_provider_name,
        }),
    }
}

fn auth_config_from(config: t::CreateBackendAuthResourceConfig) -> CreateBackendAuthResourceConfig {
    let users = config
        .user_pool_configs
        .expect("resourceConfig.userPoolConfigs");
    CreateBackendAuthResourceConfig {
        auth_resources: ours(&config.auth_resources.expect("authResources")),
        identity_pool_configs: config.identity_pool_configs.map(|pool| {
            CreateBackendAuthIdentityPoolConfig {
                identity_pool_name: pool.identity_pool_name.expect("identityPoolName"),
                unauthenticated_login: pool.unauthenticated_login.expect("unauthenticatedLogin"),
            }
        }),
        service: ours(&config.service.expect("service")),
        user_pool_configs: CreateBackendAuthUserPoolConfig {
            forgot_password: users
                .forgot_password
                .map(|f| CreateBackendAuthForgotPasswordConfig {
                    delivery_method: ours(
                        &f.delivery_method.expect("forgotPassword.deliveryMethod"),
                    ),
                    email_settings: f.email_settings.map(email_from),
                    sms_settings: f.sms_settings.map(sms_from),
                }),
            mfa: users.mfa.map(|m| CreateBackendAuthMFAConfig {
                mfa_mode: ours(&m.mfa_mode.expect("mfa.MFAMode")),
                settings: m.settings.map(settings_from),
            }),
            o_auth: users.o_auth.map(|o| CreateBackendAuthOAuthConfig {
                domain_prefix: o.domain_prefix,
                o_auth_grant_type: ours(&o.o_auth_grant_type.expect("oAuth.oAuthGrantType")),
                o_auth_scopes: ours_all(o.o_auth_scopes.expect("oAuth.oAuthScopes")),
                redirect_sign_in_uris: o.redirect_sign_in_uris.expect("redirectSignInURIs"),
                redirect_sign_out_uris: o.redirect_sign_out_uris.expect("redirectSignOutURIs"),
                social_provider_settings: o.social_provider_settings.map(social_from),
            }),
            password_policy: users
                .password_policy
                .map(|p| CreateBackendAuthPasswordPolicyConfig {
                    additional_constraints: p.additional_constraints.map(ours_all),
                    minimum_length: p.minimum_length.expect("passwordPolicy.minimumLength"),
                }),
            required_sign_up_attributes: ours_all(
                users
                    .required_sign_up_attributes
                    .expect("requiredSignUpAttributes"),
            ),
            sign_in_method: ours(&users.sign_in_method.expect("signInMethod")),
            user_pool_name: users.user_pool_name.expect("userPoolName"),
            verification_message: users.verification_message.map(|v| {
                CreateBackendAuthVerificationMessageConfig {
                    delivery_method: ours(
                        &v.delivery_method
                            .expect("verificationMessage.deliveryMethod"),
                    ),
                    email_settings: v.email_settings.map(email_from),
                    sms_settings: v.sms_settings.map(sms_from),
                }
            }),
        },
    }
}

fn email_from(settings: t::EmailSettings) -> EmailSettings {
    EmailSettings {
        email_message: settings.email_message,
        email_subject: settings.email_subject,
    }
}

fn sms_from(settings: t::SmsSettings) -> SmsSettings {
    SmsSettings {
        sms_message: settings.sms_message,
    }
}

fn settings_from(settings: t::Settings) -> Settings {
    Settings {
        mfa_types: settings.mfa_types.map(ours_all),
        sms_message: settings.sms_message,
    }
}

fn social_from(providers: t::SocialProviderSettings) -> SocialProviderSettings {
    let provider = |p: t::BackendAuthSocialProviderConfig| BackendAuthSocialProviderConfig {
        client_id: p.client_id,
        client_secret: p.client_secret,
    };
    SocialProviderSettings {
        facebook: providers.facebook.map(provider),
        google: providers.google.map(provider),
        login_with_amazon: providers.login_with_amazon.map(provider),
        sign_in_with_apple: providers.sign_in_with_apple.map(|apple| {
            BackendAuthAppleProviderConfig {
                client_id: apple.client_id,
                key_id: apple.key_id,
                private_key: apple.private_key,
                team_id: apple.team_id,
            }
        }),
    }
}

fn permissions_from(permissions: t::BackendStoragePermissions) -> BackendStoragePermissions {
    BackendStoragePermissions {
        authenticated: ours_all(
            permissions
                .authenticated
                .expect("permissions.authenticated"),
        ),
        un_authenticated: permissions.un_authenticated.map(ours_all),
    }
}

fn login_from(config: t::LoginAuthConfigReqObj) -> LoginAuthConfigReqObj {
    LoginAuthConfigReqObj {
        aws_cognito_identity_pool_id: config.aws_cognito_identity_pool_id,
        aws_cognito_region: config.aws_cognito_region,
        aws_user_pools_id: config.aws_user_pools_id,
        aws_user_pools_web_client_id: config.aws_user_pools_web_client_id,
    }
}
