/// Reads an object.
pub struct GetObject {
    pub bucket: String,
    pub key: String,
    pub version_id: Option<String>,
    pub parts: Vec<u32>,
    pub request_payer: Option<String>,
}
///The declared errors of [`GetObject`].
#[derive(Debug)]
#[allow(clippy::enum_variant_names)]
pub enum GetObjectError {}
#[automatically_derived]
impl ::opwire::__private::ErrorSet for GetObjectError {
    const ERRORS: &'static [::opwire::__private::ErrorInfo] = &[];
    fn info(&self) -> &'static ::opwire::__private::ErrorInfo {
        match *self {}
    }
    fn to_json(
        &self,
    ) -> ::core::result::Result<::std::vec::Vec<u8>, ::opwire::__private::JsonError> {
        match *self {}
    }
    fn from_json(
        index: usize,
        body: &[u8],
    ) -> ::core::result::Result<Self, ::opwire::__private::JsonError> {
        match index {
            _ => ::core::result::Result::Err(::opwire::__private::unknown_error(index)),
        }
    }
}
#[automatically_derived]
impl ::core::fmt::Display for GetObjectError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match *self {}
    }
}
#[automatically_derived]
impl ::std::error::Error for GetObjectError {}
const _: () = {
    #[automatically_derived]
    impl ::opwire::__private::Operation for GetObject {
        const NAME: &'static str = "GetObject";
        const METHOD: ::opwire::__private::http::Method = ::opwire::__private::http::Method::GET;
        const TEMPLATE: &'static str = "/buckets/<bucket>/objects/<key..>";
        const SEGMENTS: &'static [::opwire::__private::Segment] = &[
            ::opwire::__private::Segment::Literal("buckets"),
            ::opwire::__private::Segment::Label {
                name: "bucket",
                field: "bucket",
            },
            ::opwire::__private::Segment::Literal("objects"),
            ::opwire::__private::Segment::Greedy {
                name: "key",
                field: "key",
            },
        ];
        const STATUS: ::opwire::__private::http::StatusCode = ::opwire::__private::status(
            200u16,
        );
        const FIELDS: &'static [::opwire::__private::FieldInfo] = &[
            ::opwire::__private::FieldInfo {
                field: "bucket",
                wire: "bucket",
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
                field: "key",
                wire: "key",
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
                field: "version_id",
                wire: "versionId",
                location: ::opwire::__private::Location::Query,
                required: false,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<Option<String>>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "parts",
                wire: "part",
                location: ::opwire::__private::Location::Query,
                required: false,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<Vec<u32>>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "request_payer",
                wire: "x-amz-request-payer",
                location: ::opwire::__private::Location::Header,
                required: false,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<Option<String>>::SCHEMA
                },
            },
        ];
        const CORS: ::opwire::__private::Cors = ::opwire::__private::Cors::DEFAULT;
        const DOC: &'static str = "Reads an object.";
        const RESPONSE_SCHEMA: &'static ::opwire::__private::Schema = {
            #[allow(unused_imports)]
            use ::opwire::__private::ProbeFallback as _;
            &::opwire::__private::Probe::<Object>::SCHEMA
        };
        type Response = Object;
        type Error = GetObjectError;
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
                        &self.bucket,
                        <String as ::opwire::PathLabel>::write_label,
                    ),
                    &::opwire::__private::Text(
                        &self.key,
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
                .query_opt(
                    "versionId",
                    "version_id",
                    &self.version_id,
                    <String as ::opwire::QueryParam>::write_query,
                )?;
            __opwire_request
                .query_all(
                    "part",
                    "parts",
                    &self.parts,
                    <u32 as ::opwire::QueryParam>::write_query,
                )?;
            __opwire_request
                .header_opt(
                    const {
                        ::opwire::__private::http::HeaderName::from_static(
                            "x-amz-request-payer",
                        )
                    },
                    "request_payer",
                    &self.request_payer,
                    <String as ::opwire::HeaderField>::write_header,
                )?;
            __opwire_request.finish()
        }
        fn __decode(
            __opwire_in: &::opwire::__private::Incoming<'_>,
        ) -> ::core::result::Result<Self, ::opwire::__private::RequestError> {
            let __field_bucket: String = __opwire_in
                .label(0usize, "String", <String as ::opwire::PathLabel>::parse_label)?;
            let __field_key: String = __opwire_in
                .label(1usize, "String", <String as ::opwire::PathLabel>::parse_label)?;
            let __field_version_id: Option<String> = __opwire_in
                .query_opt(
                    "versionId",
                    "String",
                    <String as ::opwire::QueryParam>::parse_query,
                )?;
            let __field_parts: Vec<u32> = __opwire_in
                .query_all("part", "u32", <u32 as ::opwire::QueryParam>::parse_query)?;
            let __field_request_payer: Option<String> = __opwire_in
                .header_opt(
                    &const {
                        ::opwire::__private::http::HeaderName::from_static(
                            "x-amz-request-payer",
                        )
                    },
                    "String",
                    <String as ::opwire::HeaderField>::parse_header,
                )?;
            __opwire_in.no_body()?;
            ::core::result::Result::Ok(GetObject {
                bucket: __field_bucket,
                key: __field_key,
                version_id: __field_version_id,
                parts: __field_parts,
                request_payer: __field_request_payer,
            })
        }
    }
};
