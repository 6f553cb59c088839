//! Declare an HTTP API operation once, as a struct with `#[operation]`, and
//! get both sides of the wire from it: building requests and parsing
//! responses on the client, routing and decoding requests and encoding
//! responses on the server.
//!
//! ```
//! use opwire::{Operation, Router, operation};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
//! pub enum ServiceName { S3 }
//!
//! #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
//! #[serde(rename_all = "camelCase")]
//! pub struct BackendStorageRespObj {
//!     pub app_id: Option<String>,
//!     pub job_id: Option<String>,
//! }
//!
//! #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
//! pub struct NotFoundException { pub message: Option<String> }
//!
//! /// Imports an existing backend storage resource.
//! #[operation(POST, "/backend/<appId>/storage/<backendEnvironmentName>/import",
//!     response = BackendStorageRespObj,
//!     errors(404 = NotFoundException))]
//! #[derive(Debug, Clone, PartialEq)]
//! pub struct ImportBackendStorage {
//!     pub app_id: String,
//!     pub backend_environment_name: String,
//!     pub bucket_name: Option<String>,
//!     pub service_name: ServiceName,
//! }
//!
//! // Client side: the request as it goes on the wire.
//! let op = ImportBackendStorage {
//!     app_id: "app1".into(),
//!     backend_environment_name: "prod".into(),
//!     bucket_name: Some("my-bucket".into()),
//!     service_name: ServiceName::S3,
//! };
//! let request = op.to_request().unwrap();
//! assert_eq!(request.uri(), "/backend/app1/storage/prod/import");
//! assert_eq!(request.body().as_ref(), br#"{"bucketName":"my-bucket","serviceName":"S3"}"#);
//!
//! // Server side: route it to a handler and answer.
//! let router = Router::new().route(|op: ImportBackendStorage| async move {
//!     if op.app_id != "app1" {
//!         return Err(NotFoundException { message: Some("no such app".into()) }.into());
//!     }
//!     Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
//!         app_id: Some(op.app_id),
//!         job_id: Some("job-1".into()),
//!     })
//! });
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let response = router.dispatch(request).await;
//! assert_eq!(response.status(), 200);
//!
//! // Client side again: the typed result.
//! let output = ImportBackendStorage::parse_response(&response).unwrap();
//! assert_eq!(output.job_id.as_deref(), Some("job-1"));
//! # });
//! ```
//!
//! See [`operation`] for the declaration's rules, [`Operation`] for what it
//! derives and [`Router`] for dispatch.
//!
//! # Features
//!
//! - `derive` (default): serde's derive, for body fields and `#[shape]`
//!   types whose `#[serde]` attributes go beyond `rename`, `default` and
//!   `skip_serializing_if`; opwire writes every other (de)serialization
//!   itself, so without such declarations it can be turned off.
//! - `server`: `Server`, a `Router` over HTTP/1.1 with hyper.
//! - `http2`: the server speaks cleartext HTTP/2 too, on the same port.
//! - `client`: `Client`, which sends operations over HTTP/1.1 with hyper.
//! - `openapi`: `opwire::openapi`, OpenAPI 3.1 documents and Markdown
//!   reference pages generated from the declarations.
//! - `sigv4`: `opwire::sigv4`, AWS Signature Version 4: signing (with
//!   `client`, `Client::signing`), credentials from the environment and
//!   the shared AWS files, and checking signatures on the server side
//!   (`Router::verify_signatures`).
//! - `lambda`: `opwire::lambda`, a `Router` as an AWS Lambda
//!   function behind API Gateway, a Function URL or an ALB, on
//!   lambda_runtime.
//! - `lambda-http`: `opwire::lambda::LambdaService`, the same for apps
//!   built on lambda_http.

extern crate self as opwire;

#[cfg(any(feature = "server", feature = "lambda"))]
mod answer;
mod blob;
mod calendar;
#[cfg(any(feature = "server", feature = "lambda"))]
mod catch;
mod cors;
mod encoding;
mod error;
mod json;
mod mix;
mod operation;
mod pagination;
mod payload;
mod request;
mod response;
mod router;
mod schema;
mod serde_impls;
mod shape;
mod template;
mod text;
pub mod timestamp;

#[doc(hidden)]
pub mod __private;

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "lambda")]
pub mod lambda;
#[cfg(feature = "openapi")]
pub mod openapi;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "sigv4")]
pub mod sigv4;

#[cfg(feature = "server")]
pub use server::Server;

/// The rustls the client's HTTPS uses, for
/// [`Client::with_tls_config`](crate::Client::with_tls_config). Requires
/// the `tls` feature.
#[cfg(feature = "tls")]
pub use rustls;

pub use blob::{Blob, InvalidBase64};
pub use cors::{AllowOrigins, Cors};
pub use error::{
    BuildError, ErrorInfo, ErrorSet, HandlerError, InternalFailure, RequestError, RequestErrorKind,
    ResponseError,
};
pub use json::Empty;
pub use operation::{FieldInfo, Location, Operation, OperationInfo};
pub use pagination::{InvalidToken, PageItems, PageToken, PageTokens, Paginated};
pub use payload::Payload;
pub use router::{
    Context, Dispatch, Handler, PeerAddr, RequestId, ResponseFuture, RouteError, Router,
};
pub use schema::{Describe, Schema, ShapeInfo};
pub use shape::{Shape, UnknownValue};
pub use template::{MAX_LABELS, Segment};
pub use text::{HeaderField, PathLabel, QueryParam};
pub use timestamp::Timestamp;

#[cfg(feature = "client")]
pub use client::{Client, ClientError, InvalidBaseUrl, Items, Pages, Retries, TransportError};

#[doc = include_str!("../docs/operation.md")]
pub use opwire_macros::operation;

#[doc = include_str!("../docs/error_set.md")]
pub use opwire_macros::ErrorSet;

#[doc = include_str!("../docs/shape.md")]
pub use opwire_macros::shape;
