//! ImportBackendStorage end to end, in one process: build the request a
//! client sends, dispatch it through a `Router` to a handler, and read the
//! response back, printing both as they go on the wire.
//!
//! Run it with `cargo run -p opwire --example import_backend_storage`.

mod declaration;

use bytes::Bytes;
use declaration::*;
use opwire::{Operation, Router};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let router = Router::new().route(|op: ImportBackendStorage| async move {
        if op.app_id != "d2abc123" {
            return Err(NotFoundException {
                message: Some(format!("App {} not found", op.app_id)),
                resource_type: Some("app".into()),
            }
            .into());
        }
        Ok::<_, ImportBackendStorageError>(BackendStorageRespObj {
            app_id: Some(op.app_id),
            backend_environment_name: Some(op.backend_environment_name),
            job_id: Some("job-0001".into()),
            status: Some("SUCCEEDED".into()),
        })
    });

    for app_id in ["d2abc123", "no such app/"] {
        let op = ImportBackendStorage {
            app_id: app_id.into(),
            backend_environment_name: "staging".into(),
            bucket_name: Some("my-bucket".into()),
            service_name: ServiceName::S3,
        };
        let request = op.to_request()?;
        println!("---- request ----\n{}", wire_request(&request));

        let response = router.dispatch(request).await;
        println!("---- response ----\n{}", wire_response(&response));

        match ImportBackendStorage::parse_response(&response) {
            Ok(output) => println!("==> {output:?}\n"),
            Err(err) => println!("==> error: {err}\n"),
        }
    }

    let preflight = http::Request::options("/prod/backend/d2abc123/storage/staging/import")
        .header("origin", "https://console.example.com")
        .body(Bytes::new())?;
    println!("---- request ----\n{}", wire_request(&preflight));
    println!(
        "---- response ----\n{}",
        wire_response(&router.dispatch(preflight).await)
    );
    Ok(())
}

/// The request as HTTP/1.1 puts it on the wire.
fn wire_request(request: &http::Request<Bytes>) -> String {
    let head = format!("{} {} HTTP/1.1", request.method(), request.uri());
    wire(head, request.headers(), request.body())
}

/// The response as HTTP/1.1 puts it on the wire.
fn wire_response(response: &http::Response<Bytes>) -> String {
    let status = response.status();
    let head = format!(
        "HTTP/1.1 {} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    wire(head, response.headers(), response.body())
}

fn wire(head: String, headers: &http::HeaderMap, body: &Bytes) -> String {
    let mut text = head + "\r\n";
    for (name, value) in headers {
        text += &format!("{name}: {}\r\n", value.to_str().unwrap_or("<binary>"));
    }
    text += &format!("content-length: {}\r\n\r\n", body.len());
    text + &String::from_utf8_lossy(body)
}
