//! The model of one operation: the struct, its parsed arguments and
//! template, and where each field goes on the wire; `shape` and
//! `error_set` hold the models of the other two macros. Building a model
//! reports only what parsing finds; `check` judges the whole.

use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, GenericArgument, PathArguments, Type, Visibility};

pub mod error_set;
pub mod shape;

use crate::attr::{Args, FieldAttrs, Place};
use crate::case::{RenameRule, to_snake_case};
use crate::ctxt::Ctxt;
use crate::template::Template;

pub struct Operation {
    pub ident: Ident,
    /// The struct's doc comment, its lines joined (see [`doc_text`]).
    pub doc: String,
    pub vis: Visibility,
    pub args: Args,
    pub template: Option<Template>,
    pub fields: Vec<Field>,
    /// Per template label, in order: the field it binds to.
    pub bindings: Vec<Option<usize>>,
    /// Whether the struct has named fields (`false`: a unit struct).
    pub braced: bool,
    /// The struct has generic parameters or a `where` clause (an error).
    pub generic: bool,
}

pub struct Field {
    pub ident: Ident,
    /// The field's doc comment, its lines joined (see [`doc_text`]).
    pub doc: String,
    /// The field's name without `r#`.
    pub name: String,
    pub ty: Type,
    pub attrs: FieldAttrs,
    pub role: Role,
    /// The type is `Option<…>`.
    pub option: bool,
    /// The type is `Vec<…>`.
    pub vec: bool,
    /// The type is `Option<Vec<…>>` (`option` is set too).
    pub option_vec: bool,
}

pub enum Role {
    /// A path label; `None` when marked `#[path]` but no placeholder binds it.
    Path {
        label: Option<usize>,
    },
    Query {
        name: String,
    },
    Header {
        name: String,
    },
    /// A body member; `None` when serde gives it no name of its own.
    Body {
        wire: Option<String>,
    },
    /// The whole body (`#[payload]`).
    Payload,
}

impl Operation {
    /// The model of `input`, or `None` if it is not a struct with named
    /// fields (the error is reported by `check::item_kind`).
    pub fn from_input(cx: &Ctxt, input: &DeriveInput, args: Args) -> Option<Operation> {
        let Data::Struct(data) = &input.data else {
            return None;
        };
        let (named, braced) = match &data.fields {
            Fields::Named(named) => (named.named.iter().collect::<Vec<_>>(), true),
            Fields::Unit => (Vec::new(), false),
            Fields::Unnamed(_) => return None,
        };
        let template = args.template.as_ref().map(|lit| Template::parse(cx, lit));
        let rename_all = args.rename_all.unwrap_or(RenameRule::Camel);
        let mut fields: Vec<Field> = named
            .iter()
            .map(|field| {
                let ident = field.ident.clone().expect("named field");
                Field {
                    doc: doc_text(&field.attrs),
                    name: ident.unraw().to_string(),
                    ident,
                    ty: field.ty.clone(),
                    attrs: FieldAttrs::parse(cx, &field.attrs),
                    role: Role::Body { wire: None },
                    option: is_wrapper(&field.ty, "Option"),
                    vec: is_wrapper(&field.ty, "Vec"),
                    option_vec: inner_type(&field.ty, "Option")
                        .is_some_and(|ty| is_wrapper(ty, "Vec")),
                }
            })
            .collect();

        let labels: Vec<String> = template
            .iter()
            .flat_map(|t| t.labels().map(|label| label.name.clone()))
            .collect();
        let bindings: Vec<Option<usize>> =
            labels.iter().map(|label| bind(&fields, label)).collect();

        for (index, field) in fields.iter_mut().enumerate() {
            let label = bindings.iter().position(|bound| *bound == Some(index));
            field.role = match (&field.attrs.place, label) {
                (_, Some(label)) => Role::Path { label: Some(label) },
                (Some(Place::Path { .. }), None) => Role::Path { label: None },
                (Some(Place::Query { name, .. }), None) => Role::Query {
                    name: name
                        .as_ref()
                        .map_or_else(|| rename_all.apply_to_field(&field.name), |lit| lit.value()),
                },
                (Some(Place::Header { name, .. }), None) => Role::Header {
                    name: name.value().to_ascii_lowercase(),
                },
                (Some(Place::Payload { .. }), None) => Role::Payload,
                (None, None) => Role::Body {
                    wire: match (&field.attrs.rename, field.attrs.no_wire_name) {
                        (_, true) => None,
                        (Some(lit), false) => Some(lit.value()),
                        (None, false) => Some(rename_all.apply_to_field(&field.name)),
                    },
                },
            };
        }

        Some(Operation {
            ident: input.ident.clone(),
            doc: doc_text(&input.attrs),
            vis: input.vis.clone(),
            args,
            template,
            fields,
            bindings,
            braced,
            generic: !input.generics.params.is_empty() || input.generics.where_clause.is_some(),
        })
    }

