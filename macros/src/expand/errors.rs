//! The error set: the `<Op>Error` enum of `errors(…)`, and the `ErrorSet`,
//! `Display`, `Error` and `From` impls it shares with `#[derive(ErrorSet)]`.

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote};

use crate::model::error_set::ErrorVariant;
use crate::model::{Operation, error_variant};

/// The name of the enum `errors(…)` generates: `<Op>Error`.
pub fn enum_ident(op: &Operation) -> Ident {
    format_ident!("{}Error", op.ident)
}

/// The `<Op>Error` enum and its impls, unless the operation names a shared
/// set with `error = …`.
pub fn error_enum(op: &Operation) -> TokenStream {
    if op.args.error.is_some() {
        return TokenStream::new();
    }
    enum_of(op, variants(op))
}

/// [`error_enum`] for a declaration with errors: each variant once, so a
/// repeated error type is reported once, by the checks.
pub fn fallback_enum(op: &Operation) -> TokenStream {
    if op.args.error.is_some() {
        return TokenStream::new();
    }
    let mut variants = variants(op);
    let mut seen = std::collections::HashSet::new();
    variants.retain(|v| seen.insert(v.ident.to_string()));
    enum_of(op, variants)
}

fn variants(op: &Operation) -> Vec<ErrorVariant> {
    op.args
        .errors
        .iter()
        .flatten()
        .filter_map(|decl| {
            let name = error_variant(&decl.ty)?;
            Some(ErrorVariant {
                ident: name.clone(),
                ty: decl.ty.clone(),
                status: decl.status.code,
                code: name.to_string(),
            })
        })
        .collect()
}

fn enum_of(op: &Operation, variants: Vec<ErrorVariant>) -> TokenStream {
    let ident = enum_ident(op);
    let vis = &op.vis;
    let doc = format!("The declared errors of [`{}`].", op.ident);
    let defs = variants.iter().map(|v| {
        let (ident, ty) = (&v.ident, &v.ty);
        let doc = format!("`{}`: `{}`.", v.status, v.code);
        quote!(#[doc = #doc] #ident(#ty))
    });
    let impls = error_set_impl(&ident, &variants);
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        // The variants are the error types' names, which AWS APIs end
        // with `Exception`.
        #[allow(clippy::enum_variant_names)]
        #vis enum #ident {
            #(#defs,)*
        }
        #impls
    }
}

/// What an error set with mistakes still implements, so its uses add no
/// errors of their own: `From` for each variant that parsed (each type
/// once), and stand-in `ErrorSet`, `Display` and `Error` impls whose
/// methods are never called, since the crate does not compile.
pub fn fallback_error_set_impl(ident: &Ident, variants: &[ErrorVariant]) -> TokenStream {
    let mut seen = std::collections::HashSet::new();
    let once: Vec<&ErrorVariant> = variants
        .iter()
        .filter(|v| seen.insert(v.ty.to_token_stream().to_string()))
        .collect();
    let froms = from_impls(ident, once);
    let unreachable = quote!(::core::unreachable!(
        "`{}` does not compile",
        stringify!(#ident)
    ));
    quote! {
        #froms

        #[automatically_derived]
        impl ::opwire::__private::ErrorSet for #ident {
            const ERRORS: &'static [::opwire::__private::ErrorInfo] = &[];

            fn info(&self) -> &'static ::opwire::__private::ErrorInfo {
                #unreachable
            }

            fn to_json(&self) -> ::core::result::Result<::std::vec::Vec<u8>, ::opwire::__private::JsonError> {
                #unreachable
            }

            fn from_json(_: usize, _: &[u8]) -> ::core::result::Result<Self, ::opwire::__private::JsonError> {
                #unreachable
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #unreachable
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for #ident {}
    }
}

/// `impl From<Type> for Set` for each variant.
fn from_impls<'a>(
    ident: &Ident,
    variants: impl IntoIterator<Item = &'a ErrorVariant>,
) -> TokenStream {
    let froms = variants.into_iter().map(|v| {
        let (name, ty) = (&v.ident, &v.ty);
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ty> for #ident {
                fn from(error: #ty) -> Self {
                    #ident::#name(error)
                }
            }
        }
    });
    quote!(#(#froms)*)
}

/// `ErrorSet`, `Display`, `std::error::Error` and one `From` per variant.
pub fn error_set_impl(ident: &Ident, variants: &[ErrorVariant]) -> TokenStream {
    let infos = variants.iter().map(|v| {
        let (code, status) = (&v.code, v.status);
        let schema = super::schema::of(&v.ty);
        quote!(::opwire::__private::ErrorInfo::new(#code, #status).with_schema(#schema))
    });
    let names: Vec<&Ident> = variants.iter().map(|v| &v.ident).collect();
    let indexes: Vec<usize> = (0..variants.len()).collect();
    let codes = variants.iter().map(|v| &v.code);
    let froms = from_impls(ident, variants);
    // An enum without variants has no value to match on.
    let (info, to_json, fmt) = if variants.is_empty() {
        (
            quote!(match *self {}),
            quote!(match *self {}),
            quote!(match *self {}),
        )
    } else {
        (
            quote!(match self { #(#ident::#names(_) => &Self::ERRORS[#indexes],)* }),
            quote!(match self { #(#ident::#names(error) => ::opwire::__private::error_to_json(error),)* }),
            quote!(match self { #(#ident::#names(error) => ::opwire::__private::fmt_error(f, #codes, error),)* }),
        )
    };
    quote! {
        #[automatically_derived]
        impl ::opwire::__private::ErrorSet for #ident {
            const ERRORS: &'static [::opwire::__private::ErrorInfo] = &[#(#infos),*];

            fn info(&self) -> &'static ::opwire::__private::ErrorInfo {
                #info
            }

            fn to_json(&self) -> ::core::result::Result<::std::vec::Vec<u8>, ::opwire::__private::JsonError> {
                #to_json
            }

            fn from_json(index: usize, body: &[u8]) -> ::core::result::Result<Self, ::opwire::__private::JsonError> {
                match index {
                    #(#indexes => ::opwire::__private::error_from_json(body).map(#ident::#names),)*
                    _ => ::core::result::Result::Err(::opwire::__private::unknown_error(index)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #fmt
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for #ident {}

        #froms
    }
}
