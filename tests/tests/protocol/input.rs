//! The input cases of the restJson1 protocol tests, declared with opwire.
//! Written by `tests/data/protocol/generate.py` from
//! `tests/data/protocol/input-rest-json.json`; regenerate, don't edit.

#![allow(clippy::all, dead_code, non_camel_case_types, unused_imports)]

use crate::check::{Case, Check};

/// Test cases for AllQueryStringTypes operation
pub mod s00 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonAllQueryStringTypes",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonQueryStringMap",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonQueryStringEscaping",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonSupportsNaNFloatQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonZeroAndFalseQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `AllQueryStringTypesInput.queryTimestamp` is a timestamp",
            ),
        },
    ];
}

/// Test cases for ConstantAndVariableQueryString operation
pub mod s01 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonConstantAndVariableQueryStringMissingOneValue",
            features: &["constant query", "query"],
            check: Check::Undeclarable(
                "constant query: `/ConstantAndVariableQueryString?foo=bar` has a query in its template",
            ),
        },
        Case {
            id: "RestJsonConstantAndVariableQueryStringAllValues",
            features: &["constant query", "query"],
            check: Check::Undeclarable(
                "constant query: `/ConstantAndVariableQueryString?foo=bar` has a query in its template",
            ),
        },
    ];
}

/// Test cases for ConstantQueryString operation
pub mod s02 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonConstantQueryString",
        features: &["constant query", "label"],
        check: Check::Undeclarable(
            "constant query: `/ConstantQueryString/{hello}?foo=bar&hello` has a query in its template",
        ),
    }];
}

/// Test cases for DocumentType operation
pub mod s03 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentTypeInputWithObject",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentInputWithString",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentInputWithNumber",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentInputWithBoolean",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
        Case {
            id: "DocumentInputWithList",
            features: &["document"],
            check: Check::Undeclarable(
                "document: `DocumentTypeInputOutput.documentValue` is a document",
            ),
        },
    ];
}

/// Test cases for DocumentTypeAsMapValue operation
pub mod s04 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "DocumentTypeAsMapValueInput",
        features: &["document", "map"],
        check: Check::Undeclarable(
            "document: `DocumentTypeAsMapValueInputOutput.docValuedMap{}` is a document",
        ),
    }];
}

/// Test cases for DocumentTypeAsPayload operation
pub mod s05 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentTypeAsPayloadInput",
            features: &["document", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `DocumentTypeAsPayloadInputOutput` binds `documentValue` to the payload",
            ),
        },
        Case {
            id: "DocumentTypeAsPayloadInputString",
            features: &["document", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `DocumentTypeAsPayloadInputOutput` binds `documentValue` to the payload",
            ),
        },
    ];
}

/// Test cases for EmptyInputAndEmptyOutput operation
pub mod s06 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/EmptyInputAndEmptyOutput")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct EmptyInputAndEmptyOutput {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonEmptyInputAndEmptyOutput",
        features: &["empty"],
        check: Check::Input(|case| crate::check::input(case, EmptyInputAndEmptyOutput {})),
    }];
}

/// Test cases for EndpointOperation operation
pub mod s07 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonEndpointTrait",
        features: &["endpoint", "host prefix"],
        check: Check::Undeclarable(
            "out of scope: endpoint: the client's endpoint is `https://example.com`",
        ),
    }];
}

/// Test cases for EndpointWithHostLabelOperation operation
pub mod s08 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonEndpointTraitWithHostLabel",
        features: &["endpoint", "host prefix"],
        check: Check::Undeclarable(
            "out of scope: endpoint: the client's endpoint is `https://example.com`",
        ),
    }];
}

/// Test cases for HostWithPathOperation operation
pub mod s09 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHostWithPath",
        features: &["endpoint"],
        check: Check::Undeclarable(
            "out of scope: endpoint: the client's endpoint is `https://example.com/custom`",
        ),
    }];
}

/// Test cases for HttpChecksumRequired operation
pub mod s10 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpChecksumRequired",
        features: &["checksum"],
        check: Check::Undeclarable(
            "out of scope: checksum: the request carries a Content-MD5 checksum",
        ),
    }];
}

/// Test cases for HttpEnumPayload operation
pub mod s11 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonEnumPayloadRequest",
        features: &["enum", "httpPayload"],
        check: Check::Undeclarable(
            "httpPayload: `EnumPayloadInput` binds `payload` to the payload",
        ),
    }];
}

