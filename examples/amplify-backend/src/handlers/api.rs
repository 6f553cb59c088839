//! Backend APIs and their generated models.

use serde_json::json;

use opwire::{Context, Operation};

use super::{Result, exists, no_resource, set_if_some, started};
use crate::Store;
use crate::api::{
    CreateBackendAPI, DeleteBackendAPI, GenerateBackendAPIModels, GetBackendAPI,
    GetBackendAPIModels, GetBackendAPIModelsResponse, GetBackendAPIResponse, Status,
    UpdateBackendAPI,
};
use crate::job::JobResponse;
use crate::store::{Api, Environment};

/// Answers [`CreateBackendAPI`] from the store.
pub async fn create_backend_api(op: CreateBackendAPI, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        if env.apis.contains_key(&op.resource_name) {
            let place = format!("backend environment `{}`", op.backend_environment_name);
            return Err(exists("resourceName", &op.resource_name, &place));
        }
        let api = Api {
            config: op.resource_config,
            generated_from: None,
        };
        env.apis.insert(op.resource_name, api);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            CreateBackendAPI::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Answers [`GetBackendAPI`] from the store.
pub async fn get_backend_api(
    op: GetBackendAPI,
    cx: Context<Store>,
) -> Result<GetBackendAPIResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let api = find(env, &op.resource_name, &op.backend_environment_name)?;
        Ok(GetBackendAPIResponse {
            app_id: Some(op.app_id),
            backend_environment_name: Some(op.backend_environment_name),
            error: None,
            resource_config: Some(api.config.clone()),
            resource_name: Some(op.resource_name),
        })
    })
}

/// Changes the settings given and keeps the others; a new schema makes the
/// generated models stale.
/// Answers [`UpdateBackendAPI`] from the store.
pub async fn update_backend_api(op: UpdateBackendAPI, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let api = find(env, &op.resource_name, &op.backend_environment_name)?;
        if let Some(changes) = op.resource_config {
            let config = &mut api.config;
            set_if_some(
                &mut config.additional_auth_types,
                changes.additional_auth_types,
            );
            set_if_some(&mut config.api_name, changes.api_name);
            set_if_some(&mut config.conflict_resolution, changes.conflict_resolution);
            set_if_some(&mut config.default_auth_type, changes.default_auth_type);
            set_if_some(&mut config.service, changes.service);
            set_if_some(&mut config.transform_schema, changes.transform_schema);
        }
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            UpdateBackendAPI::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Answers [`DeleteBackendAPI`] from the store.
pub async fn delete_backend_api(op: DeleteBackendAPI, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        find(env, &op.resource_name, &op.backend_environment_name)?;
        env.apis.remove(&op.resource_name);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            DeleteBackendAPI::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Generates the models of the current schema.
/// Answers [`GenerateBackendAPIModels`] from the store.
pub async fn generate_backend_api_models(
    op: GenerateBackendAPIModels,
    cx: Context<Store>,
) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let api = find(env, &op.resource_name, &op.backend_environment_name)?;
        api.generated_from = Some(schema(api));
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            GenerateBackendAPIModels::NAME,
        )?;
        Ok(started(&job))
    })
}

/// The models last generated: `LATEST` if from the current schema, else
/// `STALE` (also when none were generated).
/// Answers [`GetBackendAPIModels`] from the store.
pub async fn get_backend_api_models(
    op: GetBackendAPIModels,
    cx: Context<Store>,
) -> Result<GetBackendAPIModelsResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let api = find(env, &op.resource_name, &op.backend_environment_name)?;
        let Some(generated) = &api.generated_from else {
            return Ok(GetBackendAPIModelsResponse {
                status: Some(Status::Stale),
                ..GetBackendAPIModelsResponse::default()
            });
        };
        let status = if *generated == schema(api) {
            Status::Latest
        } else {
            Status::Stale
        };
        Ok(GetBackendAPIModelsResponse {
            models: Some(json!({ "transformSchema": generated }).to_string()),
            status: Some(status),
            model_introspection_schema: Some(
                json!({ "version": 1, "apiName": api.config.api_name, "schema": generated })
                    .to_string(),
            ),
        })
    })
}

fn find<'a>(env: &'a mut Environment, name: &str, env_name: &str) -> Result<&'a mut Api> {
    env.apis
        .get_mut(name)
        .ok_or_else(|| no_resource("api", name, env_name))
}

fn schema(api: &Api) -> String {
    api.config.transform_schema.clone().unwrap_or_default()
}
