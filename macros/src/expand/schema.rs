//! Schemas as data: each field's, member's, response's and error's
//! `opwire::Schema`, taken from its type's `Describe` impl where it has one.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// `&'static Schema` of `ty`: `Describe::SCHEMA` if `ty` implements it,
/// else `Schema::Any` (the runtime's `Probe` picks, at compile time).
pub fn of(ty: &impl ToTokens) -> TokenStream {
    quote!({
        #[allow(unused_imports)]
        use ::opwire::__private::ProbeFallback as _;
        &::opwire::__private::Probe::<#ty>::SCHEMA
    })
}

/// `impl Describe` for a `#[shape]` type: the schema that names it.
pub fn describe_shape(input: &syn::DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::opwire::__private::Describe for #ident #ty_generics #where_clause {
            const SCHEMA: ::opwire::__private::Schema =
                ::opwire::__private::Schema::Shape(::opwire::__private::ShapeInfo::of::<Self>);
        }
    }
}
