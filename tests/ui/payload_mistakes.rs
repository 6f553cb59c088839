// Mistakes with `#[payload]`, one per declaration.
use opwire::{Blob, operation};

#[operation(PUT, "/a")]
pub struct TwoPayloads {
    #[payload]
    pub data: Option<Blob>,
    #[payload]
    pub more: Option<Blob>,
}

#[operation(PUT, "/b")]
pub struct PayloadAndMember {
    #[payload]
    pub data: Option<Blob>,
    pub note: Option<String>,
}

#[operation(GET, "/c")]
pub struct PayloadOnGet {
    #[payload]
    pub data: Option<Blob>,
}

#[operation(PUT, "/d")]
pub struct PayloadWithArguments {
    #[payload("data")]
    pub data: Option<Blob>,
}

#[operation(PUT, "/e")]
pub struct PayloadNotAPayload {
    #[payload]
    pub data: Option<u32>,
}

fn main() {}
