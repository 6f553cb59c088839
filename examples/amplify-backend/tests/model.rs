//! The declarations agree with the API model in `model/`: each operation's
//! name, method, path, fields, success status and errors, and the JSON of
//! its request body, response body and nested shapes, down to wire names,
//! required members and enum values.

use std::collections::{BTreeMap, BTreeSet};

use amplify_backend::{AmplifyBackendError, for_each_operation, operations};
use bytes::Bytes;
use opwire::{ErrorSet, Location, Operation, OperationInfo};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

fn model() -> Vec<Value> {
    serde_json::from_str(include_str!("../model/operations.json")).unwrap()
}

fn shapes() -> Value {
    serde_json::from_str(include_str!("../model/shapes.json")).unwrap()
}

/// Each declared operation beside its entry in the model.
fn pairs() -> Vec<(OperationInfo, Value)> {
    let mut model: BTreeMap<String, Value> = model()
        .into_iter()
        .map(|op| (op["name"].as_str().unwrap().to_owned(), op))
        .collect();
    operations()
        .into_iter()
        .map(|info| {
            let op = model
                .remove(info.name)
                .unwrap_or_else(|| panic!("{} is not in the model", info.name));
            (info, op)
        })
        .collect()
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

/// `backendEnvironmentName` → `backend_environment_name`.
fn snake_case(label: &str) -> String {
    let mut out = String::new();
    for ch in label.chars() {
        if ch.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

#[test]
fn every_operation_of_the_model_is_declared_once() {
    let declared: Vec<&str> = operations().iter().map(|info| info.name).collect();
    let unique: BTreeSet<&str> = declared.iter().copied().collect();
    assert_eq!(unique.len(), declared.len(), "declared twice: {declared:?}");
    let model = model();
    let expected: BTreeSet<&str> = model
        .iter()
        .map(|op| op["name"].as_str().unwrap())
        .collect();
    assert_eq!(expected.len(), 31);
    assert_eq!(unique, expected);
}

#[test]
fn methods_and_paths_agree() {
    for (info, op) in pairs() {
        assert_eq!(info.method.as_str(), op["method"], "{}", info.name);
        let template = op["uri"]
            .as_str()
            .unwrap()
            .replace('{', "<")
            .replace('}', ">");
        assert_eq!(info.template, template, "{}", info.name);
    }
}

#[test]
fn path_parameters_agree() {
    for (info, op) in pairs() {
        let labels: Vec<&str> = info
            .segments
            .iter()
            .filter_map(|s| s.label_name())
            .collect();
        assert_eq!(labels, strings(&op["path_params"]), "{}", info.name);
        let fields: Vec<_> = info
            .fields
            .iter()
            .filter(|f| f.location == Location::Path)
            .collect();
        assert_eq!(fields.len(), labels.len(), "{}", info.name);
        for (field, label) in fields.iter().zip(&labels) {
            assert_eq!(field.wire, *label, "{}", info.name);
            assert_eq!(field.field, snake_case(label), "{}", info.name);
            assert!(field.required, "{}: {label}", info.name);
        }
        for segment in info.segments {
            if let Some(label) = segment.label_name() {
                assert_eq!(segment.field(), Some(snake_case(label).as_str()));
            }
        }
    }
}

#[test]
fn body_fields_and_required_flags_agree() {
    for (info, op) in pairs() {
        let declared: BTreeMap<&str, bool> = info
            .fields
            .iter()
            .filter(|f| f.location == Location::Body)
            .map(|f| (f.wire, f.required))
            .collect();
        let model: BTreeMap<&str, bool> = op["body"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["name"].as_str().unwrap(),
                    f["required"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(declared, model, "{}", info.name);
        // This API has no query parameters or headers.
        assert!(
            info.fields
                .iter()
                .all(|f| matches!(f.location, Location::Path | Location::Body)),
            "{}",
            info.name
        );
    }
}

#[test]
fn success_statuses_agree() {
    for (info, op) in pairs() {
        assert_eq!(info.status.as_u16(), op["response_status"], "{}", info.name);
    }
}

#[test]
fn errors_agree() {
    for (info, op) in pairs() {
        let declared: BTreeSet<(&str, u16)> = info
            .errors
            .iter()
            .map(|e| (e.code, e.status.as_u16()))
            .collect();
        let model: BTreeSet<(&str, u16)> = op["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let status = u16::try_from(e["status"].as_u64().unwrap()).unwrap();
                (e["name"].as_str().unwrap(), status)
            })
            .collect();
        assert_eq!(declared, model, "{}", info.name);
    }
}

// ---------------------------------------------------------------- JSON shapes

/// A value of the type a field descriptor of the model describes: every
/// member of a structure, every value of a list of enums.
fn sample(desc: &Value, shapes: &Value) -> Value {
    if let Some(values) = desc.get("enum") {
        return values.as_array().unwrap().last().unwrap().clone();
    }
    match desc["type"].as_str().unwrap() {
        "string" => json!("text"),
        "integer" | "long" => json!(desc.get("min").and_then(Value::as_i64).unwrap_or(7)),
        "double" => json!(2.5),
        "boolean" => json!(true),
        "list" => match desc["items"].get("enum") {
            Some(values) => values.clone(),
            None => json!([sample(&desc["items"], shapes)]),
        },
        "structure" => {
            let name = desc["nested"].as_str().unwrap();
            sample_object(&shapes[name]["fields"], shapes)
        }
        other => panic!("no sample for type {other}"),
    }
}

fn sample_object(fields: &Value, shapes: &Value) -> Value {
    let members = fields.as_array().unwrap().iter().map(|field| {
        let name = field["name"].as_str().unwrap().to_owned();
        (name, sample(field, shapes))
    });
    Value::Object(members.collect())
}

/// Every member of `fields`, nested ones included (through lists too), as a
/// path of keys and indexes, with whether the model requires it.
fn members(fields: &Value, shapes: &Value, at: &[String], out: &mut Vec<(Vec<String>, bool)>) {
    for field in fields.as_array().unwrap() {
        let mut path = at.to_vec();
        path.push(field["name"].as_str().unwrap().to_owned());
        out.push((path.clone(), field["required"].as_bool().unwrap()));
        let mut desc = field;
        if desc["type"] == "list" {
            desc = &desc["items"];
            path.push("0".to_owned());
        }
        if desc["type"] == "structure" {
            let nested = &shapes[desc["nested"].as_str().unwrap()]["fields"];
            members(nested, shapes, &path, out);
        }
    }
}

fn without(value: &Value, path: &[String]) -> Value {
    let mut value = value.clone();
    let (last, parents) = path.split_last().unwrap();
    let mut parent = &mut value;
    for key in parents {
        parent = match parent {
            Value::Array(items) => &mut items[key.parse::<usize>().unwrap()],
            other => &mut other[key.as_str()],
        };
    }
    parent.as_object_mut().unwrap().remove(last);
    value
}

fn http_request(op: &Value, body: &Value) -> http::Request<Bytes> {
    let mut uri = op["uri"].as_str().unwrap().to_owned();
    for label in strings(&op["path_params"]) {
        uri = uri.replace(&format!("{{{label}}}"), &format!("{label}-1"));
    }
    let body = if op["body"].as_array().unwrap().is_empty() {
        Bytes::new()
    } else {
        Bytes::from(body.to_string())
    };
    http::Request::builder()
        .method(op["method"].as_str().unwrap())
        .uri(uri)
        .header("content-type", "application/json")
        .body(body)
        .unwrap()
}

fn body_of(request: &http::Request<Bytes>) -> Value {
    if request.body().is_empty() {
        return json!({});
    }
    serde_json::from_slice(request.body()).unwrap()
}

/// The request body with every member decodes and encodes back unchanged;
/// without any one member, it decodes only if the member is optional, and
/// encodes back without it (no `null`).
fn request_round_trips<Op: Operation>(op: &Value, shapes: &Value) {
    let full = sample_object(&op["body"], shapes);
    let request = http_request(op, &full);
    let decoded = Op::from_request(&request).unwrap_or_else(|e| panic!("{}: {e}", Op::NAME));
    let encoded = decoded.to_request().unwrap();
    assert_eq!(encoded.method(), request.method(), "{}", Op::NAME);
    assert_eq!(encoded.uri(), request.uri(), "{}", Op::NAME);
    assert_eq!(body_of(&encoded), full, "{}", Op::NAME);

    let mut paths = Vec::new();
    members(&op["body"], shapes, &[], &mut paths);
    for (path, required) in paths {
        let partial = without(&full, &path);
        match Op::from_request(&http_request(op, &partial)) {
            Ok(decoded) => {
                assert!(!required, "{}: decodes without {path:?}", Op::NAME);
                let encoded = decoded.to_request().unwrap();
                assert_eq!(body_of(&encoded), partial, "{}", Op::NAME);
            }
            Err(err) => assert!(required, "{}: needs {path:?}: {err}", Op::NAME),
        }
    }
}

/// The same for the success body, read as [`Operation::Response`].
fn response_round_trips<Op: Operation>(op: &Value, shapes: &Value) {
    round_trips::<Op::Response>(Op::NAME, &op["response_body"], shapes);
}

fn round_trips<T: Serialize + DeserializeOwned>(name: &str, fields: &Value, shapes: &Value) {
    let full = sample_object(fields, shapes);
    let decoded: T = serde_json::from_value(full.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(serde_json::to_value(&decoded).unwrap(), full, "{name}");
    let mut paths = Vec::new();
    members(fields, shapes, &[], &mut paths);
    for (path, required) in paths {
        let partial = without(&full, &path);
        match serde_json::from_value::<T>(partial.clone()) {
            Ok(decoded) => {
                assert!(!required, "{name}: decodes without {path:?}");
                assert_eq!(serde_json::to_value(&decoded).unwrap(), partial, "{name}");
            }
            Err(err) => assert!(required, "{name}: needs {path:?}: {err}"),
        }
    }
}

type Check = fn(&Value, &Value);

/// Per operation name: its request and response checks.
fn checks() -> BTreeMap<&'static str, (Check, Check)> {
    macro_rules! checks {
        ($($op:path),* $(,)?) => {
            BTreeMap::from([$((
                <$op as Operation>::NAME,
                (request_round_trips::<$op> as Check, response_round_trips::<$op> as Check),
            )),*])
        };
    }
    for_each_operation!(checks)
}

#[test]
fn request_bodies_agree() {
    let (checks, shapes) = (checks(), shapes());
    assert_eq!(checks.len(), 31);
    for op in model() {
        let (request, _) = checks[op["name"].as_str().unwrap()];
        request(&op, &shapes);
    }
}

#[test]
fn response_bodies_agree() {
    let (checks, shapes) = (checks(), shapes());
    for op in model() {
        let (_, response) = checks[op["name"].as_str().unwrap()];
        response(&op, &shapes);
    }
}

#[test]
fn error_bodies_agree() {
    let shapes = shapes();
    for op in model() {
        for error in op["errors"].as_array().unwrap() {
            let code = error["name"].as_str().unwrap();
            let index = AmplifyBackendError::ERRORS
                .iter()
                .position(|info| info.code == code)
                .unwrap_or_else(|| panic!("{code} is not declared"));
            let full = sample_object(&error["fields"], &shapes);
            let decoded =
                AmplifyBackendError::from_json(index, full.to_string().as_bytes()).unwrap();
            assert_eq!(decoded.info().code, code);
            let encoded: Value = serde_json::from_slice(&decoded.to_json().unwrap()).unwrap();
            assert_eq!(encoded, full, "{code}");
        }
    }
}

/// Per shape name: a check of its Rust type against the model's shape.
fn shape_checks() -> BTreeMap<&'static str, fn(&str, &Value, &Value)> {
    macro_rules! shapes {
        ($($module:ident::$ty:ident),* $(,)?) => {
            BTreeMap::from([$((
                stringify!($ty),
                check_shape::<amplify_backend::$module::$ty> as fn(&str, &Value, &Value),
            )),*])
        };
    }
    shapes!(
        api::BackendAPIAppSyncAuthSettings,
        api::BackendAPIAuthType,
        api::BackendAPIConflictResolution,
        api::BackendAPIResourceConfig,
        api::Mode,
        api::ResolutionStrategy,
        api::Status,
        auth::AdditionalConstraintsElement,
        auth::AuthResources,
        auth::BackendAuthAppleProviderConfig,
        auth::BackendAuthSocialProviderConfig,
        auth::CreateBackendAuthForgotPasswordConfig,
        auth::CreateBackendAuthIdentityPoolConfig,
        auth::CreateBackendAuthMFAConfig,
        auth::CreateBackendAuthOAuthConfig,
        auth::CreateBackendAuthPasswordPolicyConfig,
        auth::CreateBackendAuthResourceConfig,
        auth::CreateBackendAuthUserPoolConfig,
        auth::CreateBackendAuthVerificationMessageConfig,
        auth::DeliveryMethod,
        auth::EmailSettings,
        auth::MFAMode,
        auth::MfaTypesElement,
        auth::OAuthGrantType,
        auth::OAuthScopesElement,
        auth::RequiredSignUpAttributesElement,
        auth::Service,
        auth::Settings,
        auth::SignInMethod,
        auth::SmsSettings,
        auth::SocialProviderSettings,
        auth::UpdateBackendAuthForgotPasswordConfig,
        auth::UpdateBackendAuthIdentityPoolConfig,
        auth::UpdateBackendAuthMFAConfig,
        auth::UpdateBackendAuthOAuthConfig,
        auth::UpdateBackendAuthPasswordPolicyConfig,
        auth::UpdateBackendAuthResourceConfig,
        auth::UpdateBackendAuthUserPoolConfig,
        auth::UpdateBackendAuthVerificationMessageConfig,
        backend::ResourceConfig,
        job::BackendJobRespObj,
        s3::S3BucketInfo,
        storage::AuthenticatedElement,
        storage::BackendStoragePermissions,
        storage::CreateBackendStorageResourceConfig,
        storage::GetBackendStorageResourceConfig,
        storage::ServiceName,
        storage::UnAuthenticatedElement,
        storage::UpdateBackendStorageResourceConfig,
        config::LoginAuthConfigReqObj,
    )
}

/// A structure round-trips like a body; an enum takes exactly the model's
/// values, each written as the model spells it.
fn check_shape<T: Serialize + DeserializeOwned>(name: &str, shape: &Value, shapes: &Value) {
    if shape["type"] == "structure" {
        return round_trips::<T>(name, &shape["fields"], shapes);
    }
    for value in shape["values"].as_array().unwrap() {
        let decoded: T =
            serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&serde_json::to_value(&decoded).unwrap(), value, "{name}");
    }
    assert!(
        serde_json::from_value::<T>(json!("NOT_A_VALUE")).is_err(),
        "{name}"
    );
}

#[test]
fn nested_shapes_agree() {
    let shapes = shapes();
    let checks = shape_checks();
    let model: BTreeSet<&str> = shapes
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let declared: BTreeSet<&str> = checks.keys().copied().collect();
    assert_eq!(model.len(), 50);
    assert_eq!(declared, model);
    for (name, shape) in shapes.as_object().unwrap() {
        checks[name.as_str()](name, shape, &shapes);
    }
}

#[test]
fn enum_values_are_written_as_the_model_spells_them() {
    use amplify_backend::api::Mode;
    use amplify_backend::auth::{MFAMode, OAuthScopesElement, RequiredSignUpAttributesElement};
    use amplify_backend::storage::ServiceName;
    let written = serde_json::to_value((
        Mode::OpenIdConnect,
        OAuthScopesElement::OpenId,
        OAuthScopesElement::AwsCognitoSigninUserAdmin,
        RequiredSignUpAttributesElement::ZoneInfo,
        MFAMode::Optional,
        ServiceName::S3,
    ))
    .unwrap();
    assert_eq!(
        written,
        json!([
            "OPENID_CONNECT",
            "OPENID",
            "AWS_COGNITO_SIGNIN_USER_ADMIN",
            "ZONE_INFO",
            "OPTIONAL",
            "S3"
        ])
    );
}
