//! Path templating: the `SEGMENTS` table, `path()`, and label decoding.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::Operation;
use crate::template::Segment;

/// `&[Segment::Literal("backend"), Segment::Label { … }, …]`.
pub fn segments(op: &Operation) -> TokenStream {
    let mut labels = op.bindings.iter();
    let segments = op
        .template
        .iter()
        .flat_map(|t| &t.segments)
        .map(|segment| match segment {
            Segment::Literal(text) => quote!(::opwire::__private::Segment::Literal(#text)),
            Segment::Label(label) => {
                let name = &label.name;
                let field = labels
                    .next()
                    .copied()
                    .flatten()
                    .map(|index| op.fields[index].name.clone())
                    .unwrap_or_default();
                let variant = if label.greedy {
                    quote!(Greedy)
                } else {
                    quote!(Label)
                };
                quote!(::opwire::__private::Segment::#variant { name: #name, field: #field })
            }
        });
    quote!(&[#(#segments),*])
}

/// `fn path(&self)`: renders the segments with the label fields, in order.
pub fn render(op: &Operation) -> TokenStream {
    let values = op.bindings.iter().flatten().map(|&index| {
        let field = &op.fields[index];
        let ident = &field.ident;
        let ty = &field.ty;
        // Spanned on the type: a type that is not a `PathLabel` is refused
        // there, once (decoding names the same bound).
        quote_spanned!(ty.span()=> &::opwire::__private::Text(&self.#ident, <#ty as ::opwire::PathLabel>::write_label))
    });
    quote! {
        fn path(&self) -> ::core::result::Result<::std::string::String, ::opwire::__private::BuildError> {
            ::opwire::__private::render_path(Self::SEGMENTS, &[#(#values),*])
        }
    }
}

/// `let __field_x: T = incoming.label(i)?;` for each label.
pub fn decode(op: &Operation, incoming: &TokenStream) -> TokenStream {
    let lets = op.bindings.iter().enumerate().filter_map(|(label, bound)| {
        let field = &op.fields[(*bound)?];
        let local = local(&field.name);
        let ty = &field.ty;
        let expected = field.value_type_name();
        Some(quote_spanned!(ty.span()=>
            let #local: #ty = #incoming.label(#label, #expected, <#ty as ::opwire::PathLabel>::parse_label)?;
        ))
    });
    quote!(#(#lets)*)
}

/// The local a field is decoded into.
pub fn local(name: &str) -> proc_macro2::Ident {
    format_ident!("__field_{}", name)
}
