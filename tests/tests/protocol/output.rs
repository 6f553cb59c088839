//! The output cases of the restJson1 protocol tests, declared with opwire.
//! Written by `tests/data/protocol/generate.py` from
//! `tests/data/protocol/output-rest-json.json`; regenerate, don't edit.

#![allow(clippy::all, dead_code, non_camel_case_types, unused_imports)]

use crate::check::{Case, Check};

/// Test cases for DatetimeOffsets operation
pub mod s00 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DatetimeOffsetsOutput {
        #[serde(rename = "datetime")]
        pub datetime: Option<opwire::timestamp::DateTime>,
    }

    #[operation(POST, "/DatetimeOffsets", response = DatetimeOffsetsOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DatetimeOffsets {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonDateTimeWithNegativeOffset",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<DatetimeOffsets>(
                    case,
                    Ok(DatetimeOffsetsOutput {
                        datetime: Some(opwire::timestamp::DateTime(
                            opwire::Timestamp::from_millis(1576540098000),
                        )),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDateTimeWithPositiveOffset",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<DatetimeOffsets>(
                    case,
                    Ok(DatetimeOffsetsOutput {
                        datetime: Some(opwire::timestamp::DateTime(
                            opwire::Timestamp::from_millis(1576540098000),
                        )),
                    }),
                )
            }),
        },
    ];
}

/// Test cases for DocumentType operation
pub mod s01 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentTypeInputOutput {
        #[serde(rename = "stringValue")]
        pub string_value: Option<String>,
        #[serde(rename = "documentValue")]
        pub document_value: Option<serde_json::Value>,
    }

    #[operation(PUT, "/DocumentType", response = DocumentTypeInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentType {}

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentOutput",
            features: &["document"],
            check: Check::Output(|case| {
                crate::check::output::<DocumentType>(
                    case,
                    Ok(DocumentTypeInputOutput {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"{"foo": "bar"}"#).unwrap(),
                        ),
                    }),
                )
            }),
        },
        Case {
            id: "DocumentOutputString",
            features: &["document"],
            check: Check::Output(|case| {
                crate::check::output::<DocumentType>(
                    case,
                    Ok(DocumentTypeInputOutput {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#""hello""#).unwrap(),
                        ),
                    }),
                )
            }),
        },
        Case {
            id: "DocumentOutputNumber",
            features: &["document"],
            check: Check::Output(|case| {
                crate::check::output::<DocumentType>(
                    case,
                    Ok(DocumentTypeInputOutput {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"10"#).unwrap(),
                        ),
                    }),
                )
            }),
        },
        Case {
            id: "DocumentOutputBoolean",
            features: &["document"],
            check: Check::Output(|case| {
                crate::check::output::<DocumentType>(
                    case,
                    Ok(DocumentTypeInputOutput {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"false"#).unwrap(),
                        ),
                    }),
                )
            }),
        },
        Case {
            id: "DocumentOutputArray",
            features: &["document"],
            check: Check::Output(|case| {
                crate::check::output::<DocumentType>(
                    case,
                    Ok(DocumentTypeInputOutput {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"[true, false]"#).unwrap(),
                        ),
                    }),
                )
            }),
        },
    ];
}

/// Test cases for DocumentTypeAsMapValue operation
pub mod s02 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentTypeAsMapValueInputOutput {
        #[serde(rename = "docValuedMap")]
        pub doc_valued_map: Option<BTreeMap<String, serde_json::Value>>,
    }

    #[operation(PUT, "/DocumentTypeAsMapValue", response = DocumentTypeAsMapValueInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentTypeAsMapValue {}

    pub const CASES: &[Case] = &[Case {
        id: "DocumentTypeAsMapValueOutput",
        features: &["document", "map"],
        check: Check::Output(|case| {
            crate::check::output::<DocumentTypeAsMapValue>(
                case,
                Ok(DocumentTypeAsMapValueInputOutput {
                    doc_valued_map: Some(BTreeMap::from([
                        (
                            String::from("foo"),
                            serde_json::from_str::<serde_json::Value>(r#"{"f": 1, "o": 2}"#)
                                .unwrap(),
                        ),
                        (
                            String::from("bar"),
                            serde_json::from_str::<serde_json::Value>(r#"["b", "a", "r"]"#)
                                .unwrap(),
                        ),
                        (
                            String::from("baz"),
                            serde_json::from_str::<serde_json::Value>(r#""BAZ""#).unwrap(),
                        ),
                    ])),
                }),
            )
        }),
    }];
}

/// Test cases for DocumentTypeAsPayload operation
pub mod s03 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentTypeAsPayloadOutput",
            features: &["document", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `DocumentTypeAsPayloadInputOutput` binds `documentValue` to the payload",
            ),
        },
        Case {
            id: "DocumentTypeAsPayloadOutputString",
            features: &["document", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `DocumentTypeAsPayloadInputOutput` binds `documentValue` to the payload",
            ),
        },
    ];
}

