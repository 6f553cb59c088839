//! HTTPS with opwire's client (feature `tls`) against a TLS server on
//! loopback that uses the test CA's certificate (`tests/data/tls/`):
//! HTTP/2 when the server offers it by ALPN and HTTP/1.1 when it does not,
//! one connection reused for sequential and concurrent calls, a server
//! certificate the client does not trust refused, and a call that outlasts
//! its total timeout stopped with its retries.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http::Version;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use opwire::rustls::pki_types::pem::PemObject;
use opwire::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use opwire::rustls::{self, ClientConfig, RootCertStore, ServerConfig};
use opwire::{Client, Empty, Retries, Router, operation};
use tokio::net::TcpListener;
use tower::Service;

/// Answers who asked.
#[operation(GET, "/hello/<name>", response = Greeting)]
#[derive(Debug, Clone)]
pub struct Hello {
    pub name: String,
}

#[opwire::shape]
#[derive(Debug, Clone, PartialEq)]
pub struct Greeting {
    pub text: String,
}

/// Never answers in time.
#[operation(GET, "/slow")]
#[derive(Debug, Clone)]
pub struct Slow {}

fn data(file: &str) -> String {
    format!("{}/data/tls/{file}", env!("CARGO_MANIFEST_DIR"))
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// What the server saw: connections accepted, and each request's version.
#[derive(Default)]
struct Seen {
    connections: AtomicUsize,
    versions: Mutex<Vec<Version>>,
}

/// A TLS server for `router` on a free loopback port, offering `alpn`.
async fn serve(router: Router, alpn: &[&[u8]]) -> (SocketAddr, Arc<Seen>) {
    serve_on("127.0.0.1", router, alpn).await
}

/// [`serve`] on another loopback address.
async fn serve_on(ip: &str, router: Router, alpn: &[&[u8]]) -> (SocketAddr, Arc<Seen>) {
    let certs = CertificateDer::pem_file_iter(data("server.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(data("server.key")).unwrap();
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind((ip, 0)).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Seen::default());
    let state = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            state.connections.fetch_add(1, Ordering::SeqCst);
            let (acceptor, router, state) = (acceptor.clone(), router.clone(), Arc::clone(&state));
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let service = hyper::service::service_fn(move |request: http::Request<_>| {
                    state.versions.lock().unwrap().push(request.version());
                    let mut router = router.clone();
                    async move { router.call(request).await }
                });
                let _ = auto::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    (addr, seen)
}

fn router() -> Router {
    Router::new()
        .route(|op: Hello| async move {
            Ok::<_, HelloError>(Greeting {
                text: format!("hello {}", op.name),
            })
        })
        .route(|_: Slow| async move {
            tokio::time::sleep(Duration::from_secs(30)).await;
            Ok::<_, SlowError>(Empty {})
        })
}

/// A TLS configuration that trusts the test CA only.
fn trusting_the_test_ca() -> ClientConfig {
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(data("ca.pem")).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// A client of `localhost` that trusts the test CA only.
fn client(addr: SocketAddr) -> Client {
    let url = format!("https://localhost:{}", addr.port());
    Client::with_tls_config(&url, trusting_the_test_ca()).unwrap()
}

fn hello(name: &str) -> Hello {
    Hello { name: name.into() }
}

#[tokio::test]
async fn http2_by_alpn_on_one_connection_for_sequential_and_concurrent_calls() {
    let (addr, seen) = serve(router(), &[b"h2", b"http/1.1"]).await;
    let client = client(addr);
    for name in ["a", "b", "c"] {
        let greeting = client.send(&hello(name)).await.unwrap();
        assert_eq!(greeting.text, format!("hello {name}"));
    }
    let calls: Vec<_> = (0..8)
        .map(|n| tokio::spawn(client.send(&hello(&n.to_string()))))
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let versions = seen.versions.lock().unwrap().clone();
    assert_eq!(versions.len(), 11);
    assert!(
        versions.iter().all(|v| *v == Version::HTTP_2),
        "{versions:?}"
    );
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1, "one connection");
}

#[tokio::test]
async fn http1_when_the_server_offers_only_http1_and_connections_are_reused() {
    let (addr, seen) = serve(router(), &[b"http/1.1"]).await;
    let client = client(addr);
    for name in ["a", "b", "c"] {
        client.send(&hello(name)).await.unwrap();
    }
    let versions = seen.versions.lock().unwrap().clone();
    assert_eq!(versions, [Version::HTTP_11; 3]);
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1, "kept alive");
}

#[tokio::test]
async fn a_certificate_the_client_does_not_trust_is_refused() {
    let (addr, seen) = serve(router(), &[b"h2", b"http/1.1"]).await;
    // Mozilla's roots (`tls-webpki-roots`) do not include the test CA.
    let client = Client::new(&format!("https://localhost:{}", addr.port())).unwrap();
    let err = client.send(&hello("a")).await.unwrap_err();
    let text = chain(&err);
    assert!(
        matches!(&err, opwire::ClientError::Transport(e) if e.is_connect()),
        "{text}"
    );
    assert!(
        text.contains("invalid peer certificate: UnknownIssuer"),
        "{text}"
    );
    assert!(seen.versions.lock().unwrap().is_empty(), "nothing was sent");
    // The right CA, but another name than the certificate's:
    // 127.0.0.2 is loopback on Linux too; the certificate names 127.0.0.1.
    let (addr, seen) = serve_on("127.0.0.2", router(), &[b"h2"]).await;
    let url = format!("https://127.0.0.2:{}", addr.port());
    let other_name = Client::with_tls_config(&url, trusting_the_test_ca());
    let err = other_name.unwrap().send(&hello("a")).await.unwrap_err();
    let text = chain(&err);
    assert!(text.contains("invalid peer certificate"), "{text}");
    assert!(seen.versions.lock().unwrap().is_empty(), "nothing was sent");
}

/// The error and its sources' messages.
fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[tokio::test]
async fn the_total_timeout_bounds_every_attempt_and_wait() {
    let (addr, seen) = serve(router(), &[b"h2", b"http/1.1"]).await;
    let client = client(addr)
        .retries(Retries::STANDARD)
        .timeout(Duration::from_millis(150))
        .total_timeout(Duration::from_millis(400));
    let started = Instant::now();
    let err = client.send(&Slow {}).await.unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(&err, opwire::ClientError::Transport(e) if e.is_timeout()),
        "{err}"
    );
    assert!(err.to_string().contains("400ms"), "{err}");
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert!(!seen.versions.lock().unwrap().is_empty());
}
