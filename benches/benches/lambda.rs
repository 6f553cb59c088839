//! Per-event cost on Lambda, in process: the seed operation's REST API event
//! (a new bucket each time), from the event's JSON bytes as the Lambda
//! Runtime API hands them over to the response's JSON bytes as the function
//! posts them back, each side the way its runtime does it
//! (`serde_json::from_slice` of the event type, the service, `to_vec` of
//! the response):
//! - opwire's `Function`, as `opwire::lambda::run` serves it;
//! - the same router as `LambdaService` under lambda_http's adapter;
//! - the same 31 routes in axum under lambda_http (`axum_amplify::lambda_app`);
//! - lambda_http alone: a service answering the same bytes precomputed, so
//!   what each lambda_http service adds to lambda_http's own work shows too.
//!
//! Each on its own store, with the invocation's deadline set, on a
//! current-thread tokio runtime.

use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use lambda_http::lambda_runtime::LambdaEvent;
use lambda_http::request::LambdaRequest;
use lambda_http::{Adapter, Context, Service};
use opwire::lambda::Event;
use opwire_bench::lambda::{import_event, opwire_function, opwire_service};
use opwire_bench::{Case, CountingAllocator, allocations, axum_amplify, compare};

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// The invocation context of event `n`, with 30 s left.
fn invocation(n: u64) -> Context {
    let deadline = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + Duration::from_secs(30);
    let mut context = Context::default();
    context.request_id = format!("invocation-{n}");
    context.deadline = deadline.as_millis() as u64;
    context
}

/// `n` events for new buckets, numbered from `*next`, as JSON bytes.
fn events(next: &mut u64, n: u64) -> Vec<(Vec<u8>, Context)> {
    (0..n)
        .map(|_| {
            *next += 1;
            let bytes = serde_json::to_vec(&import_event(*next)).unwrap();
            (bytes, invocation(*next))
        })
        .collect()
}

/// Checks the last response's status.
fn answered(name: &str, last: Option<Vec<u8>>) {
    let last = last.unwrap_or_else(|| panic!("{name}: no answer"));
    let answer: serde_json::Value = serde_json::from_slice(&last).unwrap();
    assert_eq!(answer["statusCode"], 200, "{name}: {answer}");
}

/// A case: `$service` behind lambda_http's adapter.
/// (A macro: the adapter's bounds are lambda_http's private business.)
macro_rules! lambda_http_case {
    ($name:expr, $runtime:expr, $service:expr) => {{
        let runtime: &tokio::runtime::Runtime = $runtime;
        let mut adapter = Adapter::from($service);
        let mut next = 0;
        Case::new($name, move |n| {
            let events = events(&mut next, n);
            let start = Instant::now();
            let last = runtime.block_on(async {
                let mut last = None;
                for (bytes, context) in events {
                    let request: LambdaRequest = serde_json::from_slice(&bytes).unwrap();
                    let response = adapter.call(LambdaEvent::new(request, context)).await;
                    last = Some(serde_json::to_vec(&response.unwrap()).unwrap());
                }
                black_box(last)
            });
            let took = start.elapsed();
            answered($name, last);
            took
        })
    }};
}

/// Heap allocations of one event through `$service` behind the adapter.
macro_rules! lambda_http_allocations {
    ($runtime:expr, $service:expr) => {{
        let mut adapter = Adapter::from($service);
        let (bytes, context) = events(&mut 1_000_000, 1).pop().unwrap();
        allocations(|| {
            let request: LambdaRequest = serde_json::from_slice(&bytes).unwrap();
            let response = $runtime.block_on(adapter.call(LambdaEvent::new(request, context)));
            serde_json::to_vec(&response.unwrap()).unwrap().len()
        })
        .1
    }};
}

/// opwire's own host, `Function`.
fn function_case(runtime: &tokio::runtime::Runtime) -> Case<'_> {
    let function = opwire_function();
    let mut next = 0;
    Case::new("opwire (Function)", move |n| {
        let events = events(&mut next, n);
        let start = Instant::now();
        let last = runtime.block_on(async {
            let mut last = None;
            for (bytes, context) in events {
                let event: Event = serde_json::from_slice(&bytes).unwrap();
                let reply = function.answer(LambdaEvent::new(event, context)).await;
                last = Some(serde_json::to_vec(&reply.unwrap()).unwrap());
            }
            black_box(last)
        });
        let took = start.elapsed();
        answered("opwire (Function)", last);
        took
    })
}

/// lambda_http's floor: a service that answers the same bytes as opwire,
/// precomputed, without routing, decoding or a handler.
fn constant_answer() -> impl Service<
    lambda_http::Request,
    Response = http::Response<String>,
    Error = std::convert::Infallible,
    Future: Send,
> + Clone {
    lambda_http::service_fn(|_request: lambda_http::Request| async {
        Ok(http::Response::builder()
            .header("content-type", "application/json")
            .header("access-control-allow-origin", "*")
            .header("x-amzn-requestid", "request-1")
            .body(r#"{"appId":"app1","backendEnvironmentName":"prod","jobId":"job-2","status":"COMPLETED"}"#.to_owned())
            .expect("a response"))
    })
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cases = vec![
        function_case(&runtime),
        lambda_http_case!(
            "axum 0.8 under lambda_http",
            &runtime,
            axum_amplify::lambda_app(axum_amplify::seeded_store())
        ),
        lambda_http_case!(
            "opwire (LambdaService) under lambda_http",
            &runtime,
            opwire_service()
        ),
        lambda_http_case!("lambda_http alone", &runtime, constant_answer()),
    ];
    let report = compare(
        "per event: ImportBackendStorage, REST API event bytes to response bytes",
        101,
        cases,
    );
    if let Some(report) = report {
        let [(_, function), (_, axum), (_, service), (_, floor)] = report.rows[..] else {
            unreachable!("four cases")
        };
        println!(
            "\nopwire's Function / axum under lambda_http: {:.2}x",
            function / axum
        );
        println!(
            "over lambda_http alone: LambdaService +{:.1} µs, axum +{:.1} µs; {:.2}x",
            (service - floor) / 1000.0,
            (axum - floor) / 1000.0,
            (service - floor) / (axum - floor)
        );
    }

    println!("\nheap allocations per event (bytes in to bytes out):");
    let function = opwire_function();
    let (bytes, context) = events(&mut 2_000_000, 1).pop().unwrap();
    let own = allocations(|| {
        let event: Event = serde_json::from_slice(&bytes).unwrap();
        let reply = runtime.block_on(function.answer(LambdaEvent::new(event, context)));
        serde_json::to_vec(&reply.unwrap()).unwrap().len()
    })
    .1;
    println!("  opwire (Function)      {own}");
    println!(
        "  axum                   {}",
        lambda_http_allocations!(
            runtime,
            axum_amplify::lambda_app(axum_amplify::seeded_store())
        )
    );
    println!(
        "  opwire (LambdaService) {}",
        lambda_http_allocations!(runtime, opwire_service())
    );
}