/// Test cases for EmptyInputAndEmptyOutput operation
pub mod s04 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct EmptyInputAndEmptyOutputOutput {}

    #[operation(POST, "/EmptyInputAndEmptyOutput", response = EmptyInputAndEmptyOutputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct EmptyInputAndEmptyOutput {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonEmptyInputAndEmptyOutput",
            features: &["empty"],
            check: Check::Output(|case| {
                crate::check::output::<EmptyInputAndEmptyOutput>(
                    case,
                    Ok(EmptyInputAndEmptyOutputOutput {}),
                )
            }),
        },
        Case {
            id: "RestJsonEmptyInputAndEmptyOutputJsonObjectOutput",
            features: &["empty"],
            check: Check::Output(|case| {
                crate::check::output::<EmptyInputAndEmptyOutput>(
                    case,
                    Ok(EmptyInputAndEmptyOutputOutput {}),
                )
            }),
        },
    ];
}

/// Test cases for FractionalSeconds operation
pub mod s05 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct FractionalSecondsOutput {
        #[serde(rename = "datetime")]
        pub datetime: Option<opwire::timestamp::DateTime>,
    }

    #[operation(POST, "/FractionalSeconds", response = FractionalSecondsOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct FractionalSeconds {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonDateTimeWithFractionalSeconds",
        features: &["timestamp"],
        check: Check::Output(|case| {
            crate::check::output::<FractionalSeconds>(
                case,
                Ok(FractionalSecondsOutput {
                    datetime: Some(opwire::timestamp::DateTime(opwire::Timestamp::from_millis(
                        946845296123,
                    ))),
                }),
            )
        }),
    }];
}

/// Test cases for GreetingWithErrors operation
pub mod s06 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonGreetingWithErrors",
            features: &["header"],
            check: Check::Undeclarable(
                "response header: `GreetingWithErrorsOutput.greeting` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonGreetingWithErrorsNoPayload",
            features: &["header"],
            check: Check::Undeclarable(
                "response header: `GreetingWithErrorsOutput.greeting` is bound to the response's header",
            ),
        },
    ];
}

/// Test cases for GreetingWithErrors operation
pub mod s07 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct FooError {}

    #[operation(PUT, "/GreetingWithErrors", errors(500 = FooError))]
    #[derive(Debug, Clone, PartialEq)]
    pub struct GreetingWithErrors {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonFooErrorUsingXAmznErrorType",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorUsingXAmznErrorTypeWithUri",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorUsingXAmznErrorTypeWithUriAndNamespace",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorUsingCode",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorUsingCodeAndNamespace",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorUsingCodeUriAndNamespace",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorWithDunderType",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorWithDunderTypeAndNamespace",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
        Case {
            id: "RestJsonFooErrorWithDunderTypeUriAndNamespace",
            features: &["errors"],
            check: Check::Output(|case| {
                crate::check::output::<GreetingWithErrors>(
                    case,
                    Err(GreetingWithErrorsError::from(FooError {})),
                )
            }),
        },
    ];
}

/// Test cases for GreetingWithErrors operation
pub mod s08 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonComplexErrorWithNoMessage",
            features: &["errors", "header", "json name"],
            check: Check::Undeclarable(
                "error header: `ComplexError.Header` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonEmptyComplexErrorWithNoMessage",
            features: &["errors", "header", "json name"],
            check: Check::Undeclarable(
                "error header: `ComplexError.Header` is bound to the response's header",
            ),
        },
    ];
}

/// Test cases for GreetingWithErrors operation
pub mod s09 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct InvalidGreeting {
        #[serde(rename = "Message")]
        pub message: Option<String>,
    }

    #[operation(PUT, "/GreetingWithErrors", errors(400 = InvalidGreeting))]
    #[derive(Debug, Clone, PartialEq)]
    pub struct GreetingWithErrors {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonInvalidGreetingError",
        features: &["errors"],
        check: Check::Output(|case| {
            crate::check::output::<GreetingWithErrors>(
                case,
                Err(GreetingWithErrorsError::from(InvalidGreeting {
                    message: Some(String::from("Hi")),
                })),
            )
        }),
    }];
}

