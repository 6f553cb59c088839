//! `opwire::lambda` in process: Lambda events of each front door (REST API
//! v1 with the stage `prod`, HTTP API v2 with the stage in `rawPath`,
//! Function URL, ALB; templates in `tests/data/lambda/`) through both
//! hosts: `Function`, as `opwire::lambda::run` serves it (the event's JSON
//! read as lambda_runtime reads it, the reply serialized as it writes it),
//! and `LambdaService` exactly as `lambda_http::run` passes them (its
//! `Adapter`: event → `http::Request` → service → Lambda response JSON);
//! against the same requests through opwire's hyper server over loopback:
//! the same status, `x-amzn-ErrorType`, content type and body.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use amplify_backend::{Store, router};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use lambda_http::lambda_runtime::LambdaEvent;
use lambda_http::request::LambdaRequest;
use lambda_http::{Adapter, Context as Invocation, Service};
use opwire::lambda::{Event, Function, LambdaService};
use opwire::server::Server;
use opwire::{Context, Router};
use opwire_tests::raw::exchange;
use opwire_tests::running::start;
use opwire_tests::seed::*;
use serde_json::{Value, json};

/// The front doors, each with its event template.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Door {
    RestV1,
    HttpApiV2,
    FunctionUrl,
    Alb,
}

const DOORS: [Door; 4] = [Door::RestV1, Door::HttpApiV2, Door::FunctionUrl, Door::Alb];

impl Door {
    fn template(self) -> Value {
        let text = match self {
            Door::RestV1 => include_str!("../data/lambda/rest-v1.json"),
            Door::HttpApiV2 => include_str!("../data/lambda/http-api-v2.json"),
            Door::FunctionUrl => include_str!("../data/lambda/function-url.json"),
            Door::Alb => include_str!("../data/lambda/alb.json"),
        };
        serde_json::from_str(text).expect("a JSON template")
    }
}

/// One request, as the client sent it: `path` is the resource path (no
/// stage), as sent on the wire (percent-encoded).
struct Case {
    what: &'static str,
    method: &'static str,
    path: String,
    query: Vec<(&'static str, &'static str)>,
    headers: Vec<(&'static str, &'static str)>,
    body: Option<String>,
    base64: bool,
}

impl Case {
    fn new(what: &'static str, method: &'static str, path: &str) -> Self {
        Case {
            what,
            method,
            path: path.to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            base64: false,
        }
    }

    fn json(mut self, body: &str) -> Self {
        self.headers.push(("content-type", "application/json"));
        self.body = Some(body.to_owned());
        self
    }

    fn header(mut self, name: &'static str, value: &'static str) -> Self {
        self.headers.push((name, value));
        self
    }

    fn base64(mut self) -> Self {
        self.base64 = true;
        self
    }

