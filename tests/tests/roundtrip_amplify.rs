//! Every one of the 31 AmplifyBackend operations round-trips arbitrary
//! values (properties, proptest), from one generator driven by the API
//! model (`examples/amplify-backend/model/`):
//!
//! 1. From the model's path parameters and body members (and the shapes they
//!    nest), a case draws arbitrary label values and an arbitrary JSON body:
//!    every member, optional ones absent, `null` or present, every enum
//!    value, lists empty to long, any string, `i32` edges and any finite
//!    double, plus an unknown member to ignore. It builds the request as a
//!    client that knows only the model would (labels encoded by
//!    `arbitrary::aws_encode`) and decodes it with `Op::from_request`.
//! 2. `to_request` of that value gives the same method, the same path (a
//!    URI, one segment per label) and the same body, member for member and
//!    bit for bit.
//! 3. Through a router of all 31 operations whose handlers record what they
//!    receive, the request reaches this operation's handler as an equal value.
//! 4. The handler's answer, a success body drawn from the model's response
//!    members or any of the four `AmplifyBackendError`s drawn from the
//!    model's errors, comes back from `parse_response` equal and, for an
//!    error, as the same variant; `respond` and `parse_response` alone too.
//!
//! `every_operation_has_a_property` fails if one of the 31 is left out, and
//! `the_generator_covers_every_field` if a declared field is not in the
//! model the generator reads.
//!
//! `PROPTEST_CASES=20000 cargo test -p opwire-tests --test roundtrip_amplify`
//! makes a long run (26 minutes on two cores); see `arbitrary/mod.rs`.

mod arbitrary;

use std::any::Any;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::sync::{Arc, LazyLock, Mutex};

use amplify_backend::errors::{
    BadRequestException, GatewayTimeoutException, NotFoundException, TooManyRequestsException,
};
use amplify_backend::{AmplifyBackendError, for_each_operation, operations};
use arbitrary::{any_i32, check_path, config, double, label, text};
use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{Request, Response};
use opwire::{ErrorSet, Location, Operation, ResponseError, Router};
use opwire_tests::oracle::{aws_encode, now, same_json};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::Union;
use serde_json::{Map, Value};

const REGRESSIONS: &str = "proptest-regressions/roundtrip_amplify.txt";

/// The model's operations, by name.
static MODEL: LazyLock<BTreeMap<String, Value>> = LazyLock::new(|| {
    let list: Vec<Value> = serde_json::from_str(include_str!(
        "../../examples/amplify-backend/model/operations.json"
    ))
    .unwrap();
    list.into_iter()
        .map(|op| (op["name"].as_str().unwrap().to_owned(), op))
        .collect()
});

/// The structures and enums the model's operations nest.
static SHAPES: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(include_str!(
        "../../examples/amplify-backend/model/shapes.json"
    ))
    .unwrap()
});

/// The name the generator gives a member no declaration has: decoding must
/// ignore it.
const UNKNOWN: &str = "opwireUnknownMember";

// ------------------------------------------------------------ the generator

/// Arbitrary JSON values of the type a field descriptor of the model
/// describes (`type`, `enum`, `items`, `nested`); doubles from `doubles`.
fn value_of(desc: &Value, doubles: &BoxedStrategy<f64>) -> BoxedStrategy<Value> {
    if let Some(values) = desc.get("enum") {
        return select(values.as_array().unwrap().clone()).boxed();
    }
    match desc["type"].as_str().unwrap() {
        "string" => text().prop_map(Value::String).boxed(),
        "boolean" => any::<bool>().prop_map(Value::Bool).boxed(),
        // Within the model's range where it states one (the declaration's
        // type enforces it), else any `i32`.
        "integer" => match (desc["min"].as_i64(), desc["max"].as_i64()) {
            (Some(min), Some(max)) => (min..=max).prop_map(Value::from).boxed(),
            _ => any_i32().prop_map(Value::from).boxed(),
        },
        "double" => doubles.clone().prop_map(Value::from).boxed(),
        "list" => {
            let item = value_of(&desc["items"], doubles);
            prop_oneof![
                4 => vec(item.clone(), 0..4),
                1 => vec(item, 16..48),
            ]
            .prop_map(Value::Array)
            .boxed()
        }
        "structure" => {
            let nested = desc["nested"].as_str().unwrap();
            object_of(&SHAPES[nested]["fields"], doubles)
        }
        other => panic!("the model has a type the generator does not know: {other}"),
    }
}