/// Test cases for HttpEnumPayload operation
pub mod s10 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonEnumPayloadResponse",
        features: &["enum", "httpPayload"],
        check: Check::Undeclarable(
            "httpPayload: `EnumPayloadInput` binds `payload` to the payload",
        ),
    }];
}

/// Test cases for HttpPayloadTraits operation
pub mod s11 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpPayloadTraitsWithBlob",
            features: &["blob", "header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `HttpPayloadTraitsInputOutput` binds `blob` to the payload",
            ),
        },
        Case {
            id: "RestJsonHttpPayloadTraitsWithNoBlobBody",
            features: &["blob", "header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `HttpPayloadTraitsInputOutput` binds `blob` to the payload",
            ),
        },
    ];
}

/// Test cases for HttpPayloadWithStructure operation
pub mod s12 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpPayloadWithStructure",
        features: &["httpPayload"],
        check: Check::Undeclarable(
            "httpPayload: `HttpPayloadWithStructureInputOutput` binds `nested` to the payload",
        ),
    }];
}

/// Test cases for HttpPayloadWithUnion operation
pub mod s13 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpPayloadWithUnion",
            features: &["httpPayload", "union"],
            check: Check::Undeclarable(
                "httpPayload: `HttpPayloadWithUnionInputOutput` binds `nested` to the payload",
            ),
        },
        Case {
            id: "RestJsonHttpPayloadWithUnsetUnion",
            features: &["httpPayload", "union"],
            check: Check::Undeclarable(
                "httpPayload: `HttpPayloadWithUnionInputOutput` binds `nested` to the payload",
            ),
        },
    ];
}

/// Test cases for HttpPrefixHeaders operation
pub mod s14 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpPrefixHeadersArePresent",
        features: &["header", "map", "prefix headers"],
        check: Check::Undeclarable(
            "response header: `HttpPrefixHeadersOutput.foo` is bound to the response's header",
        ),
    }];
}

/// Test cases for HttpPrefixHeadersInResponse operation
pub mod s15 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "HttpPrefixHeadersResponse",
        features: &["map", "prefix headers"],
        check: Check::Undeclarable(
            "response headers: `HttpPrefixHeadersInResponseOutput.prefixHeaders` is bound to the response's headers",
        ),
    }];
}

/// Test cases for HttpResponseCode operation
pub mod s16 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpResponseCode",
            features: &["response status"],
            check: Check::Undeclarable(
                "response statusCode: `HttpResponseCodeOutput.Status` is bound to the response's statusCode",
            ),
        },
        Case {
            id: "RestJsonHttpResponseCodeWithNoPayload",
            features: &["response status"],
            check: Check::Undeclarable(
                "response statusCode: `HttpResponseCodeOutput.Status` is bound to the response's statusCode",
            ),
        },
    ];
}

/// Test cases for HttpStringPayload operation
pub mod s17 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonStringPayloadResponse",
        features: &["httpPayload"],
        check: Check::Undeclarable(
            "httpPayload: `StringPayloadInput` binds `payload` to the payload",
        ),
    }];
}

/// Test cases for IgnoreQueryParamsInResponse operation
pub mod s18 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct IgnoreQueryParamsInResponseOutput {}

    #[operation(GET, "/IgnoreQueryParamsInResponse", response = IgnoreQueryParamsInResponseOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct IgnoreQueryParamsInResponse {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonIgnoreQueryParamsInResponse",
            features: &["label"],
            check: Check::Output(|case| {
                crate::check::output::<IgnoreQueryParamsInResponse>(
                    case,
                    Ok(IgnoreQueryParamsInResponseOutput {}),
                )
            }),
        },
        Case {
            id: "RestJsonIgnoreQueryParamsInResponseNoPayload",
            features: &["label"],
            check: Check::Output(|case| {
                crate::check::output::<IgnoreQueryParamsInResponse>(
                    case,
                    Ok(IgnoreQueryParamsInResponseOutput {}),
                )
            }),
        },
    ];
}

/// Test cases for InputAndOutputWithHeaders operation
pub mod s19 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonInputAndOutputWithStringHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithQuotedStringHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithNumericHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithBooleanHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithTimestampHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithEnumHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithIntEnumHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonSupportsNaNFloatHeaderOutputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatHeaderOutputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatHeaderOutputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "response header: `InputAndOutputWithHeadersIO.headerString` is bound to the response's header",
            ),
        },
    ];
}

