//! A request that breaks the model's rules answers 400
//! `BadRequestException` with a message naming the field: those decoding
//! catches (missing required members, wrong JSON types, unknown enum
//! values) and those the handlers check (`maxResults` from 1 to 25, tokens,
//! empty or taken names, updates missing what creation requires).

mod common;

use amplify_backend::AmplifyBackendError;
use amplify_backend::auth::{
    CreateBackendAuth, UpdateBackendAuth, UpdateBackendAuthOAuthConfig,
    UpdateBackendAuthPasswordPolicyConfig, UpdateBackendAuthResourceConfig,
    UpdateBackendAuthUserPoolConfig,
};
use amplify_backend::backend::CloneBackend;
use amplify_backend::job::{ListBackendJobs, MaxResults};
use amplify_backend::storage::{
    CreateBackendStorage, CreateBackendStorageResourceConfig, ImportBackendStorage, ServiceName,
};
use bytes::Bytes;
use common::{
    assert_bad_request, auth_config, call, create_backend, fail, permissions, send, service,
};
use opwire::{Operation, ResponseError, Router};
use serde_json::json;

/// Sends `op`'s request with `body` in place of its own, and reads the
/// answer as a declared error.
async fn fail_with_body<Op>(
    service: &Router,
    op: &Op,
    body: serde_json::Value,
) -> AmplifyBackendError
where
    Op: Operation<Error = AmplifyBackendError>,
{
    let mut request = op.to_request().unwrap();
    *request.body_mut() = Bytes::from(body.to_string());
    let response = service.dispatch(request).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.headers()["x-amzn-errortype"],
        "BadRequestException"
    );
    match Op::parse_response(&response) {
        Err(ResponseError::Modeled(err)) => err,
        Ok(_) => panic!("{} succeeded", Op::NAME),
        Err(err) => panic!("{}: {err}", Op::NAME),
    }
}

fn list_jobs() -> ListBackendJobs {
    ListBackendJobs {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        ..ListBackendJobs::default()
    }
}

#[tokio::test]
async fn max_results_is_from_1_to_25() {
    let service = service().await;
    // Out of range does not decode: sent as raw JSON, since a
    // `MaxResults` cannot hold it.
    for bad in [json!(0), json!(26), json!(-1), json!(2.5)] {
        let body = json!({ "maxResults": bad });
        assert_bad_request(
            fail_with_body(&service, &list_jobs(), body).await,
            "maxResults",
        );
    }
    for good in [1, 25] {
        let list = ListBackendJobs {
            max_results: MaxResults::new(good),
            ..list_jobs()
        };
        call(&service, &list).await;
    }
}

#[tokio::test]
async fn a_next_token_must_be_one_the_service_issued() {
    let service = service().await;
    for bad in ["nonsense", "99"] {
        let list = ListBackendJobs {
            next_token: Some(bad.into()),
            ..list_jobs()
        };
        assert_bad_request(fail(&service, &list).await, "nextToken");
    }
}

#[tokio::test]
async fn names_that_become_path_labels_are_not_empty() {
    let service = service().await;
    let no_app = create_backend("", "dev");
    assert_bad_request(fail(&service, &no_app).await, "appId");
    let no_env = create_backend("app2", "");
    assert_bad_request(fail(&service, &no_env).await, "backendEnvironmentName");
    let clone = CloneBackend {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        target_environment_name: String::new(),
    };
    assert_bad_request(fail(&service, &clone).await, "targetEnvironmentName");
}

