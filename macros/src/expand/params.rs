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
        let (ident, name, ty) = (&field.ident, &field.name, field.value_type());
        // The trait is named here, on the value's type, so a type that is
        // not one gets the trait's message; the builder puts no bound on it.
        let call = match &field.role {
            Role::Query { name: wire } => {
                let method = query_method(field, "query");
                let write = quote_spanned!(ty.span()=> <#ty as ::opwire::QueryParam>::write_query);
                quote_spanned!(ty.span()=> #builder.#method(#wire, #name, &self.#ident, #write)?;)
            }
            Role::Header { name: wire } => {
                let method = header_method(field);
                let header = header_name(wire);
                let write = match field.vec || field.option_vec {
                    true => {
                        quote_spanned!(ty.span()=> <#ty as ::opwire::HeaderField>::write_list_item)
                    }
                    false => {
                        quote_spanned!(ty.span()=> <#ty as ::opwire::HeaderField>::write_header)
                    }
                };
                quote_spanned!(ty.span()=> #builder.#method(#header, #name, &self.#ident, #write)?;)
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
        let value = field.value_type();
        let read = match &field.role {
            Role::Query { name: wire } => {
                let method = query_method(field, "query");
                let parse =
                    quote_spanned!(value.span()=> <#value as ::opwire::QueryParam>::parse_query);
                quote!(#method(#wire, #expected, #parse))
            }
            Role::Header { name: wire } => {
                let method = header_method(field);
                let header = header_name(wire);
                let parse =
                    quote_spanned!(value.span()=> <#value as ::opwire::HeaderField>::parse_header);
                match field.vec || field.option_vec {
                    true => {
                        let split = quote_spanned!(value.span()=> <#value as ::opwire::HeaderField>::split_list);
                        quote!(#method(&#header, #expected, #split, #parse))
                    }
                    false => quote!(#method(&#header, #expected, #parse)),
                }
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
    let method = if field.option_vec {
        "header_opt_all"
    } else if field.option {
        "header_opt"
    } else if field.vec {
        "header_all"
    } else {
        "header"
    };
    quote::format_ident!("{method}")
}

/// A `HeaderName` built at compile time.
fn header_name(name: &str) -> TokenStream {
    quote!(const { ::opwire::__private::http::HeaderName::from_static(#name) })
}
