//! The backend config of an app.

use opwire::{Context, Operation};

use super::{Result, set_if_some};
use crate::Store;
use crate::config::{
    CreateBackendConfig, CreateBackendConfigResponse, RemoveBackendConfig,
    RemoveBackendConfigResponse, UpdateBackendConfig, UpdateBackendConfigResponse,
};
use crate::errors::AmplifyBackendError;
use crate::store::{App, Config};

/// Sets the backend manager (the app itself unless named), keeping any
/// login configuration.
/// Answers [`CreateBackendConfig`] from the store.
pub async fn create_backend_config(
    op: CreateBackendConfig,
    cx: Context<Store>,
) -> Result<CreateBackendConfigResponse> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        let manager = op
            .backend_manager_app_id
            .unwrap_or_else(|| op.app_id.clone());
        match &mut app.config {
            Some(config) => config.backend_manager_app_id = manager,
            None => {
                app.config = Some(Config {
                    backend_manager_app_id: manager,
                    login_auth_config: None,
                });
            }
        }
        let job = state.start_job(&op.app_id, None, CreateBackendConfig::NAME)?;
        Ok(CreateBackendConfigResponse {
            app_id: Some(op.app_id),
            backend_environment_name: None,
            job_id: Some(job.id),
            status: Some(job.status),
        })
    })
}

/// Answers [`RemoveBackendConfig`] from the store.
pub async fn remove_backend_config(
    op: RemoveBackendConfig,
    cx: Context<Store>,
) -> Result<RemoveBackendConfigResponse> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        config(app)?;
        app.config = None;
        Ok(RemoveBackendConfigResponse { error: None })
    })
}

/// Changes the login settings given and keeps the others.
/// Answers [`UpdateBackendConfig`] from the store.
pub async fn update_backend_config(
    op: UpdateBackendConfig,
    cx: Context<Store>,
) -> Result<UpdateBackendConfigResponse> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        let config = config(app)?;
        if let Some(changes) = op.login_auth_config {
            let login = config
                .login_auth_config
                .get_or_insert_with(Default::default);
            set_if_some(
                &mut login.aws_cognito_identity_pool_id,
                changes.aws_cognito_identity_pool_id,
            );
            set_if_some(&mut login.aws_cognito_region, changes.aws_cognito_region);
            set_if_some(&mut login.aws_user_pools_id, changes.aws_user_pools_id);
            set_if_some(
                &mut login.aws_user_pools_web_client_id,
                changes.aws_user_pools_web_client_id,
            );
        }
        Ok(UpdateBackendConfigResponse {
            app_id: Some(op.app_id),
            backend_manager_app_id: Some(config.backend_manager_app_id.clone()),
            error: None,
            login_auth_config: config.login_auth_config.clone(),
        })
    })
}

fn config(app: &mut App) -> Result<&mut Config> {
    let id = &app.id;
    app.config.as_mut().ok_or_else(|| {
        AmplifyBackendError::not_found("config", format!("App `{id}` has no backend config"))
    })
}
