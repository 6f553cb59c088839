//! The emulator's state, in memory: apps and their environments, the auth,
//! API and storage resources of each environment, jobs, challenge tokens,
//! the backend config, and the S3 buckets storage imports named.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::api::BackendAPIResourceConfig;
use crate::auth::CreateBackendAuthResourceConfig;
use crate::config::LoginAuthConfigReqObj;
use crate::errors::AmplifyBackendError;
use crate::storage::GetBackendStorageResourceConfig;

/// The state of one emulated AmplifyBackend service, shared by the handlers
/// of a [`router`](crate::router). Clones share the same state.
#[derive(Debug, Clone, Default)]
pub struct Store {
    state: Arc<Mutex<State>>,
}

impl Store {
    /// An empty store: no apps, no buckets.
    pub fn new() -> Self {
        Store::default()
    }

    /// Runs `f` on the state, locked.
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut state)
    }
}

#[derive(Debug, Default)]
pub(crate) struct State {
    pub apps: BTreeMap<String, App>,
    /// S3 bucket names, with the time they were first imported.
    pub buckets: BTreeMap<String, String>,
    /// Issues and checks the `nextToken`s of list operations.
    pub tokens: opwire::PageTokens,
    last_id: u64,
}

#[derive(Debug)]
pub(crate) struct App {
    pub id: String,
    pub name: String,
    pub environments: BTreeMap<String, Environment>,
    pub config: Option<Config>,
    /// By session ID.
    pub tokens: BTreeMap<String, Token>,
    /// In the order they started.
    pub jobs: Vec<Job>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Environment {
    /// By resource name.
    pub auth: BTreeMap<String, CreateBackendAuthResourceConfig>,
    pub imported_auth: Option<ImportedAuth>,
    /// By resource name.
    pub apis: BTreeMap<String, Api>,
    /// By resource name.
    pub storage: BTreeMap<String, GetBackendStorageResourceConfig>,
}

#[derive(Debug, Clone)]
pub(crate) struct ImportedAuth {
    pub identity_pool_id: Option<String>,
    pub native_client_id: String,
    pub user_pool_id: String,
    pub web_client_id: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Api {
    pub config: BackendAPIResourceConfig,
    /// The transform schema the models were last generated from.
    pub generated_from: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub id: String,
    pub app_id: String,
    /// `None` for a job on the whole app (RemoveAllBackends,
    /// CreateBackendConfig), which no job operation can address.
    pub environment: Option<String>,
    pub operation: String,
    pub status: String,
    pub create_time: String,
    pub update_time: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub challenge_code: String,
    pub ttl: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub backend_manager_app_id: String,
    pub login_auth_config: Option<LoginAuthConfigReqObj>,
}

/// The status of every job the emulator starts: it applies each change at
/// once.
pub(crate) const COMPLETED: &str = "COMPLETED";

impl State {
    /// A number never returned before.
    pub fn next_id(&mut self) -> u64 {
        self.last_id += 1;
        self.last_id
    }

    pub fn app(&self, app_id: &str) -> Result<&App, AmplifyBackendError> {
        self.apps.get(app_id).ok_or_else(|| no_app(app_id))
    }

    pub fn app_mut(&mut self, app_id: &str) -> Result<&mut App, AmplifyBackendError> {
        self.apps.get_mut(app_id).ok_or_else(|| no_app(app_id))
    }

    pub fn environment_mut(
        &mut self,
        app_id: &str,
        name: &str,
    ) -> Result<&mut Environment, AmplifyBackendError> {
        self.app_mut(app_id)?.environment_mut(name)
    }

    /// Records a finished job of `operation` and returns it.
    pub fn start_job(
        &mut self,
        app_id: &str,
        environment: Option<&str>,
        operation: &str,
    ) -> Result<Job, AmplifyBackendError> {
        let id = format!("job-{}", self.next_id());
        let now = now();
        let job = Job {
            id,
            app_id: app_id.to_owned(),
            environment: environment.map(str::to_owned),
            operation: operation.to_owned(),
            status: COMPLETED.to_owned(),
            create_time: now.clone(),
            update_time: now,
        };
        self.app_mut(app_id)?.jobs.push(job.clone());
        Ok(job)
    }
}

impl App {
    pub fn new(id: String, name: String) -> Self {
        App {
            id,
            name,
            environments: BTreeMap::new(),
            config: None,
            tokens: BTreeMap::new(),
            jobs: Vec::new(),
        }
    }

    pub fn environment(&self, name: &str) -> Result<&Environment, AmplifyBackendError> {
        self.environments
            .get(name)
            .ok_or_else(|| no_environment(&self.id, name))
    }

    pub fn environment_mut(&mut self, name: &str) -> Result<&mut Environment, AmplifyBackendError> {
        self.environments
            .get_mut(name)
            .ok_or_else(|| no_environment(&self.id, name))
    }
}

fn no_app(app_id: &str) -> AmplifyBackendError {
    AmplifyBackendError::not_found("app", format!("No app `{app_id}`"))
}

fn no_environment(app_id: &str, name: &str) -> AmplifyBackendError {
    AmplifyBackendError::not_found(
        "environment",
        format!("No backend environment `{name}` in app `{app_id}`"),
    )
}

/// The time now, in milliseconds since the Unix epoch.
pub(crate) fn now() -> String {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis())
        .to_string()
}
