//! What the property tests and the fuzz targets check opwire against,
//! written from the documented rules and apart from opwire's own code: the
//! AWS label encoding, JSON equality to the bit, and the output of a future
//! that is ready at once.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use serde_json::Value;

/// A label percent-encoded as AWS SDKs do: every UTF-8 byte but
/// `A-Z a-z 0-9 - . _ ~` as `%XX`.
///
/// ```
/// assert_eq!(opwire_tests::oracle::aws_encode("a/b é"), "a%2Fb%20%C3%A9");
/// ```
pub fn aws_encode(value: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(value.len());
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// JSON equality that also tells `0.0` from `-0.0` and a double from an
/// integer: doubles compare by their bits.
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(name, v)| b.get(name).is_some_and(|w| same_json(v, w)))
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(v, w)| same_json(v, w))
        }
        (Value::Number(a), Value::Number(b)) if a.is_f64() || b.is_f64() => {
            a.as_f64().map(f64::to_bits) == b.as_f64().map(f64::to_bits) && a.is_f64() == b.is_f64()
        }
        _ => a == b,
    }
}

/// The output of a future that is ready at its first poll: the router's
/// futures with handlers that answer at once.
///
/// # Panics
///
/// If the future is not ready.
pub fn now<F: Future>(future: F) -> F::Output {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the future was not ready at once"),
    }
}
