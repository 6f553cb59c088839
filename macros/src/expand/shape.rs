//! `#[shape]` expansion: serde's derives with the wire names and `None`
//! skipping written out, `impl Shape` as data, and for string enums
//! `Display` and `FromStr` (so they can be path or query values too);
//! unions are objects of one member.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput};

use crate::check;
use crate::ctxt::Ctxt;
use crate::expand::serde::{self, Member};
use crate::model::shape::{Kind, Shape};

/// `#[shape(args)] item`.
pub fn shape(args: TokenStream, item: TokenStream) -> TokenStream {
    let input = match super::parse_item(item) {
        Ok(input) => input,
        Err(tokens) => return tokens,
    };
    let cx = Ctxt::new();
    let shape = Shape::parse(&cx, args, input);
    check::shape(&cx, &shape.kind);
    match cx.check() {
        Ok(()) => expand(shape),
        Err(errors) => {
            // The item as written, less the attributes only this macro
            // reads: left in, each would be one more error.
            let mut input = shape.input;
            let keep_serde = crate::attr::serde_derive(&input.attrs).is_some();
            let keep = |attr: &syn::Attribute| {
                !crate::attr::is_place_attr(attr) && (keep_serde || !attr.path().is_ident("serde"))
            };
            retain_member_attrs(&mut input, keep);
            quote!(#input #errors)
        }
    }
}

fn expand(shape: Shape) -> TokenStream {
    let Shape { mut input, kind } = shape;
    let ident = input.ident.clone();
    let name = ident.to_string();
    let doc = crate::model::doc_text(&input.attrs);
    let describe = super::schema::describe_shape(&input);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let (members, values, extra) = match &kind {
        Kind::Structure(members) => {
            let infos = members.iter().filter_map(|member| {
                let wire = member.wire.as_ref()?;
                let (field, doc) = (&member.name, &member.doc);
                let required = !member.option && member.attrs.default.is_none();
                let schema = super::schema::of(&member.ty);
                Some(quote! {
                    ::opwire::__private::FieldInfo {
                        field: #field,
                        wire: #wire,
                        location: ::opwire::__private::Location::Body,
                        required: #required,
                        doc: #doc,
                        schema: #schema,
                    }
                })
            });
            (quote!(&[#(#infos),*]), quote!(&[]), TokenStream::new())
        }
        Kind::Enum(values) => {
            let wires: Vec<&str> = values.iter().map(|v| v.wire.as_str()).collect();
            let idents: Vec<_> = values.iter().map(|v| &v.ident).collect();
            let display = if values.is_empty() {
                quote!(match *self {})
            } else {
                quote!(f.write_str(match self { #(#ident::#idents => #wires,)* }))
            };
            let extra = quote! {
                #[automatically_derived]
                impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        #display
                    }
                }

                #[automatically_derived]
                impl #impl_generics ::core::str::FromStr for #ident #ty_generics #where_clause {
                    type Err = ::opwire::__private::UnknownValue;

                    fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                        match value {
                            #(#wires => ::core::result::Result::Ok(#ident::#idents),)*
                            _ => ::core::result::Result::Err(::opwire::__private::UnknownValue::new(
                                value,
                                <Self as ::opwire::__private::Shape>::VALUES,
                            )),
                        }
                    }
                }
            };
            (quote!(&[]), quote!(&[#(#wires),*]), extra)
        }
        Kind::Union(variants) => {
            let infos = variants.iter().map(|variant| {
                let (field, wire, doc) = (variant.ident.to_string(), &variant.wire, &variant.doc);
                let schema = super::schema::of(&variant.ty);
                quote! {
                    ::opwire::__private::FieldInfo {
                        field: #field,
                        wire: #wire,
                        location: ::opwire::__private::Location::Body,
                        required: false,
                        doc: #doc,
                        schema: #schema,
                    }
                }
            });
            (quote!(&[#(#infos),*]), quote!(&[]), TokenStream::new())
        }
    };
    let union = match kind {
        Kind::Union(_) => quote!(
            const UNION: bool = true;
        ),
        _ => TokenStream::new(),
    };
    let shape_impl = quote! {
        #[automatically_derived]
        impl #impl_generics ::opwire::__private::Shape for #ident #ty_generics #where_clause {
            const NAME: &'static str = #name;
            const DOC: &'static str = #doc;
            const MEMBERS: &'static [::opwire::__private::FieldInfo] = #members;
            const VALUES: &'static [&'static str] = #values;
            #union
        }
    };
    // A union's impls are always written here: serde's derive would make
    // it an externally tagged enum, not an object of one member.
    let serde_impls = if matches!(kind, Kind::Union(_)) || plain(&input, &kind) {
        // Written here: the `#[serde]` attributes are read, and go.
        let impls = plain_impls(&input.ident, &kind);
        strip_serde(&mut input);
        impls
    } else {
        annotate(&mut input, &kind);
        quote! {
            ::opwire::__private::needs_derive!();
            #[derive(::opwire::__private::serde::Serialize, ::opwire::__private::serde::Deserialize)]
            #[serde(crate = "::opwire::__private::serde")]
        }
    };
    quote! {
        #serde_impls
        #input
        #shape_impl
        #describe
        #extra
    }
}

/// Whether the impls can be written here rather than derived: no generics,
/// no container `#[serde]`, members and values with only the keys
/// `expand::serde` knows.
fn plain(input: &DeriveInput, kind: &Kind) -> bool {
    let simple = input.generics.params.is_empty()
        && !input.attrs.iter().any(|attr| attr.path().is_ident("serde"));
    simple
        && match kind {
            Kind::Structure(members) => members.iter().all(|member| member.attrs.plain()),
            Kind::Enum(values) => values.iter().all(|value| value.plain),
            Kind::Union(_) => true,
        }
}

fn plain_impls(ident: &syn::Ident, kind: &Kind) -> TokenStream {
    let name = ident.to_string();
    match kind {
        Kind::Structure(members) => {
            let members: Vec<Member<'_>> = members
                .iter()
                .filter_map(|member| {
                    Some(Member {
                        ident: &member.ident,
                        wire: member.wire.as_deref()?,
                        ty: &member.ty,
                        option: member.option,
                        attrs: &member.attrs,
                    })
                })
                .collect();
            let serialize = serde::serialize(
                quote!(#ident),
                TokenStream::new(),
                &name,
                &members,
                |field| quote!(&self.#field),
            );
            let deserialize = serde::deserialize(ident, &name, &members);
            quote!(#serialize #deserialize)
        }
        Kind::Enum(values) => {
            let values: Vec<(&syn::Ident, &str)> = values
                .iter()
                .map(|value| (&value.ident, value.wire.as_str()))
                .collect();
            serde::string_enum(ident, &name, &values)
        }
        Kind::Union(variants) => serde::union(ident, &name, variants),
    }
}

/// Removes `#[serde]` from members and variants: without the derive it
/// would be an unknown attribute.
fn strip_serde(input: &mut DeriveInput) {
    retain_member_attrs(input, |attr| !attr.path().is_ident("serde"));
}

/// Keeps the attributes of members and variants that `keep` accepts.
fn retain_member_attrs(input: &mut DeriveInput, keep: impl Fn(&syn::Attribute) -> bool) {
    match &mut input.data {
        Data::Struct(data) => data
            .fields
            .iter_mut()
            .for_each(|field| field.attrs.retain(&keep)),
        Data::Enum(data) => data
            .variants
            .iter_mut()
            .for_each(|variant| variant.attrs.retain(&keep)),
        Data::Union(_) => {}
    }
}

/// Writes each wire name (unless serde's own `rename` is there) and, for
/// `Option` members, the skip of `None`.
fn annotate(input: &mut DeriveInput, kind: &Kind) {
    match (&mut input.data, kind) {
        (Data::Struct(data), Kind::Structure(members)) => {
            for (field, member) in data.fields.iter_mut().zip(members) {
                if let (Some(wire), None) = (&member.wire, &member.attrs.rename) {
                    field
                        .attrs
                        .push(syn::parse_quote!(#[serde(rename = #wire)]));
                }
                if member.option && member.attrs.skip_serializing_if.is_none() {
                    field
                        .attrs
                        .push(syn::parse_quote!(#[serde(skip_serializing_if = "::core::option::Option::is_none")]));
                }
            }
        }
        (Data::Enum(data), Kind::Enum(values)) => {
            for (variant, value) in data.variants.iter_mut().zip(values) {
                if !value.renamed {
                    let wire = &value.wire;
                    variant
                        .attrs
                        .push(syn::parse_quote!(#[serde(rename = #wire)]));
                }
            }
        }
        _ => {}
    }
}
