//! A local implementation of the AWS Lambda Runtime API, for running a
//! function binary as Lambda runs it: the function long-polls
//! `/2018-06-01/runtime/invocation/next` and posts to `…/{id}/response` or
//! `…/{id}/error` (or `/2018-06-01/runtime/init/error`); each event comes
//! with the `Lambda-Runtime-Aws-Request-Id`, `Lambda-Runtime-Deadline-Ms`
//! and `Lambda-Runtime-Invoked-Function-Arn` headers. Standard library
//! only: HTTP/1.1 with keep-alive, a thread per connection.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// One event for the function.
pub struct Invocation {
    /// The invocation's ID (`Lambda-Runtime-Aws-Request-Id`).
    pub id: String,
    /// The event, as the function receives it.
    pub event: Value,
    /// How long the function has (`Lambda-Runtime-Deadline-Ms` is this
    /// from when it takes the event).
    pub within: Duration,
}

/// What the function posted back for an invocation.
#[derive(Debug)]
pub struct Outcome {
    /// The invocation's ID.
    pub id: String,
    /// `response` or `error`.
    pub kind: String,
    /// What was posted, as JSON (`null` if it was not JSON).
    pub body: Value,
}

/// A local Lambda Runtime API on a free port: events go in through
/// `invocations`, what the function posts comes out of `outcomes`.
pub struct RuntimeApi {
    /// `127.0.0.1:PORT`, for `AWS_LAMBDA_RUNTIME_API`.
    pub addr: String,
    invocations: mpsc::Sender<Invocation>,
    outcomes: mpsc::Receiver<Outcome>,
}

impl RuntimeApi {
    /// Listens on a free loopback port.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let (invocations, pending) = mpsc::channel::<Invocation>();
        let pending = Arc::new(Mutex::new(pending));
        let (posted, outcomes) = mpsc::channel::<Outcome>();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let pending = Arc::clone(&pending);
                let posted = posted.clone();
                thread::spawn(move || serve_connection(stream, &pending, &posted));
            }
        });
        RuntimeApi {
            addr,
            invocations,
            outcomes,
        }
    }

    /// Hands the function `event` and waits for what it posts back.
    pub fn invoke(&self, id: &str, event: Value) -> Outcome {
        self.invoke_within(id, event, Duration::from_secs(30))
    }

    /// [`invoke`](Self::invoke) with `within` before the deadline.
    pub fn invoke_within(&self, id: &str, event: Value, within: Duration) -> Outcome {
        self.invocations
            .send(Invocation {
                id: id.to_owned(),
                event,
                within,
            })
            .unwrap();
        let outcome = self
            .outcomes
            .recv_timeout(Duration::from_secs(20))
            .expect("the function answers the invocation");
        assert_eq!(outcome.id, id, "{outcome:?}");
        outcome
    }
}

impl RuntimeApi {
    /// `binary` as Lambda starts a function: its environment points at
    /// this runtime API (function `amplify-backend`, 128 MB).
    pub fn function(&self, binary: &str) -> Command {
        let mut command = Command::new(binary);
        command
            .env("AWS_LAMBDA_RUNTIME_API", &self.addr)
            .env("AWS_LAMBDA_FUNCTION_NAME", "amplify-backend")
            .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
            .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        command
    }
}

/// HTTP/1.1 with keep-alive, as the Lambda runtime client speaks it.
fn serve_connection(
    stream: TcpStream,
    pending: &Mutex<mpsc::Receiver<Invocation>>,
    posted: &mpsc::Sender<Outcome>,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut words = line.split_whitespace();
        let (method, path) = (
            words.next().unwrap_or_default().to_owned(),
            words.next().unwrap_or_default().to_owned(),
        );
        let mut length = 0;
        loop {
            let mut header = String::new();
            reader.read_line(&mut header).unwrap();
            if header.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap();
                }
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();

        let answer = if method == "GET" && path == "/2018-06-01/runtime/invocation/next" {
            let Ok(next) = pending.lock().unwrap().recv() else {
                return;
            };
            let deadline = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + next.within;
            let event = next.event.to_string();
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                 lambda-runtime-aws-request-id: {}\r\nlambda-runtime-deadline-ms: {}\r\n\
                 lambda-runtime-invoked-function-arn: arn:aws:lambda:us-east-1:123456789012:function:amplify-backend\r\n\
                 lambda-runtime-trace-id: Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700\r\n\
                 content-length: {}\r\n\r\n{event}",
                next.id,
                deadline.as_millis(),
                event.len()
            )
        } else if let Some(rest) = path.strip_prefix("/2018-06-01/runtime/invocation/") {
            let (id, kind) = rest.split_once('/').unwrap();
            posted
                .send(Outcome {
                    id: id.to_owned(),
                    kind: kind.to_owned(),
                    body: serde_json::from_slice(&body).unwrap_or(Value::Null),
                })
                .unwrap();
            "HTTP/1.1 202 Accepted\r\ncontent-length: 2\r\n\r\n{}".to_owned()
        } else if path == "/2018-06-01/runtime/init/error" {
            posted
                .send(Outcome {
                    id: "init".to_owned(),
                    kind: "error".to_owned(),
                    body: serde_json::from_slice(&body).unwrap_or(Value::Null),
                })
                .unwrap();
            "HTTP/1.1 202 Accepted\r\ncontent-length: 2\r\n\r\n{}".to_owned()
        } else {
            "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".to_owned()
        };
        if writer.write_all(answer.as_bytes()).is_err() {
            return;
        }
    }
}