/// Arbitrary JSON objects with the members `fields` lists: each required
/// one, and each optional one absent, `null` or present.
fn object_of(fields: &Value, doubles: &BoxedStrategy<f64>) -> BoxedStrategy<Value> {
    let members: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
        .as_array()
        .unwrap()
        .iter()
        .map(|field| {
            let name = field["name"].as_str().unwrap().to_owned();
            let value = value_of(field, doubles);
            let present = value.prop_map(move |value| Some((name.clone(), value)));
            if field["required"] == true {
                present.boxed()
            } else {
                let null = Some((field["name"].as_str().unwrap().to_owned(), Value::Null));
                prop_oneof![1 => Just(None), 1 => Just(null), 3 => present].boxed()
            }
        })
        .collect();
    members
        .prop_map(|members| Value::Object(members.into_iter().flatten().collect()))
        .boxed()
}

/// One case of one operation.
#[derive(Debug, Clone)]
struct Case {
    /// The path labels, in the model's `path_params` order.
    labels: Vec<String>,
    /// The request body as sent: `null` members, maybe an unknown one.
    body: Value,
    /// Whether the body is sent pretty-printed (whitespace between tokens).
    pretty: bool,
    /// For an operation without body members and an empty `body`: whether
    /// to send no body at all rather than `{}`.
    no_body: bool,
    /// The handler's success answer, as JSON.
    response: Value,
    /// The handler's error answer: the model's error name and its JSON.
    error: (String, Value),
}

fn case_of(name: &str, doubles: BoxedStrategy<f64>) -> BoxedStrategy<Case> {
    let model = &MODEL[name];
    let labels = vec(label(), model["path_params"].as_array().unwrap().len());
    let body = (
        object_of(&model["body"], &doubles),
        proptest::option::of(text()),
    )
        .prop_map(|(mut body, unknown)| {
            if let Some(unknown) = unknown {
                body.as_object_mut()
                    .unwrap()
                    .insert(UNKNOWN.to_owned(), Value::String(unknown));
            }
            body
        });
    let response = object_of(&model["response_body"], &doubles);
    let errors = model["errors"].as_array().unwrap().iter().map(|error| {
        let name = error["name"].as_str().unwrap().to_owned();
        object_of(&error["fields"], &doubles)
            .prop_map(move |fields| (name.clone(), fields))
            .boxed()
    });
    let error = Union::new(errors);
    (labels, body, any::<bool>(), any::<bool>(), response, error)
        .prop_map(|(labels, body, pretty, no_body, response, error)| Case {
            labels,
            body,
            pretty,
            no_body,
            response,
            error,
        })
        .boxed()
}

/// The doubles of the main properties: any finite one, edges included.
fn doubles() -> BoxedStrategy<f64> {
    double().boxed()
}

// -------------------------------------------------------------- JSON checks

/// `value` without its `null` members (at every depth) and the unknown one:
/// what a decoder keeps and an encoder writes back.
fn kept(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(name, value)| !value.is_null() && *name != UNKNOWN)
                .map(|(name, value)| (name.clone(), kept(value)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(kept).collect()),
        other => other.clone(),
    }
}

fn json_of(body: &[u8]) -> Result<Value, TestCaseError> {
    serde_json::from_slice(body).map_err(|err| TestCaseError::fail(format!("not JSON: {err}")))
}

// ---------------------------------------------------------------- errors

/// The typed error the model's error `name` with members `fields` is.
fn typed_error(name: &str, fields: &Value) -> AmplifyBackendError {
    let fields = fields.clone();
    match name {
        "BadRequestException" => {
            serde_json::from_value::<BadRequestException>(fields).map(Into::into)
        }
        "NotFoundException" => serde_json::from_value::<NotFoundException>(fields).map(Into::into),
        "TooManyRequestsException" => {
            serde_json::from_value::<TooManyRequestsException>(fields).map(Into::into)
        }
        "GatewayTimeoutException" => {
            serde_json::from_value::<GatewayTimeoutException>(fields).map(Into::into)
        }
        other => panic!("an error the model has and the test does not: {other}"),
    }
    .unwrap_or_else(|err| panic!("{name} does not decode from the model's members: {err}"))
}

