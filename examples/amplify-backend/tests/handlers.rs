//! Every operation, sent through the router in process, does what the
//! emulator promises: resources come back as they were sent, operations the
//! service runs as jobs start jobs the job operations see, and imports list
//! their buckets.

mod common;

use std::collections::BTreeSet;

use amplify_backend::api::{
    BackendAPIAuthType, BackendAPIConflictResolution, BackendAPIResourceConfig, CreateBackendAPI,
    DeleteBackendAPI, GenerateBackendAPIModels, GetBackendAPI, GetBackendAPIModels, Mode,
    ResolutionStrategy, Status, UpdateBackendAPI,
};
use amplify_backend::auth::{
    CreateBackendAuth, DeleteBackendAuth, GetBackendAuth, ImportBackendAuth, MFAMode,
    OAuthScopesElement, UpdateBackendAuth, UpdateBackendAuthIdentityPoolConfig,
    UpdateBackendAuthMFAConfig, UpdateBackendAuthOAuthConfig, UpdateBackendAuthResourceConfig,
    UpdateBackendAuthUserPoolConfig,
};
use amplify_backend::backend::{CloneBackend, DeleteBackend, GetBackend, RemoveAllBackends};
use amplify_backend::config::{
    CreateBackendConfig, LoginAuthConfigReqObj, RemoveBackendConfig, UpdateBackendConfig,
};
use amplify_backend::job::{
    GetBackendJob, JobResponse, ListBackendJobs, MaxResults, UpdateBackendJob,
};
use amplify_backend::s3::ListS3Buckets;
use amplify_backend::storage::{
    AuthenticatedElement, BackendStoragePermissions, CreateBackendStorage,
    CreateBackendStorageResourceConfig, DeleteBackendStorage, GetBackendStorage,
    GetBackendStorageResourceConfig, ImportBackendStorage, ServiceName, UnAuthenticatedElement,
    UpdateBackendStorage, UpdateBackendStorageResourceConfig,
};
use amplify_backend::token::{CreateToken, DeleteToken, GetToken};
use amplify_backend::{Store, operations, router};
use common::{assert_not_found, auth_config, call, create_backend, fail, permissions, service};
use opwire::Operation;
use serde_json::Value;

fn assert_started(job: &JobResponse, operation: &str, env: Option<&str>) {
    assert_eq!(job.app_id.as_deref(), Some("app1"));
    assert_eq!(job.backend_environment_name.as_deref(), env);
    assert_eq!(job.operation.as_deref(), Some(operation));
    assert_eq!(job.status.as_deref(), Some("COMPLETED"));
    assert!(job.job_id.as_deref().is_some_and(|id| !id.is_empty()));
    assert_eq!(job.error, None);
}

#[test]
fn every_operation_is_routed() {
    let service = router(Store::new());
    let routed: BTreeSet<&str> = service.routes().map(|(_, _, name)| name).collect();
    let declared: BTreeSet<&str> = operations().iter().map(|info| info.name).collect();
    assert_eq!(routed.len(), 31);
    assert_eq!(routed, declared);
}

