//! Operations whose templates overlap where the AmplifyBackend ones never
//! do: a literal, a label and a greedy label as siblings, so that matching
//! has to rank them and backtrack. Each handler answers 504 with its own
//! name as the message, which tells the fuzz target which one ran.

use opwire::{Operation, Router, operation};
use serde::{Deserialize, Serialize};

use super::Route;

/// The answer of every handler here: which one ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ran {
    pub message: Option<String>,
}

/// The one error of these operations.
#[derive(Debug, opwire::ErrorSet)]
pub enum RanError {
    #[status(504)]
    Ran(Ran),
}

#[operation(GET, "/files/<key..>", error = RanError)]
pub struct GetFile {
    pub key: String,
}

#[operation(GET, "/files/<id>/meta", error = RanError)]
pub struct GetMeta {
    pub id: String,
}

#[operation(GET, "/files/special/meta", error = RanError)]
pub struct GetSpecialMeta {}

#[operation(POST, "/files/special/<part>", error = RanError)]
pub struct PostSpecial {
    pub part: String,
}

#[operation(DELETE, "/files/<id>", error = RanError)]
pub struct DeleteFile {
    pub id: String,
}

#[operation(GET, "/<a>/<b>/<c>", error = RanError)]
pub struct Three {
    pub a: String,
    pub b: String,
    pub c: String,
}

#[operation(PUT, "/<a>", error = RanError)]
pub struct One {
    pub a: String,
}

#[operation(GET, "/", error = RanError)]
pub struct Root {}

/// Routes `Op` to a handler that answers 504 with `Op::NAME`.
pub fn ran<Op: Operation<Error = RanError, Response = opwire::Empty>>(router: Router) -> Router {
    router.route(|_: Op| {
        std::future::ready(Err(RanError::Ran(Ran {
            message: Some(Op::NAME.to_owned()),
        })))
    })
}

macro_rules! overlap {
    ($callback:ident) => {
        $callback!(
            GetFile,
            GetMeta,
            GetSpecialMeta,
            PostSpecial,
            DeleteFile,
            Three,
            One,
            Root
        )
    };
}

/// The router of these operations.
pub fn router() -> Router {
    macro_rules! build {
        ($($op:ident),*) => {{
            let router = Router::new();
            $(let router = ran::<$op>(router);)*
            router
        }};
    }
    overlap!(build)
}

/// Their routes, for the reference matcher.
pub fn routes() -> Vec<Route> {
    macro_rules! list {
        ($($op:ident),*) => {
            vec![$(Route::of::<$op>()),*]
        };
    }
    overlap!(list)
}
