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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonDateTimeWithNegativeOffset",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `DatetimeOffsetsOutput.datetime` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonDateTimeWithPositiveOffset",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `DatetimeOffsetsOutput.datetime` is a timestamp",
            ),
        },
    ];
}

/// Test cases for DocumentType operation
pub mod s01 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentOutput",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentOutputString",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentOutputNumber",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentOutputBoolean",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentOutputArray",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
    ];
}

/// Test cases for DocumentTypeAsMapValue operation
pub mod s02 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "DocumentTypeAsMapValueOutput",
        features: &["document", "map"],
        check: Check::Undeclarable(
            "document: `DocumentTypeAsMapValueInputOutput.docValuedMap{}` is a document",
        ),
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

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonDateTimeWithFractionalSeconds",
        features: &["timestamp"],
        check: Check::Undeclarable("timestamp: `FractionalSecondsOutput.datetime` is a timestamp"),
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

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonBlobs",
        features: &["blob"],
        check: Check::Undeclarable("blob: `JsonBlobsInputOutput.data` is a blob"),
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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonLists",
            features: &["enum", "json name", "list", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonListsInputOutput.timestampList[]` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonListsEmpty",
            features: &["enum", "json name", "list", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonListsInputOutput.timestampList[]` is a timestamp",
            ),
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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonJsonTimestamps",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonJsonTimestampsWithDateTimeFormat",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonJsonTimestampsWithDateTimeOnTargetFormat",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonJsonTimestampsWithEpochSecondsFormat",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonJsonTimestampsWithEpochSecondsOnTargetFormat",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonJsonTimestampsWithHttpDateFormat",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonJsonTimestampsWithHttpDateOnTargetFormat",
            features: &["timestamp"],
            check: Check::Undeclarable(
                "timestamp: `JsonTimestampsInputOutput.normal` is a timestamp",
            ),
        },
    ];
}

/// Test cases for JsonUnions operation
pub mod s26 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonDeserializeStringUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeBooleanUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeNumberUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeBlobUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeTimestampUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeEnumUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeListUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeMapUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeStructureUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonDeserializeIgnoreType",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
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

    pub const CASES: &[Case] = &[
        Case {
            id: "PostUnionWithJsonNameResponse1",
            features: &["json name", "union"],
            check: Check::Undeclarable("union: `PostUnionWithJsonNameOutput.value` is a union"),
        },
        Case {
            id: "PostUnionWithJsonNameResponse2",
            features: &["json name", "union"],
            check: Check::Undeclarable("union: `PostUnionWithJsonNameOutput.value` is a union"),
        },
        Case {
            id: "PostUnionWithJsonNameResponse3",
            features: &["json name", "union"],
            check: Check::Undeclarable("union: `PostUnionWithJsonNameOutput.value` is a union"),
        },
    ];
}

/// Test cases for RecursiveShapes operation
pub mod s31 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonRecursiveShapes",
        features: &["recursive shape"],
        check: Check::Undeclarable(
            "recursive shape: `RecursiveShapesInputOutputNested1` contains itself",
        ),
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
