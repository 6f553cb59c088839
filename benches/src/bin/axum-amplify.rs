//! The HTTP benchmark's alternative: [`opwire_bench::axum_amplify::app`],
//! the AmplifyBackend routes in axum 0.8, served by `axum::serve` on hyper.
//!
//! Usage: `axum-amplify PORT` — serves on 127.0.0.1:PORT with the app
//! `app1` and its environment `prod` already created.

fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8081);
    let router = opwire_bench::axum_amplify::app();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(async {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
            println!(
                "axum-amplify listening on http://{}",
                listener.local_addr()?
            );
            axum::serve(listener, router).await
        })
}