    /// The event `door` delivers for this request, and the request ID the
    /// answer must carry.
    fn event(&self, door: Door, n: usize) -> (Value, String) {
        let mut event = door.template();
        let id = format!("{door:?}-request-{n}");
        let body = self.body.as_ref().map(|body| {
            if self.base64 {
                BASE64.encode(body)
            } else {
                body.clone()
            }
        });
        let query: String = self
            .query
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        // REST APIs hand over the path and query decoded; ALBs and HTTP
        // APIs as they were sent.
        let mut multi_query = BTreeMap::<&str, Vec<String>>::new();
        for (k, v) in &self.query {
            let value = match door {
                Door::RestV1 => decoded(v),
                _ => v.to_string(),
            };
            multi_query.entry(k).or_default().push(value);
        }
        match door {
            Door::RestV1 => {
                event["httpMethod"] = json!(self.method);
                event["path"] = json!(decoded(&self.path));
                event["requestContext"]["httpMethod"] = json!(self.method);
                event["requestContext"]["path"] = json!(format!("/prod{}", self.path));
                event["requestContext"]["requestId"] = json!(id);
                for (name, value) in &self.headers {
                    event["headers"][name] = json!(value);
                    event["multiValueHeaders"][name] = json!([value]);
                }
                if !multi_query.is_empty() {
                    event["queryStringParameters"] = json!(
                        multi_query
                            .iter()
                            .map(|(k, v)| (k.to_string(), v.last().unwrap().to_string()))
                            .collect::<BTreeMap<_, _>>()
                    );
                    event["multiValueQueryStringParameters"] = json!(multi_query);
                }
            }
            Door::HttpApiV2 | Door::FunctionUrl => {
                let raw_path = match door {
                    Door::HttpApiV2 => format!("/prod{}", self.path),
                    _ => self.path.clone(),
                };
                event["rawPath"] = json!(raw_path);
                event["rawQueryString"] = json!(query);
                event["requestContext"]["http"]["method"] = json!(self.method);
                event["requestContext"]["http"]["path"] = json!(raw_path);
                event["requestContext"]["requestId"] = json!(id);
                for (name, value) in &self.headers {
                    event["headers"][name] = json!(value);
                }
            }
            Door::Alb => {
                event["httpMethod"] = json!(self.method);
                event["path"] = json!(self.path);
                for (name, value) in &self.headers {
                    event["multiValueHeaders"][name] = json!([value]);
                }
                event["multiValueQueryStringParameters"] = json!(multi_query);
            }
        }
        event["body"] = json!(body);
        event["isBase64Encoded"] = json!(self.base64);
        (event, id)
    }

    /// The same request in HTTP/1.1, as a client sends it to the server.
    fn http(&self) -> Vec<u8> {
        let mut target = self.path.clone();
        if !self.query.is_empty() {
            target.push('?');
            let pairs: Vec<String> = self.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
            target.push_str(&pairs.join("&"));
        }
        let body = self.body.as_deref().unwrap_or("");
        let mut text = format!("{} {target} HTTP/1.1\r\nHost: localhost\r\n", self.method);
        for (name, value) in &self.headers {
            text += &format!("{name}: {value}\r\n");
        }
        text += &format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        text.into_bytes()
    }
}

/// `text` with its `%XX` escapes decoded, as API Gateway's REST APIs put
/// paths and query values into events.
fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok());
        match hex
            .filter(|_| bytes[i] == b'%')
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("UTF-8 escapes")
}

/// An answer, from either side: status, headers (lowercase names) and body.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: BTreeMap<String, String>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    /// The body as JSON, with the times a store stamps (`createTime`,
    /// `updateTime`: the millisecond it ran) blanked out.
    fn json_untimed(&self) -> Value {
        let mut body = self.json();
        if let Some(fields) = body.as_object_mut() {
            for (name, value) in fields.iter_mut() {
                if name.ends_with("Time") {
                    *value = json!("(time)");
                }
            }
        }
        body
    }
}

/// A router on Lambda, as each host serves it.
#[derive(Clone)]
enum Host {
    /// `opwire::lambda::run`'s.
    Function(Function),
    /// `lambda_http::run` over `LambdaService`.
    LambdaHttp(LambdaService),
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Host::Function(_) => "Function",
            Host::LambdaHttp(_) => "LambdaService",
        })
    }
}

/// `router` (made once per host) on both hosts.
fn hosts(router: impl Fn() -> Router) -> [Host; 2] {
    [
        Host::Function(Function::new(router())),
        Host::LambdaHttp(LambdaService::new(router())),
    ]
}

