//! OpenAPI 3.1 documents and reference pages generated from the
//! declarations (feature `openapi`): what a server answers, as it answers
//! it, so the two cannot drift.
//!
//! ```
//! use opwire::openapi::Document;
//! use opwire::{Router, operation, shape};
//!
//! /// A backend environment.
//! #[shape]
//! pub struct Backend {
//!     /// The app ID.
//!     pub app_id: Option<String>,
//! }
//!
//! /// Returns one backend environment.
//! #[operation(GET, "/backend/<appId>", response = Backend)]
//! pub struct GetBackend {
//!     /// The app ID.
//!     pub app_id: String,
//! }
//!
//! let api = Router::new().route(|op: GetBackend| async move {
//!     Ok::<_, GetBackendError>(Backend { app_id: Some(op.app_id) })
//! });
//! let document = Document::new("Backends", "1.0").router(&Router::new().nest("/prod", api));
//! let json = document.to_json();
//! let get = &json["paths"]["/prod/backend/{appId}"]["get"];
//! assert_eq!(get["operationId"], "GetBackend");
//! assert_eq!(get["parameters"][0]["name"], "appId");
//! assert_eq!(json["components"]["schemas"]["Backend"]["description"], "A backend environment.");
//! assert_eq!(document.examples().len(), 1);
//! ```

mod examples;
mod json_schema;
mod pages;

use std::collections::BTreeMap;

use http::{Method, StatusCode};
use serde_json::{Map, Value, json};

use crate::error::RequestErrorKind;
use crate::operation::{Location, Operation, OperationInfo};
use crate::router::Router;
use crate::schema::Schema;
use crate::template::Segment;

pub use examples::Examples;
pub use pages::Page;

use json_schema::Components;

/// The name of the body schema of the router's own errors (a decode
/// failure, a body too large, an internal failure): `__type` and
/// `message`.
const ERROR_BODY: &str = "ErrorBody";

/// An OpenAPI 3.1 document of operations: paths, parameters, bodies, the
/// success response, every declared error with its `x-amzn-ErrorType`, the
/// router's own errors and the CORS preflight of each path.
///
/// Build it from a [`Router`] ([`router`](Self::router): the routes with
/// their stage prefixes) or from operation types
/// ([`operation`](Self::operation)).
#[derive(Debug, Clone)]
pub struct Document {
    title: String,
    version: String,
    description: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    prefix: String,
    op: OperationInfo,
    examples: ExamplesFn,
}

/// What builds an operation's examples.
pub(crate) type ExamplesFn = fn() -> Result<Examples, String>;

/// `Op`'s examples, as the router keeps them for each route.
pub(crate) fn examples_of<Op: Operation>() -> ExamplesFn {
    examples::examples::<Op>
}

impl Document {
    /// An empty document with `info.title` and `info.version`.
    pub fn new(title: &str, version: &str) -> Self {
        Document {
            title: title.to_owned(),
            version: version.to_owned(),
            description: String::new(),
            entries: Vec::new(),
        }
    }

    /// Sets `info.description`.
    pub fn description(mut self, text: &str) -> Self {
        self.description = text.to_owned();
        self
    }

    /// Adds `Op`, at its template.
    pub fn operation<Op: Operation>(self) -> Self {
        self.operation_under::<Op>("")
    }

    /// Adds `Op` under `prefix` (a stage such as `"/prod"`).
    pub fn operation_under<Op: Operation>(mut self, prefix: &str) -> Self {
        self.entries.push(Entry {
            prefix: prefix.trim_end_matches('/').to_owned(),
            op: OperationInfo::of::<Op>(),
            examples: examples::examples::<Op>,
        });
        self
    }

    /// Adds every route of `router`, under the prefixes it is nested at.
    pub fn router(mut self, router: &Router) -> Self {
        for (prefix, op, examples) in router.documented() {
            self.entries.push(Entry {
                prefix,
                op,
                examples,
            });
        }
        self
    }