/// Test cases for HttpPayloadTraits operation
pub mod s12 {
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
pub mod s13 {
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
pub mod s14 {
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
pub mod s15 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpPrefixHeadersArePresent",
            features: &["header", "map", "prefix headers"],
            check: Check::Undeclarable(
                "prefix headers: `HttpPrefixHeadersInput.fooMap` takes the headers named `x-foo-*`",
            ),
        },
        Case {
            id: "RestJsonHttpPrefixHeadersAreNotPresent",
            features: &["header", "map", "prefix headers"],
            check: Check::Undeclarable(
                "prefix headers: `HttpPrefixHeadersInput.fooMap` takes the headers named `x-foo-*`",
            ),
        },
        Case {
            id: "RestJsonHttpPrefixEmptyHeaders",
            features: &["header", "map", "prefix headers"],
            check: Check::Undeclarable(
                "prefix headers: `HttpPrefixHeadersInput.fooMap` takes the headers named `x-foo-*`",
            ),
        },
    ];
}

/// Test cases for HttpRequestWithFloatLabels operation
pub mod s16 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(GET, "/FloatHttpLabels/<float>/<double>")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpRequestWithFloatLabels {
        #[path("float")]
        pub float: f32,
        #[path("double")]
        pub double: f64,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonSupportsNaNFloatLabels",
            features: &["float", "label"],
            check: Check::Undeclarable("NaN and infinities: `float` is NaN"),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatLabels",
            features: &["float", "label"],
            check: Check::Undeclarable("NaN and infinities: `float` is Infinity"),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatLabels",
            features: &["float", "label"],
            check: Check::Undeclarable("NaN and infinities: `float` is -Infinity"),
        },
    ];
}

/// Test cases for HttpRequestWithGreedyLabelInPath operation
pub mod s17 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(GET, "/HttpRequestWithGreedyLabelInPath/foo/<foo>/baz/<baz..>")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpRequestWithGreedyLabelInPath {
        #[path("foo")]
        pub foo: String,
        #[path("baz")]
        pub baz: String,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpRequestWithGreedyLabelInPath",
        features: &["label"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                HttpRequestWithGreedyLabelInPath {
                    foo: String::from("hello/escape"),
                    baz: String::from("there/guy"),
                },
            )
        }),
    }];
}

/// Test cases for HttpRequestWithLabels operation
pub mod s18 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonInputWithHeadersAndAllParams",
            features: &["float", "label", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `HttpRequestWithLabelsInput.timestamp` is a timestamp",
            ),
        },
        Case {
            id: "RestJsonHttpRequestLabelEscaping",
            features: &["float", "label", "timestamp"],
            check: Check::Undeclarable(
                "timestamp: `HttpRequestWithLabelsInput.timestamp` is a timestamp",
            ),
        },
    ];
}

/// Test cases for HttpRequestWithLabelsAndTimestampFormat operation
pub mod s19 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpRequestWithLabelsAndTimestampFormat",
        features: &["label", "timestamp"],
        check: Check::Undeclarable(
            "timestamp: `HttpRequestWithLabelsAndTimestampFormatInput.memberEpochSeconds` is a timestamp",
        ),
    }];
}

/// Test cases for HttpRequestWithRegexLiteral operation
pub mod s20 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(GET, "/ReDosLiteral/<str>/(a+)+")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpRequestWithRegexLiteral {
        #[path("str")]
        pub str: String,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonToleratesRegexCharsInSegments",
        features: &["label"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                HttpRequestWithRegexLiteral {
                    str: String::from("abc"),
                },
            )
        }),
    }];
}

/// Test cases for HttpStringPayload operation
pub mod s21 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonStringPayloadRequest",
        features: &["httpPayload"],
        check: Check::Undeclarable(
            "httpPayload: `StringPayloadInput` binds `payload` to the payload",
        ),
    }];
}

/// Test cases for InputAndOutputWithHeaders operation
pub mod s22 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonInputAndOutputWithStringHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithQuotedStringHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithNumericHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithBooleanHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithTimestampHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithEnumHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonInputAndOutputWithIntEnumHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonSupportsNaNFloatHeaderInputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatHeaderInputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatHeaderInputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable(
                "header list: `InputAndOutputWithHeadersIO.headerStringList` is a comma-separated header list",
            ),
        },
    ];
}

/// Test cases for JsonBlobs operation
pub mod s23 {
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
pub mod s24 {
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

