//! ImportBackendStorage, declared exactly as its reference page documents it
//! (API Gateway's `prod` stage, the page's error names and descriptions):
//! the declaration of `opwire`'s example, one file for both.

#[path = "../../runtime/examples/import_backend_storage/declaration.rs"]
mod declaration;

pub use declaration::*;