/// The same variant with an equal value (the error set derives only
/// `Debug`).
fn same_error(a: &AmplifyBackendError, b: &AmplifyBackendError) -> bool {
    use AmplifyBackendError as E;
    match (a, b) {
        (E::BadRequestException(a), E::BadRequestException(b)) => a == b,
        (E::NotFoundException(a), E::NotFoundException(b)) => a == b,
        (E::TooManyRequestsException(a), E::TooManyRequestsException(b)) => a == b,
        (E::GatewayTimeoutException(a), E::GatewayTimeoutException(b)) => a == b,
        _ => false,
    }
}

// --------------------------------------------------------------- the router

/// What the recording handlers share: the last value received, and the
/// answer to give next.
#[derive(Default)]
struct Slot {
    received: Option<(&'static str, Box<dyn Any + Send>)>,
    reply: Option<Box<dyn Any + Send>>,
}

/// A router of all 31 operations whose handlers record what they receive.
struct Recorder {
    router: Router,
    slot: Arc<Mutex<Slot>>,
}

type Reply<Op> = Result<<Op as Operation>::Response, AmplifyBackendError>;

fn record<Op>(router: Router, slot: &Arc<Mutex<Slot>>) -> Router
where
    Op: Operation<Error = AmplifyBackendError>,
{
    let slot = slot.clone();
    router.route(move |op: Op| {
        let mut slot = slot.lock().unwrap();
        slot.received = Some((Op::NAME, Box::new(op)));
        let reply = slot
            .reply
            .take()
            .and_then(|reply| reply.downcast::<Reply<Op>>().ok())
            .map_or_else(
                || {
                    Err(GatewayTimeoutException {
                        message: Some(format!("{}: no reply was set", Op::NAME)),
                    }
                    .into())
                },
                |reply| *reply,
            );
        std::future::ready(reply)
    })
}

impl Recorder {
    fn new() -> Self {
        let slot = Arc::new(Mutex::new(Slot::default()));
        macro_rules! routes {
            ($($op:path),* $(,)?) => {{
                let router = Router::new();
                $(let router = record::<$op>(router, &slot);)*
                router
            }};
        }
        Recorder {
            router: for_each_operation!(routes),
            slot,
        }
    }