    #[operation(PUT, "/JsonEnums")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonEnums {
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

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonEnums",
        features: &["enum", "list", "map"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                JsonEnums {
                    foo_enum1: Some(FooEnum::Foo),
                    foo_enum2: Some(FooEnum::V0),
                    foo_enum3: Some(FooEnum::V1),
                    foo_enum_list: Some(vec![FooEnum::Foo, FooEnum::V0]),
                    foo_enum_set: Some(vec![FooEnum::Foo, FooEnum::V0]),
                    foo_enum_map: Some(BTreeMap::from([
                        (String::from("hi"), FooEnum::Foo),
                        (String::from("zero"), FooEnum::V0),
                    ])),
                },
            )
        }),
    }];
}

/// Test cases for JsonIntEnums operation
pub mod s25 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(PUT, "/JsonIntEnums")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonIntEnums {
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

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonIntEnums",
        features: &["list", "map"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                JsonIntEnums {
                    integer_enum1: Some(1_i32),
                    integer_enum2: Some(2_i32),
                    integer_enum3: Some(3_i32),
                    integer_enum_list: Some(vec![1_i32, 2_i32, 3_i32]),
                    integer_enum_set: Some(vec![1_i32, 2_i32]),
                    integer_enum_map: Some(BTreeMap::from([
                        (String::from("abc"), 1_i32),
                        (String::from("def"), 2_i32),
                    ])),
                },
            )
        }),
    }];
}

/// Test cases for JsonLists operation
pub mod s26 {
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
pub mod s27 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct GreetingStruct {
        #[serde(rename = "hi")]
        pub hi: Option<String>,
    }

    #[operation(POST, "/JsonMaps")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonMaps {
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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonJsonMaps",
            features: &["list", "map"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonMaps {
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
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializesZeroValuesInMaps",
            features: &["list", "map"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonMaps {
                        dense_struct_map: None,
                        dense_number_map: Some(BTreeMap::from([(String::from("x"), 0_i32)])),
                        dense_boolean_map: Some(BTreeMap::from([(String::from("x"), false)])),
                        dense_string_map: None,
                        dense_set_map: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializesDenseSetMap",
            features: &["list", "map"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonMaps {
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
                    },
                )
            }),
        },
    ];
}

/// Test cases for JsonTimestamps operation
pub mod s28 {
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
pub mod s29 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonSerializeStringUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeBooleanUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeNumberUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeBlobUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeTimestampUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeEnumUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeListUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeMapUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeStructureUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
        Case {
            id: "RestJsonSerializeRenamedStructureUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Undeclarable("union: `UnionInputOutput.contents` is a union"),
        },
    ];
}

/// Test cases for MediaTypeHeader operation
pub mod s30 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "MediaTypeHeaderInputBase64",
        features: &["header", "media type"],
        check: Check::Undeclarable(
            "media type: `MediaTypeHeaderInput.json` is JSON text sent in base64",
        ),
    }];
}

/// Test cases for NoInputAndNoOutput operation
pub mod s31 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/NoInputAndNoOutput")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoInputAndNoOutput {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonNoInputAndNoOutput",
        features: &["empty"],
        check: Check::Input(|case| crate::check::input(case, NoInputAndNoOutput {})),
    }];
}

/// Test cases for NoInputAndOutput operation
pub mod s32 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/NoInputAndOutputOutput")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoInputAndOutput {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonNoInputAndOutput",
        features: &["empty"],
        check: Check::Input(|case| crate::check::input(case, NoInputAndOutput {})),
    }];
}

/// Test cases for NullAndEmptyHeadersClient operation
pub mod s33 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonNullAndEmptyHeaders",
        features: &["header", "list"],
        check: Check::Undeclarable(
            "header list: `NullAndEmptyHeadersIO.c` is a comma-separated header list",
        ),
    }];
}

/// Test cases for OmitsNullSerializesEmptyString operation
pub mod s34 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(GET, "/OmitsNullSerializesEmptyString")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OmitsNullSerializesEmptyString {
        #[query("Null")]
        pub null_value: Option<String>,
        #[query("Empty")]
        pub empty_string: Option<String>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonOmitsNullQuery",
            features: &["query"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    OmitsNullSerializesEmptyString {
                        null_value: None,
                        empty_string: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializesEmptyQueryValue",
            features: &["query"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    OmitsNullSerializesEmptyString {
                        null_value: None,
                        empty_string: Some(String::from("")),
                    },
                )
            }),
        },
    ];
}

/// Test cases for OmitsSerializingEmptyLists operation
pub mod s35 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonOmitsEmptyListQueryValues",
        features: &["enum", "float", "list", "query", "timestamp"],
        check: Check::Undeclarable(
            "timestamp: `OmitsSerializingEmptyListsInput.queryTimestampList[]` is a timestamp",
        ),
    }];
}

