//! Backend auth resources.

use opwire::{Context, Operation};

use super::{Result, exists, no_resource, started};
use crate::Store;
use crate::auth::{
    CreateBackendAuth, CreateBackendAuthForgotPasswordConfig, CreateBackendAuthMFAConfig,
    CreateBackendAuthOAuthConfig, CreateBackendAuthPasswordPolicyConfig,
    CreateBackendAuthResourceConfig, CreateBackendAuthVerificationMessageConfig, DeleteBackendAuth,
    GetBackendAuth, GetBackendAuthResponse, ImportBackendAuth, UpdateBackendAuth,
    UpdateBackendAuthResourceConfig,
};
use crate::errors::AmplifyBackendError;
use crate::job::JobResponse;
use crate::store::{Environment, ImportedAuth};

/// Answers [`CreateBackendAuth`] from the store.
pub async fn create_backend_auth(op: CreateBackendAuth, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        if env.auth.contains_key(&op.resource_name) {
            let place = format!("backend environment `{}`", op.backend_environment_name);
            return Err(exists("resourceName", &op.resource_name, &place));
        }
        env.auth.insert(op.resource_name, op.resource_config);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            CreateBackendAuth::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Answers [`GetBackendAuth`] from the store.
pub async fn get_backend_auth(
    op: GetBackendAuth,
    cx: Context<Store>,
) -> Result<GetBackendAuthResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let config = find(env, &op.resource_name, &op.backend_environment_name)?;
        Ok(GetBackendAuthResponse {
            app_id: Some(op.app_id),
            backend_environment_name: Some(op.backend_environment_name),
            error: None,
            resource_config: Some(config.clone()),
            resource_name: Some(op.resource_name),
        })
    })
}

/// Changes the settings given and keeps the others.
/// Answers [`UpdateBackendAuth`] from the store.
pub async fn update_backend_auth(op: UpdateBackendAuth, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        let config = find(env, &op.resource_name, &op.backend_environment_name)?;
        // Applied to a copy, so that a rejected update changes nothing.
        let mut updated = config.clone();
        apply(&mut updated, op.resource_config)?;
        *config = updated;
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            UpdateBackendAuth::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Answers [`DeleteBackendAuth`] from the store.
pub async fn delete_backend_auth(op: DeleteBackendAuth, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        find(env, &op.resource_name, &op.backend_environment_name)?;
        env.auth.remove(&op.resource_name);
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            DeleteBackendAuth::NAME,
        )?;
        Ok(started(&job))
    })
}

/// Records the imported user pool (and identity pool), replacing any
/// imported before.
/// Answers [`ImportBackendAuth`] from the store.
pub async fn import_backend_auth(op: ImportBackendAuth, cx: Context<Store>) -> Result<JobResponse> {
    cx.state().with(|state| {
        let env = state.environment_mut(&op.app_id, &op.backend_environment_name)?;
        env.imported_auth = Some(ImportedAuth {
            identity_pool_id: op.identity_pool_id,
            native_client_id: op.native_client_id,
            user_pool_id: op.user_pool_id,
            web_client_id: op.web_client_id,
        });
        let job = state.start_job(
            &op.app_id,
            Some(&op.backend_environment_name),
            ImportBackendAuth::NAME,
        )?;
        Ok(started(&job))
    })
}

fn find<'a>(
    env: &'a mut Environment,
    name: &str,
    env_name: &str,
) -> Result<&'a mut CreateBackendAuthResourceConfig> {
    env.auth
        .get_mut(name)
        .ok_or_else(|| no_resource("auth", name, env_name))
}

