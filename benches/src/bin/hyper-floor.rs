//! The HTTP benchmark's floor: a bare hyper server, HTTP/1.1 and cleartext
//! HTTP/2 on one port as opwire's `Server` serves, that reads each request
//! whole and answers with precomputed bytes: the status, headers and JSON
//! that opwire's server sends for ImportBackendStorage, without routing,
//! decoding, a handler or encoding. What any server on this stack costs at
//! least.
//!
//! Usage: `hyper-floor PORT` — serves on 127.0.0.1:PORT.

use std::convert::Infallible;

use bytes::Bytes;
use http::header::{
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, CONTENT_TYPE, HeaderValue,
};
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use opwire_bench::SEED_ANSWER;

async fn answer(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    // Read the request whole, as any server that decodes it must.
    let _ = request.into_body().collect().await;
    let mut response = Response::new(Full::new(Bytes::from_static(SEED_ANSWER.as_bytes())));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(
        ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static(opwire::Cors::DEFAULT_EXPOSE_HEADERS),
    );
    headers.insert(
        "x-amzn-requestid",
        HeaderValue::from_static("6f1c2a44-0b7e-4d3a-9c55-2f8e1d0a7b31"),
    );
    Ok(response)
}

fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8082);
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(async {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
            println!("hyper-floor listening on http://{}", listener.local_addr()?);
            loop {
                let (stream, _) = listener.accept().await?;
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let _ = auto::Builder::new(TokioExecutor::new())
                        .serve_connection(TokioIo::new(stream), service_fn(answer))
                        .await;
                });
            }
        })
}
