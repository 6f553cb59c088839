//! `opwire::Client` retries in the AWS SDKs' standard mode, against a
//! server that injects faults over real loopback HTTP/1.1: which answers
//! are retried and which never are, the attempt headers the SDKs send, a
//! per-attempt timeout retried, and the attempt limit. Jitter is seeded and
//! the backoff's base small, so runs are quick and repeatable.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use opwire::{Client, ClientError, ResponseError, Retries};
use opwire_tests::seed::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the server does with the next request.
#[derive(Clone)]
enum Step {
    /// Answers this status, with these extra headers, and JSON body.
    Answer(u16, &'static [(&'static str, &'static str)], &'static str),
    /// Reads the request and never answers.
    Stall,
}

/// A server that follows `script`, one step per request (the last one
/// repeats), and records each request's head.
async fn faulty(script: Vec<Step>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        let mut next = 0;
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let step = script[next.min(script.len() - 1)].clone();
            next += 1;
            let record = record.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if stream.read(&mut byte).await.unwrap_or(0) == 0 {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                let length: usize = head
                    .lines()
                    .find_map(|line| {
                        line.to_ascii_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse().unwrap_or(0))
                    })
                    .unwrap_or(0);
                let mut body = vec![0; length];
                let _ = stream.read_exact(&mut body).await;
                record.lock().unwrap().push(head);
                match step {
                    Step::Stall => tokio::time::sleep(Duration::from_secs(60)).await,
                    Step::Answer(status, headers, body) => {
                        let mut answer = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
                            body.len()
                        );
                        for (name, value) in headers {
                            answer += &format!("{name}: {value}\r\n");
                        }
                        answer += "\r\n";
                        answer += body;
                        let _ = stream.write_all(answer.as_bytes()).await;
                    }
                }
            });
        }
    });
    (base, seen)
}

fn client(base: &str) -> Client {
    Client::new(base)
        .unwrap()
        .timeout(Duration::from_millis(300))
        .retries(
            Retries::STANDARD
                .initial_backoff(Duration::from_millis(20))
                .jitter_seed(42),
        )
}

fn import() -> ImportBackendStorage {
    ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        bucket_name: Some("b".into()),
        service_name: ServiceName::S3,
    }
}

const OK: Step = Step::Answer(200, &[], r#"{"appId":"app1","status":"SUCCEEDED"}"#);

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

#[tokio::test]
async fn a_5xx_then_throttling_then_success_is_three_attempts_of_one_invocation() {
    let (base, seen) = faulty(vec![
        Step::Answer(
            503,
            &[("x-amzn-errortype", "ServiceUnavailableException")],
            "{}",
        ),
        Step::Answer(
            400,
            &[
                ("x-amzn-errortype", "ThrottlingException"),
                ("x-amz-retry-after", "30"),
            ],
            r#"{"message":"slow down"}"#,
        ),
        OK,
    ])
    .await;
    let answer = client(&base)
        .send(&import())
        .await
        .expect("the third attempt succeeds");
    assert_eq!(answer.status.as_deref(), Some("SUCCEEDED"));

    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    let attempts: Vec<_> = seen
        .iter()
        .map(|head| header(head, "amz-sdk-request").unwrap())
        .collect();
    assert_eq!(
        attempts,
        ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]
    );
    let ids: Vec<_> = seen
        .iter()
        .map(|head| header(head, "amz-sdk-invocation-id").unwrap())
        .collect();
    assert_eq!(ids[0].len(), 36, "{ids:?}");
    assert!(
        ids.iter().all(|id| *id == ids[0]),
        "one invocation ID for every attempt: {ids:?}"
    );
}

#[tokio::test]
async fn a_declared_4xx_is_never_retried() {
    let (base, seen) = faulty(vec![
        Step::Answer(
            404,
            &[("x-amzn-errortype", "NotFoundException")],
            r#"{"message":"no app"}"#,
        ),
        OK,
    ])
    .await;
    let err = client(&base).send(&import()).await.expect_err("a 404");
    assert!(matches!(
        err,
        ClientError::Response(ResponseError::Modeled(
            ImportBackendStorageError::NotFoundException(_)
        ))
    ));
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn the_last_failure_comes_back_after_the_attempt_limit() {
    let (base, seen) = faulty(vec![Step::Answer(
        502,
        &[("x-amzn-errortype", "BadGatewayException")],
        r#"{"message":"bad gateway"}"#,
    )])
    .await;
    let err = client(&base).send(&import()).await.expect_err("always 502");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502), "{err:?}");
    assert_eq!(seen.lock().unwrap().len(), 3);

    // With retries off (the default), one attempt.
    let (base, seen) = faulty(vec![Step::Answer(502, &[], "{}")]).await;
    let plain = Client::new(&base).unwrap();
    assert!(plain.send(&import()).await.is_err());
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(header(&seen[0], "amz-sdk-request"), None);
}

#[tokio::test]
async fn an_attempt_past_its_timeout_is_retried() {
    let (base, seen) = faulty(vec![Step::Stall, OK]).await;
    let answer = client(&base)
        .send(&import())
        .await
        .expect("the second attempt answers");
    assert_eq!(answer.app_id.as_deref(), Some("app1"));
    assert_eq!(seen.lock().unwrap().len(), 2);
}