    /// Each operation's examples, built from the real types (see
    /// [`Examples`]), with the path prefix the operation is under; an
    /// error names an operation whose example values its types refuse.
    pub fn examples(&self) -> Vec<Result<(String, Examples), String>> {
        self.entries
            .iter()
            .map(|entry| (entry.examples)().map(|examples| (entry.prefix.clone(), examples)))
            .collect()
    }

    /// One Markdown reference page per path, laid out as AWS's API
    /// Gateway reference pages are, and an index (`index.md`).
    pub fn pages(&self) -> Vec<Page> {
        pages::pages(self)
    }

    /// The document as JSON.
    pub fn to_json(&self) -> Value {
        let mut components = Components::default();
        let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        let mut cors_paths: Vec<(String, &Entry)> = Vec::new();
        for entry in &self.entries {
            let path = path_key(entry);
            let item = paths.entry(path.clone()).or_default();
            let examples = (entry.examples)().ok();
            item.insert(
                method_key(&entry.op.method),
                operation(entry, &mut components, examples.as_ref()),
            );
            if entry.op.cors.enabled && !cors_paths.iter().any(|(p, _)| *p == path) {
                cors_paths.push((path, entry));
            }
        }
        for (path, entry) in cors_paths {
            let item = paths.entry(path).or_default();
            item.entry("options")
                .or_insert_with(|| preflight(entry, &mut components));
        }
        components.schemas.insert(
            ERROR_BODY,
            json!({
                "type": "object",
                "description": "An error the server answers itself: a request that does not decode, a body too large, an internal failure.",
                "properties": {
                    "__type": {"type": "string", "description": "The error code, as in `x-amzn-ErrorType`."},
                    "message": {"type": "string", "description": "What went wrong, naming the field."},
                },
                "required": ["__type", "message"],
            }),
        );
        let mut info = json!({"title": self.title, "version": self.version});
        if !self.description.is_empty() {
            info["description"] = json!(self.description);
        }
        json!({
            "openapi": "3.1.0",
            "info": info,
            "paths": paths,
            "components": {"schemas": components.schemas},
        })
    }

    /// The document as pretty-printed JSON.
    pub fn to_string_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_json()).expect("a JSON value")
    }
}

/// `/prod/backend/{appId}`: the prefix and the template, labels in
/// OpenAPI's braces (a greedy label too: OpenAPI has no syntax for one,
/// its parameter says so).
fn path_key(entry: &Entry) -> String {
    let mut path = entry.prefix.clone();
    for segment in entry.op.segments {
        path.push('/');
        match segment {
            Segment::Literal(text) => path.push_str(text),
            Segment::Label { name, .. } | Segment::Greedy { name, .. } => {
                path.push('{');
                path.push_str(name);
                path.push('}');
            }
        }
    }
    if path.is_empty() {
        path.push('/');
    }
    path
}

fn method_key(method: &Method) -> String {
    method.as_str().to_ascii_lowercase()
}

/// The first sentence of `doc`, for `summary`.
fn summary(doc: &str) -> &str {
    let first = doc.split("\n\n").next().unwrap_or("");
    match first.find(". ") {
        Some(end) => &first[..=end],
        None => first,
    }
}