#[tokio::test]
async fn backends_are_created_described_cloned_and_removed() {
    let service = router(Store::new());
    let job = call(&service, &create_backend("app1", "dev")).await;
    assert_started(&job, "CreateBackend", Some("dev"));

    let get = GetBackend {
        app_id: "app1".into(),
        backend_environment_name: None,
    };
    let details = call(&service, &get).await;
    assert_eq!(details.app_id.as_deref(), Some("app1"));
    assert_eq!(details.app_name.as_deref(), Some("notes"));
    assert_eq!(
        details.backend_environment_list,
        Some(vec!["dev".to_owned()])
    );
    assert_eq!(details.backend_environment_name, None);
    assert_eq!(details.amplify_meta_config, None);
    let flags: Value = serde_json::from_str(&details.amplify_feature_flags.unwrap()).unwrap();
    assert!(flags.is_object());

    let clone = CloneBackend {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        target_environment_name: "staging".into(),
    };
    assert_started(&call(&service, &clone).await, "CloneBackend", Some("dev"));
    let details = call(&service, &get).await;
    assert_eq!(
        details.backend_environment_list,
        Some(vec!["dev".to_owned(), "staging".to_owned()])
    );

    let delete = DeleteBackend {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
    };
    assert_started(&call(&service, &delete).await, "DeleteBackend", Some("dev"));
    let details = call(&service, &get).await;
    assert_eq!(
        details.backend_environment_list,
        Some(vec!["staging".to_owned()])
    );

    let remove = RemoveAllBackends {
        app_id: "app1".into(),
        clean_amplify_app: Some(false),
    };
    let removed = call(&service, &remove).await;
    assert_eq!(removed.app_id.as_deref(), Some("app1"));
    assert_eq!(removed.operation.as_deref(), Some("RemoveAllBackends"));
    assert_eq!(removed.status.as_deref(), Some("COMPLETED"));
    assert_eq!(
        removed.job_id.as_deref(),
        Some("job-4"),
        "the store's jobs are numbered in order"
    );
    assert_eq!(
        call(&service, &get).await.backend_environment_list,
        Some(vec![])
    );

    let clean = RemoveAllBackends {
        app_id: "app1".into(),
        clean_amplify_app: Some(true),
    };
    call(&service, &clean).await;
    assert_not_found(fail(&service, &get).await, "app");
}

#[tokio::test]
async fn get_backend_describes_an_environment_s_resources() {
    let service = service().await;
    let auth = CreateBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: auth_config(),
        resource_name: "notesAuth".into(),
    };
    call(&service, &auth).await;
    let import = ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        bucket_name: Some("notes-media".into()),
        service_name: ServiceName::S3,
    };
    call(&service, &import).await;

    let get = GetBackend {
        app_id: "app1".into(),
        backend_environment_name: Some("dev".into()),
    };
    let details = call(&service, &get).await;
    assert_eq!(details.backend_environment_name.as_deref(), Some("dev"));
    let meta: Value = serde_json::from_str(&details.amplify_meta_config.unwrap()).unwrap();
    assert_eq!(meta["auth"]["notesAuth"]["service"], "Cognito");
    assert_eq!(meta["storage"]["notes-media"]["service"], "S3");
    assert_eq!(meta["api"], serde_json::json!({}));
}

#[tokio::test]
async fn auth_resources_come_back_as_sent_and_updated() {
    let service = service().await;
    let create = CreateBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: auth_config(),
        resource_name: "notesAuth".into(),
    };
    assert_started(
        &call(&service, &create).await,
        "CreateBackendAuth",
        Some("dev"),
    );

    let get = GetBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesAuth".into(),
    };
    let got = call(&service, &get).await;
    assert_eq!(got.resource_config, Some(auth_config()));
    assert_eq!(got.resource_name.as_deref(), Some("notesAuth"));
    assert_eq!(got.app_id.as_deref(), Some("app1"));
    assert_eq!(got.backend_environment_name.as_deref(), Some("dev"));

    let update = UpdateBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: UpdateBackendAuthResourceConfig {
            auth_resources: create.resource_config.auth_resources,
            identity_pool_configs: Some(UpdateBackendAuthIdentityPoolConfig {
                unauthenticated_login: Some(true),
            }),
            service: create.resource_config.service,
            user_pool_configs: UpdateBackendAuthUserPoolConfig {
                mfa: Some(UpdateBackendAuthMFAConfig {
                    mfa_mode: Some(MFAMode::On),
                    settings: None,
                }),
                o_auth: Some(UpdateBackendAuthOAuthConfig {
                    o_auth_scopes: Some(vec![OAuthScopesElement::Phone]),
                    ..UpdateBackendAuthOAuthConfig::default()
                }),
                ..UpdateBackendAuthUserPoolConfig::default()
            },
        },
        resource_name: "notesAuth".into(),
    };
    assert_started(
        &call(&service, &update).await,
        "UpdateBackendAuth",
        Some("dev"),
    );
    let mut expected = auth_config();
    expected
        .identity_pool_configs
        .as_mut()
        .unwrap()
        .unauthenticated_login = true;
    let users = &mut expected.user_pool_configs;
    users.mfa.as_mut().unwrap().mfa_mode = MFAMode::On;
    users.o_auth.as_mut().unwrap().o_auth_scopes = vec![OAuthScopesElement::Phone];
    assert_eq!(call(&service, &get).await.resource_config, Some(expected));

    let delete = DeleteBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesAuth".into(),
    };
    assert_started(
        &call(&service, &delete).await,
        "DeleteBackendAuth",
        Some("dev"),
    );
    assert_not_found(fail(&service, &get).await, "auth");
}