/// Test cases for JsonBlobs operation
pub mod s20 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonBlobsInputOutput {
        #[serde(rename = "data")]
        pub data: Option<opwire::Blob>,
    }

    #[operation(POST, "/JsonBlobs", response = JsonBlobsInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonBlobs {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonBlobs",
        features: &["blob"],
        check: Check::Output(|case| {
            crate::check::output::<JsonBlobs>(
                case,
                Ok(JsonBlobsInputOutput {
                    data: Some(opwire::Blob::from("value")),
                }),
            )
        }),
    }];
}

/// Test cases for JsonEnums operation
pub mod s21 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FooEnum {
        #[serde(rename = "Foo")]
        Foo,
        #[serde(rename = "Baz")]
        Baz,
        #[serde(rename = "Bar")]
        Bar,
        #[serde(rename = "1")]
        V1,
        #[serde(rename = "0")]
        V0,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonEnumsInputOutput {
        #[serde(rename = "fooEnum1")]
        pub foo_enum1: Option<FooEnum>,
        #[serde(rename = "fooEnum2")]
        pub foo_enum2: Option<FooEnum>,
        #[serde(rename = "fooEnum3")]
        pub foo_enum3: Option<FooEnum>,
        #[serde(rename = "fooEnumList")]
        pub foo_enum_list: Option<Vec<FooEnum>>,
        #[serde(rename = "fooEnumSet")]
        pub foo_enum_set: Option<Vec<FooEnum>>,
        #[serde(rename = "fooEnumMap")]
        pub foo_enum_map: Option<BTreeMap<String, FooEnum>>,
    }

    #[operation(PUT, "/JsonEnums", response = JsonEnumsInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonEnums {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonEnums",
        features: &["enum", "list", "map"],
        check: Check::Output(|case| {
            crate::check::output::<JsonEnums>(
                case,
                Ok(JsonEnumsInputOutput {
                    foo_enum1: Some(FooEnum::Foo),
                    foo_enum2: Some(FooEnum::V0),
                    foo_enum3: Some(FooEnum::V1),
                    foo_enum_list: Some(vec![FooEnum::Foo, FooEnum::V0]),
                    foo_enum_set: Some(vec![FooEnum::Foo, FooEnum::V0]),
                    foo_enum_map: Some(BTreeMap::from([
                        (String::from("hi"), FooEnum::Foo),
                        (String::from("zero"), FooEnum::V0),
                    ])),
                }),
            )
        }),
    }];
}

/// Test cases for JsonIntEnums operation
pub mod s22 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonIntEnumsInputOutput {
        #[serde(rename = "integerEnum1")]
        pub integer_enum1: Option<i32>,
        #[serde(rename = "integerEnum2")]
        pub integer_enum2: Option<i32>,
        #[serde(rename = "integerEnum3")]
        pub integer_enum3: Option<i32>,
        #[serde(rename = "integerEnumList")]
        pub integer_enum_list: Option<Vec<i32>>,
        #[serde(rename = "integerEnumSet")]
        pub integer_enum_set: Option<Vec<i32>>,
        #[serde(rename = "integerEnumMap")]
        pub integer_enum_map: Option<BTreeMap<String, i32>>,
    }

    #[operation(PUT, "/JsonIntEnums", response = JsonIntEnumsInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonIntEnums {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonIntEnums",
        features: &["list", "map"],
        check: Check::Output(|case| {
            crate::check::output::<JsonIntEnums>(
                case,
                Ok(JsonIntEnumsInputOutput {
                    integer_enum1: Some(1_i32),
                    integer_enum2: Some(2_i32),
                    integer_enum3: Some(3_i32),
                    integer_enum_list: Some(vec![1_i32, 2_i32, 3_i32]),
                    integer_enum_set: Some(vec![1_i32, 2_i32]),
                    integer_enum_map: Some(BTreeMap::from([
                        (String::from("abc"), 1_i32),
                        (String::from("def"), 2_i32),
                    ])),
                }),
            )
        }),
    }];
}

