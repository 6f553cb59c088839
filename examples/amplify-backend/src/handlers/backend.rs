//! Apps and their environments.

use serde_json::{Map, Value, json};

use opwire::{Context, Operation};

use super::{Result, exists, non_empty, started};
use crate::Store;
use crate::backend::{
    CloneBackend, CreateBackend, DeleteBackend, GetBackend, GetBackendResponse, RemoveAllBackends,
    RemoveAllBackendsResponse,
};
use crate::job::JobResponse;
use crate::store::{App, Environment};

/// The cli.json of every emulated project: no feature flags set.
const FEATURE_FLAGS: &str = r#"{"features":{}}"#;

/// Creates the app if it is new, then the environment.
/// Answers [`CreateBackend`] from the store.
pub async fn create_backend(op: CreateBackend, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        non_empty("appId", &op.app_id)?;
        non_empty("backendEnvironmentName", &op.backend_environment_name)?;
        let app = state
            .apps
            .entry(op.app_id.clone())
            .or_insert_with(|| App::new(op.app_id.clone(), op.app_name.clone()));
        if app.environments.contains_key(&op.backend_environment_name) {
            let place = format!("app `{}`", op.app_id);
            return Err(exists(
                "backendEnvironmentName",
                &op.backend_environment_name,
                &place,
            ));
        }
        app.name = op.app_name;
        app.environments
            .insert(op.backend_environment_name.clone(), Environment::default());
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            CreateBackend::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Copies an environment's resources into a new environment.
/// Answers [`CloneBackend`] from the store.
pub async fn clone_backend(op: CloneBackend, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        non_empty("targetEnvironmentName", &op.target_environment_name)?;
        let app = state.app_mut(&op.app_id)?;
        let source = app.environment(&op.backend_environment_name)?.clone();
        if app.environments.contains_key(&op.target_environment_name) {
            let place = format!("app `{}`", op.app_id);
            return Err(exists(
                "targetEnvironmentName",
                &op.target_environment_name,
                &place,
            ));
        }
        app.environments.insert(op.target_environment_name, source);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            CloneBackend::NAME,
        )?;
        Ok(started(&job))
    })
}

/// The app, its environments, and the resources of one environment if named.
/// Answers [`GetBackend`] from the store.
pub async fn get_backend(op: GetBackend, cx: Context<Store>) -> Result<GetBackendResponse> {
    cx.state().with(|state| {
        let app = state.app(&op.app_id)?;
        let meta = match &op.backend_environment_name {
            Some(name) => Some(meta_config(app.environment(name)?)),
            None => None,
        };
        Ok(GetBackendResponse {
            amplify_feature_flags: Some(FEATURE_FLAGS.to_owned()),
            amplify_meta_config: meta,
            app_id: Some(app.id.clone()),
            app_name: Some(app.name.clone()),
            backend_environment_list: Some(app.environments.keys().cloned().collect()),
            backend_environment_name: op.backend_environment_name,
            error: None,
        })
    })
}

/// Removes one environment; its jobs stay readable.
/// Answers [`DeleteBackend`] from the store.
pub async fn delete_backend(op: DeleteBackend, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        app.environment(&op.backend_environment_name)?;
        app.environments.remove(&op.backend_environment_name);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            DeleteBackend::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Removes every environment, and the app too with `cleanAmplifyApp`.
/// Answers [`RemoveAllBackends`] from the store.
pub async fn remove_all_backends(
    op: RemoveAllBackends,
    cx: Context<Store>,
) -> Result<RemoveAllBackendsResponse> {
    cx.state().with(|state| {
        state.app_mut(&op.app_id)?.environments.clear();
        let job = state.start_job(&op.app_id, None, RemoveAllBackends::NAME)?;
        if op.clean_amplify_app == Some(true) {
            state.apps.remove(&op.app_id);
        }
        Ok(RemoveAllBackendsResponse {
            app_id: Some(op.app_id),
            error: None,
            job_id: Some(job.id),
            operation: Some(job.operation),
            status: Some(job.status),
        })
    })
}

/// An environment's resources, stringified in the shape of
/// `amplify-meta.json`: category, then resource name, then its service.
fn meta_config(env: &Environment) -> String {
    fn category<'a>(names: impl Iterator<Item = &'a String>, service: &str) -> Value {
        let resources: Map<String, Value> = names
            .map(|name| (name.clone(), json!({ "service": service })))
            .collect();
        Value::Object(resources)
    }
    let mut auth = category(env.auth.keys(), "Cognito");
    if let (Some(imported), Value::Object(auth)) = (&env.imported_auth, &mut auth) {
        auth.insert(
            imported.user_pool_id.clone(),
            json!({
                "service": "Cognito",
                "imported": true,
                "identityPoolId": imported.identity_pool_id,
                "nativeClientId": imported.native_client_id,
                "webClientId": imported.web_client_id,
            }),
        );
    }
    json!({
        "api": category(env.apis.keys(), "AppSync"),
        "auth": auth,
        "storage": category(env.storage.keys(), "S3"),
    })
    .to_string()
}
