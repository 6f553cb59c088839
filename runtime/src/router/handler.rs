//! Handlers: what a route calls with the decoded operation (and, when it
//! asks, the request's [`Context`]), and the erased form the router stores.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use bytes::Bytes;
use http::request::Parts;
use http::{Response, Uri};

use crate::Operation;
use crate::error::{HandlerError, RequestError};
use crate::request::Incoming;
use crate::router::Context;
use crate::template::Captures;

/// A boxed response future, as the router runs it.
pub(crate) type BoxResponse = Pin<Box<dyn Future<Output = Response<Bytes>> + Send>>;

/// What handles one operation: an async function or closure that takes the
/// decoded operation, and optionally the request's [`Context`] with the
/// router's state `S`, and returns `Result<Op::Response, E>`, where `E` is
/// the operation's error type or a [`HandlerError`] of it.
///
/// The two forms:
///
/// ```
/// use opwire::{Context, Handler, Operation, operation};
///
/// #[operation(GET, "/ping")]
/// pub struct Ping {}
///
/// async fn ping(_: Ping) -> Result<opwire::Empty, PingError> {
///     Ok(opwire::Empty {})
/// }
///
/// async fn ping_with(_: Ping, cx: Context<u32>) -> Result<opwire::Empty, PingError> {
///     assert_eq!(*cx.state(), 7);
///     Ok(opwire::Empty {})
/// }
///
/// fn assert_handler<Op: Operation, S, M, H: Handler<Op, S, M>>(_: &H) {}
/// assert_handler::<Ping, (), _, _>(&ping);
/// assert_handler::<Ping, u32, _, _>(&ping_with);
/// ```
///
/// `M` only tells the two forms apart; callers leave it to inference.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a handler of an operation",
    label = "not a handler",
    note = "a handler is an async fn or closure that takes the operation, and optionally the request's `opwire::Context<S>`: `|op: MyOp| async move {{ … }}` or `|op: MyOp, cx: Context<S>| async move {{ … }}`",
    note = "it is `Send + Sync + 'static`, its future is `Send`, and the future's output is `Result<R, E>`: `R` the operation's `response`, `E` its error type (`MyOpError`) or `opwire::HandlerError<MyOpError>`"
)]
pub trait Handler<Op: Operation, S, M>: Send + Sync + 'static {
    /// How the handler fails: `Op::Error` or `HandlerError<Op::Error>`.
    type Error: Into<HandlerError<Op::Error>>;
    /// The future of one call.
    type Future: Future<Output = Result<Op::Response, Self::Error>> + Send + 'static;

    /// Whether [`call`](Self::call) reads `request`: the router then fills
    /// in its URI.
    #[doc(hidden)]
    const TAKES_CONTEXT: bool;

    /// Handles one decoded request; `request` and `state` make its
    /// [`Context`] when the handler takes one.
    fn call(&self, operation: Op, request: Parts, state: &S) -> Self::Future;
}

/// Tells [`Handler`]'s implementations apart: one for handlers of the
/// operation alone, one for handlers that take a [`Context`] too.
#[doc(hidden)]
pub mod kind {
    /// `Fn(Op) -> Fut`.
    #[derive(Debug)]
    pub enum OperationOnly {}
    /// `Fn(Op, Context<S>) -> Fut`.
    #[derive(Debug)]
    pub enum WithContext {}
}

impl<Op, S, F, Fut, E> Handler<Op, S, kind::OperationOnly> for F
where
    Op: Operation,
    F: Fn(Op) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Op::Response, E>> + Send + 'static,
    E: Into<HandlerError<Op::Error>>,
{
    type Error = E;
    type Future = Fut;
    const TAKES_CONTEXT: bool = false;

    fn call(&self, operation: Op, _: Parts, _: &S) -> Fut {
        self(operation)
    }
}

impl<Op, S, F, Fut, E> Handler<Op, S, kind::WithContext> for F
where
    Op: Operation,
    S: Clone + Send + Sync + 'static,
    F: Fn(Op, Context<S>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Op::Response, E>> + Send + 'static,
    E: Into<HandlerError<Op::Error>>,
{
    type Error = E;
    type Future = Fut;
    const TAKES_CONTEXT: bool = true;

    fn call(&self, operation: Op, request: Parts, state: &S) -> Fut {
        self(operation, Context::new::<Op>(state.clone(), request))
    }
}

/// A request whose path matched, in the pieces decoding reads and the
/// handler's [`Context`] takes.
pub(crate) struct Matched<'a> {
    /// The request's parts but its URI, which `captures` borrow from.
    pub(crate) parts: Parts,
    pub(crate) uri: &'a Uri,
    pub(crate) captures: &'a Captures<'a>,
    pub(crate) body: Bytes,
}

/// A handler with its operation type erased, as the router stores it.
pub(crate) trait Endpoint<S>: Send + Sync {
    /// Decodes the request and starts the handler, or says why it can't.
    fn call(&self, request: Matched<'_>, state: &S) -> Result<BoxResponse, RequestError>;
}

/// The [`Endpoint`] of one operation and its handler.
pub(crate) struct OperationEndpoint<Op, H, M> {
    handler: H,
    operation: PhantomData<fn() -> (Op, M)>,
}

impl<Op, H, M> OperationEndpoint<Op, H, M> {
    pub(crate) fn new(handler: H) -> Self {
        OperationEndpoint {
            handler,
            operation: PhantomData,
        }
    }
}

impl<Op, S, M, H> Endpoint<S> for OperationEndpoint<Op, H, M>
where
    Op: Operation,
    H: Handler<Op, S, M>,
    M: 'static,
{
    fn call(&self, request: Matched<'_>, state: &S) -> Result<BoxResponse, RequestError> {
        let Matched {
            mut parts,
            uri,
            captures,
            body,
        } = request;
        let query = uri.query().unwrap_or("");
        let incoming = Incoming::new(query, &parts.headers, &body, Op::SEGMENTS, captures);
        let operation = Op::__decode(&incoming)?;
        if H::TAKES_CONTEXT {
            parts.uri = uri.clone();
        }
        let future = self.handler.call(operation, parts, state);
        Ok(Box::pin(async move {
            crate::response::respond_handled::<Op>(future.await.map_err(Into::into))
        }))
    }
}

/// An endpoint of a router whose state was given: calls the inner endpoint
/// with it.
pub(crate) struct WithState<S> {
    pub(crate) endpoint: std::sync::Arc<dyn Endpoint<S>>,
    pub(crate) state: S,
}

impl<S: Send + Sync> Endpoint<()> for WithState<S> {
    fn call(&self, request: Matched<'_>, _: &()) -> Result<BoxResponse, RequestError> {
        self.endpoint.call(request, &self.state)
    }
}
