//! Pagination: `impl Paginated` for `paginate(…)`, reading and writing the
//! members it names through the runtime's token and items traits, each
//! spanned on the member so a type mismatch points at it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;

use crate::model::{Operation, Role};

/// `impl Paginated for Op`, or nothing without `paginate(…)`.
pub fn implementation(op: &Operation) -> TokenStream {
    let Some(paginate) = &op.args.paginate else {
        return TokenStream::new();
    };
    let (Some(input), Some(output), Some(items), Some(item)) = (
        &paginate.input_token,
        &paginate.output_token,
        &paginate.items,
        &paginate.item,
    ) else {
        return TokenStream::new();
    };
    let ident = &op.ident;
    // The field as the struct spells it (`r#type`), found by the checks.
    let field = |member: &syn::Ident| {
        let name = member.unraw().to_string();
        op.fields.iter().find(|field| field.name == name)
    };
    let Some(input_field) = field(input).map(|field| &field.ident) else {
        return TokenStream::new();
    };
    let page_size = match paginate.page_size.as_ref().and_then(field) {
        Some(field) => {
            let wire = match &field.role {
                Role::Path { label: Some(label) } => op.labels()[*label].name.clone(),
                Role::Query { name } | Role::Header { name } => name.clone(),
                Role::Body { wire: Some(wire) } => wire.clone(),
                _ => field.name.clone(),
            };
            quote!(::core::option::Option::Some(#wire))
        }
        None => quote!(::core::option::Option::None),
    };
    let set = quote_spanned!(input.span()=>
        ::opwire::PageToken::set_token(&mut self.#input_field, token)
    );
    let get = quote_spanned!(output.span()=>
        ::opwire::PageToken::token(&page.#output)
    );
    let take = quote_spanned!(items.span()=>
        ::opwire::PageItems::<#item>::take_items(&mut page.#items)
    );
    quote! {
        #[automatically_derived]
        impl ::opwire::Paginated for #ident {
            type Item = #item;
            const PAGE_SIZE: ::core::option::Option<&'static str> = #page_size;

            fn set_token(&mut self, token: ::core::option::Option<::std::string::String>) {
                #set
            }

            fn next_token(page: &Self::Response) -> ::core::option::Option<&str> {
                #get
            }

            fn take_items(page: &mut Self::Response) -> ::std::vec::Vec<Self::Item> {
                #take
            }
        }
    }
}

/// A stand-in `impl Paginated` for a declaration with errors, when its
/// item type parsed: uses of the pages in a client type-check, so the
/// declaration's error is the only one.
pub fn fallback(op: &Operation) -> TokenStream {
    let Some(item) = op.args.paginate.as_ref().and_then(|p| p.item.as_ref()) else {
        return TokenStream::new();
    };
    let ident = &op.ident;
    let unreachable = quote!(::core::unreachable!(
        "`{}` does not compile",
        stringify!(#ident)
    ));
    quote! {
        #[automatically_derived]
        impl ::opwire::Paginated for #ident {
            type Item = #item;

            fn set_token(&mut self, _: ::core::option::Option<::std::string::String>) {
                #unreachable
            }

            fn next_token(_: &Self::Response) -> ::core::option::Option<&str> {
                #unreachable
            }

            fn take_items(_: &mut Self::Response) -> ::std::vec::Vec<Self::Item> {
                #unreachable
            }
        }
    }
}
