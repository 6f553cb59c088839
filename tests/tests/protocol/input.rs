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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonAllQueryStringTypes",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
            ),
        },
        Case {
            id: "RestJsonQueryStringMap",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
            ),
        },
        Case {
            id: "RestJsonQueryStringEscaping",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
            ),
        },
        Case {
            id: "RestJsonSupportsNaNFloatQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
            ),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
            ),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
            ),
        },
        Case {
            id: "RestJsonZeroAndFalseQueryValues",
            features: &["enum", "float", "list", "map", "query", "timestamp"],
            check: Check::Undeclarable(
                "query map: `AllQueryStringTypesInput.queryParamsMapOfStringList` takes the remaining query parameters",
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

    #[operation(PUT, "/DocumentType")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentType {
        #[serde(rename = "stringValue")]
        pub string_value: Option<String>,
        #[serde(rename = "documentValue")]
        pub document_value: Option<serde_json::Value>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentTypeInputWithObject",
            features: &["document"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentType {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"{"foo": "bar"}"#).unwrap(),
                        ),
                    },
                )
            }),
        },
        Case {
            id: "DocumentInputWithString",
            features: &["document"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentType {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#""hello""#).unwrap(),
                        ),
                    },
                )
            }),
        },
        Case {
            id: "DocumentInputWithNumber",
            features: &["document"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentType {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"10"#).unwrap(),
                        ),
                    },
                )
            }),
        },
        Case {
            id: "DocumentInputWithBoolean",
            features: &["document"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentType {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"true"#).unwrap(),
                        ),
                    },
                )
            }),
        },
        Case {
            id: "DocumentInputWithList",
            features: &["document"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentType {
                        string_value: Some(String::from("string")),
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(
                                r#"[true, "hi", [1, 2], {"foo": {"baz": [3, 4]}}]"#,
                            )
                            .unwrap(),
                        ),
                    },
                )
            }),
        },
    ];
}

/// Test cases for DocumentTypeAsMapValue operation
pub mod s04 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(PUT, "/DocumentTypeAsMapValue")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentTypeAsMapValue {
        #[serde(rename = "docValuedMap")]
        pub doc_valued_map: Option<BTreeMap<String, serde_json::Value>>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "DocumentTypeAsMapValueInput",
        features: &["document", "map"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                DocumentTypeAsMapValue {
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
                },
            )
        }),
    }];
}

/// Test cases for DocumentTypeAsPayload operation
pub mod s05 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(PUT, "/DocumentTypeAsPayload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentTypeAsPayload {
        #[payload]
        pub document_value: Option<serde_json::Value>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "DocumentTypeAsPayloadInput",
            features: &["document", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentTypeAsPayload {
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#"{"foo": "bar"}"#).unwrap(),
                        ),
                    },
                )
            }),
        },
        Case {
            id: "DocumentTypeAsPayloadInputString",
            features: &["document", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    DocumentTypeAsPayload {
                        document_value: Some(
                            serde_json::from_str::<serde_json::Value>(r#""hello""#).unwrap(),
                        ),
                    },
                )
            }),
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

    #[shape]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum StringEnum {
        #[serde(rename = "enumvalue")]
        Enumvalue,
    }

    #[operation(POST, "/EnumPayload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpEnumPayload {
        #[payload]
        pub payload: Option<StringEnum>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonEnumPayloadRequest",
        features: &["enum", "httpPayload"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                HttpEnumPayload {
                    payload: Some(StringEnum::Enumvalue),
                },
            )
        }),
    }];
}

/// Test cases for HttpPayloadTraits operation
pub mod s12 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/HttpPayloadTraits")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpPayloadTraits {
        #[header("X-Foo")]
        pub foo: Option<String>,
        #[payload]
        pub blob: Option<opwire::Blob>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpPayloadTraitsWithBlob",
            features: &["blob", "header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    HttpPayloadTraits {
                        foo: Some(String::from("Foo")),
                        blob: Some(opwire::Blob::from("blobby blob blob")),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonHttpPayloadTraitsWithNoBlobBody",
            features: &["blob", "header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    HttpPayloadTraits {
                        foo: Some(String::from("Foo")),
                        blob: None,
                    },
                )
            }),
        },
    ];
}