/// Test cases for JsonLists operation
pub mod s23 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FooEnum {
        #[serde(rename = "Foo")]
        Foo,
        #[serde(rename = "Baz")]
        Baz,
        #[serde(rename = "Bar")]
        Bar,
        #[serde(rename = "1")]
        V1,
        #[serde(rename = "0")]
        V0,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct StructureListMember {
        #[serde(rename = "value")]
        pub a: Option<String>,
        #[serde(rename = "other")]
        pub b: Option<String>,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonListsInputOutput {
        #[serde(rename = "stringList")]
        pub string_list: Option<Vec<String>>,
        #[serde(rename = "stringSet")]
        pub string_set: Option<Vec<String>>,
        #[serde(rename = "integerList")]
        pub integer_list: Option<Vec<i32>>,
        #[serde(rename = "booleanList")]
        pub boolean_list: Option<Vec<bool>>,
        #[serde(rename = "timestampList")]
        pub timestamp_list: Option<Vec<opwire::Timestamp>>,
        #[serde(rename = "enumList")]
        pub enum_list: Option<Vec<FooEnum>>,
        #[serde(rename = "intEnumList")]
        pub int_enum_list: Option<Vec<i32>>,
        #[serde(rename = "nestedStringList")]
        pub nested_string_list: Option<Vec<Vec<String>>>,
        #[serde(rename = "myStructureList")]
        pub structure_list: Option<Vec<StructureListMember>>,
    }

    #[operation(PUT, "/JsonLists", response = JsonListsInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonLists {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonLists",
            features: &["enum", "json name", "list", "timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonLists>(
                    case,
                    Ok(JsonListsInputOutput {
                        string_list: Some(vec![String::from("foo"), String::from("bar")]),
                        string_set: Some(vec![String::from("foo"), String::from("bar")]),
                        integer_list: Some(vec![1_i32, 2_i32]),
                        boolean_list: Some(vec![true, false]),
                        timestamp_list: Some(vec![
                            opwire::Timestamp::from_millis(1398796238000),
                            opwire::Timestamp::from_millis(1398796238000),
                        ]),
                        enum_list: Some(vec![FooEnum::Foo, FooEnum::V0]),
                        int_enum_list: Some(vec![1_i32, 2_i32]),
                        nested_string_list: Some(vec![
                            vec![String::from("foo"), String::from("bar")],
                            vec![String::from("baz"), String::from("qux")],
                        ]),
                        structure_list: Some(vec![
                            StructureListMember {
                                a: Some(String::from("1")),
                                b: Some(String::from("2")),
                            },
                            StructureListMember {
                                a: Some(String::from("3")),
                                b: Some(String::from("4")),
                            },
                        ]),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonListsEmpty",
            features: &["enum", "json name", "list", "timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonLists>(
                    case,
                    Ok(JsonListsInputOutput {
                        string_list: Some(vec![]),
                        string_set: None,
                        integer_list: None,
                        boolean_list: None,
                        timestamp_list: None,
                        enum_list: None,
                        int_enum_list: None,
                        nested_string_list: None,
                        structure_list: None,
                    }),
                )
            }),
        },
    ];
}

/// Test cases for JsonMaps operation
pub mod s24 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct GreetingStruct {
        #[serde(rename = "hi")]
        pub hi: Option<String>,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonMapsInputOutput {
        #[serde(rename = "denseStructMap")]
        pub dense_struct_map: Option<BTreeMap<String, GreetingStruct>>,
        #[serde(rename = "denseNumberMap")]
        pub dense_number_map: Option<BTreeMap<String, i32>>,
        #[serde(rename = "denseBooleanMap")]
        pub dense_boolean_map: Option<BTreeMap<String, bool>>,
        #[serde(rename = "denseStringMap")]
        pub dense_string_map: Option<BTreeMap<String, String>>,
        #[serde(rename = "denseSetMap")]
        pub dense_set_map: Option<BTreeMap<String, Vec<String>>>,
    }

