//! Compile-time errors: one file per mistake in `tests/ui/`, each with the
//! `.stderr` it must produce. `TRYBUILD=overwrite` rewrites them.

#[test]
fn mistakes_fail_to_compile_with_pointed_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