#[tokio::test]
async fn imported_auth_shows_in_the_environment() {
    let service = service().await;
    let import = ImportBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        identity_pool_id: Some("us-east-1:pool".into()),
        native_client_id: "native".into(),
        user_pool_id: "us-east-1_users".into(),
        web_client_id: "web".into(),
    };
    assert_started(
        &call(&service, &import).await,
        "ImportBackendAuth",
        Some("dev"),
    );
    let get = GetBackend {
        app_id: "app1".into(),
        backend_environment_name: Some("dev".into()),
    };
    let meta = call(&service, &get).await.amplify_meta_config.unwrap();
    let meta: Value = serde_json::from_str(&meta).unwrap();
    let imported = &meta["auth"]["us-east-1_users"];
    assert_eq!(imported["imported"], true);
    assert_eq!(imported["webClientId"], "web");
    assert_eq!(imported["identityPoolId"], "us-east-1:pool");
}

#[tokio::test]
async fn apis_come_back_as_sent_and_models_follow_the_schema() {
    let service = service().await;
    let config = BackendAPIResourceConfig {
        api_name: Some("notesApi".into()),
        conflict_resolution: Some(BackendAPIConflictResolution {
            resolution_strategy: Some(ResolutionStrategy::Automerge),
        }),
        default_auth_type: Some(BackendAPIAuthType {
            mode: Some(Mode::OpenIdConnect),
            settings: None,
        }),
        service: Some("AppSync".into()),
        transform_schema: Some("type Note @model { id: ID! }".into()),
        ..BackendAPIResourceConfig::default()
    };
    let create = CreateBackendAPI {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: config.clone(),
        resource_name: "notesApi".into(),
    };
    assert_started(
        &call(&service, &create).await,
        "CreateBackendAPI",
        Some("dev"),
    );

    let get = GetBackendAPI {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: None,
        resource_name: "notesApi".into(),
    };
    let got = call(&service, &get).await;
    assert_eq!(got.resource_config.as_ref(), Some(&config));
    assert_eq!(got.resource_name.as_deref(), Some("notesApi"));

    let models = GetBackendAPIModels {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesApi".into(),
    };
    let before = call(&service, &models).await;
    assert_eq!(before.status, Some(Status::Stale));
    assert_eq!(before.models, None);

    let generate = GenerateBackendAPIModels {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_name: "notesApi".into(),
    };
    let job = call(&service, &generate).await;
    assert_started(&job, "GenerateBackendAPIModels", Some("dev"));
    let latest = call(&service, &models).await;
    assert_eq!(latest.status, Some(Status::Latest));
    let generated: Value = serde_json::from_str(&latest.models.unwrap()).unwrap();
    assert_eq!(generated["transformSchema"], "type Note @model { id: ID! }");
    let introspection: Value =
        serde_json::from_str(&latest.model_introspection_schema.unwrap()).unwrap();
    assert_eq!(introspection["schema"], generated["transformSchema"]);
    assert_eq!(introspection["version"], 1);

    let update = UpdateBackendAPI {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: Some(BackendAPIResourceConfig {
            transform_schema: Some("type Note @model { id: ID! body: String }".into()),
            ..BackendAPIResourceConfig::default()
        }),
        resource_name: "notesApi".into(),
    };
    assert_started(
        &call(&service, &update).await,
        "UpdateBackendAPI",
        Some("dev"),
    );
    let updated = call(&service, &get).await.resource_config.unwrap();
    assert_eq!(updated.api_name.as_deref(), Some("notesApi"), "kept");
    assert_eq!(
        updated.transform_schema.as_deref(),
        Some("type Note @model { id: ID! body: String }")
    );
    assert_eq!(call(&service, &models).await.status, Some(Status::Stale));

    let delete = DeleteBackendAPI {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: None,
        resource_name: "notesApi".into(),
    };
    assert_started(
        &call(&service, &delete).await,
        "DeleteBackendAPI",
        Some("dev"),
    );
    assert_not_found(fail(&service, &get).await, "api");
}