    #[operation(POST, "/JsonMaps", response = JsonMapsInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonMaps {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonJsonMaps",
            features: &["list", "map"],
            check: Check::Output(|case| {
                crate::check::output::<JsonMaps>(
                    case,
                    Ok(JsonMapsInputOutput {
                        dense_struct_map: Some(BTreeMap::from([
                            (
                                String::from("foo"),
                                GreetingStruct {
                                    hi: Some(String::from("there")),
                                },
                            ),
                            (
                                String::from("baz"),
                                GreetingStruct {
                                    hi: Some(String::from("bye")),
                                },
                            ),
                        ])),
                        dense_number_map: None,
                        dense_boolean_map: None,
                        dense_string_map: None,
                        dense_set_map: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializesZeroValuesInMaps",
            features: &["list", "map"],
            check: Check::Output(|case| {
                crate::check::output::<JsonMaps>(
                    case,
                    Ok(JsonMapsInputOutput {
                        dense_struct_map: None,
                        dense_number_map: Some(BTreeMap::from([(String::from("x"), 0_i32)])),
                        dense_boolean_map: Some(BTreeMap::from([(String::from("x"), false)])),
                        dense_string_map: None,
                        dense_set_map: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializesDenseSetMap",
            features: &["list", "map"],
            check: Check::Output(|case| {
                crate::check::output::<JsonMaps>(
                    case,
                    Ok(JsonMapsInputOutput {
                        dense_struct_map: None,
                        dense_number_map: None,
                        dense_boolean_map: None,
                        dense_string_map: None,
                        dense_set_map: Some(BTreeMap::from([
                            (String::from("x"), vec![]),
                            (
                                String::from("y"),
                                vec![String::from("a"), String::from("b")],
                            ),
                        ])),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializesDenseSetMapAndSkipsNull",
            features: &["list", "map"],
            check: Check::Output(|case| {
                crate::check::output::<JsonMaps>(
                    case,
                    Ok(JsonMapsInputOutput {
                        dense_struct_map: None,
                        dense_number_map: None,
                        dense_boolean_map: None,
                        dense_string_map: None,
                        dense_set_map: Some(BTreeMap::from([
                            (String::from("x"), vec![]),
                            (
                                String::from("y"),
                                vec![String::from("a"), String::from("b")],
                            ),
                        ])),
                    }),
                )
            }),
        },
    ];
}

/// Test cases for JsonTimestamps operation
pub mod s25 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonTimestampsInputOutput {
        #[serde(rename = "normal")]
        pub normal: Option<opwire::Timestamp>,
        #[serde(rename = "dateTime")]
        pub date_time: Option<opwire::timestamp::DateTime>,
        #[serde(rename = "dateTimeOnTarget")]
        pub date_time_on_target: Option<opwire::timestamp::DateTime>,
        #[serde(rename = "epochSeconds")]
        pub epoch_seconds: Option<opwire::timestamp::EpochSeconds>,
        #[serde(rename = "epochSecondsOnTarget")]
        pub epoch_seconds_on_target: Option<opwire::timestamp::EpochSeconds>,
        #[serde(rename = "httpDate")]
        pub http_date: Option<opwire::timestamp::HttpDate>,
        #[serde(rename = "httpDateOnTarget")]
        pub http_date_on_target: Option<opwire::timestamp::HttpDate>,
    }

    #[operation(POST, "/JsonTimestamps", response = JsonTimestampsInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonTimestamps {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonJsonTimestamps",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: Some(opwire::Timestamp::from_millis(1398796238000)),
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithDateTimeFormat",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: None,
                        date_time: Some(opwire::timestamp::DateTime(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithDateTimeOnTargetFormat",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: None,
                        date_time: None,
                        date_time_on_target: Some(opwire::timestamp::DateTime(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithEpochSecondsFormat",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: Some(opwire::timestamp::EpochSeconds(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithEpochSecondsOnTargetFormat",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: Some(opwire::timestamp::EpochSeconds(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        http_date: None,
                        http_date_on_target: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithHttpDateFormat",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: Some(opwire::timestamp::HttpDate(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        http_date_on_target: None,
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithHttpDateOnTargetFormat",
            features: &["timestamp"],
            check: Check::Output(|case| {
                crate::check::output::<JsonTimestamps>(
                    case,
                    Ok(JsonTimestampsInputOutput {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: Some(opwire::timestamp::HttpDate(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                    }),
                )
            }),
        },
    ];
}

/// Test cases for JsonUnions operation
pub mod s26 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FooEnum {
        #[serde(rename = "Foo")]
        Foo,
        #[serde(rename = "Baz")]
        Baz,
        #[serde(rename = "Bar")]
        Bar,
        #[serde(rename = "1")]
        V1,
        #[serde(rename = "0")]
        V0,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct GreetingStruct {
        #[serde(rename = "hi")]
        pub hi: Option<String>,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RenamedGreeting {
        #[serde(rename = "salutation")]
        pub salutation: Option<String>,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub enum MyUnion {
        #[serde(rename = "stringValue")]
        StringValue(String),
        #[serde(rename = "booleanValue")]
        BooleanValue(bool),
        #[serde(rename = "numberValue")]
        NumberValue(i32),
        #[serde(rename = "blobValue")]
        BlobValue(opwire::Blob),
        #[serde(rename = "timestampValue")]
        TimestampValue(opwire::Timestamp),
        #[serde(rename = "enumValue")]
        EnumValue(FooEnum),
        #[serde(rename = "listValue")]
        ListValue(Vec<String>),
        #[serde(rename = "mapValue")]
        MapValue(BTreeMap<String, String>),
        #[serde(rename = "structureValue")]
        StructureValue(GreetingStruct),
        #[serde(rename = "renamedStructureValue")]
        RenamedStructureValue(RenamedGreeting),
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UnionInputOutput {
        #[serde(rename = "contents")]
        pub contents: Option<MyUnion>,
    }

    #[operation(PUT, "/JsonUnions", response = UnionInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonUnions {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonDeserializeStringUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::StringValue(String::from("foo"))),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeBooleanUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::BooleanValue(true)),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeNumberUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::NumberValue(1_i32)),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeBlobUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::BlobValue(opwire::Blob::from("foo"))),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeTimestampUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::TimestampValue(opwire::Timestamp::from_millis(
                            1398796238000,
                        ))),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeEnumUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::EnumValue(FooEnum::Foo)),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeListUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::ListValue(vec![
                            String::from("foo"),
                            String::from("bar"),
                        ])),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeMapUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::MapValue(BTreeMap::from([
                            (String::from("foo"), String::from("bar")),
                            (String::from("spam"), String::from("eggs")),
                        ]))),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeStructureUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::StructureValue(GreetingStruct {
                            hi: Some(String::from("hello")),
                        })),
                    }),
                )
            }),
        },
        Case {
            id: "RestJsonDeserializeIgnoreType",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Output(|case| {
                crate::check::output::<JsonUnions>(
                    case,
                    Ok(UnionInputOutput {
                        contents: Some(MyUnion::StructureValue(GreetingStruct {
                            hi: Some(String::from("hello")),
                        })),
                    }),
                )
            }),
        },
    ];
}

/// Test cases for MediaTypeHeader operation
pub mod s27 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "MediaTypeHeaderOutputBase64",
        features: &["header", "media type"],
        check: Check::Undeclarable(
            "response header: `MediaTypeHeaderOutput.json` is bound to the response's header",
        ),
    }];
}

/// Test cases for NoInputAndNoOutput operation
pub mod s28 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/NoInputAndNoOutput")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoInputAndNoOutput {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonNoInputAndNoOutput",
        features: &["empty"],
        check: Check::Output(|case| {
            crate::check::output::<NoInputAndNoOutput>(case, Ok(opwire::Empty {}))
        }),
    }];
}

/// Test cases for NoInputAndOutput operation
pub mod s29 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoInputAndOutputOutput {}