    /// Dispatches `request` with `reply` as the answer; what the handler
    /// received (which operation, and the value) and the response.
    fn dispatch<Op>(
        &self,
        request: Request<Bytes>,
        reply: Reply<Op>,
    ) -> (Option<(&'static str, Option<Op>)>, Response<Bytes>)
    where
        Op: Operation<Error = AmplifyBackendError>,
    {
        self.slot.lock().unwrap().reply = Some(Box::new(reply));
        let response = now(self.router.dispatch(request));
        let mut slot = self.slot.lock().unwrap();
        slot.reply = None;
        let received = slot
            .received
            .take()
            .map(|(name, value)| (name, value.downcast::<Op>().ok().map(|op| *op)));
        (received, response)
    }
}

// ------------------------------------------------------------ the property

/// The request a client that knows only the model sends for `case`.
fn model_request(model: &Value, case: &Case) -> (String, Request<Bytes>) {
    let mut path = model["uri"].as_str().unwrap().to_owned();
    for (name, value) in model["path_params"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&case.labels)
    {
        let placeholder = format!("{{{}}}", name.as_str().unwrap());
        path = path.replace(&placeholder, &aws_encode(value));
    }
    let mut request = Request::builder()
        .method(model["method"].as_str().unwrap())
        .uri(&path);
    let empty = case.body.as_object().unwrap().is_empty();
    let body = if empty && case.no_body {
        Bytes::new()
    } else {
        request = request.header(CONTENT_TYPE, "application/json");
        let text = if case.pretty {
            serde_json::to_vec_pretty(&case.body)
        } else {
            serde_json::to_vec(&case.body)
        };
        Bytes::from(text.unwrap())
    };
    (path, request.body(body).unwrap())
}

/// Checks a response that carries `error` (the model's name and members).
fn check_error_response(
    model: &Value,
    response: &Response<Bytes>,
    name: &str,
    fields: &Value,
) -> Result<(), TestCaseError> {
    let status = model["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|error| error["name"] == name)
        .unwrap()["status"]
        .as_u64()
        .unwrap();
    prop_assert_eq!(u64::from(response.status().as_u16()), status);
    prop_assert_eq!(
        response
            .headers()
            .get("x-amzn-errortype")
            .map(|v| v.as_bytes()),
        Some(name.as_bytes())
    );
    prop_assert_eq!(
        response.headers()[CONTENT_TYPE].as_bytes(),
        b"application/json"
    );
    let mut body = json_of(response.body())?;
    // The code is in the body too, for clients that cannot read the header.
    let typed = body
        .as_object_mut()
        .and_then(|members| members.remove("__type"));
    prop_assert_eq!(typed, Some(Value::from(name)));
    prop_assert!(
        same_json(&body, &kept(fields)),
        "{} sent as {}",
        fields,
        body
    );
    Ok(())
}

fn parsed_error<Op>(response: &Response<Bytes>) -> Result<AmplifyBackendError, TestCaseError>
where
    Op: Operation<Error = AmplifyBackendError>,
    Op::Response: Debug,
{
    match Op::parse_response(response) {
        Err(ResponseError::Modeled(err)) => Ok(err),
        other => Err(TestCaseError::fail(format!(
            "not a declared error: {other:?}"
        ))),
    }
}

fn check<Op>(case: &Case) -> Result<(), TestCaseError>
where
    Op: Operation<Error = AmplifyBackendError> + Clone + PartialEq + Debug,
    Op::Response: Clone + PartialEq + Debug,
{
    let model = &MODEL[Op::NAME];

    // 1. The model's request decodes.
    let (path, request) = model_request(model, case);
    let op = Op::from_request(&request)
        .map_err(|err| TestCaseError::fail(format!("{} does not decode: {err}", Op::NAME)))?;

    // 2. It encodes back to the same request.
    let encoded = op.to_request().unwrap();
    prop_assert_eq!(encoded.method(), request.method());
    prop_assert_eq!(encoded.uri().to_string(), path.as_str());
    let labels: Vec<&str> = case.labels.iter().map(String::as_str).collect();
    check_path(&op.path().unwrap(), Op::SEGMENTS, &labels)?;
    if model["body"].as_array().unwrap().is_empty() {
        prop_assert!(encoded.body().is_empty(), "no body members, yet a body");
    } else {
        prop_assert_eq!(
            encoded.headers()[CONTENT_TYPE].as_bytes(),
            b"application/json"
        );
        let body = json_of(encoded.body())?;
        let expected = kept(&case.body);
        prop_assert!(
            same_json(&body, &expected),
            "sent {}, encoded back {}",
            expected,
            body
        );
    }

    // 3 and 4. The router hands it to this operation's handler, whose
    // success answer comes back.
    let value: Op::Response = serde_json::from_value(case.response.clone())
        .map_err(|err| TestCaseError::fail(format!("the response does not decode: {err}")))?;
    let written = serde_json::to_value(&value).unwrap();
    prop_assert!(
        same_json(&written, &kept(&case.response)),
        "response type drops members"
    );
    let (received, response) = Recorder::new().dispatch::<Op>(encoded, Ok(value.clone()));
    prop_assert_eq!(received, Some((Op::NAME, Some(op.clone()))));
    let status = model["response_status"].as_u64().unwrap();
    prop_assert_eq!(u64::from(response.status().as_u16()), status);
    prop_assert_eq!(Op::parse_response(&response).unwrap(), value.clone());
    let direct = Op::respond(Ok(value.clone()));
    prop_assert_eq!(Op::parse_response(&direct).unwrap(), value);

    // And its error answer comes back as the same variant.
    let (name, fields) = &case.error;
    let recorder = Recorder::new();
    let reply = Err(typed_error(name, fields));
    let (received, response) = recorder.dispatch::<Op>(op.to_request().unwrap(), reply);
    prop_assert_eq!(received, Some((Op::NAME, Some(op))));
    check_error_response(model, &response, name, fields)?;
    let back = parsed_error::<Op>(&response)?;
    let expected = typed_error(name, fields);
    prop_assert!(
        same_error(&back, &expected),
        "{:?} came back as {:?}",
        expected,
        back
    );
    let direct = Op::respond(Err(typed_error(name, fields)));
    check_error_response(model, &direct, name, fields)?;
    let back = parsed_error::<Op>(&direct)?;
    prop_assert!(
        same_error(&back, &expected),
        "{:?} came back as {:?}",
        expected,
        back
    );
    Ok(())
}

/// One property per operation, and the list of those tested.
macro_rules! properties {
    ($($test:ident => $op:ty),* $(,)?) => {
        /// The operations that have a property, by name.
        const TESTED: &[&str] = &[$(<$op as Operation>::NAME),*];

        proptest! {
            #![proptest_config(config(REGRESSIONS))]
            $(
                #[test]
                fn $test(case in case_of(<$op as Operation>::NAME, doubles())) {
                    check::<$op>(&case)?;
                }
            )*
        }
    };
}

properties! {
    clone_backend => amplify_backend::backend::CloneBackend,
    create_backend => amplify_backend::backend::CreateBackend,
    delete_backend => amplify_backend::backend::DeleteBackend,
    get_backend => amplify_backend::backend::GetBackend,
    remove_all_backends => amplify_backend::backend::RemoveAllBackends,
    create_backend_api => amplify_backend::api::CreateBackendAPI,
    delete_backend_api => amplify_backend::api::DeleteBackendAPI,
    generate_backend_api_models => amplify_backend::api::GenerateBackendAPIModels,
    get_backend_api => amplify_backend::api::GetBackendAPI,
    get_backend_api_models => amplify_backend::api::GetBackendAPIModels,
    update_backend_api => amplify_backend::api::UpdateBackendAPI,
    create_backend_auth => amplify_backend::auth::CreateBackendAuth,
    delete_backend_auth => amplify_backend::auth::DeleteBackendAuth,
    get_backend_auth => amplify_backend::auth::GetBackendAuth,
    import_backend_auth => amplify_backend::auth::ImportBackendAuth,
    update_backend_auth => amplify_backend::auth::UpdateBackendAuth,
    create_backend_storage => amplify_backend::storage::CreateBackendStorage,
    delete_backend_storage => amplify_backend::storage::DeleteBackendStorage,
    get_backend_storage => amplify_backend::storage::GetBackendStorage,
    import_backend_storage => amplify_backend::storage::ImportBackendStorage,
    update_backend_storage => amplify_backend::storage::UpdateBackendStorage,
    create_backend_config => amplify_backend::config::CreateBackendConfig,
    remove_backend_config => amplify_backend::config::RemoveBackendConfig,
    update_backend_config => amplify_backend::config::UpdateBackendConfig,
    create_token => amplify_backend::token::CreateToken,
    delete_token => amplify_backend::token::DeleteToken,
    get_token => amplify_backend::token::GetToken,
    get_backend_job => amplify_backend::job::GetBackendJob,
    list_backend_jobs => amplify_backend::job::ListBackendJobs,
    update_backend_job => amplify_backend::job::UpdateBackendJob,
    list_s3_buckets => amplify_backend::s3::ListS3Buckets,
}

// ------------------------------------------------------------ completeness

#[test]
fn every_operation_has_a_property() {
    let tested: BTreeSet<&str> = TESTED.iter().copied().collect();
    assert_eq!(tested.len(), TESTED.len(), "an operation is listed twice");
    assert_eq!(TESTED.len(), 31);
    let declared: BTreeSet<&str> = operations().iter().map(|info| info.name).collect();
    assert_eq!(
        tested, declared,
        "`for_each_operation!` and the properties differ"
    );
    let model: BTreeSet<&str> = MODEL.keys().map(String::as_str).collect();
    assert_eq!(tested, model, "the model and the properties differ");
}

/// The generator draws the model's members; each declared field must be one
/// of them, so that each gets arbitrary values (nested shapes are checked
/// against the model member for member by `amplify-backend`'s
/// `tests/model.rs`, and a member dropped on the way fails `check`).
#[test]
fn the_generator_covers_every_field() {
    let names = |list: &Value| -> BTreeSet<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|item| match item {
                Value::String(name) => name.clone(),
                field => field["name"].as_str().unwrap().to_owned(),
            })
            .collect()
    };
    for info in operations() {
        let model = &MODEL[info.name];
        let wire = |location: Location| -> BTreeSet<String> {
            info.fields
                .iter()
                .filter(|field| field.location == location)
                .map(|field| field.wire.to_owned())
                .collect()
        };
        assert_eq!(
            wire(Location::Path),
            names(&model["path_params"]),
            "{}",
            info.name
        );
        assert_eq!(wire(Location::Body), names(&model["body"]), "{}", info.name);
        assert!(wire(Location::Query).is_empty(), "{}", info.name);
        assert!(wire(Location::Header).is_empty(), "{}", info.name);
        let errors: BTreeSet<(String, u16)> = model["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let status = e["status"].as_u64().unwrap();
                (e["name"].as_str().unwrap().to_owned(), status as u16)
            })
            .collect();
        let declared: BTreeSet<(String, u16)> = info
            .errors
            .iter()
            .map(|e| (e.code.to_owned(), e.status.as_u16()))
            .collect();
        assert_eq!(errors, declared, "{}", info.name);
        assert_eq!(errors.len(), 4, "{}", info.name);
    }
    assert_eq!(AmplifyBackendError::ERRORS.len(), 4);
}

/// `x` in a request body (`CreateBackendAPI`'s `expirationTime`) reaches
/// the handler with the same bits, and in a response body (`GetBackendAPI`'s)
/// comes back with the same bits.
fn check_double(x: f64) -> Result<(), TestCaseError> {
    use amplify_backend::api::*;
    use amplify_backend::job::JobResponse;
    let settings = BackendAPIAppSyncAuthSettings {
        expiration_time: Some(x),
        ..BackendAPIAppSyncAuthSettings::default()
    };
    let config = BackendAPIResourceConfig {
        default_auth_type: Some(BackendAPIAuthType {
            mode: Some(Mode::ApiKey),
            settings: Some(settings),
        }),
        ..BackendAPIResourceConfig::default()
    };
    let expiration =
        |config: BackendAPIResourceConfig| config.default_auth_type?.settings?.expiration_time;
    let op = CreateBackendAPI {
        app_id: "app".into(),
        backend_environment_name: "dev".into(),
        resource_config: config.clone(),
        resource_name: "api".into(),
    };
    let reply = Ok(JobResponse::default());
    let (received, _) =
        Recorder::new().dispatch::<CreateBackendAPI>(op.to_request().unwrap(), reply);
    let received = received
        .and_then(|(_, op)| op)
        .expect("the handler was called");
    let back = expiration(received.resource_config).expect("a double");
    prop_assert_eq!(
        back.to_bits(),
        x.to_bits(),
        "request: {:?} came back as {:?}",
        x,
        back
    );

    let answer = GetBackendAPIResponse {
        resource_config: Some(config),
        ..GetBackendAPIResponse::default()
    };
    let response = GetBackendAPI::respond(Ok(answer));
    let parsed = GetBackendAPI::parse_response(&response).unwrap();
    let back = expiration(parsed.resource_config.unwrap()).expect("a double");
    prop_assert_eq!(
        back.to_bits(),
        x.to_bits(),
        "response: {:?} came back as {:?}",
        x,
        back
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(REGRESSIONS))]

