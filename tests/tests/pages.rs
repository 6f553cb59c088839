//! The reference page generated from the seed declaration states every fact
//! the seed's own reference page states (`tests/data/seed/`): URI, methods,
//! operation ID, descriptions, the path-parameter and response tables of
//! POST and OPTIONS, the body skeletons and the models' descriptions.

use std::collections::BTreeMap;

use opwire::openapi::Document;
use opwire_tests::seed::ImportBackendStorage;
use opwire_tests::tools::workspace;

/// The seed page's table rows: the first cells of each `a | b | c |` line
/// under `heading`, up to the next line without `|`.
fn rows(lines: &[&str], start: usize, columns: usize) -> Vec<Vec<String>> {
    lines[start..]
        .iter()
        .skip_while(|line| !line.starts_with("Name |") && !line.starts_with("Status code |"))
        .skip(1)
        .take_while(|line| line.contains('|') && !line.starts_with("Responses"))
        .map(|line| {
            line.split('|')
                .map(str::trim)
                .take(columns)
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// A skeleton such as `{ "a": "string", "b": enum }` as member → type.
fn skeleton(text: &str) -> BTreeMap<String, String> {
    text.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .split(',')
        .filter_map(|pair| {
            let (key, value) = pair.split_once(':')?;
            Some((
                key.trim().trim_matches('"').to_owned(),
                value.trim().to_owned(),
            ))
        })
        .collect()
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_generated_page_states_every_fact_of_the_seed_reference_page() {
    let seed = std::fs::read_to_string(
        workspace().join("tests/data/seed/ImportBackendStorage-reference.txt"),
    )
    .expect("the vendored seed page");
    let lines: Vec<&str> = seed.lines().map(str::trim).collect();
    let pages = Document::new("seed", "1")
        .operation::<ImportBackendStorage>()
        .pages();
    let page = pages
        .iter()
        .find(|p| p.file_name == "prod-backend-appId-storage-backendEnvironmentName-import.md")
        .expect("one page for the path");
    let generated = &page.markdown;
    let flat = normalize(generated);
    let mut missing = Vec::new();
    let mut expect = |fact: String, stated: bool| {
        if !stated {
            missing.push(fact);
        }
    };

    // Title, the path's description, the URI (the seed shows the labels
    // without braces), methods, operation ID and description.
    // The seed's title is its resource path's; this declaration's template
    // carries the stage too, so the generated title starts with `Prod`.
    let title = generated.lines().next().unwrap_or("");
    expect(format!("title {}", lines[0]), title.ends_with(lines[0]));
    expect(format!("description {}", lines[1]), flat.contains(lines[1]));
    let uri: String = lines[3..7].concat();
    expect(
        format!("URI {uri}"),
        flat.replace(['{', '}'], "").contains(&format!("`{uri}`")),
    );
    let methods = lines
        .iter()
        .position(|l| *l == "HTTP methods")
        .expect("methods");
    expect(
        format!("method {}", lines[methods + 1]),
        generated.contains(&format!("### {}\n", lines[methods + 1])),
    );
    let id = lines[methods + 2]
        .strip_prefix("Operation ID: ")
        .expect("an operation ID");
    expect(
        format!("operation ID {id}"),
        generated.contains(&format!("**Operation ID:** {id}")),
    );
    expect(
        format!("description {}", lines[methods + 3]),
        flat.contains(lines[methods + 3]),
    );

    // Both methods' tables: every row of the seed's, in the generated
    // page's table for the same method.
    let options = lines.iter().position(|l| *l == "OPTIONS").expect("OPTIONS");
    let (post_text, options_text) = generated
        .split_once("### OPTIONS")
        .expect("an OPTIONS section");
    expect(
        format!("OPTIONS {}", lines[options + 1]),
        options_text.contains(lines[options + 1]),
    );
    for (start, text) in [(methods, post_text), (options, options_text)] {
        let params = rows(&lines, start, 4);
        let responses_at = start
            + lines[start..]
                .iter()
                .position(|l| l.starts_with("Responses"))
                .expect("responses");
        for row in params.iter().chain(&rows(&lines, responses_at, 3)) {
            let line = format!("| {} |", row.join(" | "));
            expect(format!("row {line}"), text.contains(&line));
        }
    }

    // Body skeletons: the same members with the same types.
    let schemas = lines.iter().position(|l| *l == "Schemas").expect("schemas");
    let properties = lines
        .iter()
        .position(|l| *l == "Properties")
        .expect("properties");
    let generated_skeletons: Vec<BTreeMap<String, String>> = generated
        .split("```json\n")
        .skip(1)
        .filter_map(|block| block.split_once("\n```").map(|(s, _)| skeleton(s)))
        .collect();
    for line in &lines[schemas..properties] {
        if line.starts_with('{') {
            expect(
                format!("skeleton {line}"),
                generated_skeletons.contains(&skeleton(line)),
            );
        }
    }

    // Every model with its description.
    let see_also = lines
        .iter()
        .position(|l| *l == "See also")
        .unwrap_or(lines.len());
    for pair in lines[properties + 1..see_also].chunks(2) {
        let [name, description] = pair else { continue };
        expect(
            format!("model {name}"),
            generated.contains(&format!("### {name}\n")),
        );
        expect(format!("{name}: {description}"), flat.contains(description));
    }

    assert!(
        missing.is_empty(),
        "the generated page misses {} facts of the seed page:\n  {}\n\nthe page:\n{generated}",
        missing.len(),
        missing.join("\n  ")
    );
}
