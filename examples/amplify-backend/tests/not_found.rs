//! An unknown app, environment, resource, job, token or config answers 404
//! `NotFoundException` whose `resourceType` says which.

mod common;

use amplify_backend::api::{GenerateBackendAPIModels, GetBackendAPI, GetBackendAPIModels};
use amplify_backend::auth::{DeleteBackendAuth, GetBackendAuth, ImportBackendAuth};
use amplify_backend::backend::{CloneBackend, DeleteBackend, GetBackend, RemoveAllBackends};
use amplify_backend::config::{CreateBackendConfig, RemoveBackendConfig, UpdateBackendConfig};
use amplify_backend::job::{GetBackendJob, ListBackendJobs, UpdateBackendJob};
use amplify_backend::storage::{
    CreateBackendStorage, CreateBackendStorageResourceConfig, GetBackendStorage,
    ImportBackendStorage, ServiceName,
};
use amplify_backend::token::{CreateToken, DeleteToken, GetToken};
use common::{assert_not_found, fail, permissions, service};
use opwire::Operation;

#[tokio::test]
async fn an_unknown_app_is_not_found() {
    let service = service().await;
    let app_id = || "ghost".to_owned();
    let env = || "dev".to_owned();
    let get = GetBackend {
        app_id: app_id(),
        backend_environment_name: None,
    };
    assert_not_found(fail(&service, &get).await, "app");
    let clone = CloneBackend {
        app_id: app_id(),
        backend_environment_name: env(),
        target_environment_name: "copy".into(),
    };
    assert_not_found(fail(&service, &clone).await, "app");
    let remove = RemoveAllBackends {
        app_id: app_id(),
        clean_amplify_app: None,
    };
    assert_not_found(fail(&service, &remove).await, "app");
    let auth = GetBackendAuth {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_name: "auth".into(),
    };
    assert_not_found(fail(&service, &auth).await, "app");
    let config = CreateBackendConfig {
        app_id: app_id(),
        backend_manager_app_id: None,
    };
    assert_not_found(fail(&service, &config).await, "app");
    let token = CreateToken { app_id: app_id() };
    assert_not_found(fail(&service, &token).await, "app");
    let jobs = ListBackendJobs {
        app_id: app_id(),
        backend_environment_name: env(),
        ..ListBackendJobs::default()
    };
    assert_not_found(fail(&service, &jobs).await, "app");
}

#[tokio::test]
async fn an_unknown_environment_is_not_found() {
    let service = service().await;
    let app_id = || "app1".to_owned();
    let env = || "prod".to_owned();
    let get = GetBackend {
        app_id: app_id(),
        backend_environment_name: Some(env()),
    };
    assert_not_found(fail(&service, &get).await, "environment");
    let delete = DeleteBackend {
        app_id: app_id(),
        backend_environment_name: env(),
    };
    assert_not_found(fail(&service, &delete).await, "environment");
    let storage = CreateBackendStorage {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_config: CreateBackendStorageResourceConfig {
            bucket_name: None,
            permissions: permissions(),
            service_name: ServiceName::S3,
        },
        resource_name: "files".into(),
    };
    assert_not_found(fail(&service, &storage).await, "environment");
    let import = ImportBackendStorage {
        app_id: app_id(),
        backend_environment_name: env(),
        bucket_name: Some("b".into()),
        service_name: ServiceName::S3,
    };
    assert_not_found(fail(&service, &import).await, "environment");
    let auth = ImportBackendAuth {
        app_id: app_id(),
        backend_environment_name: env(),
        identity_pool_id: None,
        native_client_id: "n".into(),
        user_pool_id: "u".into(),
        web_client_id: "w".into(),
    };
    assert_not_found(fail(&service, &auth).await, "environment");
    let models = GenerateBackendAPIModels {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_name: "api".into(),
    };
    assert_not_found(fail(&service, &models).await, "environment");
    let jobs = ListBackendJobs {
        app_id: app_id(),
        backend_environment_name: env(),
        ..ListBackendJobs::default()
    };
    assert_not_found(fail(&service, &jobs).await, "environment");
}

#[tokio::test]
async fn an_unknown_resource_is_not_found_by_its_type() {
    let service = service().await;
    let app_id = || "app1".to_owned();
    let env = || "dev".to_owned();
    let auth = DeleteBackendAuth {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_name: "none".into(),
    };
    assert_not_found(fail(&service, &auth).await, "auth");
    let api = GetBackendAPI {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_config: None,
        resource_name: "none".into(),
    };
    assert_not_found(fail(&service, &api).await, "api");
    let models = GetBackendAPIModels {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_name: "none".into(),
    };
    assert_not_found(fail(&service, &models).await, "api");
    let storage = GetBackendStorage {
        app_id: app_id(),
        backend_environment_name: env(),
        resource_name: "none".into(),
    };
    assert_not_found(fail(&service, &storage).await, "storage");
    let job = GetBackendJob {
        app_id: app_id(),
        backend_environment_name: env(),
        job_id: "job-404".into(),
    };
    assert_not_found(fail(&service, &job).await, "job");
    let update = UpdateBackendJob {
        app_id: app_id(),
        backend_environment_name: env(),
        job_id: "job-404".into(),
        operation: None,
        status: Some("FAILED".into()),
    };
    assert_not_found(fail(&service, &update).await, "job");
    let token = GetToken {
        app_id: app_id(),
        session_id: "none".into(),
    };
    assert_not_found(fail(&service, &token).await, "token");
    let delete = DeleteToken {
        app_id: app_id(),
        session_id: "none".into(),
    };
    assert_not_found(fail(&service, &delete).await, "token");
    let config = UpdateBackendConfig {
        app_id: app_id(),
        login_auth_config: None,
    };
    assert_not_found(fail(&service, &config).await, "config");
    let remove = RemoveBackendConfig { app_id: app_id() };
    assert_not_found(fail(&service, &remove).await, "config");
}

#[tokio::test]
async fn not_found_is_404_with_its_code_and_body_on_the_wire() {
    let service = service().await;
    let get = GetBackend {
        app_id: "ghost".into(),
        backend_environment_name: None,
    };
    let response = service.dispatch(get.to_request().unwrap()).await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["x-amzn-errortype"], "NotFoundException");
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(body["resourceType"], "app");
    assert!(body["message"].as_str().unwrap().contains("ghost"));
}
