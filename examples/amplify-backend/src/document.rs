//! What the API says about itself: its OpenAPI 3.1 document and reference
//! pages, generated from the 31 declarations (`amplify-backend openapi`,
//! `amplify-backend docs DIR`), and the operation that serves the document
//! (`--openapi`: `GET /openapi.json`).
//!
//! ```
//! let document = amplify_backend::document::document(Some("/prod")).to_json();
//! let import = &document["paths"]["/prod/backend/{appId}/storage/{backendEnvironmentName}/import"];
//! assert_eq!(import["post"]["operationId"], "ImportBackendStorage");
//! assert!(import["options"].is_object());
//! ```

use opwire::openapi::Document;
use opwire::{Router, operation};

use crate::{Store, router};

/// The document of the API, its paths under `prefix` (a stage such as
/// `/prod`) when given.
///
/// # Panics
///
/// If `prefix` is not `/` and literal segments (as
/// [`cli::parse`](crate::cli::parse) checks).
pub fn document(prefix: Option<&str>) -> Document {
    let api = router(Store::new());
    let api = match prefix {
        Some(prefix) => Router::new().nest(prefix, api),
        None => api,
    };
    Document::new("AmplifyBackend", "2020-08-11")
        .description(
            "AWS Amplify Admin API: the backends of Amplify apps, their authentication, \
             APIs, storage and configuration, as the opwire emulator serves them.",
        )
        .router(&api)
}

/// Returns this server's OpenAPI 3.1 document.
#[operation(GET, "/openapi.json", response = serde_json::Value)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetOpenApiDocument {}

/// `router` with [`GetOpenApiDocument`] answering `document`.
pub fn serve_document(router: Router, document: &Document) -> Router {
    let json = document.to_json();
    router.route(move |_: GetOpenApiDocument| {
        let json = json.clone();
        async move { Ok::<_, GetOpenApiDocumentError>(json) }
    })
}
