/// Deletes a backend.
pub struct RemoveBackend {
    pub app_id: String,
    pub backend_environment_name: String,
}
const _: () = {
    #[automatically_derived]
    impl ::opwire::__private::Operation for RemoveBackend {
        const NAME: &'static str = "DeleteBackend";
        const METHOD: ::opwire::__private::http::Method = ::opwire::__private::http::Method::POST;
        const TEMPLATE: &'static str = "/backend/<appId>/environments/<backendEnvironmentName>/remove";
        const SEGMENTS: &'static [::opwire::__private::Segment] = &[
            ::opwire::__private::Segment::Literal("backend"),
            ::opwire::__private::Segment::Label {
                name: "appId",
                field: "app_id",
            },
            ::opwire::__private::Segment::Literal("environments"),
            ::opwire::__private::Segment::Label {
                name: "backendEnvironmentName",
                field: "backend_environment_name",
            },
            ::opwire::__private::Segment::Literal("remove"),
        ];
        const STATUS: ::opwire::__private::http::StatusCode = ::opwire::__private::status(
            202u16,
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
        ];
        const CORS: ::opwire::__private::Cors = ::opwire::__private::Cors::DEFAULT;
        const DOC: &'static str = "Deletes a backend.";
        const RESPONSE_SCHEMA: &'static ::opwire::__private::Schema = {
            #[allow(unused_imports)]
            use ::opwire::__private::ProbeFallback as _;
            &::opwire::__private::Probe::<DeleteBackendResponse>::SCHEMA
        };
        type Response = DeleteBackendResponse;
        type Error = AmplifyBackendError;
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
            __opwire_request.finish()
        }
        fn __decode(
            __opwire_in: &::opwire::__private::Incoming<'_>,
        ) -> ::core::result::Result<Self, ::opwire::__private::RequestError> {
            let __field_app_id: String = __opwire_in
                .label(0usize, "String", <String as ::opwire::PathLabel>::parse_label)?;
            let __field_backend_environment_name: String = __opwire_in
                .label(1usize, "String", <String as ::opwire::PathLabel>::parse_label)?;
            __opwire_in.no_body()?;
            ::core::result::Result::Ok(RemoveBackend {
                app_id: __field_app_id,
                backend_environment_name: __field_backend_environment_name,
            })
        }
    }
};
