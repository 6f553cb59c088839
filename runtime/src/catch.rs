//! [`CatchUnwind`]: a future that turns a panic while polled into a value.

use std::any::Any;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::task::{Context, Poll};

/// Polls `F`, catching a panic as `Err(payload)`. Not polled again after
/// it completes or panics.
pub(crate) struct CatchUnwind<F>(F);

impl<F> CatchUnwind<F> {
    pub(crate) fn new(future: F) -> Self {
        CatchUnwind(future)
    }
}

impl<F: Future + Unpin> Future for CatchUnwind<F> {
    type Output = Result<F::Output, Box<dyn Any + Send>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let future = &mut self.0;
        // The future is dropped after a panic, never polled again, so state
        // it left half-updated is not observed.
        match catch_unwind(AssertUnwindSafe(|| Pin::new(future).poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(payload) => Poll::Ready(Err(payload)),
        }
    }
}

/// The message of a panic, when it has one (`panic!("…")` gives a `&str` or
/// a `String`).
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(message) = payload.downcast_ref::<&'static str>() {
        message
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message
    } else {
        "(a panic without a message)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_while_polled_is_caught() {
        let future = Box::pin(async {
            if true {
                panic!("boom {}", 1);
            }
        });
        let payload = CatchUnwind::new(future).await.unwrap_err();
        assert_eq!(panic_message(&*payload), "boom 1");
    }

    #[tokio::test]
    async fn a_value_passes_through() {
        let output = CatchUnwind::new(std::future::ready(7)).await;
        assert_eq!(output.unwrap(), 7);
    }

    #[test]
    fn messages_of_static_str_and_other_payloads() {
        let payload: Box<dyn Any + Send> = Box::new("static");
        assert_eq!(panic_message(&*payload), "static");
        let payload: Box<dyn Any + Send> = Box::new(3_u8);
        assert_eq!(panic_message(&*payload), "(a panic without a message)");
    }
}
