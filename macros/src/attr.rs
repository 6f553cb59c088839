//! Attribute parsing: the arguments of `#[operation(…)]`, and the
//! `#[path]`, `#[query]`, `#[header]` and `#[serde]` attributes of fields.
//! Each argument is parsed on its own, so one mistake does not hide others.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, LitBool, LitInt, LitStr, Token, Type};

use crate::case::{RenameRule, similar};
use crate::ctxt::Ctxt;

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

/// The keys of `cors(…)`.
const CORS_KEYS: [&str; 5] = ["origin", "headers", "expose", "max_age", "credentials"];

/// `cors = false` or `cors(origin = "…" | ["…", …], headers = "…",
/// expose = "…", max_age = 600, credentials = true)`.
pub struct Cors {
    pub enabled: bool,
    /// The `origin` key and its origins; `"*"` is any.
    pub origin: Option<(Ident, Vec<LitStr>)>,
    pub headers: Option<LitStr>,
    pub expose: Option<LitStr>,
    pub max_age: Option<u32>,
    pub credentials: Option<LitBool>,
}

impl Default for Cors {
    fn default() -> Self {
        Cors {
            enabled: true,
            origin: None,
            headers: None,
            expose: None,
            max_age: None,
            credentials: None,
        }
    }
}

impl Cors {
    /// Whether the declaration allows any origin (the default, or `"*"`).
    pub fn any_origin(&self) -> bool {
        self.origin
            .as_ref()
            .is_none_or(|(_, origins)| origins.iter().any(|lit| lit.value() == "*"))
    }
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

fn parse_cors(cx: &Ctxt, input: ParseStream) -> syn::Result<Cors> {
    let mut cors = Cors::default();
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        let enabled: LitBool = input.parse()?;
        cors.enabled = enabled.value;
        return Ok(cors);
    }
    let content;
    syn::parenthesized!(content in input);
    let mut seen: Vec<String> = Vec::new();
    while !content.is_empty() {
        let key: Ident = content.parse()?;
        let name = key.to_string();
        if seen.contains(&name) {
            cx.error_at(key.span(), format!("`{name}` is given twice"));
        }
        seen.push(name.clone());
        content.parse::<Token![=]>()?;
        let header_value = |lit: &LitStr, empty_ok: bool| {
            let value = lit.value();
            if (value.is_empty() && !empty_ok) || !value.bytes().all(|b| (0x20..0x7f).contains(&b))
            {
                cx.error_spanned_by(
                    lit,
                    format!("`{name}` must be a non-empty header value of visible ASCII"),
                );
            }
        };
        match name.as_str() {
            "origin" => {
                let origins = if content.peek(syn::token::Bracket) {
                    let list;
                    syn::bracketed!(list in content);
                    let origins =
                        list.parse_terminated(<LitStr as syn::parse::Parse>::parse, Token![,])?;
                    origins.into_iter().collect()
                } else {
                    vec![content.parse::<LitStr>()?]
                };
                if origins.is_empty() {
                    cx.error_at(
                        key.span(),
                        "`origin` needs at least one origin, or `\"*\"` for any",
                    );
                }
                for lit in &origins {
                    header_value(lit, false);
                    if lit.value() == "*" && origins.len() > 1 {
                        cx.error_spanned_by(
                            lit,
                            "`\"*\"` allows any origin: it stands alone, not in a list",
                        );
                    }
                }
                cors.origin = Some((key.clone(), origins));
            }
            "headers" | "expose" => {
                let lit: LitStr = content.parse()?;
                header_value(&lit, name == "expose");
                if name == "headers" {
                    cors.headers = Some(lit);
                } else {
                    cors.expose = Some(lit);
                }
            }
            "credentials" => cors.credentials = Some(content.parse()?),
            "max_age" => {
                let lit: LitInt = content.parse()?;
                match lit.base10_parse::<u32>() {
                    Ok(seconds) => cors.max_age = Some(seconds),
                    Err(_) => cx.error_spanned_by(&lit, "`max_age` is a number of seconds"),
                }
            }
            _ => {
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown CORS key `{name}`; expected {}", one_of(&CORS_KEYS)),
                ));
            }
        }
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(cors)
}