    #[operation(POST, "/NoInputAndOutputOutput", response = NoInputAndOutputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoInputAndOutput {}

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonNoInputAndOutputWithJson",
            features: &["empty"],
            check: Check::Output(|case| {
                crate::check::output::<NoInputAndOutput>(case, Ok(NoInputAndOutputOutput {}))
            }),
        },
        Case {
            id: "RestJsonNoInputAndOutputNoPayload",
            features: &["empty"],
            check: Check::Output(|case| {
                crate::check::output::<NoInputAndOutput>(case, Ok(NoInputAndOutputOutput {}))
            }),
        },
    ];
}

/// Test cases for PostUnionWithJsonName operation
pub mod s30 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub enum UnionWithJsonName {
        #[serde(rename = "FOO")]
        Foo(String),
        #[serde(rename = "bar")]
        Bar(String),
        #[serde(rename = "_baz")]
        Baz(String),
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostUnionWithJsonNameOutput {
        #[serde(rename = "value")]
        pub value: Option<UnionWithJsonName>,
    }

    #[operation(POST, "/PostUnionWithJsonName", response = PostUnionWithJsonNameOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostUnionWithJsonName {}

    pub const CASES: &[Case] = &[
        Case {
            id: "PostUnionWithJsonNameResponse1",
            features: &["json name", "union"],
            check: Check::Output(|case| {
                crate::check::output::<PostUnionWithJsonName>(
                    case,
                    Ok(PostUnionWithJsonNameOutput {
                        value: Some(UnionWithJsonName::Foo(String::from("hi"))),
                    }),
                )
            }),
        },
        Case {
            id: "PostUnionWithJsonNameResponse2",
            features: &["json name", "union"],
            check: Check::Output(|case| {
                crate::check::output::<PostUnionWithJsonName>(
                    case,
                    Ok(PostUnionWithJsonNameOutput {
                        value: Some(UnionWithJsonName::Baz(String::from("hi"))),
                    }),
                )
            }),
        },
        Case {
            id: "PostUnionWithJsonNameResponse3",
            features: &["json name", "union"],
            check: Check::Output(|case| {
                crate::check::output::<PostUnionWithJsonName>(
                    case,
                    Ok(PostUnionWithJsonNameOutput {
                        value: Some(UnionWithJsonName::Bar(String::from("hi"))),
                    }),
                )
            }),
        },
    ];
}

