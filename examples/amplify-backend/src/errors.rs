//! The four errors every AmplifyBackend operation declares, as one shared
//! error set.

use opwire::shape;

/// The errors of every AmplifyBackend operation.
#[derive(Debug, opwire::ErrorSet)]
pub enum AmplifyBackendError {
    /// 400: the request is not formed properly.
    #[status(400)]
    BadRequestException(BadRequestException),
    /// 404: a resource of some type is not found.
    #[status(404)]
    NotFoundException(NotFoundException),
    /// 429: a limit of some type has been exceeded.
    #[status(429)]
    TooManyRequestsException(TooManyRequestsException),
    /// 504: a temporary issue with the service.
    #[status(504)]
    GatewayTimeoutException(GatewayTimeoutException),
}

impl AmplifyBackendError {
    /// A 400 `BadRequestException` with `message`.
    pub fn bad_request(message: impl Into<String>) -> Self {
        BadRequestException {
            message: Some(message.into()),
        }
        .into()
    }

    /// A 404 `NotFoundException` for a resource of `resource_type` (`"app"`,
    /// `"environment"`, `"job"`, …).
    pub fn not_found(resource_type: &str, message: impl Into<String>) -> Self {
        NotFoundException {
            message: Some(message.into()),
            resource_type: Some(resource_type.to_owned()),
        }
        .into()
    }
}

/// An error returned if a request is not formed properly.
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BadRequestException {
    /// What is wrong with the request.
    pub message: Option<String>,
}

/// An error returned when a resource of a specific type is not found.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotFoundException {
    /// What was not found.
    pub message: Option<String>,
    /// The type of resource that is not found.
    pub resource_type: Option<String>,
}

/// An error returned when a limit of a specific type has been exceeded.
#[shape]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TooManyRequestsException {
    /// The type of limit that was exceeded.
    pub limit_type: Option<String>,
    /// What was exceeded.
    pub message: Option<String>,
}

/// An error returned if there's a temporary issue with the service.
#[shape(rename_all = "snake_case")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GatewayTimeoutException {
    /// What failed.
    pub message: Option<String>,
}