fn parse_paginate(cx: &Ctxt, key: Ident, input: ParseStream) -> syn::Result<Paginate> {
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

/// Where a field goes, from its `#[path]`, `#[query]` or `#[header]`.
pub enum Place {
    Path {
        attr: Attribute,
        name: Option<LitStr>,
    },
    Query {
        attr: Attribute,
        name: Option<LitStr>,
    },
    Header {
        attr: Attribute,
        name: LitStr,
    },
}

impl Place {
    pub fn attr(&self) -> &Attribute {
        match self {
            Place::Path { attr, .. } | Place::Query { attr, .. } | Place::Header { attr, .. } => {
                attr
            }
        }
    }
}

/// The attributes of one field that this crate reads.
#[derive(Default)]
pub struct FieldAttrs {
    pub place: Option<Place>,
    /// A `#[path]`, `#[query]` or `#[header]` was given but did not parse
    /// (already reported): the field is not judged as a body member.
    pub place_invalid: bool,
    /// `#[serde(…)]` attributes, passed on to the body.
    pub serde: Vec<Attribute>,
    /// `#[serde(rename = "…")]`, if given.
    pub rename: Option<LitStr>,
    /// `#[serde(default)]` or `#[serde(default = "path")]`, if given.
    pub default: Option<DefaultValue>,
    /// `#[serde(skip_serializing_if = "path")]`, if given.
    pub skip_serializing_if: Option<LitStr>,
    /// The field has `#[serde(flatten)]` or `#[serde(skip …)]`: no wire name
    /// of its own.
    pub no_wire_name: bool,
    /// Some other `#[serde(…)]` key (`with`, `alias`, …): only serde's derive
    /// knows what it means.
    pub other_serde: bool,
}

/// A member's `#[serde(default …)]`.
pub enum DefaultValue {
    /// `default`: `Default::default()`.
    Trait,
    /// `default = "path"`: `path()`.
    Path(LitStr),
}

/// The `Serialize` or `Deserialize` an item's own `#[derive]` names, if any.
pub fn serde_derive(attrs: &[Attribute]) -> Option<syn::Path> {
    let mut found = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            let last = meta.path.segments.last().map(|s| s.ident.to_string());
            if found.is_none() && matches!(last.as_deref(), Some("Serialize" | "Deserialize")) {
                found = Some(meta.path.clone());
            }
            Ok(())
        });
    }
    found
}

/// Whether an attribute is one of ours (stripped from the struct).
pub fn is_place_attr(attr: &Attribute) -> bool {
    attr.path().is_ident("path") || attr.path().is_ident("query") || attr.path().is_ident("header")
}

impl FieldAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> FieldAttrs {
        let mut out = FieldAttrs::default();
        for attr in attrs {
            if attr.path().is_ident("serde") {
                out.read_serde(cx, attr);
                out.serde.push(attr.clone());
                continue;
            }
            if !is_place_attr(attr) {
                continue;
            }
            let place = match parse_place(attr) {
                Ok(place) => place,
                Err(err) => {
                    cx.syn_error(err);
                    out.place_invalid = true;
                    continue;
                }
            };
            if let Some(first) = &out.place {
                cx.error_spanned_by(
                    attr,
                    format!(
                        "a field goes to one place; it is already marked `#[{}]`",
                        first
                            .attr()
                            .path()
                            .get_ident()
                            .map(Ident::to_string)
                            .unwrap_or_default()
                    ),
                );
                continue;
            }
            out.place = Some(place);
        }
        out
    }

    /// Reads the `#[serde(…)]` keys this crate generates code for; any
    /// other key is serde's business (and makes the item use serde's
    /// derive).
    fn read_serde(&mut self, cx: &Ctxt, attr: &Attribute) {
        let syn::Meta::List(list) = &attr.meta else {
            self.other_serde = true;
            return;
        };
        for item in split_commas(list.tokens.clone()) {
            let mut tokens = item.clone().into_iter();
            let Some(TokenTree::Ident(key)) = tokens.next() else {
                self.other_serde = true;
                continue;
            };
            let rest: Vec<TokenTree> = tokens.collect();
            let value = string_value(&rest);
            match (key.to_string().as_str(), &rest[..], value) {
                ("rename", _, Some(lit)) => self.rename = Some(lit),
                ("rename", [TokenTree::Group(group)], None) => match one_name(group) {
                    Ok(lit) => self.rename = Some(lit),
                    Err(message) => cx.error_spanned_by(group.stream(), message),
                },
                ("default", [], _) => self.default = Some(DefaultValue::Trait),
                ("default", _, Some(lit)) => self.default = Some(DefaultValue::Path(lit)),
                ("skip_serializing_if", _, Some(lit)) => self.skip_serializing_if = Some(lit),
                ("flatten" | "skip" | "skip_deserializing" | "rename", _, _) => {
                    self.no_wire_name = true;
                    self.other_serde = true;
                }
                _ => self.other_serde = true,
            }
        }
    }

    /// Whether this crate can generate the member's (de)serialization
    /// itself: only `rename`, `default` and `skip_serializing_if` given.
    pub fn plain(&self) -> bool {
        !self.other_serde && !self.no_wire_name
    }
}

