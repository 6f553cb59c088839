/// Imports an existing backend storage resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportBackendStorage {
    pub app_id: String,
    pub backend_environment_name: String,
    pub bucket_name: Option<String>,
    pub service_name: ServiceName,
}
///The declared errors of [`ImportBackendStorage`].
#[derive(Debug)]
pub enum ImportBackendStorageError {
    ///`400`: `BadRequestException`.
    BadRequestException(BadRequestException),
    ///`404`: `NotFoundException`.
    NotFoundException(NotFoundException),
    ///`429`: `LimitExceededException`.
    LimitExceededException(LimitExceededException),
    ///`504`: `InternalServiceException`.
    InternalServiceException(InternalServiceException),
}
impl ::opwire::__private::ErrorSet for ImportBackendStorageError {
    const ERRORS: &'static [::opwire::__private::ErrorInfo] = &[
        ::opwire::__private::ErrorInfo::new("BadRequestException", 400u16),
        ::opwire::__private::ErrorInfo::new("NotFoundException", 404u16),
        ::opwire::__private::ErrorInfo::new("LimitExceededException", 429u16),
        ::opwire::__private::ErrorInfo::new("InternalServiceException", 504u16),
    ];
    fn info(&self) -> &'static ::opwire::__private::ErrorInfo {
        match self {
            ImportBackendStorageError::BadRequestException(_) => &Self::ERRORS[0usize],
            ImportBackendStorageError::NotFoundException(_) => &Self::ERRORS[1usize],
            ImportBackendStorageError::LimitExceededException(_) => &Self::ERRORS[2usize],
            ImportBackendStorageError::InternalServiceException(_) => {
                &Self::ERRORS[3usize]
            }
        }
    }
    fn to_json(
        &self,
    ) -> ::core::result::Result<::std::vec::Vec<u8>, ::opwire::__private::JsonError> {
        match self {
            ImportBackendStorageError::BadRequestException(error) => {
                ::opwire::__private::error_to_json(error)
            }
            ImportBackendStorageError::NotFoundException(error) => {
                ::opwire::__private::error_to_json(error)
            }
            ImportBackendStorageError::LimitExceededException(error) => {
                ::opwire::__private::error_to_json(error)
            }
            ImportBackendStorageError::InternalServiceException(error) => {
                ::opwire::__private::error_to_json(error)
            }
        }
    }
    fn from_json(
        index: usize,
        body: &[u8],
    ) -> ::core::result::Result<Self, ::opwire::__private::JsonError> {
        match index {
            0usize => {
                ::opwire::__private::error_from_json(body)
                    .map(ImportBackendStorageError::BadRequestException)
            }
            1usize => {
                ::opwire::__private::error_from_json(body)
                    .map(ImportBackendStorageError::NotFoundException)
            }
            2usize => {
                ::opwire::__private::error_from_json(body)
                    .map(ImportBackendStorageError::LimitExceededException)
            }
            3usize => {
                ::opwire::__private::error_from_json(body)
                    .map(ImportBackendStorageError::InternalServiceException)
            }
            _ => ::core::result::Result::Err(::opwire::__private::unknown_error(index)),
        }
    }
}
impl ::core::fmt::Display for ImportBackendStorageError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            ImportBackendStorageError::BadRequestException(error) => {
                ::opwire::__private::fmt_error(f, "BadRequestException", error)
            }
            ImportBackendStorageError::NotFoundException(error) => {
                ::opwire::__private::fmt_error(f, "NotFoundException", error)
            }
            ImportBackendStorageError::LimitExceededException(error) => {
                ::opwire::__private::fmt_error(f, "LimitExceededException", error)
            }
            ImportBackendStorageError::InternalServiceException(error) => {
                ::opwire::__private::fmt_error(f, "InternalServiceException", error)
            }
        }
    }
}
impl ::std::error::Error for ImportBackendStorageError {}
impl ::core::convert::From<BadRequestException> for ImportBackendStorageError {
    fn from(error: BadRequestException) -> Self {
        ImportBackendStorageError::BadRequestException(error)
    }
}
impl ::core::convert::From<NotFoundException> for ImportBackendStorageError {
    fn from(error: NotFoundException) -> Self {
        ImportBackendStorageError::NotFoundException(error)
    }
}
impl ::core::convert::From<LimitExceededException> for ImportBackendStorageError {
    fn from(error: LimitExceededException) -> Self {
        ImportBackendStorageError::LimitExceededException(error)
    }
}
impl ::core::convert::From<InternalServiceException> for ImportBackendStorageError {
    fn from(error: InternalServiceException) -> Self {
        ImportBackendStorageError::InternalServiceException(error)
    }
}
const _: () = {
    #[derive(::opwire::__private::serde::Serialize)]
    #[serde(crate = "::opwire::__private::serde")]
    struct __BodyRef<'__opwire> {
        #[serde(rename = "bucketName")]
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        bucket_name: &'__opwire Option<String>,
        #[serde(rename = "serviceName")]
        service_name: &'__opwire ServiceName,
    }
    #[derive(::opwire::__private::serde::Deserialize)]
    #[serde(crate = "::opwire::__private::serde", expecting = "a JSON object")]
    struct __Body {
        #[serde(rename = "bucketName")]
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        bucket_name: Option<String>,
        #[serde(rename = "serviceName")]
        service_name: ServiceName,
    }
    impl ::opwire::__private::Operation for ImportBackendStorage {
        const NAME: &'static str = "ImportBackendStorage";
        const METHOD: ::opwire::__private::http::Method = ::opwire::__private::http::Method::POST;
        const TEMPLATE: &'static str = "/prod/backend/<appId>/storage/<backendEnvironmentName>/import";
        const SEGMENTS: &'static [::opwire::__private::Segment] = &[
            ::opwire::__private::Segment::Literal("prod"),
            ::opwire::__private::Segment::Literal("backend"),
            ::opwire::__private::Segment::Label {
                name: "appId",
                field: "app_id",
            },
            ::opwire::__private::Segment::Literal("storage"),
            ::opwire::__private::Segment::Label {
                name: "backendEnvironmentName",
                field: "backend_environment_name",
            },
            ::opwire::__private::Segment::Literal("import"),
        ];
        const STATUS: ::opwire::__private::http::StatusCode = ::opwire::__private::status(
            200u16,
        );
        const FIELDS: &'static [::opwire::__private::FieldInfo] = &[
            ::opwire::__private::FieldInfo {
                field: "app_id",
                wire: "appId",
                location: ::opwire::__private::Location::Path,
                required: true,
            },
            ::opwire::__private::FieldInfo {
                field: "backend_environment_name",
                wire: "backendEnvironmentName",
                location: ::opwire::__private::Location::Path,
                required: true,
            },
            ::opwire::__private::FieldInfo {
                field: "bucket_name",
                wire: "bucketName",
                location: ::opwire::__private::Location::Body,
                required: false,
            },
            ::opwire::__private::FieldInfo {
                field: "service_name",
                wire: "serviceName",
                location: ::opwire::__private::Location::Body,
                required: true,
            },
        ];
        const CORS: ::opwire::__private::Cors = ::opwire::__private::Cors::API_GATEWAY;
        type Response = BackendStorageRespObj;
        type Error = ImportBackendStorageError;
        fn path(
            &self,
        ) -> ::core::result::Result<
            ::std::string::String,
            ::opwire::__private::BuildError,
        > {
            ::opwire::__private::render_path(
                Self::SEGMENTS,
                &[&self.app_id, &self.backend_environment_name],
            )
        }
        fn to_request(
            &self,
        ) -> ::core::result::Result<
            ::opwire::__private::http::Request<::opwire::__private::bytes::Bytes>,
            ::opwire::__private::BuildError,
        > {
            let mut __opwire_request = ::opwire::__private::RequestBuilder::new(
                Self::METHOD,
                self.path()?,
            );
            __opwire_request
                .json(
                    &__BodyRef {
                        bucket_name: &self.bucket_name,
                        service_name: &self.service_name,
                    },
                )?;
            __opwire_request.finish()
        }
        fn __decode(
            __opwire_in: &::opwire::__private::Incoming<'_>,
        ) -> ::core::result::Result<Self, ::opwire::__private::RequestError> {
            let __field_app_id: String = __opwire_in.label(0usize)?;
            let __field_backend_environment_name: String = __opwire_in.label(1usize)?;
            let __opwire_body: __Body = __opwire_in.json()?;
            ::core::result::Result::Ok(ImportBackendStorage {
                app_id: __field_app_id,
                backend_environment_name: __field_backend_environment_name,
                bucket_name: __opwire_body.bucket_name,
                service_name: __opwire_body.service_name,
            })
        }
    }
};