/// Test cases for HttpPayloadWithStructure operation
pub mod s13 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NestedPayload {
        #[serde(rename = "greeting")]
        pub greeting: Option<String>,
        #[serde(rename = "name")]
        pub name: Option<String>,
    }

    #[operation(PUT, "/HttpPayloadWithStructure")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpPayloadWithStructure {
        #[payload]
        pub nested: Option<NestedPayload>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpPayloadWithStructure",
        features: &["httpPayload"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                HttpPayloadWithStructure {
                    nested: Some(NestedPayload {
                        greeting: Some(String::from("hello")),
                        name: Some(String::from("Phreddy")),
                    }),
                },
            )
        }),
    }];
}

/// Test cases for HttpPayloadWithUnion operation
pub mod s14 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub enum UnionPayload {
        #[serde(rename = "greeting")]
        Greeting(String),
    }

    #[operation(PUT, "/HttpPayloadWithUnion")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpPayloadWithUnion {
        #[payload]
        pub nested: Option<UnionPayload>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpPayloadWithUnion",
            features: &["httpPayload", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    HttpPayloadWithUnion {
                        nested: Some(UnionPayload::Greeting(String::from("hello"))),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonHttpPayloadWithUnsetUnion",
            features: &["httpPayload", "union"],
            check: Check::Input(|case| {
                crate::check::input(case, HttpPayloadWithUnion { nested: None })
            }),
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

    #[operation(
        GET,
        "/HttpRequestWithLabels/<string>/<short>/<integer>/<long>/<float>/<double>/<boolean>/<timestamp>"
    )]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpRequestWithLabels {
        #[path("string")]
        pub string: String,
        #[path("short")]
        pub short: i32,
        #[path("integer")]
        pub integer: i32,
        #[path("long")]
        pub long: i64,
        #[path("float")]
        pub float: f32,
        #[path("double")]
        pub double: f64,
        #[path("boolean")]
        pub boolean: bool,
        #[path("timestamp")]
        pub timestamp: opwire::Timestamp,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonInputWithHeadersAndAllParams",
            features: &["float", "label", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    HttpRequestWithLabels {
                        string: String::from("string"),
                        short: 1_i32,
                        integer: 2_i32,
                        long: 3_i64,
                        float: 4.1_f32,
                        double: 5.1_f64,
                        boolean: true,
                        timestamp: opwire::Timestamp::from_millis(1576540098000),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonHttpRequestLabelEscaping",
            features: &["float", "label", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    HttpRequestWithLabels {
                        string: String::from(" %:/?#[]@!$&'()*+,;=😹"),
                        short: 1_i32,
                        integer: 2_i32,
                        long: 3_i64,
                        float: 4.1_f32,
                        double: 5.1_f64,
                        boolean: true,
                        timestamp: opwire::Timestamp::from_millis(1576540098000),
                    },
                )
            }),
        },
    ];
}

/// Test cases for HttpRequestWithLabelsAndTimestampFormat operation
pub mod s19 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(
        GET,
        "/HttpRequestWithLabelsAndTimestampFormat/<memberEpochSeconds>/<memberHttpDate>/<memberDateTime>/<defaultFormat>/<targetEpochSeconds>/<targetHttpDate>/<targetDateTime>"
    )]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpRequestWithLabelsAndTimestampFormat {
        #[path("memberEpochSeconds")]
        pub member_epoch_seconds: opwire::timestamp::EpochSeconds,
        #[path("memberHttpDate")]
        pub member_http_date: opwire::timestamp::HttpDate,
        #[path("memberDateTime")]
        pub member_date_time: opwire::timestamp::DateTime,
        #[path("defaultFormat")]
        pub default_format: opwire::Timestamp,
        #[path("targetEpochSeconds")]
        pub target_epoch_seconds: opwire::timestamp::EpochSeconds,
        #[path("targetHttpDate")]
        pub target_http_date: opwire::timestamp::HttpDate,
        #[path("targetDateTime")]
        pub target_date_time: opwire::timestamp::DateTime,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonHttpRequestWithLabelsAndTimestampFormat",
        features: &["label", "timestamp"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                HttpRequestWithLabelsAndTimestampFormat {
                    member_epoch_seconds: opwire::timestamp::EpochSeconds(
                        opwire::Timestamp::from_millis(1576540098000),
                    ),
                    member_http_date: opwire::timestamp::HttpDate(opwire::Timestamp::from_millis(
                        1576540098000,
                    )),
                    member_date_time: opwire::timestamp::DateTime(opwire::Timestamp::from_millis(
                        1576540098000,
                    )),
                    default_format: opwire::Timestamp::from_millis(1576540098000),
                    target_epoch_seconds: opwire::timestamp::EpochSeconds(
                        opwire::Timestamp::from_millis(1576540098000),
                    ),
                    target_http_date: opwire::timestamp::HttpDate(opwire::Timestamp::from_millis(
                        1576540098000,
                    )),
                    target_date_time: opwire::timestamp::DateTime(opwire::Timestamp::from_millis(
                        1576540098000,
                    )),
                },
            )
        }),
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

    #[operation(POST, "/StringPayload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct HttpStringPayload {
        #[payload]
        pub payload: Option<String>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonStringPayloadRequest",
        features: &["httpPayload"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                HttpStringPayload {
                    payload: Some(String::from("rawstring")),
                },
            )
        }),
    }];
}