#[tokio::test]
async fn storage_comes_back_as_sent_and_imports_list_their_buckets() {
    let service = service().await;
    let create = CreateBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: CreateBackendStorageResourceConfig {
            bucket_name: Some("notes-files".into()),
            permissions: permissions(),
            service_name: ServiceName::S3,
        },
        resource_name: "files".into(),
    };
    let job = call(&service, &create).await;
    assert_eq!(job.app_id.as_deref(), Some("app1"));
    assert_eq!(job.backend_environment_name.as_deref(), Some("dev"));
    assert_eq!(job.status.as_deref(), Some("COMPLETED"));
    assert_eq!(
        job.job_id.as_deref(),
        Some("job-2"),
        "the store's jobs are numbered in order"
    );

    let get = GetBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_name: "files".into(),
    };
    let got = call(&service, &get).await;
    assert_eq!(got.resource_name.as_deref(), Some("files"));
    assert_eq!(
        got.resource_config,
        Some(GetBackendStorageResourceConfig {
            bucket_name: Some("notes-files".into()),
            imported: false,
            permissions: Some(permissions()),
            service_name: ServiceName::S3,
        })
    );

    let new_permissions = BackendStoragePermissions {
        authenticated: vec![AuthenticatedElement::Delete],
        un_authenticated: Some(vec![UnAuthenticatedElement::Read]),
    };
    let update = UpdateBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: UpdateBackendStorageResourceConfig {
            permissions: new_permissions.clone(),
            service_name: ServiceName::S3,
        },
        resource_name: "files".into(),
    };
    assert_eq!(
        call(&service, &update).await.job_id.as_deref(),
        Some("job-3")
    );
    let got = call(&service, &get).await.resource_config.unwrap();
    assert_eq!(got.permissions, Some(new_permissions));
    assert_eq!(got.bucket_name.as_deref(), Some("notes-files"), "kept");

    // Created storage is not an import: no bucket is listed yet.
    let list = ListS3Buckets { next_token: None };
    assert_eq!(call(&service, &list).await.buckets, Some(vec![]));

    let import = ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        bucket_name: Some("notes-media".into()),
        service_name: ServiceName::S3,
    };
    let job = call(&service, &import).await;
    assert_eq!(job.status.as_deref(), Some("COMPLETED"));
    let imported = GetBackendStorage {
        resource_name: "notes-media".into(),
        ..get.clone()
    };
    let got = call(&service, &imported).await.resource_config.unwrap();
    assert!(got.imported);
    assert_eq!(got.bucket_name.as_deref(), Some("notes-media"));
    let buckets = call(&service, &list).await.buckets.unwrap();
    assert_eq!(buckets.len(), 1);
    assert_eq!(buckets[0].name.as_deref(), Some("notes-media"));
    assert!(
        buckets[0]
            .creation_date
            .as_deref()
            .is_some_and(|d| !d.is_empty())
    );

    let delete = DeleteBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_name: "files".into(),
        service_name: ServiceName::S3,
    };
    assert_eq!(
        call(&service, &delete).await.job_id.as_deref(),
        Some("job-5")
    );
    assert_not_found(fail(&service, &get).await, "storage");
}

