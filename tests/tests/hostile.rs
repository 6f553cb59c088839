//! Hostile input against the running `amplify-backend` server, over raw
//! TCP: malformed and hostile requests each get their documented status —
//! with an AWS-style JSON error (`message`, `x-amzn-ErrorType`) wherever the
//! request reached opwire, hyper's bare status where hyper refused to parse
//! it — never a panic, never a dropped connection where a response is owed;
//! and a valid request is served afterwards. README's "What bad input gets"
//! is this table.

use std::net::SocketAddr;
use std::time::Duration;

use amplify_backend::Store;
use amplify_backend::serve::Config;
use opwire_tests::raw::RawResponse;
use opwire_tests::running::{BOUND, start};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

/// Writes `request` (ignoring a write the server cut short by answering
/// early) and reads the response to the end of the connection.
async fn exchange(addr: SocketAddr, request: &[u8]) -> RawResponse {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let _ = stream.write_all(request).await;
    let mut bytes = Vec::new();
    // A reset after the response (the server closing on an unread body) is
    // fine: what was read is the response.
    let _ = timeout(BOUND, stream.read_to_end(&mut bytes))
        .await
        .expect("an answer in time");
    RawResponse::parse(&bytes).unwrap_or_else(|| {
        panic!(
            "no response to {:?}",
            String::from_utf8_lossy(&request[..request.len().min(200)])
        )
    })
}

