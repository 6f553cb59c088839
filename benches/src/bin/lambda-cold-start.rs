//! Cold start as Lambda users measure it: from the exec of a function's
//! binary to its first answered event (ImportBackendStorage through a REST
//! API, `opwire_bench::lambda::import_event`: 404, the new function's store
//! is empty), against a local Lambda
//! Runtime API; with each binary's size and its peak resident memory after
//! that first event. The binaries take turns, the order rotating each run.
//!
//! Usage: `lambda-cold-start RUNS BINARY...` — `benches/lambda.sh` builds
//! `opwire-amplify-lambda`, `axum-amplify-lambda` and `amplify-backend` in
//! release mode, strips copies of them and passes those.

use std::process::Stdio;
use std::time::Instant;

use opwire_tests::lambda_runtime::RuntimeApi;

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: usize = args
        .next()
        .and_then(|runs| runs.parse().ok())
        .expect("usage: lambda-cold-start RUNS BINARY...");
    let binaries: Vec<String> = args.collect();
    assert!(
        !binaries.is_empty(),
        "usage: lambda-cold-start RUNS BINARY..."
    );

    let mut first_answer = vec![Vec::new(); binaries.len()];
    let mut peak_memory = vec![Vec::new(); binaries.len()];
    for run in 0..runs {
        for k in 0..binaries.len() {
            let i = (k + run) % binaries.len();
            let api = RuntimeApi::start();
            let started = Instant::now();
            let mut function = api
                .function(&binaries[i])
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("the function starts");
            let outcome = api.invoke("cold-1", opwire_bench::lambda::import_event(1));
            let took = started.elapsed();
            // A fresh function has an empty store: the app is not found,
            // after the same handler work in every binary.
            assert_eq!(outcome.kind, "response", "{}: {outcome:?}", binaries[i]);
            assert_eq!(
                outcome.body["statusCode"], 404,
                "{}: {outcome:?}",
                binaries[i]
            );
            peak_memory[i].push(peak_kib(function.id()));
            let _ = function.kill();
            let _ = function.wait();
            first_answer[i].push(took.as_secs_f64() * 1000.0);
        }
    }

    println!("\ncold start: exec to the first answered event, median of {runs} runs");
    println!(
        "  {:<28} {:>12} {:>14} {:>16}   {:>6} {:>6} {:>6}",
        "binary", "size", "first answer", "peak memory", "size", "time", "memory"
    );
    let base = row(&binaries[0], &mut first_answer[0], &mut peak_memory[0]);
    for i in 0..binaries.len() {
        let (size, time, memory) = row(&binaries[i], &mut first_answer[i], &mut peak_memory[i]);
        let name = std::path::Path::new(&binaries[i]).file_name().map_or_else(
            || binaries[i].clone(),
            |name| name.to_string_lossy().into_owned(),
        );
        println!(
            "  {name:<28} {:>9.2} MB {time:>11.2} ms {:>12.1} MiB   {:>5.2}x {:>5.2}x {:>5.2}x",
            size / 1e6,
            memory / 1024.0,
            base.0 / size,
            base.1 / time,
            base.2 / memory,
        );
    }
    println!("  (ratios: the first binary's figure over each one's)");
}

/// Size in bytes, median first-answer time in ms, median peak memory in KiB.
fn row(binary: &str, times: &mut [f64], memory: &mut [f64]) -> (f64, f64, f64) {
    let size = std::fs::metadata(binary).expect("the binary").len() as f64;
    (size, median(times), median(memory))
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The peak resident set of process `pid` so far (`VmHWM`), in KiB.
fn peak_kib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(f64::NAN)
}
