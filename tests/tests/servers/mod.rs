//! The AmplifyBackend servers the cross-client tests (browser, Node,
//! Python) start on loopback ports.

// Each test binary that includes this uses some of them.
#![allow(dead_code)]

use std::time::Duration;

use amplify_backend::AmplifyBackendError;
use amplify_backend::Store;
use amplify_backend::backend::{GetBackend, GetBackendResponse};
use amplify_backend::serve::{Config, RateLimit};
use opwire::Router;
use opwire::server::Server;

/// The emulator as `--prefix /prod` serves it: at the API's paths and
/// under the stage.
pub fn staged() -> Server {
    Config {
        prefix: Some("/prod".into()),
        ..Config::default()
    }
    .server(Store::new())
}

/// The emulator with a rate limit that lets one request through, then
/// (nearly) nothing for a thousand seconds: 429 `TooManyRequestsException`.
pub fn throttled() -> Server {
    Config {
        rate_limit: Some(RateLimit {
            requests_per_second: 0.001,
            burst: 1,
        }),
        ..Config::default()
    }
    .server(Store::new())
}

/// `GetBackend` slower than the deadline: 504 `GatewayTimeoutException`.
pub fn slow() -> Server {
    let router = Router::new().route(|_: GetBackend| async {
        tokio::time::sleep(Duration::from_secs(30)).await;
        Ok::<_, AmplifyBackendError>(GetBackendResponse::default())
    });
    Server::new(router).deadline(Duration::from_millis(50))
}

/// The three servers the SDK error tests call: the emulator ([`staged`]),
/// the throttled one and the slow one, each on its own loopback port.
pub struct ErrorServers {
    pub api: opwire_tests::running::Running,
    pub throttled: opwire_tests::running::Running,
    pub slow: opwire_tests::running::Running,
}

impl ErrorServers {
    /// Starts all three on `runtime`.
    pub fn start(runtime: &tokio::runtime::Runtime) -> Self {
        use opwire_tests::running::start;
        ErrorServers {
            api: runtime.block_on(start(staged())),
            throttled: runtime.block_on(start(throttled())),
            slow: runtime.block_on(start(slow())),
        }
    }

    /// Shuts all three down gracefully.
    pub fn shut_down(self, runtime: &tokio::runtime::Runtime) {
        for server in [self.api, self.throttled, self.slow] {
            runtime.block_on(server.shut_down());
        }
    }
}

/// A multi-thread runtime for a test that drives other programs.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime")
}