/// Test cases for PostUnionWithJsonName operation
pub mod s36 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "PostUnionWithJsonNameRequest1",
            features: &["json name", "union"],
            check: Check::Undeclarable("union: `PostUnionWithJsonNameInput.value` is a union"),
        },
        Case {
            id: "PostUnionWithJsonNameRequest2",
            features: &["json name", "union"],
            check: Check::Undeclarable("union: `PostUnionWithJsonNameInput.value` is a union"),
        },
        Case {
            id: "PostUnionWithJsonNameRequest3",
            features: &["json name", "union"],
            check: Check::Undeclarable("union: `PostUnionWithJsonNameInput.value` is a union"),
        },
    ];
}

/// Test cases for PutWithContentEncoding operation
pub mod s37 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "SDKAppliedContentEncoding_restJson1",
            features: &["header", "request compression"],
            check: Check::Undeclarable(
                "out of scope: request compression: the request body is compressed",
            ),
        },
        Case {
            id: "SDKAppendedGzipAfterProvidedEncoding_restJson1",
            features: &["header", "request compression"],
            check: Check::Undeclarable(
                "out of scope: request compression: the request body is compressed",
            ),
        },
    ];
}

/// Test cases for QueryIdempotencyTokenAutoFill operation
pub mod s38 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonQueryIdempotencyTokenAutoFill",
            features: &["idempotency token", "query"],
            check: Check::Undeclarable(
                "idempotency token: `QueryIdempotencyTokenAutoFillInput.token` is filled when absent",
            ),
        },
        Case {
            id: "RestJsonQueryIdempotencyTokenAutoFillIsSet",
            features: &["idempotency token", "query"],
            check: Check::Undeclarable(
                "idempotency token: `QueryIdempotencyTokenAutoFillInput.token` is filled when absent",
            ),
        },
    ];
}

/// Test cases for QueryParamsAsStringListMap operation
pub mod s39 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonQueryParamsStringListMap",
        features: &["list", "map", "query"],
        check: Check::Undeclarable(
            "query map: `QueryParamsAsStringListMapInput.foo` takes the remaining query parameters",
        ),
    }];
}

/// Test cases for QueryPrecedence operation
pub mod s40 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonQueryPrecedence",
        features: &["map", "query"],
        check: Check::Undeclarable(
            "query map: `QueryPrecedenceInput.baz` takes the remaining query parameters",
        ),
    }];
}

/// Test cases for RecursiveShapes operation
pub mod s41 {
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
pub mod s42 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(PUT, "/SimpleScalarProperties")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct SimpleScalarProperties {
        #[header("X-Foo")]
        pub foo: Option<String>,
        #[serde(rename = "stringValue")]
        pub string_value: Option<String>,
        #[serde(rename = "trueBooleanValue")]
        pub true_boolean_value: Option<bool>,
        #[serde(rename = "falseBooleanValue")]
        pub false_boolean_value: Option<bool>,
        #[serde(rename = "byteValue")]
        pub byte_value: Option<i32>,
        #[serde(rename = "shortValue")]
        pub short_value: Option<i32>,
        #[serde(rename = "integerValue")]
        pub integer_value: Option<i32>,
        #[serde(rename = "longValue")]
        pub long_value: Option<i64>,
        #[serde(rename = "floatValue")]
        pub float_value: Option<f32>,
        #[serde(rename = "DoubleDribble")]
        pub double_value: Option<f64>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonSimpleScalarProperties",
            features: &["float", "header", "json name"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    SimpleScalarProperties {
                        foo: Some(String::from("Foo")),
                        string_value: Some(String::from("string")),
                        true_boolean_value: Some(true),
                        false_boolean_value: Some(false),
                        byte_value: Some(1_i32),
                        short_value: Some(2_i32),
                        integer_value: Some(3_i32),
                        long_value: Some(4_i64),
                        float_value: Some(5.5_f32),
                        double_value: Some(6.5_f64),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonDoesntSerializeNullStructureValues",
            features: &["float", "header", "json name"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    SimpleScalarProperties {
                        foo: None,
                        string_value: None,
                        true_boolean_value: None,
                        false_boolean_value: None,
                        byte_value: None,
                        short_value: None,
                        integer_value: None,
                        long_value: None,
                        float_value: None,
                        double_value: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSupportsNaNFloatInputs",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable("NaN and infinities: `floatValue` is NaN"),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatInputs",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable("NaN and infinities: `floatValue` is Infinity"),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatInputs",
            features: &["float", "header", "json name"],
            check: Check::Undeclarable("NaN and infinities: `floatValue` is -Infinity"),
        },
    ];
}

/// Test cases for TestBodyStructure operation
pub mod s43 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestConfig {
        #[serde(rename = "timeout")]
        pub timeout: Option<i32>,
    }

    #[operation(POST, "/body")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestBodyStructure {
        #[header("x-amz-test-id")]
        pub test_id: Option<String>,
        #[serde(rename = "testConfig")]
        pub test_config: Option<TestConfig>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonTestBodyStructure",
            features: &["header"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestBodyStructure {
                        test_id: None,
                        test_config: Some(TestConfig {
                            timeout: Some(10_i32),
                        }),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonHttpWithEmptyBody",
            features: &["header"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestBodyStructure {
                        test_id: None,
                        test_config: None,
                    },
                )
            }),
        },
    ];
}

