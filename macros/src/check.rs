//! The rules of each declaration, checked on its model: an operation
//! (`operation`, `item_kind`), a `#[shape]` (`shape`) and a
//! `#[derive(ErrorSet)]` (`error_set`). Every broken rule is reported,
//! spanned on the offending token.

use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields};

use crate::attr::Place;
use crate::case::{similar, to_snake_case};
use crate::ctxt::Ctxt;
use crate::model::error_set::ErrorVariant;
use crate::model::shape::Kind;
use crate::model::{Operation, Role, error_variant};

/// `#[operation]` goes on a non-generic struct with named fields.
pub fn item_kind(cx: &Ctxt, input: &DeriveInput) {
    match &input.data {
        Data::Enum(data) => cx.error_at(
            data.enum_token.span,
            "#[operation] goes on a struct with named fields, not an enum",
        ),
        Data::Union(data) => cx.error_at(
            data.union_token.span,
            "#[operation] goes on a struct with named fields, not a union",
        ),
        Data::Struct(data) => {
            if let Fields::Unnamed(fields) = &data.fields {
                cx.error_spanned_by(
                    fields,
                    "#[operation] needs named fields, which name the wire's fields: `struct Op { app_id: String }`",
                );
            }
        }
    }
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        cx.error_spanned_by(
            &input.generics,
            "#[operation] structs cannot be generic: an operation has one wire shape",
        );
    }
}

pub fn operation(cx: &Ctxt, op: &Operation) {
    let meant_for_path = bindings(cx, op);
    method(cx, op, &meant_for_path);
    fields(cx, op);
    statuses(cx, op);
    duplicate_names(cx, op);
    payload(cx, op);
    cors(cx, op);
    paginate(cx, op);
}

/// A `#[payload]` is the whole body: one of them, no body members beside
/// it, and not on a method without a body.
fn payload(cx: &Ctxt, op: &Operation) {
    let mut payloads = op.fields.iter().filter(|f| matches!(f.role, Role::Payload));
    let Some(first) = payloads.next() else {
        return;
    };
    for other in payloads {
        cx.error_at(
            other.ident.span(),
            format!(
                "`{}` is already the payload, the whole body: one field can be; make `{}` a header or query field",
                first.name, other.name
            ),
        );
    }
    for member in op.body_fields() {
        cx.error_at(
            member.ident.span(),
            format!(
                "with a `#[payload]` (`{}`), the payload is the whole body: `{}` has nowhere to go; mark it `#[query(\"…\")]` or `#[header(\"…\")]`",
                first.name, member.name
            ),
        );
    }
    if let Some(method) = op
        .args
        .method
        .as_ref()
        .filter(|m| *m == "GET" || *m == "HEAD")
    {
        cx.error_at(
            first.ident.span(),
            format!(
                "{method} requests have no body, so the payload `{}` has nowhere to go",
                first.name
            ),
        );
    }
}

/// `paginate(…)`: both tokens, the items and their type are given; the
/// input token and the page size name fields of the operation, the input
/// token an optional one; the output members need a response to be in.
fn paginate(cx: &Ctxt, op: &Operation) {
    let Some(paginate) = &op.args.paginate else {
        return;
    };
    let missing: Vec<&str> = [
        ("input_token", paginate.input_token.is_some()),
        ("output_token", paginate.output_token.is_some()),
        ("items", paginate.items.is_some()),
        ("item", paginate.item.is_some()),
    ]
    .into_iter()
    .filter(|(_, given)| !given)
    .map(|(key, _)| key)
    .collect();
    if !missing.is_empty() {
        let keys: Vec<String> = missing.iter().map(|key| format!("`{key} = …`")).collect();
        cx.error_at(
            paginate.key.span(),
            format!(
                "`paginate` needs {}: such as `paginate(input_token = next_token, output_token = next_token, items = jobs, item = Job)`",
                keys.join(", ")
            ),
        );
    }
    if op.args.response.is_none() {
        cx.error_at(
            paginate.key.span(),
            "a paginated operation answers with its pages: give `response = PageType`, the type whose members `output_token` and `items` name",
        );
    }
    let field = |ident: &syn::Ident, key: &str| {
        let name = ident.unraw().to_string();
        let found = op.fields.iter().find(|field| field.name == name);
        if found.is_none() {
            let names = op.fields.iter().map(|field| field.name.as_str());
            let hint = match similar(&name, names) {
                Some(close) => format!("; did you mean `{close}`?"),
                None => String::new(),
            };
            cx.error_at(
                ident.span(),
                format!(
                    "`{key}` names a field of `{}`, and it has no field `{name}`{hint}",
                    op.ident
                ),
            );
        }
        found
    };
    if let Some(ident) = &paginate.input_token {
        if let Some(found) = field(ident, "input_token") {
            if !found.option {
                cx.error_spanned_by(
                    &found.ty,
                    format!(
                        "the input token `{}` is `Option<String>`: the first page is asked without one",
                        found.name
                    ),
                );
            }
        }
    }
    if let Some(ident) = &paginate.page_size {
        field(ident, "page_size");
    }
}