fn post(path: &str, content_type: Option<&str>, body: &[u8]) -> Vec<u8> {
    let mut request = format!("POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    if let Some(content_type) = content_type {
        request += &format!("Content-Type: {content_type}\r\n");
    }
    request += &format!("Content-Length: {}\r\n\r\n", body.len());
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn json(path: &str, body: &str) -> Vec<u8> {
    post(path, Some("application/json"), body.as_bytes())
}

fn raw(text: &str) -> Vec<u8> {
    text.as_bytes().to_vec()
}

const CREATE: &str = r#"{"appId":"app1","appName":"notes","backendEnvironmentName":"dev"}"#;

/// What a case must get: a status and the `x-amzn-ErrorType` of the JSON
/// error opwire sends, or `None` where hyper answers before opwire sees
/// the request.
struct Case {
    what: &'static str,
    request: Vec<u8>,
    status: u16,
    code: Option<&'static str>,
}

fn case(what: &'static str, request: Vec<u8>, status: u16, code: Option<&'static str>) -> Case {
    Case {
        what,
        request,
        status,
        code,
    }
}

fn cases() -> Vec<Case> {
    let bad = Some("BadRequestException");
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let deep_object = "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000);
    let long_path = format!("/backend/{}/details", "a".repeat(9_000));
    let huge_path = format!("/backend/{}/details", "a".repeat(70_000));
    let long_header = format!(
        "POST /backend/app1/details HTTP/1.1\r\nHost: localhost\r\nX-Long: {}\r\nConnection: close\r\n\r\n",
        "v".repeat(1 << 20)
    );
    let big_headers = format!(
        "POST /backend/app1/details HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\nConnection: close\r\n\r\n",
        "v".repeat(11 * 1024)
    );
    let many_headers = format!(
        "POST /backend/app1/details HTTP/1.1\r\nHost: localhost\r\n{}Connection: close\r\n\r\n",
        (0..200)
            .map(|i| format!("X-H{i}: v\r\n"))
            .collect::<String>()
    );
    vec![
        // Bodies.
        case(
            "invalid JSON",
            json("/backend", r#"{"appId": app1}"#),
            400,
            bad,
        ),
        case(
            "truncated JSON",
            json("/backend", r#"{"appId":"app1","appName":"no"#),
            400,
            bad,
        ),
        case(
            "10,000-deep nested list as a member",
            json(
                "/backend",
                &format!(r#"{{"appId":"a","appName":{deep},"backendEnvironmentName":"d"}}"#),
            ),
            400,
            bad,
        ),
        case(
            "10,000-deep nested objects as the body",
            json("/backend", &deep_object),
            400,
            bad,
        ),
        case(
            "wrong JSON type",
            json(
                "/backend",
                r#"{"appId":"a","appName":5,"backendEnvironmentName":"d"}"#,
            ),
            400,
            bad,
        ),
        case(
            "missing required member",
            json("/backend", r#"{"appId":"a","backendEnvironmentName":"d"}"#),
            400,
            bad,
        ),
        case(
            "unknown enum value",
            json(
                "/backend/app1/storage/dev/import",
                r#"{"serviceName":"GCS"}"#,
            ),
            400,
            bad,
        ),
        case(
            "enum member holding null",
            json(
                "/backend/app1/storage/dev/import",
                r#"{"serviceName":null}"#,
            ),
            400,
            bad,
        ),
        case(
            "number out of its type's range",
            json("/backend/app1/job/dev", r#"{"maxResults":1099511627776}"#),
            400,
            bad,
        ),
        case(
            "number outside the model's range",
            json("/backend/app1/job/dev", r#"{"maxResults":26}"#),
            400,
            bad,
        ),
        case(
            "number past f64",
            json("/backend/app1/job/dev", r#"{"maxResults":1e400}"#),
            400,
            bad,
        ),
        case(
            "a list instead of an object",
            json("/backend", r#"["a","notes","dev"]"#),
            400,
            bad,
        ),
        case(
            "a member given twice",
            json(
                "/backend",
                r#"{"appId":"a","appId":"b","appName":"n","backendEnvironmentName":"d"}"#,
            ),
            400,
            bad,
        ),
        case(
            "lone surrogate escape",
            json(
                "/backend",
                r#"{"appId":"\ud800","appName":"n","backendEnvironmentName":"d"}"#,
            ),
            400,
            bad,
        ),
        case(
            "body bytes that are not UTF-8",
            post(
                "/backend",
                Some("application/json"),
                b"{\"appId\":\"\xff\xfe\",\"appName\":\"n\",\"backendEnvironmentName\":\"d\"}",
            ),
            400,
            bad,
        ),
        case(
            "empty body where members are required",
            json("/backend", ""),
            400,
            bad,
        ),
        case(
            "body over the 10 MiB limit (declared)",
            raw(
                "POST /backend HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 10485761\r\n\r\n",
            ),
            413,
            Some("RequestEntityTooLargeException"),
        ),
        case(
            "body over the limit (chunked)",
            {
                let mut r = raw(
                    "POST /backend HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                );
                let chunk = vec![b' '; 1 << 20];
                for _ in 0..11 {
                    r.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                    r.extend_from_slice(&chunk);
                    r.extend_from_slice(b"\r\n");
                }
                r.extend_from_slice(b"0\r\n\r\n");
                r
            },
            413,
            Some("RequestEntityTooLargeException"),
        ),
        case(
            "wrong content type",
            post("/backend", Some("text/plain"), CREATE.as_bytes()),
            415,
            Some("UnsupportedMediaTypeException"),
        ),
        case(
            "form content type (curl -d)",
            post(
                "/backend",
                Some("application/x-www-form-urlencoded"),
                CREATE.as_bytes(),
            ),
            415,
            Some("UnsupportedMediaTypeException"),
        ),
        case(
            "missing content type",
            post("/backend", None, CREATE.as_bytes()),
            415,
            Some("UnsupportedMediaTypeException"),
        ),
        // Paths.
        case(
            "label that is not UTF-8 (%FF)",
            json("/backend/%FF%FE/details", "{}"),
            400,
            bad,
        ),
        case(
            "bad percent escape (%G1)",
            json("/backend/a%G1/details", "{}"),
            400,
            bad,
        ),
        case(
            "lone % in a label",
            json("/backend/100%/details", "{}"),
            400,
            bad,
        ),
        case(
            "%00 in a label: an app that is not there",
            json("/backend/%00/details", "{}"),
            404,
            Some("NotFoundException"),
        ),
        case(
            "`..` as a label: an ordinary value",
            json("/backend/../details", "{}"),
            404,
            Some("NotFoundException"),
        ),
        case(
            "`%2F` stays inside its label",
            json("/backend/a%2Fb/details", "{}"),
            404,
            Some("NotFoundException"),
        ),
        case(
            "`//`: an empty segment",
            json("/backend//details", "{}"),
            404,
            Some("UnknownOperationException"),
        ),
        case(
            "trailing slash",
            json("/backend/app1/details/", "{}"),
            404,
            Some("UnknownOperationException"),
        ),
        case(
            "unknown path",
            json("/nowhere", "{}"),
            404,
            Some("UnknownOperationException"),
        ),
        case(
            "a method the path does not have",
            raw("DELETE /backend HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
            405,
            Some("MethodNotAllowedException"),
        ),
        case(
            "path over the 8 KiB limit",
            json(&long_path, "{}"),
            414,
            Some("RequestUriTooLongException"),
        ),
        case(
            "path over http's 64 KiB URI limit",
            json(&huge_path, "{}"),
            414,
            None,
        ),
        case(
            "request line and headers over API Gateway's 10 KiB",
            raw(&big_headers),
            431,
            Some("RequestHeaderFieldsTooLargeException"),
        ),
        // Framing and headers: hyper refuses these while parsing.
        case("header over hyper's buffer", raw(&long_header), 431, None),
        case(
            "more headers than hyper takes",
            raw(&many_headers),
            431,
            None,
        ),
        // Transfer-Encoding wins (RFC 9112): the chunked body is empty, and
        // hyper closes the connection after the answer.
        case(
            "Content-Length and Transfer-Encoding both",
            raw(
                "POST /backend HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            ),
            400,
            bad,
        ),
        case(
            "two different Content-Lengths",
            raw(
                "POST /backend HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
            ),
            400,
            None,
        ),
        case(
            "a Content-Length that is not a number",
            raw("POST /backend HTTP/1.1\r\nHost: localhost\r\nContent-Length: lots\r\n\r\n{}"),
            400,
            None,
        ),
        case("not HTTP at all", raw("HELLO\r\n\r\n"), 400, None),
        case(
            "invalid method token",
            raw("G(T /backend HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            400,
            None,
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_requests_get_their_documented_answers() {
    let server = Config::default()
        .server(Store::new())
        .header_read_timeout(Duration::from_secs(1));
    let running = start(server).await;
    let addr = running.addr;
    let created = exchange(addr, &json("/backend", CREATE)).await;
    assert_eq!(created.status, 200, "{created:?}");

    let cases = cases();
    assert!(cases.len() >= 30);
    let mut table = String::from("| input | status | error code |\n|---|---|---|\n");
    for case in &cases {
        let response = exchange(addr, &case.request).await;
        assert_eq!(
            response.status, case.status,
            "{}: {}",
            case.what, response.head
        );
        match case.code {
            Some(code) => {
                assert_eq!(
                    response.header("x-amzn-errortype"),
                    Some(code),
                    "{}",
                    case.what
                );
                assert_eq!(
                    response.header("content-type"),
                    Some("application/json"),
                    "{}",
                    case.what
                );
                let body: serde_json::Value = serde_json::from_slice(&response.body)
                    .unwrap_or_else(|err| panic!("{}: body is not JSON ({err})", case.what));
                assert!(body["message"].is_string(), "{}: {body}", case.what);
                assert!(
                    response.header("x-amzn-requestid").is_some(),
                    "{}",
                    case.what
                );
            }
            None => assert!(
                response.header("x-amzn-errortype").is_none(),
                "{}",
                case.what
            ),
        }
        let code = case.code.unwrap_or("— (hyper, bare)");
        table += &format!("| {} | {} | {code} |\n", case.what, case.status);
    }

    // Slow headers: the connection is closed once the header timeout passes.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"POST /backend HTTP/1.1\r\nHost: local")
        .await
        .unwrap();
    let mut rest = Vec::new();
    let closed = timeout(Duration::from_secs(5), slow.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "a client sending headers slowly is cut off");
    table += "| headers sent slowly | connection closed after the header read timeout | — |\n";

    // A client that shuts its write side after a whole request (`nc -N`)
    // still gets its answer (server.rs holds the handler up meanwhile).
    let mut half = TcpStream::connect(addr).await.unwrap();
    half.write_all(&json("/backend/app1/details", "{}"))
        .await
        .unwrap();
    half.shutdown().await.unwrap();
    let mut bytes = Vec::new();
    timeout(BOUND, half.read_to_end(&mut bytes))
        .await
        .expect("an answer in time")
        .expect("the answer reads");
    let answered = RawResponse::parse(&bytes).expect("an answer to a half-closed client");
    assert_eq!(answered.status, 200, "{answered:?}");
    table += "| a whole request, then the client's write side shut (`nc -N`) | 200 | — |\n";

    // After all of it, a valid request is served.
    let ok = exchange(addr, &json("/backend/app1/details", "{}")).await;
    assert_eq!(ok.status, 200, "{ok:?}");
    println!("{table}");

    running.shut_down().await;
}
