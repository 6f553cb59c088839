//! The Smithy restJson1 protocol tests, as botocore ships them
//! (`tests/data/protocol/`, Apache-2.0): every case's operation declared
//! with opwire (`protocol/input.rs`, `protocol/output.rs`, written by
//! `tests/data/protocol/generate.py`) and checked on the client and the
//! server (`protocol/check.rs`).
//!
//! The test prints a table, feature by feature, of the cases that pass,
//! and lists every case that does not with its reason (the out-of-scope
//! ones too: endpoints and host prefixes, checksums, request compression):
//! `cargo test -p opwire-tests --test protocol -- --nocapture`. It fails
//! when a declared case fails that is not in [`KNOWN_FAILURES`], when one
//! listed there passes, or when the data and the declarations disagree on
//! the cases.

#[path = "protocol/check.rs"]
mod check;
#[path = "protocol/input.rs"]
mod input;
#[path = "protocol/output.rs"]
mod output;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use check::{Case, Check};
use serde_json::Value;

/// Declared cases that fail today, with why: each one a change to make in
/// opwire. Remove a line when its case passes.
const KNOWN_FAILURES: &[(&str, &str)] = &[(
    "RestJsonDeserializesDenseSetMapAndSkipsNull",
    "a dense map's `null` value is refused, where clients skip it",
)];

/// What happened to one case.
enum Outcome {
    Passed,
    Failed(String),
    Undeclarable(&'static str),
}

#[test]
fn the_restjson1_cases_pass_or_are_listed_with_their_reason() {
    let mut table: BTreeMap<&str, [(usize, usize); 2]> = BTreeMap::new();
    let mut totals = [(0, 0); 2];
    let mut out_of_scope = [0; 2];
    let mut not_passing = String::new();
    let mut unexpected = Vec::new();
    let mut failing = Vec::new();
    for (side, (kind, suites)) in [("input", input::SUITES), ("output", output::SUITES)]
        .into_iter()
        .enumerate()
    {
        let path = format!(
            "{}/data/protocol/{kind}-rest-json.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let data: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let cases: Vec<&Value> = data
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|suite| suite["cases"].as_array().unwrap())
            .collect();
        let declared: Vec<&Case> = suites.iter().flat_map(|suite| suite.iter()).collect();
        let ids = |cases: &[&Value]| -> Vec<String> {
            cases
                .iter()
                .map(|case| case["id"].as_str().unwrap().to_owned())
                .collect()
        };
        let declared_ids: Vec<String> = declared.iter().map(|case| case.id.to_owned()).collect();
        assert_eq!(
            ids(&cases),
            declared_ids,
            "{kind}: the declarations are not those of the data; run tests/data/protocol/generate.py"
        );
        for (value, case) in cases.into_iter().zip(declared) {
            let outcome = match case.check {
                Check::Input(check) | Check::Output(check) => match check(value) {
                    Ok(()) => Outcome::Passed,
                    Err(why) => Outcome::Failed(why),
                },
                Check::Undeclarable(why) => Outcome::Undeclarable(why),
            };
            let passed = matches!(outcome, Outcome::Passed);
            for feature in case.features {
                let cell = &mut table.entry(feature).or_default()[side];
                cell.0 += usize::from(passed);
                cell.1 += 1;
            }
            match &outcome {
                Outcome::Undeclarable(why) if why.starts_with("out of scope") => {
                    out_of_scope[side] += 1;
                }
                _ => {
                    totals[side].0 += usize::from(passed);
                    totals[side].1 += 1;
                }
            }
            let known = KNOWN_FAILURES.iter().find(|(id, _)| *id == case.id);
            match (&outcome, known) {
                (Outcome::Passed, None) => {}
                (Outcome::Passed, Some(_)) => {
                    unexpected.push(format!("{} passes: remove it from KNOWN_FAILURES", case.id))
                }
                (Outcome::Failed(why), known) => {
                    writeln!(not_passing, "- {kind} {}: fails: {why}", case.id).unwrap();
                    failing.push(case.id);
                    if known.is_none() {
                        unexpected.push(format!("{} fails: {why}", case.id));
                    }
                }
                (Outcome::Undeclarable(why), _) => {
                    writeln!(not_passing, "- {kind} {}: not declarable: {why}", case.id).unwrap();
                }
            }
        }
    }

    let mut report = String::from("| feature | request cases | response cases |\n|---|---|---|\n");
    let cell = |(passed, total): (usize, usize)| match total {
        0 => "".to_owned(),
        _ => format!("{passed} / {total}"),
    };
    for (feature, [input, output]) in &table {
        writeln!(
            report,
            "| {feature} | {} | {} |",
            cell(*input),
            cell(*output)
        )
        .unwrap();
    }
    writeln!(
        report,
        "| **in scope** | **{}** | **{}** |",
        cell(totals[0]),
        cell(totals[1])
    )
    .unwrap();
    writeln!(
        report,
        "| out of scope (listed below) | {} | {} |",
        out_of_scope[0], out_of_scope[1]
    )
    .unwrap();
    println!("restJson1 protocol cases passing\n\n{report}\nNot passing:\n{not_passing}");

    for (id, _) in KNOWN_FAILURES {
        if !failing.contains(id) && !unexpected.iter().any(|line| line.starts_with(id)) {
            unexpected.push(format!(
                "{id} is in KNOWN_FAILURES but is not a declared failing case"
            ));
        }
    }
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}
