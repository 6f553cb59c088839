//! `paginate(…)` in `#[operation(…)]`: Smithy's `@paginated` members.

use proc_macro2::Ident;
use syn::Type;
use syn::ext::IdentExt;
use syn::parse::ParseStream;

use crate::ctxt::Ctxt;

use super::parse_keyed;

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
    parse_keyed(
        cx,
        input,
        "`paginate` key",
        &PAGINATE_KEYS,
        |_, name, content| {
            match name {
                "item" => paginate.item = Some(content.parse()?),
                _ => {
                    let member = content.call(Ident::parse_any)?;
                    let slot = match name {
                        "input_token" => &mut paginate.input_token,
                        "output_token" => &mut paginate.output_token,
                        "items" => &mut paginate.items,
                        _ => &mut paginate.page_size,
                    };
                    *slot = Some(member);
                }
            }
            Ok(())
        },
    )?;
    Ok(paginate)
}
