//! `#[derive(ErrorSet)]`: its entry. The variants are read into the model,
//! checked, and given the `ErrorSet`, `Display`, `Error` and `From` impls
//! that `errors(…)` enums share (`expand::errors`).

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput};

use super::errors::{error_set_impl, fallback_error_set_impl};
use crate::check;
use crate::ctxt::Ctxt;
use crate::model::error_set::variants;

pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let variants = variants(&cx, input);
    check::error_set(&cx, &variants);
    match cx.check() {
        Ok(()) => error_set_impl(&input.ident, &variants),
        // On a non-generic enum, stand-in impls: one mistake, one error.
        Err(errors) if matches!(input.data, Data::Enum(_)) && input.generics.params.is_empty() => {
            let fallback = fallback_error_set_impl(&input.ident, &variants);
            quote!(#errors #fallback)
        }
        Err(errors) => errors,
    }
}
