//! Per-event cost on Lambda, in process: the seed operation's REST API event
//! (a new bucket each time) through lambda_http's adapter, as
//! `lambda_http::run` calls it (event → `http::Request` → service → Lambda
//! response), to opwire's `LambdaService` over the emulator's router and to
//! the same routes in axum (`axum_amplify::lambda_app`), each on its own
//! store, and to lambda_http alone (a service answering the same bytes
//! precomputed), so what each service adds to lambda_http's own work is
//! printed too; with the invocation's deadline set, on a current-thread
//! tokio runtime. The event's JSON is parsed outside the timing: lambda_runtime
//! does it the same way for both.

use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use lambda_http::lambda_runtime::LambdaEvent;
use lambda_http::request::LambdaRequest;
use lambda_http::{Adapter, Context, Service};
use opwire_bench::lambda::{import_event, opwire_service};
use opwire_bench::{Case, CountingAllocator, allocations, axum_amplify, compare};

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// `n` events for new buckets, numbered from `*next`.
fn events(next: &mut u64, n: u64) -> Vec<LambdaEvent<LambdaRequest>> {
    let deadline = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + Duration::from_secs(30);
    (0..n)
        .map(|_| {
            *next += 1;
            let request: LambdaRequest = serde_json::from_value(import_event(*next)).unwrap();
            let mut context = Context::default();
            context.request_id = format!("invocation-{next}");
            context.deadline = deadline.as_millis() as u64;
            LambdaEvent::new(request, context)
        })
        .collect()
}

/// A case: `$service` behind lambda_http's adapter, checked to answer 200.
/// (A macro: the adapter's bounds are lambda_http's private business.)
macro_rules! case {
    ($name:expr, $runtime:expr, $service:expr) => {{
        let runtime: &tokio::runtime::Runtime = $runtime;
        let mut adapter = Adapter::from($service);
        let mut next = 0;
        Case::new($name, move |n| {
            let events = events(&mut next, n);
            let start = Instant::now();
            let last = runtime.block_on(async {
                let mut last = None;
                for event in events {
                    last = Some(black_box(adapter.call(event).await));
                }
                last
            });
            let took = start.elapsed();
            let answer = match last {
                Some(Ok(response)) => serde_json::to_value(&response).unwrap(),
                _ => panic!("{}: no answer", $name),
            };
            assert_eq!(answer["statusCode"], 200, "{}: {answer}", $name);
            took
        })
    }};
}

/// Heap allocations of one event through `$service` behind the adapter.
macro_rules! allocations_per_event {
    ($runtime:expr, $service:expr) => {{
        let mut adapter = Adapter::from($service);
        let event = events(&mut 1_000_000, 1).pop().unwrap();
        allocations(|| $runtime.block_on(adapter.call(event)).is_ok()).1
    }};
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
        case!("opwire (LambdaService)", &runtime, opwire_service()),
        case!(
            "axum 0.8 under lambda_http",
            &runtime,
            axum_amplify::lambda_app(axum_amplify::seeded_store())
        ),
        case!("lambda_http alone", &runtime, constant_answer()),
    ];
    let report = compare(
        "per event: ImportBackendStorage from a REST API event",
        101,
        cases,
    );
    if let Some(report) = report {
        // What each service adds to lambda_http's own conversions.
        let [(_, opwire), (_, axum), (_, floor)] = report.rows[..] else {
            unreachable!("three cases")
        };
        println!(
            "\nover lambda_http alone: opwire +{:.1} µs, axum +{:.1} µs; opwire/axum {:.2}x",
            (opwire - floor) / 1000.0,
            (axum - floor) / 1000.0,
            (opwire - floor) / (axum - floor)
        );
    }

    println!("\nheap allocations per event (the event's JSON parse excluded):");
    println!(
        "  opwire {}",
        allocations_per_event!(runtime, opwire_service())
    );
    println!(
        "  axum   {}",
        allocations_per_event!(
            runtime,
            axum_amplify::lambda_app(axum_amplify::seeded_store())
        )
    );
}
