//! `#[shape]`: a structure, string enum or union that travels inside
//! bodies, with the wire rules of operation bodies (camelCase members,
//! `None` omitted).
//! Its model, built as it is parsed; its rules in `check::shape`, its
//! expansion in `expand/shape.rs`.

use proc_macro2::TokenStream;
use syn::parse::Parser;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, Token};

use crate::attr::{FieldAttrs, is_place_attr, serde_derive};
use crate::case::RenameRule;
use crate::ctxt::Ctxt;
use crate::model::is_wrapper;

pub struct Shape {
    pub input: DeriveInput,
    pub kind: Kind,
}

pub enum Kind {
    Structure(Vec<Member>),
    Enum(Vec<Value>),
    /// An enum whose variants each hold one value: a Smithy union, a JSON
    /// object with exactly one member.
    Union(Vec<Variant>),
}

/// One member of a union: a variant holding one value.
pub struct Variant {
    pub ident: Ident,
    pub wire: String,
    pub ty: syn::Type,
    /// The variant's doc comment (see `model::doc_text`).
    pub doc: String,
}

/// One member of a structure.
pub struct Member {
    pub ident: Ident,
    pub name: String,
    pub ty: syn::Type,
    /// `None` when serde gives it no name of its own (flatten, skip).
    pub wire: Option<String>,
    pub attrs: FieldAttrs,
    pub option: bool,
    /// The field's doc comment (see `model::doc_text`).
    pub doc: String,
}

/// One value of a string enum.
pub struct Value {
    pub ident: Ident,
    pub wire: String,
    /// The variant has its own `#[serde(rename = "…")]`.
    pub renamed: bool,
    /// No `#[serde]` key but `rename`.
    pub plain: bool,
}

impl Shape {
    pub fn parse(cx: &Ctxt, args: TokenStream, input: DeriveInput) -> Shape {
        let rule = parse_args(cx, args);
        if let Some(derive) = serde_derive(&input.attrs) {
            cx.error_spanned_by(
                derive,
                "#[shape] derives `Serialize` and `Deserialize` itself; remove them from `#[derive]`",
            );
        }
        let kind = match &input.data {
            Data::Struct(data) => Kind::Structure(members(cx, &data.fields, rule)),
            Data::Enum(data)
                if data
                    .variants
                    .iter()
                    .any(|v| !matches!(v.fields, Fields::Unit)) =>
            {
                Kind::Union(variants(cx, data, rule))
            }
            Data::Enum(data) => Kind::Enum(
                data.variants
                    .iter()
                    .map(|variant| {
                        let attrs = FieldAttrs::parse(cx, &variant.attrs);
                        let default = rule.unwrap_or(RenameRule::Pascal);
                        Value {
                            ident: variant.ident.clone(),
                            wire: attrs.rename.as_ref().map_or_else(
                                || default.apply_to_variant(&variant.ident.to_string()),
                                LitStr::value,
                            ),
                            renamed: attrs.rename.is_some(),
                            plain: attrs.plain(),
                        }
                    })
                    .collect(),
            ),
            Data::Union(data) => {
                cx.error_at(
                    data.union_token.span,
                    "#[shape] goes on a struct or an enum, not a union",
                );
                Kind::Enum(Vec::new())
            }
        };
        Shape { input, kind }
    }
}

/// A union's variants: each holds one value, named in camelCase (or by
/// `rename_all`, or its own `#[serde(rename = "…")]`).
fn variants(cx: &Ctxt, data: &syn::DataEnum, rule: Option<RenameRule>) -> Vec<Variant> {
    let rule = rule.unwrap_or(RenameRule::Camel);
    data.variants
        .iter()
        .filter_map(|variant| {
            let ident = &variant.ident;
            let ty = match &variant.fields {
                Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed[0].ty.clone(),
                Fields::Unit => {
                    cx.error_spanned_by(
                        variant,
                        format!(
                            "a #[shape] enum whose variants hold values is a union, whose every variant holds one: `{ident}(String)`, say, or no variant holds any (a string enum)"
                        ),
                    );
                    return None;
                }
                fields => {
                    cx.error_spanned_by(
                        fields,
                        format!("a #[shape] union's variant holds one value, such as `{ident}(String)`"),
                    );
                    return None;
                }
            };
            let attrs = FieldAttrs::parse(cx, &variant.attrs);
            if !attrs.plain() || attrs.default.is_some() || attrs.skip_serializing_if.is_some() {
                cx.error_spanned_by(
                    variant,
                    "a #[shape] union's variants take only `#[serde(rename = \"…\")]`",
                );
            }
            Some(Variant {
                wire: attrs.rename.as_ref().map_or_else(
                    || rule.apply_to_variant(&ident.to_string()),
                    LitStr::value,
                ),
                ident: ident.clone(),
                ty,
                doc: crate::model::doc_text(&variant.attrs),
            })
        })
        .collect()
}

/// `#[shape]` or `#[shape(rename_all = "…")]`.
fn parse_args(cx: &Ctxt, args: TokenStream) -> Option<RenameRule> {
    let parser = |input: syn::parse::ParseStream| -> syn::Result<Option<RenameRule>> {
        if input.is_empty() {
            return Ok(None);
        }
        let key: Ident = input.parse()?;
        if key != "rename_all" {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown key `{key}`; #[shape] takes `rename_all = \"…\"`"),
            ));
        }
        input.parse::<Token![=]>()?;
        let lit: LitStr = input.parse()?;
        let rule = RenameRule::from_name(&lit.value()).ok_or_else(|| {
            syn::Error::new(lit.span(), format!("unknown rename rule {:?}", lit.value()))
        })?;
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after `rename_all`"));
        }
        Ok(Some(rule))
    };
    parser.parse2(args).unwrap_or_else(|err| {
        cx.syn_error(err);
        None
    })
}

fn members(cx: &Ctxt, fields: &Fields, rule: Option<RenameRule>) -> Vec<Member> {
    let named = match fields {
        Fields::Named(named) => &named.named,
        Fields::Unit => return Vec::new(),
        Fields::Unnamed(unnamed) => {
            cx.error_spanned_by(
                unnamed,
                "#[shape] structures are JSON objects: give the fields names",
            );
            return Vec::new();
        }
    };
    let rule = rule.unwrap_or(RenameRule::Camel);
    named
        .iter()
        .map(|field| {
            let ident = field.ident.clone().expect("named field");
            let name = syn::ext::IdentExt::unraw(&ident).to_string();
            for attr in field.attrs.iter().filter(|attr| is_place_attr(attr)) {
                cx.error_spanned_by(
                    attr,
                    "`#[path]`, `#[query]` and `#[header]` belong to operations, not to a #[shape]",
                );
            }
            let attrs = FieldAttrs::parse(cx, &field.attrs);
            let wire = match (&attrs.rename, attrs.no_wire_name) {
                (_, true) => None,
                (Some(lit), false) => Some(lit.value()),
                (None, false) => Some(rule.apply_to_field(&name)),
            };
            Member {
                doc: crate::model::doc_text(&field.attrs),
                option: is_wrapper(&field.ty, "Option"),
                ty: field.ty.clone(),
                ident,
                name,
                wire,
                attrs,
            }
        })
        .collect()
}
