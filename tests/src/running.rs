//! A server running on a free loopback port, for the tests that go over
//! real HTTP: started on `127.0.0.1:0`, stopped gracefully, every wait
//! bounded.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use opwire::server::Server;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The longest any single step may take before a test fails.
pub const BOUND: Duration = Duration::from_secs(10);

/// A server serving on a free loopback port until [`shut_down`](Self::shut_down).
pub struct Running {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Sending on it starts the graceful shutdown.
    pub stop: oneshot::Sender<()>,
    /// `serve`'s task.
    pub task: JoinHandle<io::Result<()>>,
}

/// Starts `server` on a free loopback port, in a task of the current
/// tokio runtime.
pub async fn start(server: Server) -> Running {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let addr = listener.local_addr().expect("its address");
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(server.serve(listener, async {
        let _ = stopped.await;
    }));
    Running { addr, stop, task }
}

impl Running {
    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Signals shutdown and waits (bounded) for `serve` to return `Ok`.
    pub async fn shut_down(self) {
        let _ = self.stop.send(());
        timeout(BOUND, self.task)
            .await
            .expect("the server stops in time")
            .expect("the server task does not panic")
            .expect("serve returns Ok");
    }
}
