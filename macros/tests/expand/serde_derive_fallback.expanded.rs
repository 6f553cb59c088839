::opwire::__private::needs_derive!();
#[derive(::opwire::__private::serde::Serialize, ::opwire::__private::serde::Deserialize)]
#[serde(crate = "::opwire::__private::serde")]
/// A job with its times in a format of its own.
pub struct Timed {
    #[serde(rename = "jobId")]
    pub job_id: String,
    #[serde(with = "epoch_seconds")]
    #[serde(rename = "created")]
    pub created: u64,
}
#[automatically_derived]
impl ::opwire::__private::Shape for Timed {
    const NAME: &'static str = "Timed";
    const DOC: &'static str = "A job with its times in a format of its own.";
    const MEMBERS: &'static [::opwire::__private::FieldInfo] = &[
        ::opwire::__private::FieldInfo {
            field: "job_id",
            wire: "jobId",
            location: ::opwire::__private::Location::Body,
            required: true,
            doc: "",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<String>::SCHEMA
            },
        },
        ::opwire::__private::FieldInfo {
            field: "created",
            wire: "created",
            location: ::opwire::__private::Location::Body,
            required: true,
            doc: "",
            schema: {
                #[allow(unused_imports)]
                use ::opwire::__private::ProbeFallback as _;
                &::opwire::__private::Probe::<u64>::SCHEMA
            },
        },
    ];
    const VALUES: &'static [&'static str] = &[];
}
#[automatically_derived]
impl ::opwire::__private::Describe for Timed {
    const SCHEMA: ::opwire::__private::Schema = ::opwire::__private::Schema::Shape(
        ::opwire::__private::ShapeInfo::of::<Self>,
    );
}