/// The wire name of `rename(serialize = "…", deserialize = "…")`: one
/// declaration is both the client's and the server's, so what one side
/// writes the other must read; the two names must be one.
fn one_name(group: &proc_macro2::Group) -> Result<LitStr, String> {
    let mut names: [Option<LitStr>; 2] = [None, None];
    for item in split_commas(group.stream()) {
        let tokens: Vec<TokenTree> = item.into_iter().collect();
        let side = match tokens.first() {
            Some(TokenTree::Ident(key)) if key == "serialize" => 0,
            Some(TokenTree::Ident(key)) if key == "deserialize" => 1,
            _ => return Err(ONE_NAME.to_owned()),
        };
        names[side] = Some(string_value(&tokens[1..]).ok_or_else(|| ONE_NAME.to_owned())?);
    }
    match names {
        [Some(serialize), Some(deserialize)] if serialize.value() == deserialize.value() => {
            Ok(serialize)
        }
        [Some(serialize), Some(deserialize)] => Err(format!(
            "a member has one wire name both ways (the client sends what the server reads), not {:?} and {:?}; write `#[serde(rename = \"…\")]`",
            serialize.value(),
            deserialize.value()
        )),
        _ => Err(ONE_NAME.to_owned()),
    }
}

const ONE_NAME: &str = "a member has one wire name both ways (the client sends what the server reads); write `#[serde(rename = \"…\")]`";

/// The string of `= "…"`.
fn string_value(tokens: &[TokenTree]) -> Option<LitStr> {
    match tokens {
        [TokenTree::Punct(eq), TokenTree::Literal(lit)] if eq.as_char() == '=' => {
            syn::parse2::<LitStr>(lit.clone().into_token_stream()).ok()
        }
        _ => None,
    }
}

fn parse_place(attr: &Attribute) -> syn::Result<Place> {
    let which = attr
        .path()
        .get_ident()
        .map(Ident::to_string)
        .unwrap_or_default();
    let name: Option<LitStr> = match &attr.meta {
        syn::Meta::Path(_) => None,
        syn::Meta::List(_) => Some(attr.parse_args().map_err(|_| {
            syn::Error::new_spanned(attr, format!("expected `#[{which}(\"name\")]`"))
        })?),
        syn::Meta::NameValue(_) => {
            return Err(syn::Error::new_spanned(
                attr,
                format!("expected `#[{which}(\"name\")]`"),
            ));
        }
    };
    let attr = attr.clone();
    Ok(match which.as_str() {
        "path" => Place::Path { attr, name },
        "query" => Place::Query { attr, name },
        _ => match name {
            Some(name) => Place::Header { attr, name },
            None => {
                return Err(syn::Error::new_spanned(
                    attr,
                    "name the header: `#[header(\"x-name\")]`",
                ));
            }
        },
    })
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
