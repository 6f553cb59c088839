//! The router's matching of arbitrary methods and paths, on the seed
//! router, the 31-operation AmplifyBackend router and a router of
//! overlapping templates, against a reference matcher written apart from
//! the trie (`common::reference`):
//!
//! - `Router::recognize` names the operation the reference names (the real
//!   `amplify_backend::router` too, for the AmplifyBackend routes);
//! - `Router::dispatch` of a path that is a URI runs that operation's
//!   handler (each answers 504 with its own name), or answers 400 only when
//!   the request does not decode (for the seed and overlap routers: exactly
//!   when a label does not percent-decode); a path that matches no template
//!   answers 404, a matched path without the method the CORS preflight or
//!   405 with `Allow`; every error has `x-amzn-errortype` and a JSON
//!   `message`.

#![no_main]

mod common;

use std::sync::LazyLock;

use amplify_backend::errors::GatewayTimeoutException;
use amplify_backend::{AmplifyBackendError, Store, for_each_operation};
use bytes::Bytes;
use common::{Match, Route, check_error, check_other_method, reference};
use http::{Request, Uri};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use opwire::{Operation, Router};
use opwire_tests::oracle::now;
use opwire_tests::seed::{
    ImportBackendStorage, ImportBackendStorageError, InternalServiceException,
};

/// A router under test, its routes as the reference knows them, and
/// whether every request that reaches a route decodes but for its labels.
struct Subject {
    router: Router,
    /// Another router with the same routes, for `recognize` only.
    twin: Option<Router>,
    routes: Vec<Route>,
    literals: Vec<&'static str>,
    bodies_decode: bool,
}

impl Subject {
    fn new(router: Router, twin: Option<Router>, routes: Vec<Route>, bodies_decode: bool) -> Self {
        let literals = common::literals(&routes);
        Subject {
            router,
            twin,
            routes,
            literals,
            bodies_decode,
        }
    }
}

fn seed() -> Subject {
    let router = Router::new().route(|_: ImportBackendStorage| {
        std::future::ready(Err::<_, ImportBackendStorageError>(
            InternalServiceException {
                message: Some(ImportBackendStorage::NAME.to_owned()),
            }
            .into(),
        ))
    });
    Subject::new(
        router,
        None,
        vec![Route::of::<ImportBackendStorage>()],
        true,
    )
}

fn stub<Op: Operation<Error = AmplifyBackendError>>(router: Router) -> Router {
    router.route(|_: Op| {
        std::future::ready(Err::<_, AmplifyBackendError>(
            GatewayTimeoutException {
                message: Some(Op::NAME.to_owned()),
            }
            .into(),
        ))
    })
}

fn amplify() -> Subject {
    macro_rules! build {
        ($($op:path),* $(,)?) => {{
            let router = Router::new();
            $(let router = stub::<$op>(router);)*
            (router, vec![$(Route::of::<$op>()),*])
        }};
    }
    let (router, routes) = for_each_operation!(build);
    assert_eq!(routes.len(), 31);
    let real = amplify_backend::router(Store::default());
    // Most AmplifyBackend operations have required body members, which the
    // fixed body here lacks: those answer 400.
    Subject::new(router, Some(real), routes, false)
}

fn overlap() -> Subject {
    let routes = common::overlap::routes();
    Subject::new(common::overlap::router(), None, routes, true)
}

static SUBJECTS: LazyLock<[Subject; 3]> = LazyLock::new(|| [seed(), amplify(), overlap()]);

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let subject = u.choose(&SUBJECTS[..])?;
    let Some(method) = common::method(u)? else {
        return Ok(());
    };
    let path = common::path(u, &subject.literals)?;

    // `recognize` takes any string as the path.
    let found = reference(&subject.routes, &path);
    let name = found.route(&method);
    assert_eq!(
        subject.router.recognize(&method, &path),
        name,
        "{method} {path:?}"
    );
    if let Some(twin) = &subject.twin {
        assert_eq!(twin.recognize(&method, &path), name, "{method} {path:?}");
    }

    // `dispatch` takes a request: only a URI `http` accepts.
    let Ok(uri) = Uri::try_from(path.as_str()) else {
        return Ok(());
    };
    let path = uri.path().to_owned();
    let found = reference(&subject.routes, &path);
    let request = Request::builder()
        .method(method.clone())
        .uri(uri)
        .header("content-type", "application/json")
        .body(Bytes::from_static(br#"{"serviceName":"S3"}"#))
        .expect("a request from a URI and a method");
    let response = now(subject.router.dispatch(request));
    let status = response.status().as_u16();
    match found.route(&method) {
        Some(name) => {
            let (code, message) = check_error(&response);
            let decodes = found.labels_decode();
            match status {
                504 => {
                    assert!(decodes, "{method} {path}: a label that does not decode ran");
                    assert_eq!(message, name, "{method} {path}: the wrong handler ran");
                }
                400 => {
                    assert_eq!(code, "BadRequestException");
                    assert!(
                        !decodes || !subject.bodies_decode,
                        "{method} {path}: {name} did not run: {message}"
                    );
                }
                other => panic!("{method} {path}: {other} {code} for {name}: {message}"),
            }
        }
        None if found == Match::NoPath => {
            assert_eq!(status, 404, "{method} {path}: no template matches");
            let (code, _) = check_error(&response);
            assert_eq!(code, "UnknownOperationException");
        }
        None => check_other_method(&response, &method, &found),
    }
    Ok(())
}
