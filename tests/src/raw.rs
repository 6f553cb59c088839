//! HTTP/1.1 responses read by hand off a `TcpStream`, for the tests that
//! write their requests byte by byte (limits, hostile input).

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

use crate::running::BOUND;

/// A response as read off the wire.
#[derive(Debug)]
pub struct RawResponse {
    /// The status code of the status line.
    pub status: u16,
    /// The status line and the headers, as sent.
    pub head: String,
    /// Everything after the head.
    pub body: Vec<u8>,
}

impl RawResponse {
    /// Splits `bytes` into a response; `None` without a complete head and
    /// a status line.
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        let split = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = std::str::from_utf8(&bytes[..split]).ok()?.to_owned();
        let status = head.split(' ').nth(1)?.parse().ok()?;
        Some(RawResponse {
            status,
            head,
            body: bytes[split + 4..].to_vec(),
        })
    }

    /// The value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    /// The body as text.
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).expect("a UTF-8 body")
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// Writes `request` on a new connection and reads the response to the end
/// of the connection.
pub async fn exchange(addr: SocketAddr, request: &[u8]) -> RawResponse {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    read_response(&mut stream).await
}

/// Reads the response on `stream` to the end of the connection.
pub async fn read_response(stream: &mut TcpStream) -> RawResponse {
    let mut bytes = Vec::new();
    timeout(BOUND, stream.read_to_end(&mut bytes))
        .await
        .expect("the response comes in time")
        .expect("the response reads");
    RawResponse::parse(&bytes).expect("a complete response head")
}