/// The event through `host`, as its runtime passes it, and the Lambda
/// response it writes, read back.
async fn through(host: &Host, event: Value, invocation: Invocation) -> Answer {
    let response = match host {
        Host::Function(function) => {
            let bytes = serde_json::to_vec(&event).unwrap();
            let read: Event = serde_json::from_slice(&bytes).expect("opwire reads the event");
            let reply = function
                .answer(LambdaEvent::new(read, invocation))
                .await
                .expect("the event is a request");
            let reply = serde_json::to_value(&reply).unwrap();
            of_the_official_shape(&event, &reply);
            reply
        }
        Host::LambdaHttp(service) => {
            let request: LambdaRequest =
                serde_json::from_value(event).expect("lambda_http reads the event");
            let mut adapter = Adapter::from(service.clone());
            let response = adapter
                .call(LambdaEvent::new(request, invocation))
                .await
                .expect("the service never fails");
            serde_json::to_value(&response).unwrap()
        }
    };
    let mut headers = BTreeMap::new();
    for (name, value) in response["headers"].as_object().into_iter().flatten() {
        headers.insert(
            name.to_ascii_lowercase(),
            value.as_str().unwrap().to_owned(),
        );
    }
    for (name, values) in response["multiValueHeaders"]
        .as_object()
        .into_iter()
        .flatten()
    {
        let values: Vec<&str> = values
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        headers.insert(name.to_ascii_lowercase(), values.join(","));
    }
    let body = response["body"].as_str().unwrap_or_default();
    let body = if response["isBase64Encoded"] == json!(true) {
        String::from_utf8(BASE64.decode(body).unwrap()).unwrap()
    } else {
        body.to_owned()
    };
    Answer {
        status: response["statusCode"].as_u64().unwrap() as u16,
        headers,
        body,
    }
}

/// Checks that `reply` reads as the response type aws_lambda_events has
/// for `event`'s front door.
fn of_the_official_shape(event: &Value, reply: &Value) {
    use lambda_http::aws_lambda_events::{alb, apigw};
    let read = if event["requestContext"].get("elb").is_some() {
        serde_json::from_value::<alb::AlbTargetGroupResponse>(reply.clone()).map(drop)
    } else if event["version"] == "2.0" {
        serde_json::from_value::<apigw::ApiGatewayV2httpResponse>(reply.clone()).map(drop)
    } else {
        serde_json::from_value::<apigw::ApiGatewayProxyResponse>(reply.clone()).map(drop)
    };
    read.unwrap_or_else(|err| panic!("{reply} is not a response of its event's kind: {err}"));
}

/// An invocation context as the Lambda runtime makes one: its ID and a
/// deadline `left` from now.
fn invocation(id: &str, left: Duration) -> Invocation {
    let mut invocation = Invocation::default();
    invocation.request_id = id.to_owned();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    invocation.deadline = (now + left).as_millis() as u64;
    invocation
}

