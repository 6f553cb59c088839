//! Checks a JSON value against a schema of an OpenAPI 3.1 document: the
//! JSON Schema keywords opwire's documents use (`$ref`, `type`, `enum`,
//! `const`, `properties`, `required`, `items`, `uniqueItems`,
//! `additionalProperties`, `allOf`, `anyOf`, `minimum`, `maximum`,
//! `minLength`). An unknown keyword fails the check rather than pass
//! unread. Written here: the tests that use it need no JSON Schema crate,
//! and schemathesis checks the same documents with a full validator.

use serde_json::Value;

/// Where `value` breaks `schema` (refs resolved in `document`), as
/// `path: reason` lines; empty when it conforms.
pub fn violations(document: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(document, schema, value, "$", &mut out);
    out
}

fn check(document: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
    let Some(keywords) = schema.as_object() else {
        if schema == &Value::Bool(false) {
            out.push(format!("{at}: no value is allowed"));
        }
        return;
    };
    for (keyword, expected) in keywords {
        match keyword.as_str() {
            "$ref" => {
                let pointer = expected.as_str().unwrap_or("").trim_start_matches('#');
                match document.pointer(pointer) {
                    Some(target) => check(document, target, value, at, out),
                    None => out.push(format!("{at}: unresolved $ref {expected}")),
                }
            }
            "type" => {
                let kinds: Vec<&str> = match expected {
                    Value::String(kind) => vec![kind.as_str()],
                    Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                if !kinds.iter().any(|kind| is_type(value, kind)) {
                    out.push(format!(
                        "{at}: expected {}, found {value}",
                        kinds.join(" or ")
                    ));
                }
            }
            "enum" => {
                if !expected
                    .as_array()
                    .is_some_and(|values| values.contains(value))
                {
                    out.push(format!("{at}: {value} is none of {expected}"));
                }
            }
            "const" if expected != value => {
                out.push(format!("{at}: expected {expected}, found {value}"))
            }
            "properties" => {
                if let (Some(properties), Some(object)) = (expected.as_object(), value.as_object())
                {
                    for (name, property) in properties {
                        if let Some(member) = object.get(name) {
                            check(document, property, member, &format!("{at}.{name}"), out);
                        }
                    }
                }
            }
            "required" => {
                if let Some(object) = value.as_object() {
                    for name in expected
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                    {
                        if !object.contains_key(name) {
                            out.push(format!("{at}: missing required member `{name}`"));
                        }
                    }
                }
            }
            "items" => {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    check(document, expected, item, &format!("{at}[{i}]"), out);
                }
            }
            "uniqueItems" => {
                if let Some(items) = value.as_array() {
                    if items
                        .iter()
                        .enumerate()
                        .any(|(i, a)| items[..i].contains(a))
                    {
                        out.push(format!("{at}: items are not unique"));
                    }
                }
            }
            "additionalProperties" => {
                let declared = keywords.get("properties").and_then(Value::as_object);
                for (name, member) in value.as_object().into_iter().flatten() {
                    if declared.is_none_or(|d| !d.contains_key(name)) {
                        check(document, expected, member, &format!("{at}.{name}"), out);
                    }
                }
            }
            "allOf" => {
                for part in expected.as_array().into_iter().flatten() {
                    check(document, part, value, at, out);
                }
            }
            "anyOf" => {
                let fits = expected
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|part| violations(document, part, value).is_empty());
                if !fits {
                    out.push(format!("{at}: {value} fits none of anyOf"));
                }
            }
            "minimum" | "maximum" => {
                if let (Some(bound), Some(number)) = (expected.as_f64(), value.as_f64()) {
                    let ok = if keyword == "minimum" {
                        number >= bound
                    } else {
                        number <= bound
                    };
                    if !ok {
                        out.push(format!("{at}: {number} is past the {keyword} {bound}"));
                    }
                }
            }
            "minLength" => {
                if let (Some(min), Some(text)) = (expected.as_u64(), value.as_str()) {
                    if (text.chars().count() as u64) < min {
                        out.push(format!("{at}: shorter than {min}"));
                    }
                }
            }
            // Annotations, and `const` that matched.
            "description" | "title" | "format" | "example" | "const" => {}
            other => out.push(format!("{at}: the checker does not know `{other}`")),
        }
    }
}

fn is_type(value: &Value, kind: &str) -> bool {
    match kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}
