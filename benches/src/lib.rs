//! The measuring harness shared by the benchmarks: interleaved samples,
//! medians, ratios, and a counting allocator.
//!
//! Each benchmark is a binary that compares alternatives doing the same work
//! in one process. Samples of the alternatives are taken in turns (the order
//! rotating every round), so a noisy neighbour slows them alike; the table
//! gives each one's median time per iteration and its ratio to the first.
//! Run by `cargo test` (without `--bench`), every case runs once as a check.
//! With `OPWIRE_BENCH_ONLY=<case name>` (and `OPWIRE_BENCH_ITERS=<n>`), only
//! that case runs, untimed, for a profiler.

pub mod axum_amplify;
pub mod lambda;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The body of ImportBackendStorage's 200 in the HTTP benchmark's servers.
pub const SEED_ANSWER: &str =
    r#"{"appId":"app1","backendEnvironmentName":"prod","jobId":"job-1","status":"SUCCEEDED"}"#;

/// Counts heap allocations, so benchmarks can report them per operation.
/// Each in-process benchmark installs it itself:
///
/// ```ignore
/// #[global_allocator]
/// static GLOBAL: opwire_bench::CountingAllocator = opwire_bench::CountingAllocator;
/// ```
///
/// The HTTP benchmark's servers (`src/bin/`) do not: its shared counter is
/// an atomic every allocation of every thread touches, which would tax the
/// server that allocates more.
pub struct CountingAllocator;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// How many allocations (and reallocations) `f` makes, counted by
/// [`CountingAllocator`] when it is the global allocator.
pub fn allocations<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let result = f();
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    (result, after - before)
}

/// One alternative: a name, and a routine that runs `n` iterations of the
/// work (setting up its inputs untimed) and returns the time they took.
pub struct Case<'a> {
    name: &'static str,
    run: Box<dyn FnMut(u64) -> Duration + 'a>,
}

impl<'a> Case<'a> {
    /// An alternative whose `run(n)` returns the duration of `n` iterations.
    pub fn new(name: &'static str, run: impl FnMut(u64) -> Duration + 'a) -> Self {
        Case {
            name,
            run: Box::new(run),
        }
    }

    /// An alternative timed around `n` calls of `work`, with no setup.
    pub fn simple<R>(name: &'static str, mut work: impl FnMut() -> R + 'a) -> Self {
        Case::new(name, move |n| {
            let start = Instant::now();
            for _ in 0..n {
                black_box(work());
            }
            start.elapsed()
        })
    }
}

/// Whether the binary runs as a benchmark (`cargo bench` passes `--bench`).
pub fn benchmarking() -> bool {
    std::env::args().any(|arg| arg == "--bench")
}

/// The median time per iteration of each case, first case first.
pub struct Report {
    /// What was compared.
    pub title: String,
    /// Each case's name and median nanoseconds per iteration.
    pub rows: Vec<(&'static str, f64)>,
}

impl Report {
    /// The ratio of the first case's median to `name`'s.
    pub fn ratio(&self, name: &str) -> Option<f64> {
        let first = self.rows.first()?.1;
        let other = self.rows.iter().find(|(n, _)| *n == name)?.1;
        Some(first / other)
    }

    fn print(&self) {
        println!("\n{}", self.title);
        let (first, base) = self.rows[0];
        let (ratio, inverse) = (format!("{first}/this"), format!("this/{first}"));
        println!(
            "  {:<32} {:>12}   {ratio:>12}   {inverse:>12}",
            "", "median"
        );
        for (name, median) in &self.rows {
            println!(
                "  {name:<32} {:>12}   {:>12}   {:>12}",
                format_ns(*median),
                format!("{:.2}x", base / median),
                format!("{:.2}x", median / base),
            );
        }
    }
}

fn format_ns(ns: f64) -> String {
    if ns >= 10_000.0 {
        format!("{:.1} µs", ns / 1000.0)
    } else {
        format!("{ns:.1} ns")
    }
}

/// Compares `cases`: in bench mode, `rounds` interleaved samples each,
/// printed as medians and ratios to the first case; otherwise one
/// iteration of each, as a check that they run.
pub fn compare(title: &str, rounds: usize, mut cases: Vec<Case<'_>>) -> Option<Report> {
    // For profilers (`valgrind --tool=callgrind`, `perf record`): run one
    // case a fixed number of times and measure nothing.
    if let Ok(only) = std::env::var("OPWIRE_BENCH_ONLY") {
        let iterations = std::env::var("OPWIRE_BENCH_ITERS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(10_000);
        for case in cases.iter_mut().filter(|case| case.name == only) {
            (case.run)(iterations);
        }
        return None;
    }
    if !benchmarking() {
        for case in &mut cases {
            (case.run)(1);
        }
        return None;
    }
    // Calibrate: enough iterations for a sample to take about 2 ms.
    let iterations: Vec<u64> = cases
        .iter_mut()
        .map(|case| {
            let mut n = 1;
            loop {
                let took = (case.run)(n);
                if took >= Duration::from_millis(2) || n >= 1 << 24 {
                    break n;
                }
                n *= 2;
            }
        })
        .collect();
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); cases.len()];
    for round in 0..rounds {
        for k in 0..cases.len() {
            let i = (k + round) % cases.len();
            let took = (cases[i].run)(iterations[i]);
            samples[i].push(took.as_nanos() as f64 / iterations[i] as f64);
        }
    }
    let rows = cases
        .iter()
        .zip(&mut samples)
        .map(|(case, samples)| {
            samples.sort_by(f64::total_cmp);
            (case.name, samples[samples.len() / 2])
        })
        .collect();
    let report = Report {
        title: format!("{title} (median of {rounds} samples)"),
        rows,
    };
    report.print();
    Some(report)
}

/// Runs a future that never waits (in-process handlers) to completion.
pub use axum_amplify::ready;