/// Test cases for InputAndOutputWithHeaders operation
pub mod s22 {
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

    #[operation(POST, "/InputAndOutputWithHeaders")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct InputAndOutputWithHeaders {
        #[header("X-String")]
        pub header_string: Option<String>,
        #[header("X-Byte")]
        pub header_byte: Option<i32>,
        #[header("X-Short")]
        pub header_short: Option<i32>,
        #[header("X-Integer")]
        pub header_integer: Option<i32>,
        #[header("X-Long")]
        pub header_long: Option<i64>,
        #[header("X-Float")]
        pub header_float: Option<f32>,
        #[header("X-Double")]
        pub header_double: Option<f64>,
        #[header("X-Boolean1")]
        pub header_true_bool: Option<bool>,
        #[header("X-Boolean2")]
        pub header_false_bool: Option<bool>,
        #[header("X-StringList")]
        pub header_string_list: Option<Vec<String>>,
        #[header("X-StringSet")]
        pub header_string_set: Option<Vec<String>>,
        #[header("X-IntegerList")]
        pub header_integer_list: Option<Vec<i32>>,
        #[header("X-BooleanList")]
        pub header_boolean_list: Option<Vec<bool>>,
        #[header("X-TimestampList")]
        pub header_timestamp_list: Option<Vec<opwire::Timestamp>>,
        #[header("X-Enum")]
        pub header_enum: Option<FooEnum>,
        #[header("X-EnumList")]
        pub header_enum_list: Option<Vec<FooEnum>>,
        #[header("X-IntegerEnum")]
        pub header_integer_enum: Option<i32>,
        #[header("X-IntegerEnumList")]
        pub header_integer_enum_list: Option<Vec<i32>>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonInputAndOutputWithStringHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: Some(String::from("Hello")),
                        header_byte: None,
                        header_short: None,
                        header_integer: None,
                        header_long: None,
                        header_float: None,
                        header_double: None,
                        header_true_bool: None,
                        header_false_bool: None,
                        header_string_list: Some(vec![
                            String::from("a"),
                            String::from("b"),
                            String::from("c"),
                        ]),
                        header_string_set: Some(vec![
                            String::from("a"),
                            String::from("b"),
                            String::from("c"),
                        ]),
                        header_integer_list: None,
                        header_boolean_list: None,
                        header_timestamp_list: None,
                        header_enum: None,
                        header_enum_list: None,
                        header_integer_enum: None,
                        header_integer_enum_list: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonInputAndOutputWithQuotedStringHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: None,
                        header_byte: None,
                        header_short: None,
                        header_integer: None,
                        header_long: None,
                        header_float: None,
                        header_double: None,
                        header_true_bool: None,
                        header_false_bool: None,
                        header_string_list: Some(vec![
                            String::from("b,c"),
                            String::from("\"def\""),
                            String::from("a"),
                        ]),
                        header_string_set: None,
                        header_integer_list: None,
                        header_boolean_list: None,
                        header_timestamp_list: None,
                        header_enum: None,
                        header_enum_list: None,
                        header_integer_enum: None,
                        header_integer_enum_list: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonInputAndOutputWithNumericHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: None,
                        header_byte: Some(1_i32),
                        header_short: Some(123_i32),
                        header_integer: Some(123_i32),
                        header_long: Some(123_i64),
                        header_float: Some(1.1_f32),
                        header_double: Some(1.1_f64),
                        header_true_bool: None,
                        header_false_bool: None,
                        header_string_list: None,
                        header_string_set: None,
                        header_integer_list: Some(vec![1_i32, 2_i32, 3_i32]),
                        header_boolean_list: None,
                        header_timestamp_list: None,
                        header_enum: None,
                        header_enum_list: None,
                        header_integer_enum: None,
                        header_integer_enum_list: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonInputAndOutputWithBooleanHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: None,
                        header_byte: None,
                        header_short: None,
                        header_integer: None,
                        header_long: None,
                        header_float: None,
                        header_double: None,
                        header_true_bool: Some(true),
                        header_false_bool: Some(false),
                        header_string_list: None,
                        header_string_set: None,
                        header_integer_list: None,
                        header_boolean_list: Some(vec![true, false, true]),
                        header_timestamp_list: None,
                        header_enum: None,
                        header_enum_list: None,
                        header_integer_enum: None,
                        header_integer_enum_list: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonInputAndOutputWithTimestampHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: None,
                        header_byte: None,
                        header_short: None,
                        header_integer: None,
                        header_long: None,
                        header_float: None,
                        header_double: None,
                        header_true_bool: None,
                        header_false_bool: None,
                        header_string_list: None,
                        header_string_set: None,
                        header_integer_list: None,
                        header_boolean_list: None,
                        header_timestamp_list: Some(vec![
                            opwire::Timestamp::from_millis(1576540098000),
                            opwire::Timestamp::from_millis(1576540098000),
                        ]),
                        header_enum: None,
                        header_enum_list: None,
                        header_integer_enum: None,
                        header_integer_enum_list: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonInputAndOutputWithEnumHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: None,
                        header_byte: None,
                        header_short: None,
                        header_integer: None,
                        header_long: None,
                        header_float: None,
                        header_double: None,
                        header_true_bool: None,
                        header_false_bool: None,
                        header_string_list: None,
                        header_string_set: None,
                        header_integer_list: None,
                        header_boolean_list: None,
                        header_timestamp_list: None,
                        header_enum: Some(FooEnum::Foo),
                        header_enum_list: Some(vec![FooEnum::Foo, FooEnum::Bar, FooEnum::Baz]),
                        header_integer_enum: None,
                        header_integer_enum_list: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonInputAndOutputWithIntEnumHeaders",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    InputAndOutputWithHeaders {
                        header_string: None,
                        header_byte: None,
                        header_short: None,
                        header_integer: None,
                        header_long: None,
                        header_float: None,
                        header_double: None,
                        header_true_bool: None,
                        header_false_bool: None,
                        header_string_list: None,
                        header_string_set: None,
                        header_integer_list: None,
                        header_boolean_list: None,
                        header_timestamp_list: None,
                        header_enum: None,
                        header_enum_list: None,
                        header_integer_enum: Some(1_i32),
                        header_integer_enum_list: Some(vec![1_i32, 2_i32, 3_i32]),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSupportsNaNFloatHeaderInputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable("NaN and infinities: `headerFloat` is NaN"),
        },
        Case {
            id: "RestJsonSupportsInfinityFloatHeaderInputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable("NaN and infinities: `headerFloat` is Infinity"),
        },
        Case {
            id: "RestJsonSupportsNegativeInfinityFloatHeaderInputs",
            features: &["enum", "float", "header", "list", "timestamp"],
            check: Check::Undeclarable("NaN and infinities: `headerFloat` is -Infinity"),
        },
    ];
}

