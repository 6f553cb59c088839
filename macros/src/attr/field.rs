//! The attributes of fields: where each goes (`#[path]`, `#[query]`,
//! `#[header]`, `#[payload]`) and the `#[serde]` keys read here.

use proc_macro2::{Ident, TokenTree};
use quote::ToTokens;
use syn::{Attribute, LitStr};

use crate::ctxt::Ctxt;

use super::split_commas;

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
    /// `#[payload]`: the whole body.
    Payload {
        attr: Attribute,
    },
}

impl Place {
    pub fn attr(&self) -> &Attribute {
        match self {
            Place::Path { attr, .. }
            | Place::Query { attr, .. }
            | Place::Header { attr, .. }
            | Place::Payload { attr } => attr,
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
    pub skip_serializing_if: Option<syn::Path>,
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
    Path(syn::Path),
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
    ["path", "query", "header", "payload"]
        .iter()
        .any(|name| attr.path().is_ident(name))
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
                ("default", _, Some(lit)) => {
                    if let Some(path) = function_path(cx, &lit) {
                        self.default = Some(DefaultValue::Path(path));
                    }
                }
                ("skip_serializing_if", _, Some(lit)) => {
                    self.skip_serializing_if = function_path(cx, &lit);
                }
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

/// The function a `default = "…"` or `skip_serializing_if = "…"` names,
/// as serde reads it; a string that is not a path is reported on it.
fn function_path(cx: &Ctxt, lit: &LitStr) -> Option<syn::Path> {
    match lit.parse::<syn::Path>() {
        Ok(path) => Some(path),
        Err(_) => {
            cx.error_spanned_by(
                lit,
                format!(
                    "`{}` is not a path to a function, such as \"Option::is_none\" or \"defaults::page_size\"",
                    lit.value()
                ),
            );
            None
        }
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
    if which == "payload" {
        return match &attr.meta {
            syn::Meta::Path(_) => Ok(Place::Payload { attr: attr.clone() }),
            _ => Err(syn::Error::new_spanned(
                attr,
                "`#[payload]` takes no arguments: the field is the whole body",
            )),
        };
    }
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
