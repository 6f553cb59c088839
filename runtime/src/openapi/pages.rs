//! Reference pages in Markdown, one per path, laid out as AWS's API Gateway
//! reference pages are: URI, methods with their operation ID, parameter
//! and response tables, body skeletons and property tables.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::operation::{FieldInfo, Location};
use crate::schema::{Schema, ShapeInfo};

use super::{
    Document, ERROR_BODY, Entry, body_members, model_name, own_errors, path_key, request_model,
};

/// One generated page: its file name and its Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// `prod-backend-appId-import.md`, or `index.md`.
    pub file_name: String,
    /// The page.
    pub markdown: String,
}

pub(super) fn pages(document: &Document) -> Vec<Page> {
    let mut by_path: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
    for entry in &document.entries {
        by_path.entry(path_key(entry)).or_default().push(entry);
    }
    let mut out = Vec::new();
    let mut index = format!("# {}\n\n", document.title);
    if !document.description.is_empty() {
        let _ = writeln!(index, "{}\n", document.description);
    }
    index.push_str("| Path | Methods | Operation IDs |\n| --- | --- | --- |\n");
    for (path, entries) in &by_path {
        let file_name = file_name(path);
        let methods: Vec<String> = entries.iter().map(|e| e.op.method.to_string()).collect();
        let names: Vec<&str> = entries.iter().map(|e| e.op.name).collect();
        let _ = writeln!(
            index,
            "| [`{path}`]({file_name}) | {} | {} |",
            methods.join(", "),
            names.join(", ")
        );
        out.push(Page {
            markdown: page(path, entries),
            file_name,
        });
    }
    out.insert(
        0,
        Page {
            file_name: "index.md".to_owned(),
            markdown: index,
        },
    );
    out
}

fn file_name(path: &str) -> String {
    let name: String = path
        .trim_matches('/')
        .replace(['{', '}'], "")
        .replace('/', "-");
    if name.is_empty() {
        "root.md".to_owned()
    } else {
        format!("{name}.md")
    }
}

/// `Backend appId Storage backendEnvironmentName Import`: the path's
/// segments, literals capitalized.
fn title(path: &str) -> String {
    let words: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|segment| match segment.strip_prefix('{') {
            Some(label) => label.trim_end_matches('}').to_owned(),
            None => {
                let mut chars = segment.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect()
                })
            }
        })
        .collect();
    words.join(" ")
}

fn page(path: &str, entries: &[&Entry]) -> String {
    let mut out = format!("# {}\n\n", title(path));
    // A doc of several paragraphs: the first describes the path, the rest
    // the method, as the reference pages have it.
    let intro = entries
        .first()
        .and_then(|e| e.op.doc.split_once("\n\n"))
        .map(|(first, _)| first);
    if let Some(intro) = intro {
        let _ = writeln!(out, "{intro}\n");
    }
    let _ = write!(out, "## URI\n\n`{path}`\n\n## HTTP methods\n\n");
    let mut models: Vec<ShapeInfo> = Vec::new();
    let mut requests: Vec<(String, &str, String, Vec<FieldInfo>)> = Vec::new();
    let mut responses: Vec<(String, String)> = Vec::new();
    for entry in entries {
        let op = &entry.op;
        let _ = writeln!(out, "### {}\n\n**Operation ID:** {}\n", op.method, op.name);
        let description = op.doc.split_once("\n\n").map_or(op.doc, |(_, rest)| rest);
        if !description.is_empty() {
            let _ = writeln!(out, "{description}\n");
        }
        parameter_tables(&mut out, op.fields);
        out.push_str("#### Responses\n\n| Status code | Response model | Description |\n| --- | --- | --- |\n");
        let response = model_name(op.response);
        let _ = writeln!(
            out,
            "| {} | {response} | {} response |",
            op.status.as_u16(),
            op.status.as_u16()
        );
        push_response(&mut responses, &mut models, op.response);
        for error in op.errors {
            let model = match model_name(error.schema).as_str() {
                "any" => error.code.to_owned(),
                name => name.to_owned(),
            };
            let _ = writeln!(
                out,
                "| {} | {model} | {} response |",
                error.status.as_u16(),
                error.status.as_u16()
            );
            push_response(&mut responses, &mut models, error.schema);
        }
        for (status, code) in own_errors(op) {
            if op.errors.iter().all(|e| e.status != status) {
                let _ = writeln!(
                    out,
                    "| {} | {ERROR_BODY} | {} response (`{code}`, answered by the server itself) |",
                    status.as_u16(),
                    status.as_u16()
                );
            }
        }
        out.push('\n');
        let body = body_members(op);
        if !body.is_empty() {
            for member in &body {
                collect(member.schema, &mut models);
            }
            requests.push((
                op.method.to_string(),
                op.name,
                skeleton(&Schema::Object(&[]), &body),
                body,
            ));
        }
    }
    if let Some(entry) = entries.iter().find(|e| e.op.cors.enabled) {
        out.push_str("### OPTIONS\n\nEnables CORS by returning the correct headers.\n\n");
        let labels: Vec<FieldInfo> = entry
            .op
            .fields
            .iter()
            .filter(|f| f.location == Location::Path)
            .copied()
            .collect();
        parameter_tables(&mut out, &labels);
        out.push_str("#### Responses\n\n| Status code | Response model | Description |\n| --- | --- | --- |\n| 200 | None | 200 response |\n\n");
    }

    out.push_str("## Schemas\n\n");
    if !requests.is_empty() {
        out.push_str("### Request bodies\n\n");
        for (method, _, skeleton, _) in &requests {
            let _ = writeln!(out, "#### {method} schema\n\n```json\n{skeleton}\n```\n");
        }
    }
    out.push_str("### Response bodies\n\n");
    for (name, skeleton) in &responses {
        let _ = writeln!(out, "#### {name} schema\n\n```json\n{skeleton}\n```\n");
    }

    out.push_str("## Properties\n\n");
    let mut sections: BTreeMap<String, String> = BTreeMap::new();
    for (_, op, _, body) in &requests {
        let name = request_model(op);
        let mut text = "The request object for this operation.\n\n".to_owned();
        property_table(&mut text, body);
        sections.insert(name, text);
    }
    for info in &models {
        let mut text = String::new();
        if !info.doc.is_empty() {
            let _ = writeln!(text, "{}\n", info.doc);
        }
        if info.is_enum() {
            let values: Vec<String> = info.values.iter().map(|v| format!("`{v}`")).collect();
            let _ = writeln!(text, "Values: {}\n", values.join(" | "));
        } else {
            property_table(&mut text, info.members);
        }
        sections.insert(info.name.to_owned(), text);
    }
    for (name, text) in sections {
        let _ = write!(out, "### {name}\n\n{text}");
    }
    out
}

