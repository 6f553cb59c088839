//! `paginate(…)` in `#[operation(…)]`: Smithy's `@paginated` members.

use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Token, Type};

use crate::ctxt::Ctxt;

use super::known_key;

/// The keys of `paginate(…)`, Smithy's `@paginated` members.
pub const PAGINATE_KEYS: [&str; 5] = ["input_token", "output_token", "items", "item", "page_size"];

/// `paginate(input_token = field, output_token = member, items = member,
/// item = Type, page_size = field)`: the tokens, the page's list and its
/// element type, and the page-size field (optional).
pub struct Paginate {
    /// The `paginate` key, for errors about the whole.
    pub key: Ident,
    pub input_token: Option<Ident>,
    pub output_token: Option<Ident>,
    pub items: Option<Ident>,
    pub item: Option<Type>,
    pub page_size: Option<Ident>,
}

pub(super) fn parse_paginate(cx: &Ctxt, key: Ident, input: ParseStream) -> syn::Result<Paginate> {
    let mut paginate = Paginate {
        key,
        input_token: None,
        output_token: None,
        items: None,
        item: None,
        page_size: None,
    };
    let content;
    syn::parenthesized!(content in input);
    let mut seen: Vec<String> = Vec::new();
    while !content.is_empty() {
        let key: Ident = content.parse()?;
        let name = key.to_string();
        known_key(&key, "`paginate` key", &PAGINATE_KEYS)?;
        if seen.contains(&name) {
            cx.error_at(key.span(), format!("`{name}` is given twice"));
        }
        seen.push(name.clone());
        content.parse::<Token![=]>()?;
        match name.as_str() {
            "item" => paginate.item = Some(content.parse()?),
            _ => {
                let member = content.call(Ident::parse_any)?;
                let slot = match name.as_str() {
                    "input_token" => &mut paginate.input_token,
                    "output_token" => &mut paginate.output_token,
                    "items" => &mut paginate.items,
                    _ => &mut paginate.page_size,
                };
                *slot = Some(member);
            }
        }
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(paginate)
}
