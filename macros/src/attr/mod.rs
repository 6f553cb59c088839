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
