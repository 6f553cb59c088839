#[automatically_derived]
impl ::opwire::__private::serde::Serialize for Record {
    fn serialize<__S>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error>
    where
        __S: ::opwire::__private::serde::Serializer,
    {
        use ::opwire::__private::serde::ser::SerializeMap as _;
        let mut __state = __serializer.serialize_map(::core::option::Option::Some(1))?;
        match self {
            Record::Note(__value) => __state.serialize_entry("note", __value)?,
            Record::Timestamp(__value) => __state.serialize_entry("at", __value)?,
            Record::Data(__value) => __state.serialize_entry("data", __value)?,
        }
        __state.end()
    }
}
#[automatically_derived]
impl<'de> ::opwire::__private::serde::Deserialize<'de> for Record {
    fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
    where
        __D: ::opwire::__private::serde::Deserializer<'de>,
    {
        struct __Members;
        #[automatically_derived]
        impl<'de> ::opwire::__private::UnionMembers<'de> for __Members {
            type Value = Record;
            fn read<__A>(
                __index: usize,
                __map: &mut __A,
            ) -> ::core::result::Result<Record, __A::Error>
            where
                __A: ::opwire::__private::serde::de::MapAccess<'de>,
            {
                match __index {
                    0usize => {
                        ::core::result::Result::Ok(
                            Record::Note(
                                ::opwire::__private::serde::de::MapAccess::next_value::<
                                    String,
                                >(__map)?,
                            ),
                        )
                    }
                    1usize => {
                        ::core::result::Result::Ok(
                            Record::Timestamp(
                                ::opwire::__private::serde::de::MapAccess::next_value::<
                                    opwire::Timestamp,
                                >(__map)?,
                            ),
                        )
                    }
                    2usize => {
                        ::core::result::Result::Ok(
                            Record::Data(
                                ::opwire::__private::serde::de::MapAccess::next_value::<
                                    opwire::Blob,
                                >(__map)?,
                            ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ::opwire::__private::bad_index(__index),
                        )
                    }
                }
            }
        }
        ::opwire::__private::deserialize_union::<
            _,
            __Members,
        >(__deserializer, "Record", &["note", "at", "data"])
    }
}
/// What a job's record holds.
pub enum Record {
    /// A note.
    Note(String),
    Timestamp(opwire::Timestamp),
    Data(opwire::Blob),
}
#[automatically_derived]
impl ::opwire::__private::Shape for Record {
    const NAME: &'static str = "Record";
    const DOC: &'static str = "What a job's record holds.";
    const MEMBERS: &'static [::opwire::__private::FieldInfo] = &[
        ::opwire::__private::FieldInfo {
            field: "Note",
            wire: "note",
            location: ::opwire::__private::Location::Body,
            required: false,
            doc: "A note.",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<String>::SCHEMA
            },
        },
        ::opwire::__private::FieldInfo {
            field: "Timestamp",
            wire: "at",
            location: ::opwire::__private::Location::Body,
            required: false,
            doc: "",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<opwire::Timestamp>::SCHEMA
            },
        },
        ::opwire::__private::FieldInfo {
            field: "Data",
            wire: "data",
            location: ::opwire::__private::Location::Body,
            required: false,
            doc: "",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<opwire::Blob>::SCHEMA
            },
        },
    ];
    const VALUES: &'static [&'static str] = &[];
    const UNION: bool = true;
}
#[automatically_derived]
impl ::opwire::__private::Describe for Record {
    const SCHEMA: ::opwire::__private::Schema = ::opwire::__private::Schema::Shape(
        ::opwire::__private::ShapeInfo::of::<Self>,
    );
}
pub struct PutRecord {
    pub id: u32,
    pub unmodified_since: Option<opwire::Timestamp>,
    pub record: Record,
}
///The declared errors of [`PutRecord`].
#[derive(Debug)]
#[allow(clippy::enum_variant_names)]
pub enum PutRecordError {}
#[automatically_derived]
impl ::opwire::__private::ErrorSet for PutRecordError {
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
impl ::core::fmt::Display for PutRecordError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match *self {}
    }
}
#[automatically_derived]
impl ::std::error::Error for PutRecordError {}
const _: () = {
    struct __BodyRef<'__opwire> {
        record: &'__opwire Record,
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
            let __skip: [bool; 1usize] = [false];
            let __len = ::opwire::__private::present(&__skip);
            let mut __state = __serializer.serialize_struct("PutRecord", __len)?;
            if __skip[0usize] {
                __state.skip_field("record")?;
            } else {
                __state.serialize_field("record", self.record)?;
            }
            __state.end()
        }
    }
    struct __Body {
        record: Record,
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
                record: ::core::option::Option<Record>,
            }
            #[automatically_derived]
            impl<'de> ::opwire::__private::Slots<'de> for __Slots {
                type Value = __Body;
                fn empty() -> Self {
                    __Slots {
                        record: ::core::option::Option::None,
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
                            ::opwire::__private::vacant(&self.record, "record")?;
                            let __value = ::opwire::__private::serde::de::MapAccess::next_value::<
                                Record,
                            >(__map)?;
                            self.record = ::core::option::Option::Some(__value);
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
                        record: ::opwire::__private::required::<
                            _,
                            __E,
                        >(__slots.record, "record")?,
                    })
                }
            }
            ::opwire::__private::deserialize_struct::<
                _,
                __Slots,
            >(__deserializer, "PutRecord", &["record"])
        }
    }
    #[automatically_derived]
    impl ::opwire::__private::Operation for PutRecord {
        const NAME: &'static str = "PutRecord";
        const METHOD: ::opwire::__private::http::Method = ::opwire::__private::http::Method::PUT;
        const TEMPLATE: &'static str = "/records/<id>";
        const SEGMENTS: &'static [::opwire::__private::Segment] = &[
            ::opwire::__private::Segment::Literal("records"),
            ::opwire::__private::Segment::Label {
                name: "id",
                field: "id",
            },
        ];
        const STATUS: ::opwire::__private::http::StatusCode = ::opwire::__private::status(
            200u16,
        );
        const FIELDS: &'static [::opwire::__private::FieldInfo] = &[
            ::opwire::__private::FieldInfo {
                field: "id",
                wire: "id",
                location: ::opwire::__private::Location::Path,
                required: true,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<u32>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "unmodified_since",
                wire: "if-unmodified-since",
                location: ::opwire::__private::Location::Header,
                required: false,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<Option<opwire::Timestamp>>::SCHEMA
                },
            },
            ::opwire::__private::FieldInfo {
                field: "record",
                wire: "record",
                location: ::opwire::__private::Location::Body,
                required: true,
                doc: "",
                schema: {
                    #[allow(unused_imports)]
                    use ::opwire::__private::ProbeFallback as _;
                    &::opwire::__private::Probe::<Record>::SCHEMA
                },
            },
        ];
        const CORS: ::opwire::__private::Cors = ::opwire::__private::Cors::DEFAULT;
        const DOC: &'static str = "";
        const RESPONSE_SCHEMA: &'static ::opwire::__private::Schema = {
            #[allow(unused_imports)]
            use ::opwire::__private::ProbeFallback as _;
            &::opwire::__private::Probe::<Record>::SCHEMA
        };
        type Response = Record;
        type Error = PutRecordError;
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
                        &self.id,
                        <u32 as ::opwire::PathLabel>::write_label,
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
                .header_opt(
                    const {
                        ::opwire::__private::http::HeaderName::from_static(
                            "if-unmodified-since",
                        )
                    },
                    "unmodified_since",
                    &self.unmodified_since,
                    <opwire::Timestamp as ::opwire::HeaderField>::write_header,
                )?;
            __opwire_request.json(&__BodyRef { record: &self.record })?;
            __opwire_request.finish()
        }
        fn __decode(
            __opwire_in: &::opwire::__private::Incoming<'_>,
        ) -> ::core::result::Result<Self, ::opwire::__private::RequestError> {
            let __field_id: u32 = __opwire_in
                .label(0usize, "u32", <u32 as ::opwire::PathLabel>::parse_label)?;
            let __field_unmodified_since: Option<opwire::Timestamp> = __opwire_in
                .header_opt(
                    &const {
                        ::opwire::__private::http::HeaderName::from_static(
                            "if-unmodified-since",
                        )
                    },
                    "Timestamp",
                    <opwire::Timestamp as ::opwire::HeaderField>::parse_header,
                )?;
            let __opwire_body: __Body = __opwire_in.json()?;
            ::core::result::Result::Ok(PutRecord {
                id: __field_id,
                unmodified_since: __field_unmodified_since,
                record: __opwire_body.record,
            })
        }
    }
};