fn parameters(entry: &Entry, components: &mut Components) -> Vec<Value> {
    let greedy: Vec<&str> = entry
        .op
        .segments
        .iter()
        .filter_map(|s| match s {
            Segment::Greedy { name, .. } => Some(*name),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for field in entry.op.fields {
        let place = match field.location {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Body | Location::Payload => continue,
        };
        let mut schema = components.schema(field.schema.non_null());
        let mut description = field.doc.to_owned();
        if field.location == Location::Path {
            // An empty label matches no route.
            if schema["type"] == "string" {
                schema["minLength"] = json!(1);
            }
            if greedy.contains(&field.wire) {
                if !description.is_empty() {
                    description.push_str("\n\n");
                }
                description.push_str("Greedy: the rest of the path, `/` included.");
            }
        }
        if field.location == Location::Header {
            header_text(&mut schema);
        }
        let mut parameter = json!({
            "name": field.wire,
            "in": place,
            "required": field.required,
            "schema": schema,
        });
        if !description.is_empty() {
            parameter["description"] = json!(description);
        }
        out.push(parameter);
    }
    out
}

/// Header values are visible ASCII (and spaces) only: what the server
/// accepts.
fn header_text(schema: &mut Value) {
    if schema["type"] == "string" && schema.get("enum").is_none() {
        schema["pattern"] = json!("^[ -~]*$");
    }
    if schema["type"] == "array" {
        header_text(&mut schema["items"]);
    }
}

fn request_id_header() -> Value {
    json!({
        "description": "The request's ID.",
        "schema": {"type": "string"},
    })
}

fn operation(entry: &Entry, components: &mut Components, examples: Option<&Examples>) -> Value {
    let op = &entry.op;
    let mut out = json!({ "operationId": op.name });
    if !op.doc.is_empty() {
        out["summary"] = json!(summary(op.doc));
        out["description"] = json!(op.doc);
    }
    let parameters = parameters(entry, components);
    if !parameters.is_empty() {
        out["parameters"] = json!(parameters);
    }
    let payload = op.fields.iter().find(|f| f.location == Location::Payload);
    if let Some(payload) = payload {
        // The payload's media type is its type's, which the field's schema
        // does not say.
        out["requestBody"] = json!({
            "required": payload.required,
            "content": { "*/*": { "schema": components.schema(payload.schema.non_null()) } },
        });
    }
    let body = body_members(op);
    if !body.is_empty() {
        let mut schema = components.object(&body);
        schema["title"] = json!(request_model(op.name));
        let mut media = json!({ "schema": schema });
        if let Some(examples) = examples {
            if let Ok(value) = serde_json::from_slice::<Value>(examples.request.body()) {
                media["example"] = value;
            }
        }
        out["requestBody"] = json!({
            "required": body.iter().any(|f| f.required),
            "content": { "application/json": media },
        });
    }
    out["responses"] = responses(entry, components, examples);
    out
}

/// The members of an operation's JSON body.
pub(crate) fn body_members(op: &OperationInfo) -> Vec<crate::FieldInfo> {
    op.fields
        .iter()
        .filter(|f| f.location == Location::Body)
        .copied()
        .collect()
}

/// The name of an operation's request body, as AWS's reference pages give
/// it: `ImportBackendStorageReqObj`.
pub(crate) fn request_model(name: &str) -> String {
    format!("{name}ReqObj")
}

/// An answer: one status, the models it may carry.
struct Answer {
    description: String,
    codes: Vec<&'static str>,
    bodies: Vec<Value>,
    example: Option<Value>,
}

fn responses(entry: &Entry, components: &mut Components, examples: Option<&Examples>) -> Value {
    let op = &entry.op;
    let mut out = Map::new();
    let success = {
        let mut response = json!({
            "description": format!("{} response", op.status.as_u16()),
            "headers": {"x-amzn-RequestId": request_id_header()},
        });
        if !matches!(op.status.as_u16(), 204 | 205 | 304) {
            let mut media = json!({ "schema": components.schema(op.response) });
            if let Some(value) =
                examples.and_then(|e| serde_json::from_slice::<Value>(e.response.body()).ok())
            {
                media["example"] = value;
            }
            response["content"] = json!({ "application/json": media });
        }
        response
    };
    out.insert(op.status.as_u16().to_string(), success);

    let mut answers: BTreeMap<u16, Answer> = BTreeMap::new();
    for (index, error) in op.errors.iter().enumerate() {
        let answer = answers
            .entry(error.status.as_u16())
            .or_insert_with(|| Answer {
                description: format!("{} response", error.status.as_u16()),
                codes: Vec::new(),
                bodies: Vec::new(),
                example: None,
            });
        let body = components.schema(error.schema);
        answer.codes.push(error.code);
        answer.bodies.push(json!({
            "allOf": [body, {
                "type": "object",
                "properties": {"__type": {"const": error.code}},
                "required": ["__type"],
            }],
        }));
        if answer.example.is_none() {
            answer.example = examples
                .and_then(|e| e.errors.get(index))
                .and_then(|r| serde_json::from_slice(r.body()).ok());
        }
    }
    for (status, code) in own_errors(op) {
        let answer = answers.entry(status.as_u16()).or_insert_with(|| Answer {
            description: format!("{} response", status.as_u16()),
            codes: Vec::new(),
            bodies: Vec::new(),
            example: None,
        });
        if !answer.codes.contains(&code) {
            answer.codes.push(code);
        }
        let own = json!({"$ref": json_schema::reference(ERROR_BODY)});
        if !answer.bodies.contains(&own) {
            answer.bodies.push(own);
        }
    }
    for (status, answer) in answers {
        let schema = match answer.bodies.len() {
            1 => answer.bodies.into_iter().next().expect("one body"),
            _ => json!({ "anyOf": answer.bodies }),
        };
        let mut media = json!({ "schema": schema });
        if let Some(example) = answer.example {
            media["example"] = example;
        }
        out.insert(
            status.to_string(),
            json!({
                "description": answer.description,
                "headers": {
                    "x-amzn-RequestId": request_id_header(),
                    "x-amzn-ErrorType": {
                        "description": "The error's code, as in the body's `__type`.",
                        "schema": {"type": "string", "enum": answer.codes},
                    },
                },
                "content": {"application/json": media},
            }),
        );
    }
    Value::Object(out)
}

/// What the router itself answers for this operation: decode failures
/// (when it has fields), a body too large or not JSON (when it has a
/// body), and an internal failure.
fn own_errors(op: &OperationInfo) -> Vec<(StatusCode, &'static str)> {
    let mut out = Vec::new();
    if !op.fields.is_empty() {
        let kind = RequestErrorKind::InvalidBody;
        out.push((kind.status(), kind.code()));
    }
    if op
        .fields
        .iter()
        .any(|f| matches!(f.location, Location::Body | Location::Payload))
    {
        for kind in [
            RequestErrorKind::PayloadTooLarge,
            RequestErrorKind::UnsupportedMediaType,
        ] {
            out.push((kind.status(), kind.code()));
        }
    }
    out.push((StatusCode::INTERNAL_SERVER_ERROR, "InternalFailure"));
    out
}

/// The OPTIONS method of a path whose operations answer CORS: the
/// preflight, as the router answers it.
fn preflight(entry: &Entry, components: &mut Components) -> Value {
    let parameters: Vec<Value> = parameters(entry, components)
        .into_iter()
        .filter(|p| p["in"] == "path")
        .collect();
    let header =
        |description: &str| json!({"description": description, "schema": {"type": "string"}});
    let mut headers = json!({
        "Access-Control-Allow-Origin": header("The origins allowed."),
        "Access-Control-Allow-Methods": header("The methods allowed on this path."),
        "Access-Control-Allow-Headers": header("The request headers allowed."),
    });
    if entry.op.cors.max_age.is_some() {
        headers["Access-Control-Max-Age"] =
            header("How long the answer may be cached, in seconds.");
    }
    let mut out = json!({
        "summary": "CORS support",
        "description": "Enables CORS by returning the correct headers.",
        "responses": {
            "200": {
                "description": "200 response",
                "headers": headers,
            },
        },
    });
    if !parameters.is_empty() {
        out["parameters"] = json!(parameters);
    }
    out
}

/// A schema's model name for pages: a shape's name, else a description of
/// the type.
pub(crate) fn model_name(schema: &Schema) -> String {
    match schema.non_null() {
        Schema::Shape(info) => info().name.to_owned(),
        Schema::Object([]) => "Empty".to_owned(),
        Schema::Object(_) => "object".to_owned(),
        Schema::Array { items, .. } => format!("array of {}", model_name(items)),
        Schema::Map(values) => format!("map of {}", model_name(values)),
        Schema::Boolean => "Boolean".to_owned(),
        Schema::Integer { .. } => "Integer".to_owned(),
        Schema::Number { .. } => "Number".to_owned(),
        Schema::String => "String".to_owned(),
        _ => "any".to_owned(),
    }
}
