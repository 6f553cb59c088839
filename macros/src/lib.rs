//! The procedural macros of opwire: `#[operation]`, `#[shape]` and
//! `#[derive(ErrorSet)]`. Use them through the `opwire` crate, which
//! documents them.
//!
//! One pipeline for the three: `attr` and `template` parse, `model` builds
//! each declaration (`model` for operations, `model::shape`,
//! `model::error_set`), `check` reports every broken rule through `ctxt`,
//! and `expand` writes `const` data and thin glue around the `opwire`
//! runtime, with one entry per macro (`expand::operation`,
//! `expand::shape::shape`, `expand::error_set::derive`).

mod attr;
mod case;
mod check;
mod ctxt;
mod expand;
mod model;
mod template;

#[cfg(test)]
mod golden;

use proc_macro::TokenStream;

/// Declares an HTTP operation on a struct. Documented in `opwire`.
#[proc_macro_attribute]
pub fn operation(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::operation(args.into(), item.into()).into()
}

/// Declares a structure or string enum of the wire. Documented in `opwire`.
#[proc_macro_attribute]
pub fn shape(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::shape::shape(args.into(), item.into()).into()
}

/// Implements `opwire::ErrorSet` for an enum of error types. Documented in
/// `opwire`.
#[proc_macro_derive(ErrorSet, attributes(status))]
pub fn derive_error_set(input: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => expand::error_set::derive(&input).into(),
        Err(err) => err.into_compile_error().into(),
    }
}