/// Test cases for JsonBlobs operation
pub mod s23 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[operation(POST, "/JsonBlobs")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonBlobs {
        #[serde(rename = "data")]
        pub data: Option<opwire::Blob>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonJsonBlobs",
        features: &["blob"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                JsonBlobs {
                    data: Some(opwire::Blob::from("value")),
                },
            )
        }),
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

    #[operation(PUT, "/JsonLists")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonLists {
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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonLists",
            features: &["enum", "json name", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonLists {
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
                    },
                )
            }),
        },
        Case {
            id: "RestJsonListsEmpty",
            features: &["enum", "json name", "list", "timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonLists {
                        string_list: Some(vec![]),
                        string_set: None,
                        integer_list: None,
                        boolean_list: None,
                        timestamp_list: None,
                        enum_list: None,
                        int_enum_list: None,
                        nested_string_list: None,
                        structure_list: None,
                    },
                )
            }),
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

    #[operation(POST, "/JsonTimestamps")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonTimestamps {
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

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonJsonTimestamps",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: Some(opwire::Timestamp::from_millis(1398796238000)),
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithDateTimeFormat",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: None,
                        date_time: Some(opwire::timestamp::DateTime(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithDateTimeOnTargetFormat",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: None,
                        date_time: None,
                        date_time_on_target: Some(opwire::timestamp::DateTime(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithEpochSecondsFormat",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: Some(opwire::timestamp::EpochSeconds(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithEpochSecondsOnTargetFormat",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: Some(opwire::timestamp::EpochSeconds(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        http_date: None,
                        http_date_on_target: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithHttpDateFormat",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: Some(opwire::timestamp::HttpDate(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                        http_date_on_target: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonJsonTimestampsWithHttpDateOnTargetFormat",
            features: &["timestamp"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonTimestamps {
                        normal: None,
                        date_time: None,
                        date_time_on_target: None,
                        epoch_seconds: None,
                        epoch_seconds_on_target: None,
                        http_date: None,
                        http_date_on_target: Some(opwire::timestamp::HttpDate(
                            opwire::Timestamp::from_millis(1398796238000),
                        )),
                    },
                )
            }),
        },
    ];
}

/// Test cases for JsonUnions operation
pub mod s29 {
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

    #[operation(PUT, "/JsonUnions")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct JsonUnions {
        #[serde(rename = "contents")]
        pub contents: Option<MyUnion>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonSerializeStringUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::StringValue(String::from("foo"))),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeBooleanUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::BooleanValue(true)),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeNumberUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::NumberValue(1_i32)),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeBlobUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::BlobValue(opwire::Blob::from("foo"))),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeTimestampUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::TimestampValue(opwire::Timestamp::from_millis(
                            1398796238000,
                        ))),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeEnumUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::EnumValue(FooEnum::Foo)),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeListUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::ListValue(vec![
                            String::from("foo"),
                            String::from("bar"),
                        ])),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeMapUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::MapValue(BTreeMap::from([
                            (String::from("foo"), String::from("bar")),
                            (String::from("spam"), String::from("eggs")),
                        ]))),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeStructureUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::StructureValue(GreetingStruct {
                            hi: Some(String::from("hello")),
                        })),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonSerializeRenamedStructureUnionValue",
            features: &["blob", "enum", "list", "map", "timestamp", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    JsonUnions {
                        contents: Some(MyUnion::RenamedStructureValue(RenamedGreeting {
                            salutation: Some(String::from("hello!")),
                        })),
                    },
                )
            }),
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

    #[operation(GET, "/NullAndEmptyHeadersClient")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct NullAndEmptyHeadersClient {
        #[header("X-A")]
        pub a: Option<String>,
        #[header("X-B")]
        pub b: Option<String>,
        #[header("X-C")]
        pub c: Option<Vec<String>>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonNullAndEmptyHeaders",
        features: &["header", "list"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                NullAndEmptyHeadersClient {
                    a: None,
                    b: Some(String::from("")),
                    c: Some(vec![]),
                },
            )
        }),
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

    #[operation(POST, "/OmitsSerializingEmptyLists")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct OmitsSerializingEmptyLists {
        #[query("StringList")]
        pub query_string_list: Vec<String>,
        #[query("IntegerList")]
        pub query_integer_list: Vec<i32>,
        #[query("DoubleList")]
        pub query_double_list: Vec<f64>,
        #[query("BooleanList")]
        pub query_boolean_list: Vec<bool>,
        #[query("TimestampList")]
        pub query_timestamp_list: Vec<opwire::Timestamp>,
        #[query("EnumList")]
        pub query_enum_list: Vec<FooEnum>,
        #[query("IntegerEnumList")]
        pub query_integer_enum_list: Vec<i32>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonOmitsEmptyListQueryValues",
        features: &["enum", "float", "list", "query", "timestamp"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                OmitsSerializingEmptyLists {
                    query_string_list: vec![],
                    query_integer_list: vec![],
                    query_double_list: vec![],
                    query_boolean_list: vec![],
                    query_timestamp_list: vec![],
                    query_enum_list: vec![],
                    query_integer_enum_list: vec![],
                },
            )
        }),
    }];
}

