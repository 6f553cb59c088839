//! CORS metadata: the `CORS` constant.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Operation;

/// `Cors::API_GATEWAY` with the declared changes, or `Cors::DISABLED`.
pub fn constant(op: &Operation) -> TokenStream {
    let cors = &op.args.cors;
    if !cors.enabled {
        return quote!(::opwire::__private::Cors::DISABLED);
    }
    let origin = cors.origin.as_ref().map(|lit| quote!(.allow_origin(#lit)));
    let headers = cors
        .headers
        .as_ref()
        .map(|lit| quote!(.allow_headers(#lit)));
    let max_age = cors.max_age.map(|seconds| quote!(.max_age(#seconds)));
    quote!(::opwire::__private::Cors::API_GATEWAY #origin #headers #max_age)
}