/// Applies an update: what it gives replaces what is stored. A setting the
/// resource does not have yet needs the fields its creation requires.
fn apply(
    config: &mut CreateBackendAuthResourceConfig,
    update: UpdateBackendAuthResourceConfig,
) -> Result<()> {
    config.auth_resources = update.auth_resources;
    config.service = update.service;
    let login = update
        .identity_pool_configs
        .and_then(|pool| pool.unauthenticated_login);
    if let Some(login) = login {
        match &mut config.identity_pool_configs {
            Some(pool) => pool.unauthenticated_login = login,
            None => {
                return Err(AmplifyBackendError::bad_request(
                    "`resourceConfig.identityPoolConfigs`: the auth resource has no identity pool to update",
                ));
            }
        }
    }

    let users = &mut config.user_pool_configs;
    let changes = update.user_pool_configs;
    const AT: &str = "resourceConfig.userPoolConfigs";
    if let Some(new) = changes.forgot_password {
        let old = users.forgot_password.take();
        let old = old.as_ref();
        users.forgot_password = Some(CreateBackendAuthForgotPasswordConfig {
            delivery_method: keep(
                new.delivery_method,
                old.map(|o| o.delivery_method),
                AT,
                "forgotPassword.deliveryMethod",
            )?,
            email_settings: new
                .email_settings
                .or_else(|| old.and_then(|o| o.email_settings.clone())),
            sms_settings: new
                .sms_settings
                .or_else(|| old.and_then(|o| o.sms_settings.clone())),
        });
    }
    if let Some(new) = changes.mfa {
        let old = users.mfa.take();
        let old = old.as_ref();
        users.mfa = Some(CreateBackendAuthMFAConfig {
            mfa_mode: keep(new.mfa_mode, old.map(|o| o.mfa_mode), AT, "mfa.MFAMode")?,
            settings: new
                .settings
                .or_else(|| old.and_then(|o| o.settings.clone())),
        });
    }
    if let Some(new) = changes.o_auth {
        let old = users.o_auth.take();
        let old = old.as_ref();
        users.o_auth = Some(CreateBackendAuthOAuthConfig {
            domain_prefix: new
                .domain_prefix
                .or_else(|| old.and_then(|o| o.domain_prefix.clone())),
            o_auth_grant_type: keep(
                new.o_auth_grant_type,
                old.map(|o| o.o_auth_grant_type),
                AT,
                "oAuth.oAuthGrantType",
            )?,
            o_auth_scopes: keep(
                new.o_auth_scopes,
                old.map(|o| o.o_auth_scopes.clone()),
                AT,
                "oAuth.oAuthScopes",
            )?,
            redirect_sign_in_uris: keep(
                new.redirect_sign_in_uris,
                old.map(|o| o.redirect_sign_in_uris.clone()),
                AT,
                "oAuth.redirectSignInURIs",
            )?,
            redirect_sign_out_uris: keep(
                new.redirect_sign_out_uris,
                old.map(|o| o.redirect_sign_out_uris.clone()),
                AT,
                "oAuth.redirectSignOutURIs",
            )?,
            social_provider_settings: new
                .social_provider_settings
                .or_else(|| old.and_then(|o| o.social_provider_settings.clone())),
        });
    }
    if let Some(new) = changes.password_policy {
        let old = users.password_policy.take();
        let old = old.as_ref();
        users.password_policy = Some(CreateBackendAuthPasswordPolicyConfig {
            additional_constraints: new
                .additional_constraints
                .or_else(|| old.and_then(|o| o.additional_constraints.clone())),
            minimum_length: keep(
                new.minimum_length,
                old.map(|o| o.minimum_length),
                AT,
                "passwordPolicy.minimumLength",
            )?,
        });
    }
    if let Some(new) = changes.verification_message {
        let old = users.verification_message.take();
        let old = old.as_ref();
        users.verification_message = Some(CreateBackendAuthVerificationMessageConfig {
            delivery_method: new.delivery_method,
            email_settings: new
                .email_settings
                .or_else(|| old.and_then(|o| o.email_settings.clone())),
            sms_settings: new
                .sms_settings
                .or_else(|| old.and_then(|o| o.sms_settings.clone())),
        });
    }
    Ok(())
}

/// The new value, else the stored one, else a 400 naming the field.
fn keep<T>(new: Option<T>, old: Option<T>, at: &str, field: &str) -> Result<T> {
    new.or(old).ok_or_else(|| {
        AmplifyBackendError::bad_request(format!(
            "`{at}.{field}` is required: the auth resource has no value to keep"
        ))
    })
}