    /// Any finite double in a body comes back with the same bits.
    #[test]
    fn any_finite_double_round_trips(x in arbitrary::any_finite_f64()) {
        check_double(x)?;
    }
}

/// Doubles that come back one unit in the last place off: what
/// `any_finite_double_round_trips` found (the last), and plainer ones.
#[test]
fn doubles_that_came_back_one_ulp_off() {
    for x in [
        8_746_894_410_601_100.0,
        101_546.862_804_481_89,
        1.100_000_000_000_000_2e300,
        -1.547_273_668_133_031_2e-271,
    ] {
        check_double(x).unwrap();
    }
}

// ------------------------------------------------- errors name their field

/// A JSON value of another type than the model's `desc` describes, the
/// `choice`-th of those.
fn wrong_value(desc: &Value, choice: usize) -> Value {
    let kind = if desc.get("enum").is_some() {
        "string"
    } else {
        desc["type"].as_str().unwrap()
    };
    let wrong: Vec<Value> = [
        Value::from(7),
        Value::from(1.5),
        Value::from("x"),
        Value::from(true),
        Value::Array(vec![Value::from(1)]),
        serde_json::json!({"a": 1}),
    ]
    .into_iter()
    .filter(|value| match kind {
        "string" => !value.is_string(),
        "boolean" => !value.is_boolean(),
        "integer" => !value.is_i64(),
        "double" => !value.is_number(),
        "list" => !value.is_array(),
        "structure" => !value.is_object(),
        other => panic!("a type the test does not know: {other}"),
    })
    .collect();
    wrong[choice % wrong.len()].clone()
}