#[tokio::test]
async fn config_is_created_updated_and_removed() {
    let service = service().await;
    let create = CreateBackendConfig {
        app_id: "app1".into(),
        backend_manager_app_id: Some("manager1".into()),
    };
    let created = call(&service, &create).await;
    assert_eq!(created.app_id.as_deref(), Some("app1"));
    assert_eq!(created.status.as_deref(), Some("COMPLETED"));
    assert_eq!(
        created.job_id.as_deref(),
        Some("job-2"),
        "the store's jobs are numbered in order"
    );

    let update = UpdateBackendConfig {
        app_id: "app1".into(),
        login_auth_config: Some(LoginAuthConfigReqObj {
            aws_cognito_region: Some("us-east-1".into()),
            aws_user_pools_id: Some("us-east-1_admins".into()),
            ..LoginAuthConfigReqObj::default()
        }),
    };
    let updated = call(&service, &update).await;
    assert_eq!(updated.backend_manager_app_id.as_deref(), Some("manager1"));
    let partial = UpdateBackendConfig {
        app_id: "app1".into(),
        login_auth_config: Some(LoginAuthConfigReqObj {
            aws_user_pools_web_client_id: Some("web".into()),
            ..LoginAuthConfigReqObj::default()
        }),
    };
    let updated = call(&service, &partial).await;
    assert_eq!(
        updated.login_auth_config,
        Some(LoginAuthConfigReqObj {
            aws_cognito_identity_pool_id: None,
            aws_cognito_region: Some("us-east-1".into()),
            aws_user_pools_id: Some("us-east-1_admins".into()),
            aws_user_pools_web_client_id: Some("web".into()),
        })
    );

    let remove = RemoveBackendConfig {
        app_id: "app1".into(),
    };
    assert_eq!(call(&service, &remove).await.error, None);
    assert_not_found(fail(&service, &update).await, "config");
}

#[tokio::test]
async fn tokens_are_created_read_and_deleted() {
    let service = service().await;
    let create = CreateToken {
        app_id: "app1".into(),
    };
    let token = call(&service, &create).await;
    assert_eq!(token.app_id.as_deref(), Some("app1"));
    let code = token.challenge_code.clone().unwrap();
    assert!(
        code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
        "{code}"
    );
    assert_eq!(token.ttl.as_deref(), Some("600"));
    let session_id = token.session_id.clone().unwrap();

    let other = call(&service, &create).await;
    assert_ne!(other.session_id.as_deref(), Some(session_id.as_str()));

    let get = GetToken {
        app_id: "app1".into(),
        session_id: session_id.clone(),
    };
    assert_eq!(call(&service, &get).await, token);

    let delete = DeleteToken {
        app_id: "app1".into(),
        session_id,
    };
    assert_eq!(call(&service, &delete).await.is_success, Some(true));
    assert_not_found(fail(&service, &get).await, "token");
    assert_not_found(fail(&service, &delete).await, "token");
}

