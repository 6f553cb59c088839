//! Handlers: what a route calls with the decoded operation, and the erased
//! form the router stores.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use bytes::Bytes;
use http::{Request, Response};

use crate::Operation;
use crate::error::RequestError;
use crate::request::Incoming;
use crate::template::Captures;

/// A boxed response future, as the router runs it.
pub(crate) type BoxResponse = Pin<Box<dyn Future<Output = Response<Bytes>> + Send>>;

/// What handles one operation: an async function from the decoded operation
/// to its result.
///
/// Implemented for every `Fn(Op) -> impl Future<Output = Result<Op::Response,
/// Op::Error>>` closure or function that is `Send + Sync`; the closure may
/// capture state (an `Arc` of a store, a client).
///
/// ```
/// use opwire::{Handler, Operation, operation};
///
/// #[operation(GET, "/ping")]
/// pub struct Ping {}
///
/// async fn ping(_: Ping) -> Result<opwire::Empty, PingError> {
///     Ok(opwire::Empty {})
/// }
///
/// fn assert_handler<Op: Operation, H: Handler<Op>>(_: &H) {}
/// assert_handler::<Ping, _>(&ping);
/// ```
pub trait Handler<Op: Operation>: Send + Sync + 'static {
    /// The future of one call.
    type Future: Future<Output = Result<Op::Response, Op::Error>> + Send + 'static;

    /// Handles one decoded request.
    fn call(&self, operation: Op) -> Self::Future;
}

impl<Op, F, Fut> Handler<Op> for F
where
    Op: Operation,
    F: Fn(Op) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Op::Response, Op::Error>> + Send + 'static,
{
    type Future = Fut;

    fn call(&self, operation: Op) -> Fut {
        self(operation)
    }
}

/// A handler with its operation type erased, as the router stores it.
pub(crate) trait Endpoint: Send + Sync {
    /// Decodes the request and starts the handler, or says why it can't.
    fn call(
        &self,
        request: &Request<Bytes>,
        captures: &Captures<'_>,
    ) -> Result<BoxResponse, RequestError>;
}

/// The [`Endpoint`] of one operation and its handler.
pub(crate) struct OperationEndpoint<Op, H> {
    handler: H,
    operation: PhantomData<fn() -> Op>,
}

impl<Op, H> OperationEndpoint<Op, H> {
    pub(crate) fn new(handler: H) -> Self {
        OperationEndpoint {
            handler,
            operation: PhantomData,
        }
    }
}

impl<Op: Operation, H: Handler<Op>> Endpoint for OperationEndpoint<Op, H> {
    fn call(
        &self,
        request: &Request<Bytes>,
        captures: &Captures<'_>,
    ) -> Result<BoxResponse, RequestError> {
        let operation = Op::__decode(&Incoming::new(request, Op::SEGMENTS, captures))?;
        let future = self.handler.call(operation);
        Ok(Box::pin(async move { Op::respond(future.await) }))
    }
}
