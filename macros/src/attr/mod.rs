//! Attribute parsing, a file for each thing parsed: the arguments of
//! `#[operation(…)]` (`args`), inside them `cors(…)` and `paginate(…)`, and
//! the `#[path]`, `#[query]`, `#[header]` and `#[serde]` attributes of
//! fields (`field`). Each argument is parsed on its own, so one mistake does
//! not hide others; messages list what is accepted from the same lists the
//! parsers use.

mod args;
mod cors;
mod field;
mod paginate;

pub use args::Args;
pub use cors::Cors;
pub use field::{DefaultValue, FieldAttrs, Place, is_place_attr, serde_derive};
pub use paginate::Paginate;

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::Token;
use syn::parse::ParseStream;

use crate::ctxt::Ctxt;

use crate::case::similar;

/// `key` is one of `keys`; else the error names what is accepted and the
/// closest spelling.
fn known_key(key: &Ident, what: &str, keys: &[&str]) -> syn::Result<()> {
    let name = key.to_string();
    if keys.contains(&name.as_str()) {
        return Ok(());
    }
    let hint = match similar(&name, keys.iter().copied()) {
        Some(close) => format!("; did you mean `{close}`?"),
        None => String::new(),
    };
    Err(syn::Error::new(
        key.span(),
        format!("unknown {what} `{name}`; expected {}{hint}", one_of(keys)),
    ))
}

/// `(key = value, …)`: each key one of `keys` (else the error says which
/// are accepted) and given once (a repeat is reported and read again);
/// `value` reads what follows its `=`.
fn parse_keyed(
    cx: &Ctxt,
    input: ParseStream,
    what: &str,
    keys: &[&str],
    mut value: impl FnMut(&Ident, &str, ParseStream) -> syn::Result<()>,
) -> syn::Result<()> {
    let content;
    syn::parenthesized!(content in input);
    let mut seen: Vec<String> = Vec::new();
    while !content.is_empty() {
        let key: Ident = content.parse()?;
        let name = key.to_string();
        known_key(&key, what, keys)?;
        if seen.contains(&name) {
            cx.error_at(key.span(), format!("`{name}` is given twice"));
        }
        seen.push(name.clone());
        content.parse::<Token![=]>()?;
        value(&key, &name, &content)?;
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(())
}

/// Splits a token stream at its top-level commas.
fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut items = Vec::new();
    let mut current = TokenStream::new();
    for token in tokens {
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                items.push(std::mem::take(&mut current));
            }
            _ => current.extend([token]),
        }
    }
    if !current.is_empty() {
        items.push(current);
    }
    items
}

/// "`a`, `b` or `c`", for messages that list what is accepted.
fn one_of(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => format!("`{only}`"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|name| format!("`{name}`")).collect();
            format!("{} or `{last}`", rest.join(", "))
        }
    }
}
