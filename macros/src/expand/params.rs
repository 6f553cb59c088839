//! Query parameters and headers: encoding into the request builder and
//! decoding from the incoming request.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::expand::path::local;
use crate::model::{Field, Operation, Role};

/// `builder.query(…)?;` and `builder.header(…)?;` per field.
pub fn encode(op: &Operation, builder: &TokenStream) -> TokenStream {
    let calls = op.fields.iter().filter_map(|field| {
        let (ident, name, ty) = (&field.ident, &field.name, &field.ty);
        let call = match &field.role {
            Role::Query { name: wire } => {
                let method = query_method(field, "query");
                quote_spanned!(ty.span()=> #builder.#method(#wire, #name, &self.#ident)?;)
            }
            Role::Header { name: wire } => {
                let method = header_method(field);
                let header = header_name(wire);
                quote_spanned!(ty.span()=> #builder.#method(#header, #name, &self.#ident)?;)
            }
            _ => return None,
        };
        Some(call)
    });
    quote!(#(#calls)*)
}

/// `let __field_x: T = incoming.query(…)?;` and the like, per field.
pub fn decode(op: &Operation, incoming: &TokenStream) -> TokenStream {
    let lets = op.fields.iter().filter_map(|field| {
        let (local, ty) = (local(&field.name), &field.ty);
        let expected = field.value_type_name();
        let read = match &field.role {
            Role::Query { name: wire } => {
                let method = query_method(field, "query");
                quote!(#method(#wire, #expected))
            }
            Role::Header { name: wire } => {
                let method = header_method(field);
                let header = header_name(wire);
                quote!(#method(&#header, #expected))
            }
            _ => return None,
        };
        Some(quote_spanned!(ty.span()=> let #local: #ty = #incoming.#read?;))
    });
    quote!(#(#lets)*)
}

fn query_method(field: &Field, base: &str) -> proc_macro2::Ident {
    let suffix = if field.option {
        "_opt"
    } else if field.vec {
        "_all"
    } else {
        ""
    };
    quote::format_ident!("{base}{suffix}")
}

fn header_method(field: &Field) -> proc_macro2::Ident {
    quote::format_ident!("{}", if field.option { "header_opt" } else { "header" })
}

/// A `HeaderName` built at compile time.
fn header_name(name: &str) -> TokenStream {
    quote!(const { ::opwire::__private::http::HeaderName::from_static(#name) })
}