fn push_response(
    responses: &mut Vec<(String, String)>,
    models: &mut Vec<ShapeInfo>,
    schema: &Schema,
) {
    collect(schema, models);
    let name = model_name(schema);
    if !responses.iter().any(|(n, _)| *n == name) {
        responses.push((name, skeleton(schema, &[])));
    }
}

/// Every shape `schema` reaches, once.
fn collect(schema: &Schema, models: &mut Vec<ShapeInfo>) {
    match schema {
        Schema::Array { items: inner, .. } | Schema::Map(inner) | Schema::Nullable(inner) => {
            collect(inner, models)
        }
        Schema::Object(members) => members.iter().for_each(|m| collect(m.schema, models)),
        Schema::Shape(info) => {
            let info = info();
            if models.iter().all(|m| m.name != info.name) {
                models.push(info);
                info.members.iter().for_each(|m| collect(m.schema, models));
            }
        }
        _ => {}
    }
}

fn parameter_tables(out: &mut String, fields: &[FieldInfo]) {
    for (location, heading) in [
        (Location::Path, "Path parameters"),
        (Location::Query, "Query parameters"),
        (Location::Header, "Header parameters"),
    ] {
        let rows: Vec<&FieldInfo> = fields.iter().filter(|f| f.location == location).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "#### {heading}\n\n| Name | Type | Required | Description |\n| --- | --- | --- | --- |"
        );
        for field in rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                field.wire,
                model_name(field.schema),
                if field.required { "True" } else { "False" },
                cell(field.doc)
            );
        }
        out.push('\n');
    }
}

fn property_table(out: &mut String, members: &[FieldInfo]) {
    if members.is_empty() {
        return;
    }
    out.push_str("| Property | Type | Required | Description |\n| --- | --- | --- | --- |\n");
    for member in members {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            member.wire,
            model_name(member.schema),
            if member.required { "True" } else { "False" },
            cell(member.doc)
        );
    }
    out.push('\n');
}

/// `doc` on one table row.
fn cell(doc: &str) -> String {
    doc.replace('\n', " ").replace('|', "\\|")
}

/// `{ "bucketName": "string", "serviceName": enum }`: a body's form, by
/// type, as the reference pages show it. `members` for an operation's
/// request body, else `schema`'s own.
fn skeleton(schema: &Schema, members: &[FieldInfo]) -> String {
    let mut out = String::new();
    if members.is_empty() {
        form(schema, &mut out, &mut Vec::new());
    } else {
        object(members, &mut out, &mut Vec::new());
    }
    out
}

fn form(schema: &Schema, out: &mut String, open: &mut Vec<&'static str>) {
    match schema {
        Schema::Boolean => out.push_str("boolean"),
        Schema::Integer { .. } => out.push_str("integer"),
        Schema::Number { .. } => out.push_str("number"),
        Schema::String => out.push_str("\"string\""),
        Schema::Array { items, .. } => {
            out.push_str("[ ");
            form(items, out, open);
            out.push_str(" ]");
        }
        Schema::Map(values) => {
            out.push_str("{ \"string\": ");
            form(values, out, open);
            out.push_str(" }");
        }
        Schema::Nullable(inner) => form(inner, out, open),
        Schema::Object(members) => object(members, out, open),
        Schema::Shape(info) => {
            let info = info();
            if info.is_enum() {
                out.push_str("enum");
            } else if open.contains(&info.name) {
                out.push_str(info.name);
            } else {
                open.push(info.name);
                object(info.members, out, open);
                open.pop();
            }
        }
        Schema::Any => out.push_str("any"),
    }
}

fn object(members: &[FieldInfo], out: &mut String, open: &mut Vec<&'static str>) {
    if members.is_empty() {
        out.push_str("{ }");
        return;
    }
    out.push_str("{ ");
    for (i, member) in members.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "\"{}\": ", member.wire);
        form(member.schema, out, open);
    }
    out.push_str(" }");
}
