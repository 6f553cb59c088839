//! The official AWS SDK for Rust (aws-sdk-amplifybackend) as the tests
//! drive it: against a local base URL over plain HTTP, with static
//! credentials, without retries (one call, one request).

use std::time::Duration;

use aws_sdk_amplifybackend as aws;

/// The SDK's configuration for `base_url`, to add to (interceptors).
pub fn config(base_url: &str) -> aws::config::Builder {
    aws::Config::builder()
        .behavior_version(aws::config::BehaviorVersion::latest())
        .region(aws::config::Region::new("us-east-1"))
        .credentials_provider(aws_credential_types::Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .endpoint_url(base_url)
        .http_client(aws_smithy_http_client::Builder::new().build_http())
        .retry_config(aws::config::retry::RetryConfig::disabled())
        .timeout_config(
            aws::config::timeout::TimeoutConfig::builder()
                .operation_timeout(Duration::from_secs(20))
                .build(),
        )
}

/// The SDK's client for `base_url`.
pub fn client(base_url: &str) -> aws::Client {
    aws::Client::from_conf(config(base_url).build())
}
