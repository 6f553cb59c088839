//! The golden expansion: the seed declaration's expansion is kept in
//! `tests/expand/` and compared, so a change to generated code shows in
//! review. `OPWIRE_BLESS=1 cargo test -p opwire-macros` rewrites it.

use std::path::Path;

#[test]
fn seed_declaration_expands_as_recorded() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let input = std::fs::read_to_string(dir.join("import_backend_storage.rs")).unwrap();
    let file: syn::File = syn::parse_str(&input).unwrap();
    let item = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Struct(item) => Some(item),
            _ => None,
        })
        .expect("a struct");
    let mut item = item.clone();
    let index = item
        .attrs
        .iter()
        .position(|attr| attr.path().is_ident("operation"))
        .expect("#[operation]");
    let attr = item.attrs.remove(index);
    let syn::Meta::List(list) = attr.meta else {
        panic!("#[operation(…)]")
    };
    let expanded = crate::expand::operation(list.tokens, quote::quote!(#item));
    let expanded: syn::File = syn::parse2(expanded).unwrap();
    let actual = prettyplease::unparse(&expanded);
    let path = dir.join("import_backend_storage.expanded.rs");
    if std::env::var_os("OPWIRE_BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "the expansion changed; review it and rerun with OPWIRE_BLESS=1:\n{actual}"
    );
}
