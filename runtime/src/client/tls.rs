//! HTTPS for the client (feature `tls`): rustls with the ring provider
//! (explicitly, so another crate's provider in the same build changes
//! nothing), roots from the enabled roots feature, HTTP/2 or HTTP/1.1 by
//! ALPN.

use std::sync::{Arc, OnceLock};

use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use rustls::ClientConfig;

/// The connector of one client: TLS with `config` for an `https` base URL,
/// TCP alone for `http` (a client only ever talks to its base URL).
pub(super) fn connector(
    tcp: HttpConnector,
    config: Option<Arc<ClientConfig>>,
) -> HttpsConnector<HttpConnector> {
    let config = match config {
        Some(config) => ClientConfig::clone(&config),
        // Never used for TLS: the client's URLs are all `http`.
        None => builder()
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth(),
    };
    HttpsConnectorBuilder::new()
        .with_tls_config(config)
        .https_or_http()
        .enable_all_versions()
        .wrap_connector(tcp)
}

/// The default configuration of an `https` client: the enabled roots,
/// read once per process (the platform's store is files to parse) and
/// shared by every client.
pub(super) fn default_config() -> Result<Arc<ClientConfig>, &'static str> {
    static CONFIG: OnceLock<Result<Arc<ClientConfig>, &'static str>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            roots().map(|roots| {
                Arc::new(
                    builder()
                        .with_root_certificates(roots)
                        .with_no_client_auth(),
                )
            })
        })
        .clone()
}

/// TLS 1.2 and 1.3 with ring's algorithms.
fn builder() -> rustls::ConfigBuilder<ClientConfig, rustls::WantsVerifier> {
    ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .expect("ring supports TLS 1.2 and 1.3")
}

#[cfg(feature = "tls-native-roots")]
fn roots() -> Result<rustls::RootCertStore, &'static str> {
    let mut roots = rustls::RootCertStore::empty();
    // Certificates the platform's store holds but rustls cannot read are
    // skipped, as rustls-native-certs' own examples do.
    let found = rustls_native_certs::load_native_certs();
    let (added, _) = roots.add_parsable_certificates(found.certs);
    if added == 0 {
        #[cfg(feature = "tls-webpki-roots")]
        {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            return Ok(roots);
        }
        #[cfg(not(feature = "tls-webpki-roots"))]
        return Err("no root certificates were found in the platform's store");
    }
    Ok(roots)
}

#[cfg(all(feature = "tls-webpki-roots", not(feature = "tls-native-roots")))]
fn roots() -> Result<rustls::RootCertStore, &'static str> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    Ok(roots)
}

#[cfg(not(any(feature = "tls-webpki-roots", feature = "tls-native-roots")))]
fn roots() -> Result<rustls::RootCertStore, &'static str> {
    Err(
        "`https` needs root certificates: enable opwire's `tls-webpki-roots` or `tls-native-roots` feature, or give a configuration with `Client::with_tls_config`",
    )
}