/// Credentials only with listed origins: browsers refuse
/// `Access-Control-Allow-Origin: *` with credentials.
fn cors(cx: &Ctxt, op: &Operation) {
    let cors = &op.args.cors;
    if let Some(credentials) = cors.credentials.as_ref().filter(|lit| lit.value) {
        if cors.any_origin() {
            cx.error_spanned_by(
                credentials,
                "`credentials = true` needs listed origins, such as \
                 `origin = [\"https://console.example.com\"]`: browsers refuse \
                 `Access-Control-Allow-Origin: *` with credentials",
            );
        }
    }
}

/// Body fields on GET and HEAD. Fields a broken template or an unbound
/// placeholder probably meant for the path are not reported twice.
fn method(cx: &Ctxt, op: &Operation, meant_for_path: &[&str]) {
    let Some(method) = &op.args.method else {
        return;
    };
    if method != "GET" && method != "HEAD" || op.template.as_ref().is_some_and(|t| !t.valid) {
        return;
    }
    for field in op
        .body_fields()
        .filter(|f| !meant_for_path.contains(&f.name.as_str()) && !f.attrs.place_invalid)
    {
        cx.error_at(
            field.ident.span(),
            format!(
                "{method} requests have no body, so field `{}` has nowhere to go; mark it `#[query(\"…\")]` or `#[header(\"…\")]`, or bind it to a placeholder",
                field.name
            ),
        );
    }
}

/// Every placeholder has a field, every `#[path]` field a placeholder.
/// Returns the fields suggested for unbound placeholders.
fn bindings<'a>(cx: &Ctxt, op: &'a Operation) -> Vec<&'a str> {
    let mut suggested = Vec::new();
    let Some(template) = op.template.as_ref().filter(|t| t.valid) else {
        return suggested;
    };
    let labels = op.labels();
    for (label, bound) in labels.iter().zip(&op.bindings) {
        if bound.is_some() {
            continue;
        }
        let snake = to_snake_case(&label.name);
        let names = op.fields.iter().map(|field| field.name.as_str());
        let hint = match similar(&snake, names) {
            Some(close) => {
                suggested.push(close);
                format!(
                    "; did you mean `{close}`? (or mark it `#[path(\"{}\")]`)",
                    label.name
                )
            }
            None => format!(
                "; add a field `{snake}`, or mark a field `#[path(\"{}\")]`",
                label.name
            ),
        };
        cx.error_spanned_by(
            &template.lit,
            format!(
                "placeholder `<{}>` has no field named `{snake}`{hint}",
                label.name
            ),
        );
    }
    for (i, bound) in op.bindings.iter().enumerate() {
        let Some(field) = bound else {
            continue;
        };
        if let Some(first) = op.bindings[..i].iter().position(|other| other == bound) {
            cx.error_spanned_by(
                &template.lit,
                format!(
                    "placeholders `<{}>` and `<{}>` both bind to field `{}`",
                    labels[first].name, labels[i].name, op.fields[*field].name
                ),
            );
        }
    }
    for field in &op.fields {
        if let (Role::Path { label: None }, Some(place)) = (&field.role, &field.attrs.place) {
            let placeholder = match place {
                Place::Path {
                    name: Some(name), ..
                } => name.value(),
                _ => field.name.clone(),
            };
            cx.error_spanned_by(
                place.attr(),
                format!(
                    "field `{}` is marked `#[path]` but the template {} has no placeholder `<{placeholder}>`",
                    field.name,
                    template.lit.token()
                ),
            );
        }
    }
    suggested
}

