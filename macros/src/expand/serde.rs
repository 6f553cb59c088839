//! `Serialize` and `Deserialize` impls written without serde's derive, for
//! bodies and `#[shape]` types whose members use only `rename`, `default`
//! and `skip_serializing_if`: a member table and a `match`, the visitors
//! being generic code in the runtime. Far less code to compile than the
//! derive; anything else falls back to the derive.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::Type;
use syn::spanned::Spanned;

use crate::attr::{DefaultValue, FieldAttrs};

/// One member as the impls see it.
pub struct Member<'a> {
    pub ident: &'a Ident,
    pub wire: &'a str,
    pub ty: &'a Type,
    /// The type is `Option<…>`: `None` is omitted and a missing member is
    /// `None`.
    pub option: bool,
    pub attrs: &'a FieldAttrs,
}

/// `impl Serialize for #target`: each member written under its wire name,
/// skipped when `None` or when its `skip_serializing_if` says so. `access`
/// reaches a member from `self` as a reference.
pub fn serialize(
    target: TokenStream,
    impl_generics: TokenStream,
    name: &str,
    members: &[Member<'_>],
    access: impl Fn(&Ident) -> TokenStream,
) -> TokenStream {
    let skips = members.iter().map(|member| {
        let value = access(member.ident);
        match &member.attrs.skip_serializing_if {
            Some(path) => quote!(#path(#value)),
            None if member.option => quote!(::core::option::Option::is_none(#value)),
            None => quote!(false),
        }
    });
    let fields = members.iter().enumerate().map(|(i, member)| {
        let wire = member.wire;
        // The value, re-spanned on the type too.
        let value: TokenStream = access(member.ident)
            .into_iter()
            .map(|mut token| {
                token.set_span(member.ty.span());
                token
            })
            .collect();
        // Spanned on the type: "does not implement `Serialize`" lands there.
        quote_spanned! {member.ty.span()=>
            if __skip[#i] {
                __state.skip_field(#wire)?;
            } else {
                __state.serialize_field(#wire, #value)?;
            }
        }
    });
    let count = members.len();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::opwire::__private::serde::Serialize for #target {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: ::opwire::__private::serde::Serializer,
            {
                use ::opwire::__private::serde::ser::SerializeStruct as _;
                let __skip: [bool; #count] = [#(#skips),*];
                let __len = ::opwire::__private::present(&__skip);
                let mut __state = __serializer.serialize_struct(#name, __len)?;
                #(#fields)*
                __state.end()
            }
        }
    }
}

/// `impl Deserialize for #ident`: a JSON object read into one slot per
/// member, then each member required, `None` or defaulted.
pub fn deserialize(ident: &Ident, name: &str, members: &[Member<'_>]) -> TokenStream {
    let fields: Vec<&Ident> = members.iter().map(|member| member.ident).collect();
    let types = members.iter().map(|member| member.ty);
    let wires: Vec<&str> = members.iter().map(|member| member.wire).collect();
    let fills = members.iter().enumerate().map(|(i, member)| {
        let (field, wire) = (member.ident, member.wire);
        // serde's own `next_value`, spanned on the type: a type that is not
        // `Deserialize` gets serde's note, as on the serializing side.
        let ty = member.ty;
        quote_spanned!(ty.span()=> #i => {
            ::opwire::__private::vacant(&self.#field, #wire)?;
            let __value = ::opwire::__private::serde::de::MapAccess::next_value::<#ty>(__map)?;
            self.#field = ::core::option::Option::Some(__value);
            ::core::result::Result::Ok(())
        })
    });
    let values = members.iter().map(|member| {
        let (field, wire) = (member.ident, member.wire);
        match &member.attrs.default {
            Some(DefaultValue::Path(path)) => quote!(__slots.#field.unwrap_or_else(#path)),
            Some(DefaultValue::Trait) => quote!(__slots.#field.unwrap_or_default()),
            None if member.option => quote!(__slots.#field.unwrap_or_default()),
            None => quote!(::opwire::__private::required::<_, __E>(__slots.#field, #wire)?),
        }
    });
    quote! {
        #[automatically_derived]
        impl<'de> ::opwire::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: ::opwire::__private::serde::Deserializer<'de>,
            {
                struct __Slots {
                    #(#fields: ::core::option::Option<#types>,)*
                }
                #[automatically_derived]
                impl<'de> ::opwire::__private::Slots<'de> for __Slots {
                    type Value = #ident;
                    fn empty() -> Self {
                        __Slots { #(#fields: ::core::option::Option::None,)* }
                    }
                    fn fill<__A>(&mut self, __index: usize, __map: &mut __A) -> ::core::result::Result<(), __A::Error>
                    where
                        __A: ::opwire::__private::serde::de::MapAccess<'de>,
                    {
                        match __index {
                            #(#fills)*
                            _ => ::opwire::__private::skip(__map),
                        }
                    }
                    fn finish<__E>(self) -> ::core::result::Result<#ident, __E>
                    where
                        __E: ::opwire::__private::serde::de::Error,
                    {
                        let __slots = self;
                        ::core::result::Result::Ok(#ident { #(#fields: #values,)* })
                    }
                }
                ::opwire::__private::deserialize_struct::<_, __Slots>(__deserializer, #name, &[#(#wires),*])
            }
        }
    }
}

/// `Serialize` and `Deserialize` for a string enum: each unit variant is
/// its wire value.
pub fn string_enum(ident: &Ident, name: &str, values: &[(&Ident, &str)]) -> TokenStream {
    let variants: Vec<&Ident> = values.iter().map(|(variant, _)| *variant).collect();
    let wires: Vec<&str> = values.iter().map(|(_, wire)| *wire).collect();
    let indexes: Vec<u32> = (0..values.len() as u32).collect();
    let positions: Vec<usize> = (0..values.len()).collect();
    let serialize = if values.is_empty() {
        quote!(match *self {})
    } else {
        quote! {
            let (__index, __value) = match self { #(#ident::#variants => (#indexes, #wires),)* };
            __serializer.serialize_unit_variant(#name, __index, __value)
        }
    };
    quote! {
        #[automatically_derived]
        impl ::opwire::__private::serde::Serialize for #ident {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: ::opwire::__private::serde::Serializer,
            {
                #serialize
            }
        }

        #[automatically_derived]
        impl<'de> ::opwire::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: ::opwire::__private::serde::Deserializer<'de>,
            {
                match ::opwire::__private::deserialize_enum(__deserializer, #name, &[#(#wires),*])? {
                    #(#positions => ::core::result::Result::Ok(#ident::#variants),)*
                    __index => ::core::result::Result::Err(::opwire::__private::bad_index(__index)),
                }
            }
        }
    }
}

/// `Serialize` and `Deserialize` for a union: a JSON object with exactly
/// one member, the variant's.
pub fn union(ident: &Ident, name: &str, variants: &[crate::model::shape::Variant]) -> TokenStream {
    let idents: Vec<&Ident> = variants.iter().map(|variant| &variant.ident).collect();
    let wires: Vec<&str> = variants
        .iter()
        .map(|variant| variant.wire.as_str())
        .collect();
    let reads = variants.iter().enumerate().map(|(i, variant)| {
        let (variant_ident, ty) = (&variant.ident, &variant.ty);
        quote_spanned!(ty.span()=> #i => ::core::result::Result::Ok(#ident::#variant_ident(
            ::opwire::__private::serde::de::MapAccess::next_value::<#ty>(__map)?
        )),)
    });
    let entries = if variants.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#ident::#idents(__value) => __state.serialize_entry(#wires, __value)?,)* })
    };
    quote! {
        #[automatically_derived]
        impl ::opwire::__private::serde::Serialize for #ident {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: ::opwire::__private::serde::Serializer,
            {
                use ::opwire::__private::serde::ser::SerializeMap as _;
                let mut __state = __serializer.serialize_map(::core::option::Option::Some(1))?;
                #entries
                __state.end()
            }
        }

        #[automatically_derived]
        impl<'de> ::opwire::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: ::opwire::__private::serde::Deserializer<'de>,
            {
                struct __Members;
                #[automatically_derived]
                impl<'de> ::opwire::__private::UnionMembers<'de> for __Members {
                    type Value = #ident;
                    fn read<__A>(__index: usize, __map: &mut __A) -> ::core::result::Result<#ident, __A::Error>
                    where
                        __A: ::opwire::__private::serde::de::MapAccess<'de>,
                    {
                        match __index {
                            #(#reads)*
                            _ => ::core::result::Result::Err(::opwire::__private::bad_index(__index)),
                        }
                    }
                }
                ::opwire::__private::deserialize_union::<_, __Members>(__deserializer, #name, &[#(#wires),*])
            }
        }
    }
}
