//! The golden expansions: each declaration file in `tests/expand/` is kept
//! with its expansion beside it (`NAME.expanded.rs`) and compared, so a
//! change to generated code shows in review. `OPWIRE_BLESS=1 cargo test -p
//! opwire-macros` rewrites them.

use std::path::Path;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// The item without its `#[operation(…)]` or `#[shape(…)]`, and which of
/// the two it was with its arguments.
fn take_attr(attrs: &mut Vec<syn::Attribute>) -> Option<(String, TokenStream)> {
    let index = attrs
        .iter()
        .position(|attr| attr.path().is_ident("operation") || attr.path().is_ident("shape"))?;
    let attr = attrs.remove(index);
    let name = attr.path().get_ident()?.to_string();
    let args = match attr.meta {
        syn::Meta::List(list) => list.tokens,
        _ => TokenStream::new(),
    };
    Some((name, args))
}

/// Every `#[operation]` and `#[shape]` item of `source`, expanded, in order.
fn expand_file(source: &str) -> String {
    let file: syn::File = syn::parse_str(source).unwrap();
    let mut out = TokenStream::new();
    for item in file.items {
        let (attr, tokens) = match item {
            syn::Item::Struct(mut item) => (take_attr(&mut item.attrs), item.to_token_stream()),
            syn::Item::Enum(mut item) => (take_attr(&mut item.attrs), item.to_token_stream()),
            _ => continue,
        };
        match attr {
            Some((name, args)) if name == "operation" => {
                out.extend(crate::expand::operation(args, tokens));
            }
            Some((_, args)) => out.extend(crate::expand::shape::shape(args, tokens)),
            None => {}
        }
    }
    prettyplease::unparse(&syn::parse2(out).unwrap())
}

#[test]
fn every_recorded_declaration_expands_as_recorded() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "rs")
                && !path.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "declaration files in {}", dir.display());
    let mut changed = Vec::new();
    for input in inputs {
        let actual = expand_file(&std::fs::read_to_string(&input).unwrap());
        let path = input.with_extension("expanded.rs");
        if std::env::var_os("OPWIRE_BLESS").is_some() {
            std::fs::write(&path, &actual).unwrap();
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != actual {
            changed.push(format!("{}:\n{actual}", path.display()));
        }
    }
    assert!(
        changed.is_empty(),
        "expansions changed; review them and rerun with OPWIRE_BLESS=1:\n{}",
        changed.join("\n")
    );
}