/// Test cases for PostUnionWithJsonName operation
pub mod s36 {
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

    #[operation(POST, "/PostUnionWithJsonName")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostUnionWithJsonName {
        #[serde(rename = "value")]
        pub value: Option<UnionWithJsonName>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "PostUnionWithJsonNameRequest1",
            features: &["json name", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    PostUnionWithJsonName {
                        value: Some(UnionWithJsonName::Foo(String::from("hi"))),
                    },
                )
            }),
        },
        Case {
            id: "PostUnionWithJsonNameRequest2",
            features: &["json name", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    PostUnionWithJsonName {
                        value: Some(UnionWithJsonName::Baz(String::from("hi"))),
                    },
                )
            }),
        },
        Case {
            id: "PostUnionWithJsonNameRequest3",
            features: &["json name", "union"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    PostUnionWithJsonName {
                        value: Some(UnionWithJsonName::Bar(String::from("hi"))),
                    },
                )
            }),
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

    #[operation(PUT, "/RecursiveShapes")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct RecursiveShapes {
        #[serde(rename = "nested")]
        pub nested: Option<RecursiveShapesInputOutputNested1>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonRecursiveShapes",
        features: &["recursive shape"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                RecursiveShapes {
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
                },
            )
        }),
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

    #[operation(POST, "/blob_payload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestPayloadBlob {
        #[header("Content-Type")]
        pub content_type: Option<String>,
        #[payload]
        pub data: Option<opwire::Blob>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpWithEmptyBlobPayload",
            features: &["blob", "header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestPayloadBlob {
                        content_type: None,
                        data: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonTestPayloadBlob",
            features: &["blob", "header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestPayloadBlob {
                        content_type: Some(String::from("image/jpg")),
                        data: Some(opwire::Blob::from("1234")),
                    },
                )
            }),
        },
    ];
}

