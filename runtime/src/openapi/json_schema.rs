//! [`Schema`] as JSON Schema 2020-12 (OpenAPI 3.1's dialect), with every
//! `#[shape]` once under `components/schemas`, and example values.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::operation::FieldInfo;
use crate::schema::{Schema, ShapeInfo};

/// The named schemas a document refers to, gathered as they are met.
#[derive(Default)]
pub(crate) struct Components {
    pub(crate) schemas: BTreeMap<&'static str, Value>,
}

impl Components {
    /// The JSON Schema of `schema`; shapes become `$ref`s, their
    /// definitions added here the first time.
    pub(crate) fn schema(&mut self, schema: &Schema) -> Value {
        match schema {
            Schema::Boolean => json!({"type": "boolean"}),
            Schema::Integer {
                format,
                minimum,
                maximum,
            } => {
                let mut out = json!({
                    "type": "integer",
                    "minimum": number(*minimum),
                    "maximum": number(*maximum),
                });
                if !format.is_empty() {
                    out["format"] = json!(format);
                }
                out
            }
            Schema::Number { format } => json!({"type": "number", "format": format}),
            Schema::String => json!({"type": "string"}),
            Schema::Array { items, unique } => {
                let mut out = json!({"type": "array", "items": self.schema(items)});
                if *unique {
                    out["uniqueItems"] = json!(true);
                }
                out
            }
            Schema::Map(values) => {
                json!({"type": "object", "additionalProperties": self.schema(values)})
            }
            Schema::Nullable(inner) => nullable(self.schema(inner)),
            Schema::Object(members) => self.object(members),
            Schema::Shape(info) => {
                let info = info();
                if !self.schemas.contains_key(info.name) {
                    // Placeholder first: a shape may contain itself.
                    self.schemas.insert(info.name, Value::Null);
                    let definition = self.definition(&info);
                    self.schemas.insert(info.name, definition);
                }
                json!({"$ref": reference(info.name)})
            }
            Schema::Any => json!({}),
        }
    }

    /// A shape's own schema: a string enum or an object.
    fn definition(&mut self, info: &ShapeInfo) -> Value {
        let mut out = if info.is_enum() {
            json!({"type": "string", "enum": info.values})
        } else {
            self.object(info.members)
        };
        if !info.doc.is_empty() {
            out["description"] = json!(info.doc);
        }
        out
    }

    /// An object of `members`: their schemas and docs, the required ones
    /// listed.
    pub(crate) fn object(&mut self, members: &[FieldInfo]) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for member in members {
            let mut property = self.schema(member.schema);
            if !member.doc.is_empty() {
                property["description"] = json!(member.doc);
            }
            properties.insert(member.wire.to_owned(), property);
            if member.required {
                required.push(member.wire);
            }
        }
        let mut out = json!({"type": "object", "properties": properties});
        if !required.is_empty() {
            out["required"] = json!(required);
        }
        out
    }
}

/// `#/components/schemas/{name}`.
pub(crate) fn reference(name: &str) -> String {
    format!("#/components/schemas/{name}")
}

/// `schema` or `null`: a second type where `schema` has one `type`, else
/// `anyOf`.
fn nullable(mut schema: Value) -> Value {
    match schema
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned)
    {
        Some(kind) if schema.get("$ref").is_none() => {
            schema["type"] = json!([kind, "null"]);
            if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
                values.push(Value::Null);
            }
            schema
        }
        _ => json!({"anyOf": [schema, {"type": "null"}]}),
    }
}

/// An integer bound as a JSON number (every Rust integer type's bounds fit
/// `i64` or `u64`).
fn number(value: i128) -> Value {
    match (i64::try_from(value), u64::try_from(value)) {
        (Ok(small), _) => json!(small),
        (_, Ok(large)) => json!(large),
        _ => json!(value as f64),
    }
}

/// An example value of `schema`: `"string"`, the first enum value, `0`
/// within the type's range, one item per list, every member of a
/// structure (a shape met again inside itself is left out, or `null`).
pub(crate) fn example(schema: &Schema) -> Value {
    example_in(schema, &mut Vec::new())
}

fn example_in(schema: &Schema, open: &mut Vec<&'static str>) -> Value {
    match schema {
        Schema::Boolean => json!(true),
        Schema::Integer {
            minimum, maximum, ..
        } => number(0.clamp(*minimum, *maximum)),
        Schema::Number { .. } => json!(0.0),
        Schema::String => json!("string"),
        Schema::Array { items, .. } => match example_in(items, open) {
            Value::Null => json!([]),
            item => json!([item]),
        },
        Schema::Map(values) => match example_in(values, open) {
            Value::Null => json!({}),
            value => json!({ "key": value }),
        },
        Schema::Nullable(inner) => example_in(inner, open),
        Schema::Object(members) => object_example(members, open),
        Schema::Shape(info) => {
            let info = info();
            if info.is_enum() {
                return json!(info.values[0]);
            }
            if open.contains(&info.name) {
                return Value::Null;
            }
            open.push(info.name);
            let out = object_example(info.members, open);
            open.pop();
            out
        }
        Schema::Any => json!({}),
    }
}

fn object_example(members: &[FieldInfo], open: &mut Vec<&'static str>) -> Value {
    let mut out = Map::new();
    for member in members {
        match example_in(member.schema, open) {
            Value::Null if !member.required => {}
            value => {
                out.insert(member.wire.to_owned(), value);
            }
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_optional_string_is_a_string_or_null() {
        let mut components = Components::default();
        let schema = components.schema(&Schema::Nullable(&Schema::String));
        assert_eq!(schema, json!({"type": ["string", "null"]}));
    }

    #[test]
    fn u64_bounds_are_exact_json_numbers() {
        let mut components = Components::default();
        let schema = components.schema(&<u64 as crate::Describe>::SCHEMA);
        assert_eq!(schema["maximum"], json!(u64::MAX));
        assert_eq!(schema["minimum"], json!(0));
    }
}