#[tokio::test]
async fn names_already_taken_are_refused() {
    let service = service().await;
    let again = create_backend("app1", "dev");
    assert_bad_request(fail(&service, &again).await, "backendEnvironmentName");
    let clone = CloneBackend {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        target_environment_name: "dev".into(),
    };
    assert_bad_request(fail(&service, &clone).await, "targetEnvironmentName");

    let storage = CreateBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: CreateBackendStorageResourceConfig {
            bucket_name: None,
            permissions: permissions(),
            service_name: ServiceName::S3,
        },
        resource_name: "files".into(),
    };
    call(&service, &storage).await;
    assert_bad_request(fail(&service, &storage).await, "resourceName");

    let import = ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        bucket_name: Some("media".into()),
        service_name: ServiceName::S3,
    };
    call(&service, &import).await;
    assert_bad_request(fail(&service, &import).await, "bucketName");
}

#[tokio::test]
async fn an_auth_update_gives_what_a_new_setting_requires() {
    let service = service().await;
    let mut config = auth_config();
    config.user_pool_configs.o_auth = None;
    config.identity_pool_configs = None;
    let create = CreateBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: config.clone(),
        resource_name: "auth".into(),
    };
    call(&service, &create).await;
    let update = |user_pool_configs| UpdateBackendAuth {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: UpdateBackendAuthResourceConfig {
            auth_resources: config.auth_resources,
            identity_pool_configs: None,
            service: config.service,
            user_pool_configs,
        },
        resource_name: "auth".into(),
    };
    let o_auth = update(UpdateBackendAuthUserPoolConfig {
        o_auth: Some(UpdateBackendAuthOAuthConfig {
            domain_prefix: Some("notes".into()),
            ..UpdateBackendAuthOAuthConfig::default()
        }),
        ..UpdateBackendAuthUserPoolConfig::default()
    });
    let err = fail(&service, &o_auth).await;
    assert_bad_request(err, "resourceConfig.userPoolConfigs.oAuth.oAuthGrantType");
    let policy = update(UpdateBackendAuthUserPoolConfig {
        password_policy: Some(UpdateBackendAuthPasswordPolicyConfig::default()),
        ..UpdateBackendAuthUserPoolConfig::default()
    });
    let err = fail(&service, &policy).await;
    assert_bad_request(
        err,
        "resourceConfig.userPoolConfigs.passwordPolicy.minimumLength",
    );
}

#[tokio::test]
async fn decoding_names_a_missing_member() {
    let service = service().await;
    let op = create_backend("app2", "dev");
    let body = json!({ "appId": "app2", "backendEnvironmentName": "dev" });
    assert_bad_request(fail_with_body(&service, &op, body).await, "appName");
}

#[tokio::test]
async fn decoding_names_a_member_of_the_wrong_type() {
    let service = service().await;
    let body = json!({ "maxResults": "ten" });
    assert_bad_request(
        fail_with_body(&service, &list_jobs(), body).await,
        "maxResults",
    );
}

#[tokio::test]
async fn decoding_names_an_unknown_enum_value_even_nested() {
    let service = service().await;
    let import = ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        bucket_name: None,
        service_name: ServiceName::S3,
    };
    let body = json!({ "serviceName": "GCS" });
    assert_bad_request(fail_with_body(&service, &import, body).await, "serviceName");

    let storage = CreateBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        resource_config: CreateBackendStorageResourceConfig {
            bucket_name: None,
            permissions: permissions(),
            service_name: ServiceName::S3,
        },
        resource_name: "files".into(),
    };
    let body = json!({
        "backendEnvironmentName": "dev",
        "resourceName": "files",
        "resourceConfig": {
            "serviceName": "S3",
            "permissions": { "authenticated": ["READ", "WRITE"] }
        }
    });
    let err = fail_with_body(&service, &storage, body).await;
    assert_bad_request(err, "resourceConfig.permissions.authenticated[1]");
}

#[tokio::test]
async fn a_rejected_request_changes_nothing() {
    let service = service().await;
    let list = list_jobs();
    let before = call(&service, &list).await.jobs.unwrap().len();
    let again = create_backend("app1", "dev");
    assert!(send(&service, &again).await.is_err());
    assert_eq!(call(&service, &list).await.jobs.unwrap().len(), before);
}