/// Test cases for TestPayloadStructure operation
pub mod s47 {
    use std::collections::BTreeMap;

    use opwire::{operation, shape};

    use super::{Case, Check};

    #[shape]
    #[derive(Debug, Clone, PartialEq)]
    pub struct PayloadConfig {
        #[serde(rename = "data")]
        pub data: Option<i32>,
    }

    #[operation(POST, "/payload")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TestPayloadStructure {
        #[header("x-amz-test-id")]
        pub test_id: Option<String>,
        #[payload]
        pub payload_config: Option<PayloadConfig>,
    }

    pub const CASES: &[Case] = &[
        Case {
            id: "RestJsonHttpWithEmptyStructurePayload",
            features: &["header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestPayloadStructure {
                        test_id: None,
                        payload_config: None,
                    },
                )
            }),
        },
        Case {
            id: "RestJsonTestPayloadStructure",
            features: &["header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestPayloadStructure {
                        test_id: None,
                        payload_config: Some(PayloadConfig { data: Some(25_i32) }),
                    },
                )
            }),
        },
        Case {
            id: "RestJsonHttpWithHeadersButNoPayload",
            features: &["header", "httpPayload"],
            check: Check::Input(|case| {
                crate::check::input(
                    case,
                    TestPayloadStructure {
                        test_id: Some(String::from("t-12345")),
                        payload_config: None,
                    },
                )
            }),
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

    #[operation(POST, "/TimestampFormatHeaders")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct TimestampFormatHeaders {
        #[header("X-memberEpochSeconds")]
        pub member_epoch_seconds: Option<opwire::timestamp::EpochSeconds>,
        #[header("X-memberHttpDate")]
        pub member_http_date: Option<opwire::timestamp::HttpDate>,
        #[header("X-memberDateTime")]
        pub member_date_time: Option<opwire::timestamp::DateTime>,
        #[header("X-defaultFormat")]
        pub default_format: Option<opwire::Timestamp>,
        #[header("X-targetEpochSeconds")]
        pub target_epoch_seconds: Option<opwire::timestamp::EpochSeconds>,
        #[header("X-targetHttpDate")]
        pub target_http_date: Option<opwire::timestamp::HttpDate>,
        #[header("X-targetDateTime")]
        pub target_date_time: Option<opwire::timestamp::DateTime>,
    }

    pub const CASES: &[Case] = &[Case {
        id: "RestJsonTimestampFormatHeaders",
        features: &["header", "timestamp"],
        check: Check::Input(|case| {
            crate::check::input(
                case,
                TimestampFormatHeaders {
                    member_epoch_seconds: Some(opwire::timestamp::EpochSeconds(
                        opwire::Timestamp::from_millis(1576540098000),
                    )),
                    member_http_date: Some(opwire::timestamp::HttpDate(
                        opwire::Timestamp::from_millis(1576540098000),
                    )),
                    member_date_time: Some(opwire::timestamp::DateTime(
                        opwire::Timestamp::from_millis(1576540098000),
                    )),
                    default_format: Some(opwire::Timestamp::from_millis(1576540098000)),
                    target_epoch_seconds: Some(opwire::timestamp::EpochSeconds(
                        opwire::Timestamp::from_millis(1576540098000),
                    )),
                    target_http_date: Some(opwire::timestamp::HttpDate(
                        opwire::Timestamp::from_millis(1576540098000),
                    )),
                    target_date_time: Some(opwire::timestamp::DateTime(
                        opwire::Timestamp::from_millis(1576540098000),
                    )),
                },
            )
        }),
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
