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
#[allow(clippy::enum_variant_names)]
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
#[automatically_derived]
impl ::opwire::__private::ErrorSet for ImportBackendStorageError {
    const ERRORS: &'static [::opwire::__private::ErrorInfo] = &[
        ::opwire::__private::ErrorInfo::new("BadRequestException", 400u16)
            .with_schema({
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<BadRequestException>::SCHEMA
            }),
        ::opwire::__private::ErrorInfo::new("NotFoundException", 404u16)
            .with_schema({
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<NotFoundException>::SCHEMA
            }),
        ::opwire::__private::ErrorInfo::new("LimitExceededException", 429u16)
            .with_schema({
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<LimitExceededException>::SCHEMA
            }),
        ::opwire::__private::ErrorInfo::new("InternalServiceException", 504u16)
            .with_schema({
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<InternalServiceException>::SCHEMA
            }),
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
#[automatically_derived]
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
#[automatically_derived]
impl ::std::error::Error for ImportBackendStorageError {}
#[automatically_derived]
impl ::core::convert::From<BadRequestException> for ImportBackendStorageError {
    fn from(error: BadRequestException) -> Self {
        ImportBackendStorageError::BadRequestException(error)
    }
}
#[automatically_derived]
impl ::core::convert::From<NotFoundException> for ImportBackendStorageError {
    fn from(error: NotFoundException) -> Self {
        ImportBackendStorageError::NotFoundException(error)
    }
}
#[automatically_derived]
impl ::core::convert::From<LimitExceededException> for ImportBackendStorageError {
    fn from(error: LimitExceededException) -> Self {
        ImportBackendStorageError::LimitExceededException(error)
    }
}
#[automatically_derived]
impl ::core::convert::From<InternalServiceException> for ImportBackendStorageError {
    fn from(error: InternalServiceException) -> Self {
        ImportBackendStorageError::InternalServiceException(error)
    }
}
const _: () = {
    struct __BodyRef<'__opwire> {
        bucket_name: &'__opwire Option<String>,
        service_name: &'__opwire ServiceName,
    }
    #[automatically_derived]
    impl<'__opwire> ::opwire::__private::serde::Serialize for __BodyRef<'__opwire> {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::core::result::Result<__S::Ok, __S::Error>
        where
            __S: ::opwire::__private::serde::Serializer,
        {
            use ::opwire::__private::serde::ser::SerializeStruct as _;
            let __skip: [bool; 2usize] = [
                ::core::option::Option::is_none(self.bucket_name),
                false,
            ];
            let __len = ::opwire::__private::present(&__skip);
            let mut __state = __serializer
                .serialize_struct("ImportBackendStorage", __len)?;
            if __skip[0usize] {
                __state.skip_field("bucketName")?;
            } else {
                __state.serialize_field("bucketName", self.bucket_name)?;
            }
            if __skip[1usize] {
                __state.skip_field("serviceName")?;
            } else {
                __state.serialize_field("serviceName", self.service_name)?;
            }
            __state.end()
        }
    }
    struct __Body {
        bucket_name: Option<String>,
        service_name: ServiceName,
    }
    #[automatically_derived]
    impl<'de> ::opwire::__private::serde::Deserialize<'de> for __Body {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error>
        where
            __D: ::opwire::__private::serde::Deserializer<'de>,
        {
            struct __Slots {
                bucket_name: ::core::option::Option<Option<String>>,
                service_name: ::core::option::Option<ServiceName>,
            }
            #[automatically_derived]
            impl<'de> ::opwire::__private::Slots<'de> for __Slots {
                type Value = __Body;
                fn empty() -> Self {
                    __Slots {
                        bucket_name: ::core::option::Option::None,
                        service_name: ::core::option::Option::None,
                    }
                }
                fn fill<__A>(
                    &mut self,
                    __index: usize,
                    __map: &mut __A,
                ) -> ::core::result::Result<(), __A::Error>
                where
                    __A: ::opwire::__private::serde::de::MapAccess<'de>,
                {
                    match __index {
                        0usize => {
                            ::opwire::__private::vacant(
                                &self.bucket_name,
                                "bucketName",
                            )?;
                            let __value = ::opwire::__private::serde::de::MapAccess::next_value::<
                                Option<String>,
                            >(__map)?;
                            self.bucket_name = ::core::option::Option::Some(__value);
                            ::core::result::Result::Ok(())
                        }
                        1usize => {
                            ::opwire::__private::vacant(
                                &self.service_name,
                                "serviceName",
                            )?;
                            let __value = ::opwire::__private::serde::de::MapAccess::next_value::<
                                ServiceName,
                            >(__map)?;
                            self.service_name = ::core::option::Option::Some(__value);
                            ::core::result::Result::Ok(())
                        }
                        _ => ::opwire::__private::skip(__map),
                    }
                }
                fn finish<__E>(self) -> ::core::result::Result<__Body, __E>
                where
                    __E: ::opwire::__private::serde::de::Error,
                {
                    let __slots = self;
                    ::core::result::Result::Ok(__Body {
                        bucket_name: __slots.bucket_name.unwrap_or_default(),
                        service_name: ::opwire::__private::required::<
                            _,
                            __E,
                        >(__slots.service_name, "serviceName")?,
                    })
                }
            }
            ::opwire::__private::deserialize_struct::<
                _,
                __Slots,
            >(__deserializer, "ImportBackendStorage", &["bucketName", "serviceName"])
        }
    }
    #[automatically_derived]
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
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<String>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "backend_environment_name",
                wire: "backendEnvironmentName",
                location: ::opwire::__private::Location::Path,
                required: true,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<String>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "bucket_name",
                wire: "bucketName",
                location: ::opwire::__private::Location::Body,
                required: false,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<Option<String>>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "service_name",
                wire: "serviceName",
                location: ::opwire::__private::Location::Body,
                required: true,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<ServiceName>::SCHEMA
                },
            },
        ];
        const CORS: ::opwire::__private::Cors = ::opwire::__private::Cors::DEFAULT;
        const DOC: &'static str = "Imports an existing backend storage resource.";
        const RESPONSE_SCHEMA: &'static ::opwire::__private::Schema = {
            #[allow(unused_imports)]
            use ::opwire::__private::ProbeFallback as _;
            &::opwire::__private::Probe::<BackendStorageRespObj>::SCHEMA
        };
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
                &[
                    &::opwire::__private::Text(
                        &self.app_id,
                        <String as ::opwire::PathLabel>::write_label,
                    ),
                    &::opwire::__private::Text(
                        &self.backend_environment_name,
                        <String as ::opwire::PathLabel>::write_label,
                    ),
                ],
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
            let __field_app_id: String = __opwire_in
                .label(0usize, "String", <String as ::opwire::PathLabel>::parse_label)?;
            let __field_backend_environment_name: String = __opwire_in
                .label(1usize, "String", <String as ::opwire::PathLabel>::parse_label)?;
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
