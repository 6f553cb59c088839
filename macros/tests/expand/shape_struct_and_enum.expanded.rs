#[automatically_derived]
impl ::opwire::__private::serde::Serialize for Storage {
    fn serialize<__S>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error>
    where
        __S: ::opwire::__private::serde::Serializer,
    {
        use ::opwire::__private::serde::ser::SerializeStruct as _;
        let __skip: [bool; 3usize] = [
            ::core::option::Option::is_none(&self.bucket_name),
            false,
            false,
        ];
        let __len = ::opwire::__private::present(&__skip);
        let mut __state = __serializer.serialize_struct("Storage", __len)?;
        if __skip[0usize] {
            __state.skip_field("bucketName")?;
        } else {
            __state.serialize_field("bucketName", &self.bucket_name)?;
        }
        if __skip[1usize] {
            __state.skip_field("serviceName")?;
        } else {
            __state.serialize_field("serviceName", &self.service)?;
        }
        if __skip[2usize] {
            __state.skip_field("imported")?;
        } else {
            __state.serialize_field("imported", &self.imported)?;
        }
        __state.end()
    }
}
#[automatically_derived]
impl<'de> ::opwire::__private::serde::Deserialize<'de> for Storage {
    fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
    where
        __D: ::opwire::__private::serde::Deserializer<'de>,
    {
        struct __Slots {
            bucket_name: ::core::option::Option<Option<String>>,
            service: ::core::option::Option<ServiceName>,
            imported: ::core::option::Option<bool>,
        }
        #[automatically_derived]
        impl<'de> ::opwire::__private::Slots<'de> for __Slots {
            type Value = Storage;
            fn empty() -> Self {
                __Slots {
                    bucket_name: ::core::option::Option::None,
                    service: ::core::option::Option::None,
                    imported: ::core::option::Option::None,
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
                        ::opwire::__private::vacant(&self.bucket_name, "bucketName")?;
                        let __value = ::opwire::__private::serde::de::MapAccess::next_value::<
                            Option<String>,
                        >(__map)?;
                        self.bucket_name = ::core::option::Option::Some(__value);
                        ::core::result::Result::Ok(())
                    }
                    1usize => {
                        ::opwire::__private::vacant(&self.service, "serviceName")?;
                        let __value = ::opwire::__private::serde::de::MapAccess::next_value::<
                            ServiceName,
                        >(__map)?;
                        self.service = ::core::option::Option::Some(__value);
                        ::core::result::Result::Ok(())
                    }
                    2usize => {
                        ::opwire::__private::vacant(&self.imported, "imported")?;
                        let __value = ::opwire::__private::serde::de::MapAccess::next_value::<
                            bool,
                        >(__map)?;
                        self.imported = ::core::option::Option::Some(__value);
                        ::core::result::Result::Ok(())
                    }
                    _ => ::opwire::__private::skip(__map),
                }
            }
            fn finish<__E>(self) -> ::core::result::Result<Storage, __E>
            where
                __E: ::opwire::__private::serde::de::Error,
            {
                let __slots = self;
                ::core::result::Result::Ok(Storage {
                    bucket_name: __slots.bucket_name.unwrap_or_default(),
                    service: ::opwire::__private::required::<
                        _,
                        __E,
                    >(__slots.service, "serviceName")?,
                    imported: __slots.imported.unwrap_or_default(),
                })
            }
        }
        ::opwire::__private::deserialize_struct::<
            _,
            __Slots,
        >(__deserializer, "Storage", &["bucketName", "serviceName", "imported"])
    }
}
/// A storage resource.
pub struct Storage {
    /// The bucket.
    pub bucket_name: Option<String>,
    pub service: ServiceName,
    pub imported: bool,
}
#[automatically_derived]
impl ::opwire::__private::Shape for Storage {
    const NAME: &'static str = "Storage";
    const DOC: &'static str = "A storage resource.";
    const MEMBERS: &'static [::opwire::__private::FieldInfo] = &[
        ::opwire::__private::FieldInfo {
            field: "bucket_name",
            wire: "bucketName",
            location: ::opwire::__private::Location::Body,
            required: false,
            doc: "The bucket.",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<Option<String>>::SCHEMA
            },
        },
        ::opwire::__private::FieldInfo {
            field: "service",
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
        ::opwire::__private::FieldInfo {
            field: "imported",
            wire: "imported",
            location: ::opwire::__private::Location::Body,
            required: false,
            doc: "",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<bool>::SCHEMA
            },
        },
    ];
    const VALUES: &'static [&'static str] = &[];
}
#[automatically_derived]
impl ::opwire::__private::Describe for Storage {
    const SCHEMA: ::opwire::__private::Schema = ::opwire::__private::Schema::Shape(
        ::opwire::__private::ShapeInfo::of::<Self>,
    );
}
#[automatically_derived]
impl ::opwire::__private::serde::Serialize for ServiceName {
    fn serialize<__S>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error>
    where
        __S: ::opwire::__private::serde::Serializer,
    {
        let (__index, __value) = match self {
            ServiceName::S3 => (0u32, "S3"),
            ServiceName::ElasticFileSystem => (1u32, "ELASTIC_FILE_SYSTEM"),
        };
        __serializer.serialize_unit_variant("ServiceName", __index, __value)
    }
}
#[automatically_derived]
impl<'de> ::opwire::__private::serde::Deserialize<'de> for ServiceName {
    fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
    where
        __D: ::opwire::__private::serde::Deserializer<'de>,
    {
        match ::opwire::__private::deserialize_enum(
            __deserializer,
            "ServiceName",
            &["S3", "ELASTIC_FILE_SYSTEM"],
        )? {
            0usize => ::core::result::Result::Ok(ServiceName::S3),
            1usize => ::core::result::Result::Ok(ServiceName::ElasticFileSystem),
            __index => {
                ::core::result::Result::Err(::opwire::__private::bad_index(__index))
            }
        }
    }
}
/// The name of the storage service.
pub enum ServiceName {
    S3,
    ElasticFileSystem,
}
#[automatically_derived]
impl ::opwire::__private::Shape for ServiceName {
    const NAME: &'static str = "ServiceName";
    const DOC: &'static str = "The name of the storage service.";
    const MEMBERS: &'static [::opwire::__private::FieldInfo] = &[];
    const VALUES: &'static [&'static str] = &["S3", "ELASTIC_FILE_SYSTEM"];
}
#[automatically_derived]
impl ::opwire::__private::Describe for ServiceName {
    const SCHEMA: ::opwire::__private::Schema = ::opwire::__private::Schema::Shape(
        ::opwire::__private::ShapeInfo::of::<Self>,
    );
}
#[automatically_derived]
impl ::core::fmt::Display for ServiceName {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(
            match self {
                ServiceName::S3 => "S3",
                ServiceName::ElasticFileSystem => "ELASTIC_FILE_SYSTEM",
            },
        )
    }
}
#[automatically_derived]
impl ::core::str::FromStr for ServiceName {
    type Err = ::opwire::__private::UnknownValue;
    fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
        match value {
            "S3" => ::core::result::Result::Ok(ServiceName::S3),
            "ELASTIC_FILE_SYSTEM" => {
                ::core::result::Result::Ok(ServiceName::ElasticFileSystem)
            }
            _ => {
                ::core::result::Result::Err(
                    ::opwire::__private::UnknownValue::new(
                        value,
                        <Self as ::opwire::__private::Shape>::VALUES,
                    ),
                )
            }
        }
    }
}
