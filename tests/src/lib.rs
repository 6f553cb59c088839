//! Declarations shared by the workspace tests.

// The seed declaration is kept exactly as its reference documents it.
#![allow(missing_docs)]

pub mod lambda_runtime;
pub mod oracle;
pub mod raw;
pub mod running;
pub mod schema_check;
#[cfg(feature = "sdk")]
pub mod sdk;
pub mod seed;
pub mod tools;

use seed::{BackendStorageRespObj, ImportBackendStorage, ServiceName};

/// The seed operation with plain values.
pub fn import(app_id: &str, env: &str) -> ImportBackendStorage {
    ImportBackendStorage {
        app_id: app_id.to_owned(),
        backend_environment_name: env.to_owned(),
        bucket_name: Some("my-bucket".to_owned()),
        service_name: ServiceName::S3,
    }
}

/// The answer the test handlers give `op`: its ids, job `job-1`, `SUCCEEDED`.
pub fn succeeded(op: ImportBackendStorage) -> BackendStorageRespObj {
    BackendStorageRespObj {
        app_id: Some(op.app_id),
        backend_environment_name: Some(op.backend_environment_name),
        job_id: Some("job-1".into()),
        status: Some("SUCCEEDED".into()),
    }
}
