//! Backend storage resources, and the buckets imports name.

use opwire::{Context, Operation};

use super::{Result, exists, no_resource, storage_started};
use crate::Store;
use crate::storage::{
    BackendStorageRespObj, CreateBackendStorage, DeleteBackendStorage, GetBackendStorage,
    GetBackendStorageResourceConfig, GetBackendStorageResponse, ImportBackendStorage,
    UpdateBackendStorage,
};
use crate::store::{Environment, now};

/// The resource name of an import that names no bucket.
const IMPORTED: &str = "importedStorage";

/// Answers [`CreateBackendStorage`] from the store.
pub async fn create_backend_storage(
    op: CreateBackendStorage,
    cx: Context<Store>,
) -> Result<BackendStorageRespObj> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        if env.storage.contains_key(&op.resource_name) {
            let place = format!("backend environment `{}`", op.backend_environment_name);
            return Err(exists("resourceName", &op.resource_name, &place));
        }
        let config = op.resource_config;
        let stored = GetBackendStorageResourceConfig {
            bucket_name: config.bucket_name,
            imported: false,
            permissions: Some(config.permissions),
            service_name: config.service_name,
        };
        env.storage.insert(op.resource_name, stored);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            CreateBackendStorage::NAME,
        )?;
        Ok(storage_started(&job))
    })
}

/// Answers [`GetBackendStorage`] from the store.
pub async fn get_backend_storage(
    op: GetBackendStorage,
    cx: Context<Store>,
) -> Result<GetBackendStorageResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let stored = find(env, &op.resource_name, &op.backend_environment_name)?;
        Ok(GetBackendStorageResponse {
            app_id: Some(op.app_id),
            backend_environment_name: Some(op.backend_environment_name),
            resource_config: Some(stored.clone()),
            resource_name: Some(op.resource_name),
        })
    })
}

/// Answers [`UpdateBackendStorage`] from the store.
pub async fn update_backend_storage(
    op: UpdateBackendStorage,
    cx: Context<Store>,
) -> Result<BackendStorageRespObj> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let stored = find(env, &op.resource_name, &op.backend_environment_name)?;
        stored.permissions = Some(op.resource_config.permissions);
        stored.service_name = op.resource_config.service_name;
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            UpdateBackendStorage::NAME,
        )?;
        Ok(storage_started(&job))
    })
}

/// Answers [`DeleteBackendStorage`] from the store.
pub async fn delete_backend_storage(
    op: DeleteBackendStorage,
    cx: Context<Store>,
) -> Result<BackendStorageRespObj> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        find(env, &op.resource_name, &op.backend_environment_name)?;
        env.storage.remove(&op.resource_name);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            DeleteBackendStorage::NAME,
        )?;
        Ok(storage_started(&job))
    })
}

/// Adds the bucket as a storage resource named after it, and remembers the
/// bucket for `ListS3Buckets`.
/// Answers [`ImportBackendStorage`] from the store.
pub async fn import_backend_storage(
    op: ImportBackendStorage,
    cx: Context<Store>,
) -> Result<BackendStorageRespObj> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let name = op
            .bucket_name
            .clone()
            .unwrap_or_else(|| IMPORTED.to_owned());
        if env.storage.contains_key(&name) {
            let place = format!("backend environment `{}`", op.backend_environment_name);
            return Err(exists("bucketName", &name, &place));
        }
        let stored = GetBackendStorageResourceConfig {
            bucket_name: op.bucket_name.clone(),
            imported: true,
            permissions: None,
            service_name: op.service_name,
        };
        env.storage.insert(name, stored);
        if let Some(bucket) = op.bucket_name {
            state.buckets.entry(bucket).or_insert_with(now);
        }
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            ImportBackendStorage::NAME,
        )?;
        Ok(storage_started(&job))
    })
}

fn find<'a>(
    env: &'a mut Environment,
    name: &str,
    env_name: &str,
) -> Result<&'a mut GetBackendStorageResourceConfig> {
    env.storage
        .get_mut(name)
        .ok_or_else(|| no_resource("storage", name, env_name))
}