/// The emulator's requests that matter on Lambda, in order (each side runs
/// them on a fresh store, so job IDs agree).
fn cases() -> Vec<Case> {
    vec![
        Case::new("CreateBackend", "POST", "/backend")
            .json(r#"{"appId":"app1","appName":"notes","backendEnvironmentName":"dev"}"#),
        Case::new(
            "the seed: ImportBackendStorage",
            "POST",
            "/backend/app1/storage/dev/import",
        )
        .json(r#"{"bucketName":"bucket-1","serviceName":"S3"}"#),
        Case::new("a GET: GetBackendJob", "GET", "/backend/app1/job/dev/job-1"),
        Case::new(
            "a declared error: GetBackend of an unknown app",
            "POST",
            "/backend/nope/details",
        )
        .json(r#"{"backendEnvironmentName":"dev"}"#),
        Case::new(
            "a decode error: a body cut short",
            "POST",
            "/backend/app1/storage/dev/import",
        )
        .json(r#"{"bucketName":"#),
        Case::new(
            "a decode error: a wrong enum value",
            "POST",
            "/backend/app1/storage/dev/import",
        )
        .json(r#"{"bucketName":"b","serviceName":"FTP"}"#),
        Case::new("a preflight", "OPTIONS", "/backend/app1/storage/dev/import")
            .header("origin", "https://console.example")
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,x-amz-user-agent",
            ),
        Case::new("a base64 body", "POST", "/backend/app1/storage/dev/import")
            .json(r#"{"bucketName":"bucket-2","serviceName":"S3"}"#)
            .base64(),
        Case::new(
            "a percent-encoded label",
            "POST",
            "/backend/my%20app/details",
        )
        .json(r#"{"backendEnvironmentName":"dev"}"#),
        Case::new("an unknown path", "GET", "/nowhere"),
        Case::new(
            "a method the path does not have",
            "DELETE",
            "/backend/app1/storage/dev/import",
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_front_door_answers_as_the_http_server_does() {
    for (door, lambda) in DOORS
        .into_iter()
        .flat_map(|door| hosts(|| router(Store::new())).map(|host| (door, host)))
    {
        let server = start(Server::new(router(Store::new()))).await;
        for (n, case) in cases().iter().enumerate() {
            let over_http = exchange(server.addr, &case.http()).await;
            let expected = Answer {
                status: over_http.status,
                headers: over_http
                    .head
                    .lines()
                    .skip(1)
                    .filter_map(|line| line.split_once(':'))
                    .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_owned()))
                    .collect(),
                body: over_http.text().to_owned(),
            };
            let (event, id) = case.event(door, n);
            let on_lambda = through(
                &lambda,
                event,
                invocation("invocation-1", Duration::from_secs(30)),
            )
            .await;
            let what = format!("{lambda:?}, {door:?}, {}", case.what);
            assert_eq!(on_lambda.status, expected.status, "{what}: {on_lambda:?}");
            for name in [
                "x-amzn-errortype",
                "content-type",
                "allow",
                "access-control-allow-origin",
                "access-control-allow-methods",
                "access-control-allow-headers",
                "access-control-expose-headers",
                "access-control-max-age",
            ] {
                assert_eq!(
                    on_lambda.header(name),
                    expected.header(name),
                    "{what}: {name}"
                );
            }
            assert_eq!(
                on_lambda.json_untimed(),
                expected.json_untimed(),
                "{what}: body"
            );
            assert_eq!(
                on_lambda.body.is_empty(),
                expected.body.is_empty(),
                "{what}"
            );
            // The gateway's request ID (the invocation's for an ALB).
            let wanted = if door == Door::Alb {
                "invocation-1"
            } else {
                id.as_str()
            };
            assert_eq!(on_lambda.header("x-amzn-requestid"), Some(wanted), "{what}");
        }
        server.shut_down().await;
    }
}

#[tokio::test]
async fn the_seed_is_answered_through_every_front_door() {
    // The checks above compare; this one pins what they compare.
    for (door, lambda) in DOORS
        .into_iter()
        .flat_map(|door| hosts(|| router(Store::new())).map(|host| (door, host)))
    {
        let cases = cases();
        let mut answers = Vec::new();
        for (n, case) in cases[..2].iter().enumerate() {
            let (event, _) = case.event(door, n);
            let answer = through(&lambda, event, Invocation::default()).await;
            assert_eq!(
                answer.status, 200,
                "{lambda:?} {door:?} {}: {answer:?}",
                case.what
            );
            answers.push(answer);
        }
        let imported = answers[1].json();
        assert_eq!(imported["status"], "COMPLETED", "{door:?}: {imported}");
        assert_eq!(imported["jobId"], "job-2");
        assert_eq!(imported["appId"], "app1");
        assert_eq!(imported["backendEnvironmentName"], "dev");
    }
}

/// The seed operation routed to a handler that answers with what it sees
/// of the Lambda contexts, or misbehaves as its `appId` says: `sleep`
/// sleeps a minute, `panic` panics.
fn contexts_router() -> Router {
    Router::new().route(|op: ImportBackendStorage, cx: Context| async move {
        match op.app_id.as_str() {
            "sleep" => tokio::time::sleep(Duration::from_secs(60)).await,
            "panic" => panic!("the handler broke"),
            _ => {}
        }
        let gateway = opwire::lambda::request_context(&cx);
        let claim = gateway
            .and_then(|gateway| gateway.claims())
            .and_then(|claims| claims.get("email")?.as_str().map(str::to_owned));
        let stage = gateway
            .and_then(|gateway| gateway.stage())
            .map(str::to_owned);
        let invocation =
            opwire::lambda::lambda_context(&cx).map(|lambda| lambda.request_id.clone());
        Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
            app_id: claim,
            backend_environment_name: stage,
            job_id: invocation,
            status: cx.request_id().map(str::to_owned),
        })
    })
}

fn seed(app_id: &str) -> Case {
    let mut case =
        Case::new("the seed", "POST", "/x").json(r#"{"bucketName":"b","serviceName":"S3"}"#);
    case.path = format!("/prod/backend/{app_id}/storage/dev/import");
    case
}

#[tokio::test]
async fn handlers_read_the_gateway_and_invocation_contexts() {
    // The seed's declaration includes `/prod`: on REST and HTTP APIs that is
    // a resource path below the stage `prod`.
    for (lambda, (door, claim, stage)) in hosts(contexts_router).into_iter().flat_map(|host| {
        [
            (Door::RestV1, Some("ann@example.com"), Some("prod")),
            (Door::HttpApiV2, Some("ann@example.com"), Some("prod")),
            (Door::FunctionUrl, None, Some("$default")),
            (Door::Alb, None, None),
        ]
        .map(|door| (host.clone(), door))
    }) {
        let (event, id) = seed("app1").event(door, 7);
        let answer = through(
            &lambda,
            event,
            invocation("invocation-7", Duration::from_secs(30)),
        )
        .await;
        assert_eq!(answer.status, 200, "{door:?}: {answer:?}");
        let body = answer.json();
        assert_eq!(
            body["appId"].as_str(),
            claim,
            "{door:?}: the authorizer's claim"
        );
        assert_eq!(
            body["backendEnvironmentName"].as_str(),
            stage,
            "{door:?}: the stage"
        );
        assert_eq!(body["jobId"], "invocation-7", "{door:?}: the invocation");
        let wanted = if door == Door::Alb {
            "invocation-7"
        } else {
            id.as_str()
        };
        assert_eq!(body["status"], wanted, "{door:?}: Context::request_id");
    }
}

#[tokio::test]
async fn a_panic_answers_500_and_the_function_goes_on() {
    for (door, lambda) in DOORS
        .into_iter()
        .flat_map(|door| hosts(contexts_router).map(|host| (door, host)))
    {
        let answer = through(
            &lambda,
            seed("panic").event(door, 1).0,
            Invocation::default(),
        )
        .await;
        assert_eq!(answer.status, 500, "{door:?}: {answer:?}");
        assert_eq!(answer.header("x-amzn-errortype"), Some("InternalFailure"));
        assert_eq!(answer.json()["message"], "Internal server error");
        let answer = through(
            &lambda,
            seed("app1").event(door, 2).0,
            Invocation::default(),
        )
        .await;
        assert_eq!(answer.status, 200, "{door:?}: {answer:?}");
    }
}

#[tokio::test]
async fn the_invocation_deadline_answers_504_before_lambda_stops_the_function() {
    for lambda in [
        Host::Function(
            Function::new(contexts_router()).deadline_margin(Duration::from_millis(100)),
        ),
        Host::LambdaHttp(
            LambdaService::new(contexts_router()).deadline_margin(Duration::from_millis(100)),
        ),
    ] {
        let started = std::time::Instant::now();
        let (event, _) = seed("sleep").event(Door::RestV1, 1);
        let answer = through(
            &lambda,
            event,
            invocation("slow", Duration::from_millis(400)),
        )
        .await;
        assert_eq!(answer.status, 504, "{answer:?}");
        assert_eq!(
            answer.header("x-amzn-errortype"),
            Some("GatewayTimeoutException")
        );
        assert_eq!(answer.json()["message"], "Endpoint request timed out");
        let took = started.elapsed();
        assert!(
            took < Duration::from_millis(400),
            "answered after {took:?}, past the deadline"
        );
        assert!(
            took >= Duration::from_millis(250),
            "answered after {took:?}, before the deadline's margin"
        );
    }
}

#[tokio::test]
async fn multi_value_query_strings_and_headers_reach_the_operation() {
    // ListJobs: a repeated `status` query parameter and a required header.
    #[opwire::operation(GET, "/backend/<appId>/jobs")]
    pub struct ListJobs {
        pub app_id: String,
        #[query("maxResults")]
        pub max_results: Option<u32>,
        #[query]
        pub status: Vec<String>,
        #[header("X-Request-Id")]
        pub request_id: String,
    }
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    let router = Router::new().route(move |op: ListJobs| {
        let record = record.clone();
        async move {
            record
                .lock()
                .unwrap()
                .push((op.app_id, op.max_results, op.status, op.request_id));
            Ok::<_, ListJobsError>(opwire::Empty {})
        }
    });
    for (door, lambda) in DOORS
        .into_iter()
        .flat_map(|door| hosts(|| router.clone()).map(|host| (door, host)))
    {
        let mut case =
            Case::new("ListJobs", "GET", "/backend/my%20app/jobs").header("x-request-id", "r-1");
        case.query = vec![
            ("maxResults", "5"),
            ("status", "RUNNING"),
            ("status", "FAILED%20too"),
        ];
        let answer = through(&lambda, case.event(door, 1).0, Invocation::default()).await;
        assert_eq!(answer.status, 200, "{door:?}: {answer:?}");
        let (app_id, max, status, request_id) =
            seen.lock().unwrap().pop().expect("the handler ran");
        assert_eq!(app_id, "my app", "{door:?}");
        assert_eq!(max, Some(5), "{door:?}");
        assert_eq!(status, ["RUNNING", "FAILED too"], "{door:?}");
        assert_eq!(request_id, "r-1", "{door:?}");
    }
}

/// The status, error type and body of a REST API answer the function
/// posted to the Runtime API.
fn posted(outcome: &opwire_tests::lambda_runtime::Outcome) -> (u64, Option<String>, Value) {
    assert_eq!(outcome.kind, "response", "{outcome:?}");
    let reply = &outcome.body;
    let error_type = reply["multiValueHeaders"]
        .as_object()
        .and_then(|headers| {
            headers
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case("x-amzn-errortype"))
        })
        .and_then(|(_, values)| values[0].as_str().map(str::to_owned));
    let body =
        serde_json::from_str(reply["body"].as_str().unwrap_or("null")).unwrap_or(Value::Null);
    (reply["statusCode"].as_u64().unwrap_or(0), error_type, body)
}

/// A function process under a Runtime API, as Lambda runs it (the binary
/// calls `opwire::lambda::run`, as `amplify-backend` does): a handler's
/// panic and an invocation past its deadline are answered, and the same
/// process serves the events after them.
#[test]
fn a_function_process_answers_a_panic_and_a_deadline_overrun_and_serves_on() {
    use opwire_tests::lambda_runtime::RuntimeApi;
    use std::process::Stdio;

    let api = RuntimeApi::start();
    let child = api
        .function(env!("CARGO_BIN_EXE_misbehaving-function"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the function starts");
    let _function = opwire_tests::tools::Running(child);

    let (status, _, body) = posted(&api.invoke("i-1", seed("app1").event(Door::RestV1, 1).0));
    assert_eq!((status, body["appId"].as_str()), (200, Some("app1")));

    let (status, error_type, body) =
        posted(&api.invoke("i-2", seed("panic").event(Door::RestV1, 2).0));
    assert_eq!(
        (status, error_type.as_deref()),
        (500, Some("InternalFailure"))
    );
    assert_eq!(body["message"], "Internal server error");

    let started = std::time::Instant::now();
    let within = Duration::from_millis(1500);
    let outcome = api.invoke_within("i-3", seed("sleep").event(Door::RestV1, 3).0, within);
    let took = started.elapsed();
    let (status, error_type, _) = posted(&outcome);
    assert_eq!(
        (status, error_type.as_deref()),
        (504, Some("GatewayTimeoutException"))
    );
    assert!(
        took < within,
        "answered after {took:?}, past the {within:?} deadline"
    );

    let (status, _, body) = posted(&api.invoke("i-4", seed("app2").event(Door::HttpApiV2, 4).0));
    assert_eq!(
        (status, body["appId"].as_str()),
        (200, Some("app2")),
        "still serving"
    );
}
