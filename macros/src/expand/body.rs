//! JSON body serialization: two hidden structs that carry the body fields
//! with their wire names and `#[serde]` attributes, and the glue that moves
//! fields in and out of them.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::expand::serde::{self, Member};
use crate::model::{Field, Operation, Role};

/// The serialized (borrowing) and deserialized (owning) body structs: with
/// impls written here when the fields' `#[serde]` attributes allow, with
/// serde's derive otherwise.
pub fn structs(op: &Operation) -> TokenStream {
    let fields: Vec<&Field> = op.body_fields().collect();
    if fields.is_empty() {
        return TokenStream::new();
    }
    let members: Option<Vec<Member<'_>>> = fields
        .iter()
        .map(|field| match &field.role {
            Role::Body { wire: Some(wire) } if field.attrs.plain() => Some(Member {
                ident: &field.ident,
                wire,
                ty: &field.ty,
                option: field.option,
                attrs: &field.attrs,
            }),
            _ => None,
        })
        .collect();
    match members {
        Some(members) => plain(op, &members),
        None => derived(&fields),
    }
}

/// The structs with impls written here.
fn plain(op: &Operation, members: &[Member<'_>]) -> TokenStream {
    let name = op.ident.to_string();
    let idents: Vec<&Ident> = members.iter().map(|member| member.ident).collect();
    let types: Vec<_> = members.iter().map(|member| member.ty).collect();
    let serialize = serde::serialize(
        quote!(__BodyRef<'__opwire>),
        quote!(<'__opwire>),
        &name,
        members,
        |field| quote!(self.#field),
    );
    let deserialize = serde::deserialize(&quote::format_ident!("__Body"), &name, members);
    quote! {
        struct __BodyRef<'__opwire> {
            #(#idents: &'__opwire #types,)*
        }
        #serialize

        struct __Body {
            #(#idents: #types,)*
        }
        #deserialize
    }
}

/// The structs with serde's derive, for `#[serde]` attributes only it knows.
fn derived(fields: &[&Field]) -> TokenStream {
    let attrs: Vec<TokenStream> = fields.iter().map(|field| field_attrs(field)).collect();
    let idents: Vec<_> = fields.iter().map(|field| &field.ident).collect();
    let types: Vec<_> = fields.iter().map(|field| &field.ty).collect();
    quote! {
        ::opwire::__private::needs_derive!();

        #[derive(::opwire::__private::serde::Serialize)]
        #[serde(crate = "::opwire::__private::serde")]
        struct __BodyRef<'__opwire> {
            #(#attrs #idents: &'__opwire #types,)*
        }

        #[derive(::opwire::__private::serde::Deserialize)]
        #[serde(crate = "::opwire::__private::serde", expecting = "a JSON object")]
        struct __Body {
            #(#attrs #idents: #types,)*
        }
    }
}

/// The field's wire name (unless serde names it) and `None` skipping
/// (unless serde decides), then its own `#[serde]` attributes.
fn field_attrs(field: &Field) -> TokenStream {
    let rename = match (&field.role, &field.attrs.rename) {
        (Role::Body { wire: Some(wire) }, None) => Some(quote!(#[serde(rename = #wire)])),
        _ => None,
    };
    let skip = (field.option && field.attrs.skip_serializing_if.is_none())
        .then(|| quote!(#[serde(skip_serializing_if = "::core::option::Option::is_none")]));
    let own = &field.attrs.serde;
    quote!(#rename #skip #(#own)*)
}

/// `builder.json(&__BodyRef { … })?;`, the payload, or nothing without
/// body fields.
pub fn encode(op: &Operation, builder: &TokenStream) -> TokenStream {
    if let Some(field) = op.payload() {
        let (ident, ty) = (&field.ident, field.value_type());
        let payload = quote_spanned!(ty.span()=> <#ty as ::opwire::Payload>);
        return match field.option {
            true => quote! {
                match &self.#ident {
                    ::core::option::Option::Some(__value) => #builder.payload(#payload::write_payload(__value)?, #payload::CONTENT_TYPE),
                    ::core::option::Option::None => #builder.payload(
                        ::opwire::__private::bytes::Bytes::from_static(#payload::ABSENT),
                        #payload::CONTENT_TYPE,
                    ),
                }
            },
            false => {
                quote!(#builder.payload(#payload::write_payload(&self.#ident)?, #payload::CONTENT_TYPE);)
            }
        };
    }
    let idents: Vec<_> = op.body_fields().map(|field| &field.ident).collect();
    if idents.is_empty() {
        return TokenStream::new();
    }
    quote!(#builder.json(&__BodyRef { #(#idents: &self.#idents),* })?;)
}

/// `let body: __Body = incoming.json()?;`, or a check that the body is
/// empty or an object.
pub fn decode(op: &Operation, incoming: &TokenStream, body: &TokenStream) -> TokenStream {
    if let Some(field) = op.payload() {
        let (local, ty, value) = (
            super::path::local(&field.name),
            &field.ty,
            field.value_type(),
        );
        let payload = quote_spanned!(value.span()=> <#value as ::opwire::Payload>);
        return match field.option {
            true => {
                quote!(let #local: #ty = #incoming.payload_opt(#payload::read_payload, #payload::ABSENT)?;)
            }
            false => quote!(let #local: #ty = #incoming.payload(#payload::read_payload)?;),
        };
    }
    if op.body_fields().next().is_none() {
        return quote!(#incoming.no_body()?;);
    }
    quote!(let #body: __Body = #incoming.json()?;)
}