/// Test cases for TestGetNoInputNoPayload operation
pub mod s44 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(GET, "/no_input_no_payload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestGetNoInputNoPayload {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpGetWithNoInput",
        features: &["empty"],
        check: Check::Input(|case| crate::check::input(case, TestGetNoInputNoPayload {})),
    }];
}

/// Test cases for TestGetNoPayload operation
pub mod s45 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(GET, "/no_payload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestGetNoPayload {
        #[header("X-Amz-Test-Id")]
        pub test_id: Option<String>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpGetWithNoModeledBody",
            features: &["header"],
            check: Check::Input(|case| {
                crate::check::input(case, TestGetNoPayload { test_id: None })
            }),
        },
        Case {
            id: "RestJsonHttpGetWithHeaderMemberNoModeledBody",
            features: &["header"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestGetNoPayload {
                        test_id: Some(String::from("t-12345")),
                    },
                )
            }),
        },
    ];
}

/// Test cases for TestPayloadBlob operation
pub mod s46 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpWithEmptyBlobPayload",
            features: &["blob", "header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `TestPayloadBlobInputOutput` binds `data` to the payload",
            ),
        },
        Case {
            id: "RestJsonTestPayloadBlob",
            features: &["blob", "header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `TestPayloadBlobInputOutput` binds `data` to the payload",
            ),
        },
    ];
}

/// Test cases for TestPayloadStructure operation
pub mod s47 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpWithEmptyStructurePayload",
            features: &["header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `TestPayloadStructureInputOutput` binds `payloadConfig` to the payload",
            ),
        },
        Case {
            id: "RestJsonTestPayloadStructure",
            features: &["header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `TestPayloadStructureInputOutput` binds `payloadConfig` to the payload",
            ),
        },
        Case {
            id: "RestJsonHttpWithHeadersButNoPayload",
            features: &["header", "httpPayload"],
            check: Check::Undeclarable(
                "httpPayload: `TestPayloadStructureInputOutput` binds `payloadConfig` to the payload",
            ),
        },
    ];
}

/// Test cases for TestPostNoInputNoPayload operation
pub mod s48 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/no_input_no_payload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestPostNoInputNoPayload {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpPostWithNoInput",
        features: &["empty"],
        check: Check::Input(|case| crate::check::input(case, TestPostNoInputNoPayload {})),
    }];
}

/// Test cases for TestPostNoPayload operation
pub mod s49 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/no_payload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestPostNoPayload {
        #[header("X-Amz-Test-Id")]
        pub test_id: Option<String>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpPostWithNoModeledBody",
            features: &["header"],
            check: Check::Input(|case| {
                crate::check::input(case, TestPostNoPayload { test_id: None })
            }),
        },
        Case {
            id: "RestJsonHttpWithPostHeaderMemberNoModeledBody",
            features: &["header"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestPostNoPayload {
                        test_id: Some(String::from("t-12345")),
                    },
                )
            }),
        },
    ];
}

/// Test cases for TimestampFormatHeaders operation
pub mod s50 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonTimestampFormatHeaders",
        features: &["header", "timestamp"],
        check: Check::Undeclarable(
            "timestamp: `TimestampFormatHeadersIO.memberEpochSeconds` is a timestamp",
        ),
    }];
}

/// Test cases for UnitInputAndOutput operation
pub mod s51 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/UnitInputAndOutput")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct UnitInputAndOutput {}

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonUnitInputAndOutput",
        features: &["empty"],
        check: Check::Input(|case| crate::check::input(case, UnitInputAndOutput {})),
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
    s35::CASES,
    s36::CASES,
    s37::CASES,
    s38::CASES,
    s39::CASES,
    s40::CASES,
    s41::CASES,
    s42::CASES,
    s43::CASES,
    s44::CASES,
    s45::CASES,
    s46::CASES,
    s47::CASES,
    s48::CASES,
    s49::CASES,
    s50::CASES,
    s51::CASES,
];