/// Test cases for RecursiveShapes operation
pub mod s31 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RecursiveShapesInputOutputNested2 {
        #[serde(rename = "bar")]
        pub bar: Option<String>,
        #[serde(rename = "recursiveMember")]
        pub recursive_member: Option<Box<RecursiveShapesInputOutputNested1>>,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RecursiveShapesInputOutputNested1 {
        #[serde(rename = "foo")]
        pub foo: Option<String>,
        #[serde(rename = "nested")]
        pub nested: Option<RecursiveShapesInputOutputNested2>,
    }

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RecursiveShapesInputOutput {
        #[serde(rename = "nested")]
        pub nested: Option<RecursiveShapesInputOutputNested1>,
    }

    #[operation(PUT, "/RecursiveShapes", response = RecursiveShapesInputOutput)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RecursiveShapes {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonRecursiveShapes",
        features: &["recursive shape"],
        check: Check::Output(|case| {
            crate::check::output::<RecursiveShapes>(
                case,
                Ok(RecursiveShapesInputOutput {
                    nested: Some(RecursiveShapesInputOutputNested1 {
                        foo: Some(String::from("Foo1")),
                        nested: Some(RecursiveShapesInputOutputNested2 {
                            bar: Some(String::from("Bar1")),
                            recursive_member: Some(Box::new(RecursiveShapesInputOutputNested1 {
                                foo: Some(String::from("Foo2")),
                                nested: Some(RecursiveShapesInputOutputNested2 {
                                    bar: Some(String::from("Bar2")),
                                    recursive_member: None,
                                }),
                            })),
                        }),
                    }),
                }),
            )
        }),
    }];
}

/// Test cases for SimpleScalarProperties operation
pub mod s32 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonSimpleScalarProperties",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable(
                "response header: `SimpleScalarPropertiesInputOutput.foo` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonDoesntDeserializeNullStructureValues",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable(
                "response header: `SimpleScalarPropertiesInputOutput.foo` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonSupportsNaNFloatInputs",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable(
                "response header: `SimpleScalarPropertiesInputOutput.foo` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatInputs",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable(
                "response header: `SimpleScalarPropertiesInputOutput.foo` is bound to the response's header",
            ),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatInputs",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable(
                "response header: `SimpleScalarPropertiesInputOutput.foo` is bound to the response's header",
            ),
        },
    ];
}

/// Test cases for TimestampFormatHeaders operation
pub mod s33 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonTimestampFormatHeaders",
        features: &["header", "timestamp"],
        check: Check::Undeclarable(
            "response header: `TimestampFormatHeadersIO.memberEpochSeconds` is bound to the response's header",
        ),
    }];
}

/// Test cases for UnitInputAndOutput operation
pub mod s34 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/UnitInputAndOutput")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UnitInputAndOutput {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonUnitInputAndOutputNoOutput",
        features: &["empty"],
        check: Check::Output(|case| {
            crate::check::output::<UnitInputAndOutput>(case, Ok(opwire::Empty {}))
        }),
    }];
}

pub const SUITES: &[&[Case]] = &[
    s00::CASES,
    s01::CASES,
    s02::CASES,
    s03::CASES,
    s04::CASES,
    s05::CASES,
    s06::CASES,
    s07::CASES,
    s08::CASES,
    s09::CASES,
    s10::CASES,
    s11::CASES,
    s12::CASES,
    s13::CASES,
    s14::CASES,
    s15::CASES,
    s16::CASES,
    s17::CASES,
    s18::CASES,
    s19::CASES,
    s20::CASES,
    s21::CASES,
    s22::CASES,
    s23::CASES,
    s24::CASES,
    s25::CASES,
    s26::CASES,
    s27::CASES,
    s28::CASES,
    s29::CASES,
    s30::CASES,
    s31::CASES,
    s32::CASES,
    s33::CASES,
    s34::CASES,
];