/// A step down a JSON body.
#[derive(Debug, Clone)]
enum Step {
    Member(String),
    Index(usize),
}

/// Every place in `value` (an object with the members `fields` describes)
/// where a wrong value can go, with the model's description of what is
/// expected there: each present member and list element, at every depth,
/// and each absent member.
fn places(value: &Value, fields: &Value, at: &[Step], out: &mut Vec<(Vec<Step>, Value)>) {
    for field in fields.as_array().unwrap() {
        let name = field["name"].as_str().unwrap();
        let mut path = at.to_vec();
        path.push(Step::Member(name.to_owned()));
        out.push((path.clone(), field.clone()));
        if let Some(member) = value.get(name) {
            places_in(member, field, &path, out);
        }
    }
}

fn places_in(value: &Value, desc: &Value, at: &[Step], out: &mut Vec<(Vec<Step>, Value)>) {
    match desc["type"].as_str() {
        Some("list") if value.is_array() => {
            for (index, item) in value.as_array().unwrap().iter().enumerate() {
                let mut path = at.to_vec();
                path.push(Step::Index(index));
                out.push((path.clone(), desc["items"].clone()));
                places_in(item, &desc["items"], &path, out);
            }
        }
        Some("structure") if value.is_object() => {
            let nested = desc["nested"].as_str().unwrap();
            places(value, &SHAPES[nested]["fields"], at, out);
        }
        _ => {}
    }
}

