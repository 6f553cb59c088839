//! The model of `#[derive(ErrorSet)]`: an enum of error types shared by
//! operations, each variant marked `#[status(404)]` (and optionally
//! `code = "…"`).

use proc_macro2::Ident;
use syn::{Data, DeriveInput, Fields, LitInt, LitStr, Token, Type};

use crate::ctxt::Ctxt;

/// One declared error: the variant, the type it wraps, status and code.
pub struct ErrorVariant {
    pub ident: Ident,
    pub ty: Type,
    pub status: u16,
    pub code: String,
}

/// The variants of `#[derive(ErrorSet)]`'s enum, as far as they parse;
/// what parsing finds goes to `cx`, the rules of the whole to
/// `check::error_set`.
pub fn variants(cx: &Ctxt, input: &DeriveInput) -> Vec<ErrorVariant> {
    if !input.generics.params.is_empty() {
        cx.error_spanned_by(&input.generics, "an error set cannot be generic");
    }
    let Data::Enum(data) = &input.data else {
        cx.error_spanned_by(
            &input.ident,
            "#[derive(ErrorSet)] goes on an enum whose variants wrap one error type each",
        );
        return Vec::new();
    };
    let mut out: Vec<ErrorVariant> = Vec::new();
    for variant in &data.variants {
        let ty = match &variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed[0].ty.clone(),
            _ => {
                cx.error_spanned_by(
                    &variant.ident,
                    format!(
                        "variant `{0}` must wrap one error type: `{0}({0})`",
                        variant.ident
                    ),
                );
                continue;
            }
        };
        let mut status: Option<u16> = None;
        // A `#[status]` that did not parse is already reported: the
        // variant is not "missing" its status too.
        let mut status_given = false;
        let mut code = variant.ident.to_string();
        for attr in variant
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("status"))
        {
            if status_given {
                cx.error_spanned_by(attr, "`#[status]` is given twice");
                continue;
            }
            status_given = true;
            let parsed = attr.parse_args_with(|input: syn::parse::ParseStream| {
                let lit: LitInt = input.parse()?;
                let value = lit.base10_parse::<u16>()?;
                if !(400..=599).contains(&value) {
                    return Err(syn::Error::new(
                        lit.span(),
                        format!("an error status is from 400 to 599; `{value}` is not"),
                    ));
                }
                if input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
                    let key: syn::Ident = input.parse()?;
                    if key != "code" {
                        return Err(syn::Error::new(key.span(), "expected `code = \"…\"`"));
                    }
                    input.parse::<Token![=]>()?;
                    let lit: LitStr = input.parse()?;
                    let valid = !lit.value().is_empty()
                        && lit.value().bytes().all(|b| b.is_ascii_graphic());
                    if !valid {
                        return Err(syn::Error::new(
                            lit.span(),
                            "an error code is visible ASCII, such as \"NotFoundException\"",
                        ));
                    }
                    code = lit.value();
                }
                Ok(value)
            });
            match parsed {
                Ok(value) => status = Some(value),
                Err(err) => cx.syn_error(err),
            }
        }
        let status = match status {
            Some(status) => status,
            // Kept, with a stand-in status, for the fallback's `From`.
            None if status_given => 500,
            None => {
                cx.error_spanned_by(
                    &variant.ident,
                    format!(
                        "variant `{}` needs its HTTP status: `#[status(404)]`",
                        variant.ident
                    ),
                );
                continue;
            }
        };
        out.push(ErrorVariant {
            ident: variant.ident.clone(),
            ty,
            status,
            code,
        });
    }
    out
}