fn fields(cx: &Ctxt, op: &Operation) {
    for field in &op.fields {
        match &field.role {
            Role::Path { label: Some(label) } if field.option => {
                cx.error_spanned_by(
                    &field.ty,
                    format!(
                        "path parameters are always present; `{}` cannot be an `Option` (placeholder `<{}>`)",
                        field.name,
                        op.labels()[*label].name
                    ),
                );
            }
            Role::Query { .. } if field.option_vec => {
                cx.error_spanned_by(
                    &field.ty,
                    "a repeated query parameter is a `Vec<T>`, already optional (no parameter is an empty `Vec`): drop the `Option`",
                );
            }
            Role::Header { name } => {
                let valid = !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
                if !valid {
                    if let Some(Place::Header { name: lit, .. }) = &field.attrs.place {
                        cx.error_spanned_by(lit, format!("`{name}` is not a valid header name"));
                    }
                }
            }
            _ => {}
        }
        if !matches!(field.role, Role::Body { .. }) {
            if let Some(attr) = field.attrs.serde.first() {
                cx.error_spanned_by(
                    attr,
                    format!(
                        "`#[serde]` applies to body fields; `{}` is not in the body",
                        field.name
                    ),
                );
            }
        }
    }
}

fn statuses(cx: &Ctxt, op: &Operation) {
    if let Some(status) = &op.args.status {
        if !(200..=299).contains(&status.code) {
            cx.error_spanned_by(
                &status.lit,
                format!(
                    "`status` is the success status, from 200 to 299; `{}` is not",
                    status.code
                ),
            );
        }
    }
    let Some(errors) = &op.args.errors else {
        return;
    };
    let mut names: Vec<String> = Vec::new();
    for decl in errors {
        if !(400..=599).contains(&decl.status.code) {
            cx.error_spanned_by(
                &decl.status.lit,
                format!(
                    "an error status is from 400 to 599; `{}` is not",
                    decl.status.code
                ),
            );
        }
        let name = match error_variant(&decl.ty) {
            Some(ident) => ident.to_string(),
            None => {
                cx.error_spanned_by(
                    &decl.ty,
                    "an error is a named type, such as `NotFoundException`",
                );
                continue;
            }
        };
        if names.contains(&name) {
            cx.error_spanned_by(
                &decl.ty,
                format!("the error type `{name}` is declared twice"),
            );
        }
        names.push(name);
    }
}

/// Wire names are unique within the body, the query and the headers.
fn duplicate_names(cx: &Ctxt, op: &Operation) {
    let mut seen: Vec<(&str, String, &str)> = Vec::new();
    for field in &op.fields {
        let (place, name) = match &field.role {
            Role::Body { wire: Some(wire) } => ("body", wire.clone()),
            Role::Query { name } => ("query", name.clone()),
            Role::Header { name } => ("header", name.clone()),
            _ => continue,
        };
        if let Some((_, _, first)) = seen.iter().find(|(p, n, _)| *p == place && *n == name) {
            cx.error_at(
                field.ident.span(),
                format!(
                    "fields `{first}` and `{}` have the same {place} name \"{name}\"; rename one with {}",
                    field.name,
                    if place == "body" { "`#[serde(rename = \"…\")]`" } else { "its attribute" }
                ),
            );
            continue;
        }
        seen.push((place, name, &field.name));
    }
}

/// `#[derive(ErrorSet)]`: each error type and each code once.
pub fn error_set(cx: &Ctxt, variants: &[ErrorVariant]) {
    for (i, variant) in variants.iter().enumerate() {
        let ty = &variant.ty;
        let ty_text = quote::quote!(#ty).to_string();
        let earlier = &variants[..i];
        if earlier.iter().any(|other| {
            let other = &other.ty;
            quote::quote!(#other).to_string() == ty_text
        }) {
            cx.error_spanned_by(ty, format!("the error type `{ty_text}` is wrapped twice"));
        }
        if earlier.iter().any(|other| other.code == variant.code) {
            cx.error_spanned_by(
                &variant.ident,
                format!("the error code `{}` is used twice", variant.code),
            );
        }
    }
}

/// `#[shape]`: each wire name once.
pub fn shape(cx: &Ctxt, kind: &Kind) {
    let mut seen: Vec<&str> = Vec::new();
    let named: Vec<(&syn::Ident, &str)> = match kind {
        Kind::Structure(members) => members
            .iter()
            .filter_map(|m| Some((&m.ident, m.wire.as_deref()?)))
            .collect(),
        Kind::Enum(values) => values.iter().map(|v| (&v.ident, v.wire.as_str())).collect(),
        Kind::Union(variants) => variants
            .iter()
            .map(|v| (&v.ident, v.wire.as_str()))
            .collect(),
    };
    for (ident, wire) in named {
        if seen.contains(&wire) {
            cx.error_spanned_by(ident, format!("the wire name \"{wire}\" is used twice"));
        }
        seen.push(wire);
    }
}