/// `body` with `value` put at `path`.
fn put(body: &mut Value, path: &[Step], value: Value) {
    match path {
        [] => *body = value,
        [Step::Member(name), rest @ ..] => {
            let members = body.as_object_mut().unwrap();
            put(
                members.entry(name.clone()).or_insert(Value::Null),
                rest,
                value,
            );
        }
        [Step::Index(index), rest @ ..] => put(&mut body[*index], rest, value),
    }
}

/// The path as error messages write it: `config.members[2].name`.
fn shown(path: &[Step]) -> String {
    let mut text = String::new();
    for step in path {
        match step {
            Step::Member(name) if text.is_empty() => text.push_str(name),
            Step::Member(name) => text = format!("{text}.{name}"),
            Step::Index(index) => text = format!("{text}[{index}]"),
        }
    }
    text
}

/// The operations with body members.
fn with_body() -> Vec<&'static str> {
    TESTED
        .iter()
        .copied()
        .filter(|name| !MODEL[*name]["body"].as_array().unwrap().is_empty())
        .collect()
}

proptest! {
    #![proptest_config(config(REGRESSIONS))]

    /// A value of the wrong type anywhere in any operation's body, at any
    /// depth, is a 400 whose message names its path.
    #[test]
    fn a_wrong_value_is_reported_at_its_path(
        (name, case) in select(with_body())
            .prop_flat_map(|name| (Just(name), case_of(name, doubles()))),
        place in any::<proptest::sample::Index>(),
        choice in any::<usize>(),
    ) {
        let model = &MODEL[name];
        let mut out = Vec::new();
        places(&case.body, &model["body"], &[], &mut out);
        let (path, desc) = place.get(&out).clone();
        let mut case = case;
        put(&mut case.body, &path, wrong_value(&desc, choice));
        let (_, request) = model_request(model, &case);
        let response = now(Recorder::new().router.dispatch(request));
        prop_assert_eq!(response.status().as_u16(), 400);
        let body = json_of(response.body())?;
        let message = body["message"].as_str().unwrap_or_default();
        let expected = format!("Invalid value for `{}`:", shown(&path));
        prop_assert!(message.starts_with(&expected), "{} for {}", message, case.body);
    }
}
