//! Faults under load: a bounded run of 64 connections against
//! `opwire::server::Server` on loopback, in which 1% of requests make their
//! handler panic and 1% make it overrun the deadline. Every request gets one
//! response of the kind its fault calls for, no handler runs twice, the
//! store holds exactly what the successful writes wrote, and memory does not
//! grow from the first half of the run to the second.
//!
//! `OPWIRE_LOAD_SECONDS` sets the length of the run (default 20 s).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use opwire::server::Server;
use opwire::{ClientError, Router, operation, shape};
use opwire_tests::running::start;

/// What a write stores.
#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub value: u64,
}

/// Writes one item; `sequence` numbers the writer's requests.
#[operation(PUT, "/items/<key>", response = Item)]
pub struct PutItem {
    pub key: String,
    pub value: u64,
    pub sequence: u64,
}

const CONNECTIONS: usize = 64;
/// Each writer owns this many keys and writes them in turn, so the store
/// stops growing after the first round.
const KEYS_PER_WRITER: u64 = 32;
const DEADLINE: Duration = Duration::from_millis(200);

/// The fault request `sequence` of a writer calls for: 1 in 100 panics,
/// 1 in 100 overruns the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Fault {
    None,
    Panic,
    Overrun,
}

fn fault(sequence: u64) -> Fault {
    match sequence % 100 {
        17 => Fault::Panic,
        71 => Fault::Overrun,
        _ => Fault::None,
    }
}

/// What the handlers keep: bounded by the keys, so that memory measures
/// the server, not this bookkeeping.
#[derive(Default)]
struct Store {
    items: Mutex<HashMap<String, u64>>,
    /// Per key, the last request sequence a handler ran for: each writer
    /// waits for an answer before its next request, so these only grow.
    last_sequence: Mutex<HashMap<String, u64>>,
    calls: AtomicU64,
    /// Handler runs for a sequence already seen on the key.
    repeats: AtomicU64,
}

fn router(store: Arc<Store>) -> Router {
    Router::new().route(move |op: PutItem| {
        let store = store.clone();
        async move {
            store.calls.fetch_add(1, Ordering::Relaxed);
            let previous = store
                .last_sequence
                .lock()
                .unwrap()
                .insert(op.key.clone(), op.sequence);
            if previous.is_some_and(|previous| previous >= op.sequence) {
                store.repeats.fetch_add(1, Ordering::Relaxed);
            }
            // Faults strike before the write, so a failed request writes nothing.
            match fault(op.sequence) {
                Fault::Panic => panic!("injected fault"),
                Fault::Overrun => tokio::time::sleep(DEADLINE * 5).await,
                Fault::None => {}
            }
            store.items.lock().unwrap().insert(op.key, op.value);
            Ok::<_, PutItemError>(Item { value: op.value })
        }
    })
}

/// Resident memory of this process, in bytes (Linux).
fn resident() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

#[derive(Default, Debug)]
struct Tally {
    ok: u64,
    panicked: u64,
    overran: u64,
    /// Per key, the value of the writer's last successful write.
    last_written: HashMap<String, u64>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_under_load_lose_nothing_and_leak_nothing() {
    let seconds: u64 = std::env::var("OPWIRE_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let run = Duration::from_secs(seconds);
    // The injected panics are expected: keep them (and their backtraces) quiet.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if info.payload().downcast_ref::<&str>() != Some(&"injected fault") {
            default_hook(info);
        }
    }));

    let store = Arc::new(Store::default());
    let server = start(Server::new(router(store.clone())).deadline(DEADLINE)).await;

    let client = opwire::Client::new(&server.base_url())
        .unwrap()
        .timeout(Duration::from_secs(10));
    let start = Instant::now();
    let halfway = start + run / 2;
    let memory_at_start = resident();
    let memory_halfway = Arc::new(Mutex::new(None::<u64>));

    let writers: Vec<_> = (0..CONNECTIONS)
        .map(|writer| {
            let client = client.clone();
            let memory_halfway = memory_halfway.clone();
            tokio::spawn(async move {
                let mut tally = Tally::default();
                let mut sequence = 0u64;
                while start.elapsed() < run {
                    if Instant::now() >= halfway {
                        memory_halfway.lock().unwrap().get_or_insert_with(resident);
                    }
                    let key = format!("w{writer}-k{}", sequence % KEYS_PER_WRITER);
                    let value = sequence * 1000 + writer as u64;
                    let op = PutItem {
                        key: key.clone(),
                        value,
                        sequence,
                    };
                    let result = client.send(&op).await;
                    match (fault(sequence), result) {
                        (Fault::None, Ok(item)) => {
                            assert_eq!(item.value, value);
                            tally.ok += 1;
                            tally.last_written.insert(key, value);
                        }
                        (Fault::Panic, Err(ClientError::Response(err))) if err.status() == 500 => {
                            tally.panicked += 1;
                        }
                        (Fault::Overrun, Err(ClientError::Response(err)))
                            if err.status() == 504 =>
                        {
                            tally.overran += 1;
                        }
                        (fault, other) => panic!("request {sequence} ({fault:?}) got {other:?}"),
                    }
                    sequence += 1;
                }
                (tally, sequence)
            })
        })
        .collect();

    let mut total = Tally::default();
    let mut sent = 0u64;
    for writer in writers {
        let (tally, count) = writer.await.expect("a writer finished");
        total.ok += tally.ok;
        total.panicked += tally.panicked;
        total.overran += tally.overran;
        total.last_written.extend(tally.last_written);
        sent += count;
    }
    let memory_at_end = resident();
    server.shut_down().await;

    // Every request was answered once, as its fault called for.
    assert_eq!(total.ok + total.panicked + total.overran, sent);
    assert_eq!(
        store.calls.load(Ordering::Relaxed),
        sent,
        "every request reached its handler"
    );
    assert_eq!(
        store.repeats.load(Ordering::Relaxed),
        0,
        "no request was handled twice"
    );
    // The store holds exactly the successful writes.
    let items = store.items.lock().unwrap();
    assert_eq!(*items, total.last_written);

    let memory_halfway = memory_halfway.lock().unwrap().unwrap_or(memory_at_end);
    println!(
        "{sent} requests in {seconds} s over {CONNECTIONS} connections: {} ok, {} panics (500), {} past the deadline (504); \
         resident memory {} MiB at start, {} MiB halfway, {} MiB at the end",
        total.ok,
        total.panicked,
        total.overran,
        memory_at_start / (1 << 20),
        memory_halfway / (1 << 20),
        memory_at_end / (1 << 20),
    );
    // No growth between the halves beyond allocator noise.
    assert!(
        memory_at_end <= memory_halfway + memory_halfway / 10 + (4 << 20),
        "memory grew from {memory_halfway} to {memory_at_end} bytes"
    );
}