    /// The `#[payload]` field, if there is one.
    pub fn payload(&self) -> Option<&Field> {
        self.fields.iter().find(|f| matches!(f.role, Role::Payload))
    }

    pub fn body_fields(&self) -> impl Iterator<Item = &Field> {
        self.fields
            .iter()
            .filter(|f| matches!(f.role, Role::Body { .. }))
    }

    /// The label names of the template, in order.
    pub fn labels(&self) -> Vec<&crate::template::Label> {
        self.template.iter().flat_map(Template::labels).collect()
    }
}

/// The field a placeholder binds to: one marked `#[path("name")]`, else one
/// spelled like it, else its snake_case form, among fields not marked for
/// the query or a header.
fn bind(fields: &[Field], label: &str) -> Option<usize> {
    let explicit = fields.iter().position(|field| {
        matches!(&field.attrs.place, Some(Place::Path { name: Some(lit), .. }) if lit.value() == label)
    });
    let eligible = |field: &Field| {
        matches!(
            &field.attrs.place,
            None | Some(Place::Path { name: None, .. })
        )
    };
    let snake = to_snake_case(label);
    explicit
        .or_else(|| fields.iter().position(|f| eligible(f) && f.name == label))
        .or_else(|| fields.iter().position(|f| eligible(f) && f.name == snake))
}

/// Whether `ty` is `Wrapper<T>` (by its last path segment, as serde does).
pub fn is_wrapper(ty: &Type, wrapper: &str) -> bool {
    inner_type(ty, wrapper).is_some()
}

impl Field {
    /// The type of one value of a query or header field: inside `Option`,
    /// `Vec` or `Option<Vec>`, else the field's type.
    pub fn value_type(&self) -> &Type {
        let ty = inner_type(&self.ty, "Option").unwrap_or(&self.ty);
        inner_type(ty, "Vec").unwrap_or(ty)
    }

    /// What a value of this path, query or header field parses as, for
    /// error messages: `u32`, `String`, `ServiceName` (the last segment of
    /// the type the declaration names, inside `Option` or `Vec`).
    pub fn value_type_name(&self) -> String {
        match self.value_type() {
            Type::Path(path) => path
                .path
                .segments
                .last()
                .map_or_else(String::new, |segment| segment.ident.to_string()),
            other => quote::ToTokens::to_token_stream(other).to_string(),
        }
    }
}

/// The text of `///` comments (`#[doc = "…"]`), one line per attribute
/// with the space rustdoc's `/// ` leaves stripped, lines joined with `\n`
/// and blank lines at either end dropped: what documentation generated
/// from the declaration shows.
pub fn doc_text(attrs: &[syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) => Some(text.value()),
            _ => None,
        })
        .flat_map(|text| {
            // `split`, not `lines`: an empty `///` is a blank line.
            text.split('\n')
                .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end().to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    lines.join("\n").trim_matches('\n').to_owned()
}

/// `T` of `Wrapper<T>`.
pub fn inner_type<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let segment = path.path.segments.last()?;
    if segment.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// The variant name of an error type: its last path segment.
pub fn error_variant(ty: &syn::Type) -> Option<&syn::Ident> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => {
            path.path.segments.last().map(|s| &s.ident)
        }
        _ => None,
    }
}