#[tokio::test]
async fn jobs_are_listed_read_and_updated() {
    let service = service().await;
    let create_storage = |name: &str| CreateBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: CreateBackendStorageResourceConfig {
            bucket_name: None,
            permissions: permissions(),
            service_name: ServiceName::S3,
        },
        resource_name: name.into(),
    };
    for name in ["a", "b", "c"] {
        call(&service, &create_storage(name)).await;
    }
    let list = ListBackendJobs {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        ..ListBackendJobs::default()
    };
    let jobs = call(&service, &list).await.jobs.unwrap();
    let operations: Vec<_> = jobs
        .iter()
        .map(|j| j.operation.as_deref().unwrap())
        .collect();
    assert_eq!(
        operations,
        [
            "CreateBackend",
            "CreateBackendStorage",
            "CreateBackendStorage",
            "CreateBackendStorage"
        ]
    );
    assert!(
        jobs.iter()
            .all(|j| j.app_id == "app1" && j.backend_environment_name == "dev")
    );

    // Filtered by operation, two to a page.
    let filtered = ListBackendJobs {
        operation: Some("CreateBackendStorage".into()),
        max_results: MaxResults::new(2),
        ..list.clone()
    };
    let first = call(&service, &filtered).await;
    assert_eq!(first.jobs.as_ref().unwrap().len(), 2);
    let next = ListBackendJobs {
        next_token: first.next_token.clone(),
        ..filtered.clone()
    };
    let second = call(&service, &next).await;
    assert_eq!(second.jobs.as_ref().unwrap().len(), 1);
    assert_eq!(second.next_token, None);
    let paged: Vec<_> = first
        .jobs
        .unwrap()
        .into_iter()
        .chain(second.jobs.unwrap())
        .collect();
    assert_eq!(paged, jobs[1..]);

    let job_id = jobs[2].job_id.clone().unwrap();
    let get = GetBackendJob {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        job_id: job_id.clone(),
    };
    let job = call(&service, &get).await;
    assert_eq!(job.job_id.as_deref(), Some(job_id.as_str()));
    assert_eq!(job.operation.as_deref(), Some("CreateBackendStorage"));
    assert_eq!(job.status.as_deref(), Some("COMPLETED"));
    assert_eq!(job.create_time, jobs[2].create_time);

    let update = UpdateBackendJob {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        job_id: job_id.clone(),
        operation: None,
        status: Some("FAILED".into()),
    };
    let updated = call(&service, &update).await;
    assert_eq!(updated.status.as_deref(), Some("FAILED"));
    assert_eq!(updated.operation.as_deref(), Some("CreateBackendStorage"));
    let created: u128 = updated.create_time.unwrap().parse().unwrap();
    let changed: u128 = updated.update_time.unwrap().parse().unwrap();
    assert!(changed >= created);
    assert_eq!(call(&service, &get).await.status.as_deref(), Some("FAILED"));

    let failed = ListBackendJobs {
        status: Some("FAILED".into()),
        ..list.clone()
    };
    let listed = call(&service, &failed).await.jobs.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].job_id.as_deref(), Some(job_id.as_str()));
    let by_id = ListBackendJobs {
        job_id: Some(job_id.clone()),
        ..list
    };
    assert_eq!(call(&service, &by_id).await.jobs.unwrap().len(), 1);
}

#[tokio::test]
async fn jobs_of_a_deleted_environment_stay_readable() {
    let service = service().await;
    let delete = DeleteBackend {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
    };
    let job_id = call(&service, &delete).await.job_id.unwrap();
    let get = GetBackendJob {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        job_id,
    };
    assert_eq!(
        call(&service, &get).await.operation.as_deref(),
        Some("DeleteBackend")
    );
    let list = ListBackendJobs {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        ..ListBackendJobs::default()
    };
    assert_eq!(call(&service, &list).await.jobs.unwrap().len(), 2);
}

#[tokio::test]
async fn the_routes_also_answer_under_an_api_gateway_stage() {
    let api = router(Store::new());
    let service = api.clone().nest("/prod", api);
    let create = create_backend("app1", "dev");
    let mut request = create.to_request().unwrap();
    *request.uri_mut() = "/prod/backend".parse().unwrap();
    let response = service.dispatch(request).await;
    assert_eq!(response.status(), 200);
    let get = GetBackend {
        app_id: "app1".into(),
        backend_environment_name: None,
    };
    let details = call(&service, &get).await;
    assert_eq!(details.app_name.as_deref(), Some("notes"));
}
