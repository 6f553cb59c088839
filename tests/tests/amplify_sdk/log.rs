//! The server's log as the tests read it: the `request` line opwire's server
//! logs through `tracing` for each request (method, path, status,
//! duration), kept with the name of the thread that logged it. Each test
//! runs its server on a runtime whose threads carry the test's own name, so
//! tests running at once don't see each other's lines.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, OnceLock, PoisonError};

use tracing::field::{Field, Visit};
use tracing::{Event, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// One `request` line.
#[derive(Debug, Clone)]
pub struct Line {
    /// The thread that logged it.
    pub thread: String,
    /// Its fields, as text.
    pub fields: BTreeMap<&'static str, String>,
}

impl Line {
    fn field(&self, name: &str) -> &str {
        self.fields
            .get(name)
            .unwrap_or_else(|| panic!("no `{name}` in the log line {:?}", self.fields))
    }

    pub fn method(&self) -> http::Method {
        http::Method::from_bytes(self.field("method").as_bytes()).expect("a method")
    }

    pub fn path(&self) -> &str {
        self.field("path")
    }

    pub fn status(&self) -> u16 {
        self.field("status").parse().expect("a status")
    }

    pub fn duration(&self) -> &str {
        self.field("duration")
    }
}

static LINES: Mutex<Vec<Line>> = Mutex::new(Vec::new());

/// Installs the capture as the global subscriber, once per test binary.
pub fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(Capture))
            .expect("no other global subscriber in this test binary");
    });
}

/// The `request` lines logged so far by threads named `thread`, in order.
pub fn requests(thread: &str) -> Vec<Line> {
    LINES
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .filter(|line| line.thread == thread)
        .cloned()
        .collect()
}

/// Keeps opwire's `request` lines.
struct Capture;

impl<S: Subscriber> Layer<S> for Capture {
    fn enabled(&self, metadata: &Metadata<'_>, _: Context<'_, S>) -> bool {
        metadata.target().starts_with("opwire")
    }

    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        if fields.0.get("message").map(String::as_str) != Some("request") {
            return;
        }
        let thread = std::thread::current().name().unwrap_or("").to_owned();
        LINES
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(Line {
                thread,
                fields: fields.0,
            });
    }
}

#[derive(Default)]
struct Fields(BTreeMap<&'static str, String>);

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name(), value.to_owned());
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name(), value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name(), format!("{value:?}"));
    }
}
