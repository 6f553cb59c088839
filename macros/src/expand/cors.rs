//! CORS metadata: the `CORS` constant.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Operation;

/// `Cors::DEFAULT` with the declared changes, or `Cors::DISABLED`.
pub fn constant(op: &Operation) -> TokenStream {
    let cors = &op.args.cors;
    if !cors.enabled {
        return quote!(::opwire::__private::Cors::DISABLED);
    }
    let origin = cors
        .origin
        .as_ref()
        .filter(|_| !cors.any_origin())
        .map(|(_, origins)| quote!(.allow_origins(&[#(#origins),*])));
    let headers = cors
        .headers
        .as_ref()
        .map(|lit| quote!(.allow_headers(#lit)));
    let expose = cors
        .expose
        .as_ref()
        .map(|lit| quote!(.expose_headers(#lit)));
    let max_age = cors.max_age.map(|seconds| quote!(.max_age(#seconds)));
    let credentials = cors
        .credentials
        .as_ref()
        .map(|lit| quote!(.allow_credentials(#lit)));
    quote!(::opwire::__private::Cors::DEFAULT #origin #headers #expose #max_age #credentials)
}
