//! The arguments of `#[operation(…)]`: the method, the template and the keys.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::{LitInt, LitStr, Token, Type};

use crate::case::RenameRule;
use crate::ctxt::Ctxt;

use super::{Cors, Paginate};
use super::{cors::parse_cors, known_key, paginate::parse_paginate, split_commas};

pub const METHODS: [&str; 6] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

const KEYS: [&str; 8] = [
    "response",
    "status",
    "errors",
    "error",
    "rename_all",
    "cors",
    "name",
    "paginate",
];

/// The arguments of `#[operation(…)]`, each `None` when absent or invalid.
#[derive(Default)]
pub struct Args {
    pub method: Option<Ident>,
    pub template: Option<LitStr>,
    pub response: Option<Type>,
    pub status: Option<Status>,
    pub errors: Option<Vec<ErrorDecl>>,
    pub error: Option<Type>,
    pub rename_all: Option<RenameRule>,
    pub cors: Cors,
    /// `name = "CreateBackendAPI"`: the operation's name, if not the struct's.
    pub name: Option<LitStr>,
    /// `paginate(…)`: how the answers come in pages.
    pub paginate: Option<Paginate>,
}

/// A status code literal and its value.
pub struct Status {
    pub lit: LitInt,
    pub code: u16,
}

/// `404 = NotFoundException` inside `errors(…)`.
pub struct ErrorDecl {
    pub status: Status,
    pub ty: Type,
}

impl Args {
    pub fn parse(cx: &Ctxt, tokens: TokenStream) -> Args {
        let mut args = Args::default();
        let items = split_commas(tokens);
        let mut items = items.into_iter().peekable();
        let mut seen: Vec<String> = Vec::new();

        // Positional: the method, then the template.
        match items.peek().map(classify) {
            Some(Positional::Method(ident)) => {
                items.next();
                args.method = check_method(cx, ident);
            }
            Some(Positional::Template(lit)) => {
                cx.error_spanned_by(
                    &lit,
                    "missing HTTP method: write `#[operation(POST, \"/path\")]` (one of GET, POST, PUT, PATCH, DELETE, HEAD)",
                );
            }
            _ => cx.error_at(
                Span::call_site(),
                "expected an HTTP method and a path template: `#[operation(POST, \"/path\")]`",
            ),
        }
        match items.peek().map(classify) {
            Some(Positional::Template(lit)) => {
                items.next();
                args.template = Some(lit);
            }
            _ if args.method.is_some() => {
                cx.error_at(
                    args.method.as_ref().map_or_else(Span::call_site, Ident::span),
                    "expected the path template after the method, such as `#[operation(GET, \"/backend/<appId>\")]`",
                );
            }
            _ => {}
        }

        for item in items {
            let parsed = (|input: ParseStream| args.parse_key(cx, input, &mut seen)).parse2(item);
            if let Err(err) = parsed {
                cx.syn_error(err);
            }
        }
        args
    }

    fn parse_key(
        &mut self,
        cx: &Ctxt,
        input: ParseStream,
        seen: &mut Vec<String>,
    ) -> syn::Result<()> {
        let key: Ident = input.parse()?;
        let name = key.to_string();
        known_key(&key, "key", &KEYS)?;
        if seen.contains(&name) {
            return Err(syn::Error::new(
                key.span(),
                format!("`{name}` is given twice"),
            ));
        }
        seen.push(name.clone());
        if (name == "error" && seen.iter().any(|k| k == "errors"))
            || (name == "errors" && seen.iter().any(|k| k == "error"))
        {
            cx.error_at(
                key.span(),
                "give either `errors(STATUS = Type, …)` or `error = SharedErrorSet`, not both",
            );
        }
        match name.as_str() {
            "name" => {
                input.parse::<Token![=]>()?;
                let lit: LitStr = input.parse()?;
                let value = lit.value();
                if value.is_empty() || !value.bytes().all(|b| b.is_ascii_graphic()) {
                    cx.error_spanned_by(
                        &lit,
                        "an operation name is visible ASCII, such as \"CreateBackendAPI\"",
                    );
                }
                self.name = Some(lit);
            }
            "response" => {
                input.parse::<Token![=]>()?;
                self.response = Some(input.parse()?);
            }
            "status" => {
                input.parse::<Token![=]>()?;
                self.status = Some(parse_status(input)?);
            }
            "error" => {
                input.parse::<Token![=]>()?;
                self.error = Some(input.parse()?);
            }
            "rename_all" => {
                input.parse::<Token![=]>()?;
                let lit: LitStr = input.parse()?;
                match RenameRule::from_name(&lit.value()) {
                    Some(rule) => self.rename_all = Some(rule),
                    None => {
                        let names: Vec<String> = RenameRule::NAMES
                            .iter()
                            .map(|(n, _)| format!("\"{n}\""))
                            .collect();
                        cx.error_spanned_by(
                            &lit,
                            format!(
                                "unknown rename rule {:?}; expected one of {}",
                                lit.value(),
                                names.join(", ")
                            ),
                        );
                    }
                }
            }
            "errors" => {
                let content;
                syn::parenthesized!(content in input);
                let mut decls = Vec::new();
                while !content.is_empty() {
                    let status = parse_status(&content)?;
                    content.parse::<Token![=]>()?;
                    let ty: Type = content.parse()?;
                    decls.push(ErrorDecl { status, ty });
                    if content.is_empty() {
                        break;
                    }
                    content.parse::<Token![,]>()?;
                }
                self.errors = Some(decls);
            }
            "cors" => self.cors = parse_cors(cx, input)?,
            "paginate" => self.paginate = Some(parse_paginate(cx, key, input)?),
            _ => unreachable!("checked against KEYS"),
        }
        if !input.is_empty() {
            return Err(input.error(format!(
                "unexpected tokens after `{name}`; separate arguments with `,`"
            )));
        }
        Ok(())
    }
}

enum Positional {
    Method(Ident),
    Template(LitStr),
    Other,
}

fn classify(item: &TokenStream) -> Positional {
    let mut tokens = item.clone().into_iter();
    let (first, second) = (tokens.next(), tokens.next());
    match (first, second) {
        (Some(TokenTree::Ident(ident)), None) => Positional::Method(ident),
        (Some(TokenTree::Literal(lit)), None) => {
            match syn::parse2::<LitStr>(lit.into_token_stream()) {
                Ok(lit) => Positional::Template(lit),
                Err(_) => Positional::Other,
            }
        }
        // A `$template:literal` from a `macro_rules!` arrives wrapped in an
        // invisible group.
        (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::None => {
            classify(&group.stream())
        }
        _ => Positional::Other,
    }
}

fn check_method(cx: &Ctxt, ident: Ident) -> Option<Ident> {
    let name = ident.to_string();
    if METHODS.contains(&name.as_str()) {
        return Some(ident);
    }
    let upper = name.to_ascii_uppercase();
    if METHODS.contains(&upper.as_str()) {
        cx.error_at(
            ident.span(),
            format!("write the method in capitals: `{upper}`"),
        );
    } else {
        cx.error_at(
            ident.span(),
            format!(
                "unknown HTTP method `{name}`; expected one of GET, POST, PUT, PATCH, DELETE, HEAD"
            ),
        );
    }
    None
}

fn parse_status(input: ParseStream) -> syn::Result<Status> {
    let lit: LitInt = input.parse()?;
    let code = lit
        .base10_parse::<u16>()
        .map_err(|_| syn::Error::new(lit.span(), format!("`{lit}` is not an HTTP status code")))?;
    Ok(Status { lit, code })
}
