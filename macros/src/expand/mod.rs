//! Expansion: the struct as written (minus this crate's attributes), the
//! error set, and `impl Operation`: `const` data plus thin calls into the
//! runtime. One file per derived capability.

mod body;
mod cors;
pub mod error_set;
pub mod errors;
mod paginate;
mod params;
mod path;
mod schema;
pub mod serde;
pub mod shape;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Data, DeriveInput, LitStr};

use crate::attr::{Args, is_place_attr, serde_derive};
use crate::check;
use crate::ctxt::Ctxt;
use crate::model::{Operation, Role};

/// The item an attribute is on, or the item unchanged with the parse error.
pub fn parse_item(item: TokenStream) -> Result<DeriveInput, TokenStream> {
    syn::parse2(item.clone()).map_err(|err| {
        let err = err.into_compile_error();
        quote!(#item #err)
    })
}

/// `#[operation(args)] item`.
pub fn operation(args: TokenStream, item: TokenStream) -> TokenStream {
    let input = match parse_item(item) {
        Ok(input) => input,
        Err(tokens) => return tokens,
    };
    let cx = Ctxt::new();
    let args = Args::parse(&cx, args);
    check::item_kind(&cx, &input);
    let op = Operation::from_input(&cx, &input, args);
    if let Some(op) = &op {
        check::operation(&cx, op);
    }
    let item = strip_attrs(input);
    match (cx.check(), op) {
        (Ok(()), Some(op)) => {
            let errors = errors::error_enum(&op);
            let implementation = implementation(&op);
            let paginated = paginate::implementation(&op);
            quote!(#item #errors #implementation #paginated)
        }
        // Still emit the struct, its error enum and a stand-in `impl
        // Operation`, so one mistake is one error: uses of the struct in a
        // router or a client, and of `<Op>Error`, still type-check.
        (Err(errors), Some(op)) => {
            let fallback = fallback(&op);
            quote!(#item #errors #fallback)
        }
        (Err(errors), None) => quote!(#item #errors),
        (Ok(()), None) => item.into_token_stream(),
    }
}

/// What a declaration with errors still defines, as thiserror's fallback
/// does: the `<Op>Error` enum (its variants once each) and an `impl
/// Operation` whose methods are never called, since the crate does not
/// compile. Generic structs get none: the error is already theirs.
fn fallback(op: &Operation) -> TokenStream {
    if op.generic {
        return TokenStream::new();
    }
    let ident = &op.ident;
    let errors = errors::fallback_enum(op);
    let (response, error) = response_and_error(op);
    let unreachable = quote!(::core::unreachable!(
        "`{}` does not compile",
        stringify!(#ident)
    ));
    let paginated = paginate::fallback(op);
    quote! {
        #errors
        const _: () = {
            #paginated

            #[automatically_derived]
            impl ::opwire::__private::Operation for #ident {
                const NAME: &'static str = stringify!(#ident);
                const METHOD: ::opwire::__private::http::Method = ::opwire::__private::http::Method::GET;
                const TEMPLATE: &'static str = "/";
                const SEGMENTS: &'static [::opwire::__private::Segment] = &[];
                const STATUS: ::opwire::__private::http::StatusCode = ::opwire::__private::status(200);
                const FIELDS: &'static [::opwire::__private::FieldInfo] = &[];
                const CORS: ::opwire::__private::Cors = ::opwire::__private::Cors::DISABLED;

                type Response = #response;
                type Error = #error;

                fn path(&self) -> ::core::result::Result<::std::string::String, ::opwire::__private::BuildError> {
                    #unreachable
                }

                fn to_request(&self) -> ::core::result::Result<
                    ::opwire::__private::http::Request<::opwire::__private::bytes::Bytes>,
                    ::opwire::__private::BuildError,
                > {
                    #unreachable
                }

                fn __decode(
                    _: &::opwire::__private::Incoming<'_>,
                ) -> ::core::result::Result<Self, ::opwire::__private::RequestError> {
                    #unreachable
                }
            }
        };
    }
}

/// The struct without `#[path]`, `#[query]`, `#[header]`, and without
/// `#[serde]` on fields unless the struct derives serde's traits itself.
fn strip_attrs(mut input: DeriveInput) -> DeriveInput {
    let keep_serde = serde_derive(&input.attrs).is_some();
    if let Data::Struct(data) = &mut input.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(|attr| {
                !is_place_attr(attr) && (keep_serde || !attr.path().is_ident("serde"))
            });
        }
    }
    input
}

/// `impl Operation`, with the hidden body structs, in a `const _` block.
fn implementation(op: &Operation) -> TokenStream {
    let ident = &op.ident;
    let name = op
        .args
        .name
        .as_ref()
        .map_or_else(|| ident.to_string(), LitStr::value);
    let (Some(method), Some(template)) = (&op.args.method, &op.template) else {
        return TokenStream::new();
    };
    let template_text = template.lit.value();
    let doc = &op.doc;
    let segments = path::segments(op);
    let status = op.args.status.as_ref().map_or(200, |status| status.code);
    let fields = field_infos(op);
    let cors = cors::constant(op);
    let (response, error) = response_and_error(op);
    let response_schema = schema::of(&response);
    let body_structs = body::structs(op);
    let render = path::render(op);

    let builder = quote!(__opwire_request);
    let encode_params = params::encode(op, &builder);
    let encode_body = body::encode(op, &builder);

    let incoming = quote!(__opwire_in);
    let body = quote!(__opwire_body);
    let decode_labels = path::decode(op, &incoming);
    let decode_params = params::decode(op, &incoming);
    let decode_body = body::decode(op, &incoming, &body);
    let inits = op.fields.iter().map(|field| {
        let ident = &field.ident;
        match field.role {
            Role::Body { .. } => quote!(#ident: #body.#ident),
            _ => {
                let local = path::local(&field.name);
                quote!(#ident: #local)
            }
        }
    });
    let construct = if op.braced {
        quote!(#ident { #(#inits),* })
    } else {
        quote!(#ident)
    };

    quote! {
        const _: () = {
            #body_structs

            #[automatically_derived]
            impl ::opwire::__private::Operation for #ident {
                const NAME: &'static str = #name;
                const METHOD: ::opwire::__private::http::Method = ::opwire::__private::http::Method::#method;
                const TEMPLATE: &'static str = #template_text;
                const SEGMENTS: &'static [::opwire::__private::Segment] = #segments;
                const STATUS: ::opwire::__private::http::StatusCode = ::opwire::__private::status(#status);
                const FIELDS: &'static [::opwire::__private::FieldInfo] = #fields;
                const CORS: ::opwire::__private::Cors = #cors;
                const DOC: &'static str = #doc;
                const RESPONSE_SCHEMA: &'static ::opwire::__private::Schema = #response_schema;

                type Response = #response;
                type Error = #error;

                #render

                fn to_request(&self) -> ::core::result::Result<
                    ::opwire::__private::http::Request<::opwire::__private::bytes::Bytes>,
                    ::opwire::__private::BuildError,
                > {
                    let mut #builder = ::opwire::__private::RequestBuilder::new(Self::METHOD, self.path()?);
                    #encode_params
                    #encode_body
                    #builder.finish()
                }

                fn __decode(
                    #incoming: &::opwire::__private::Incoming<'_>,
                ) -> ::core::result::Result<Self, ::opwire::__private::RequestError> {
                    #decode_labels
                    #decode_params
                    #decode_body
                    ::core::result::Result::Ok(#construct)
                }
            }
        };
    }
}

/// `Operation::Response` and `Operation::Error`: the declared types, else
/// `Empty` and the generated `<Op>Error`.
fn response_and_error(op: &Operation) -> (TokenStream, TokenStream) {
    let response = match &op.args.response {
        Some(ty) => ty.to_token_stream(),
        None => quote!(::opwire::__private::Empty),
    };
    let error = match &op.args.error {
        Some(ty) => ty.to_token_stream(),
        None => errors::enum_ident(op).to_token_stream(),
    };
    (response, error)
}

/// `&[FieldInfo { … }, …]`: every field with a wire name.
fn field_infos(op: &Operation) -> TokenStream {
    let labels = op.labels();
    let infos = op.fields.iter().filter_map(|field| {
        let (location, wire, required) = match &field.role {
            Role::Path { label: Some(label) } => (quote!(Path), labels[*label].name.clone(), true),
            Role::Query { name } => (quote!(Query), name.clone(), !field.option && !field.vec),
            Role::Header { name } => (quote!(Header), name.clone(), !field.option && !field.vec),
            Role::Payload => (quote!(Payload), String::new(), !field.option),
            Role::Body { wire: Some(wire) } => (
                quote!(Body),
                wire.clone(),
                !field.option && field.attrs.default.is_none(),
            ),
            _ => return None,
        };
        let (name, doc) = (&field.name, &field.doc);
        let schema = schema::of(&field.ty);
        Some(quote! {
            ::opwire::__private::FieldInfo {
                field: #name,
                wire: #wire,
                location: ::opwire::__private::Location::#location,
                required: #required,
                doc: #doc,
                schema: #schema,
            }
        })
    });
    quote!(&[#(#infos),*])
}
