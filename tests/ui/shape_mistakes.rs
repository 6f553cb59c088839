// `#[shape]` misuse, one mistake per item.
use opwire::shape;

#[shape]
pub union Raw {
    pub a: u32,
}

#[shape(rename = "camelCase")]
pub struct UnknownKey {
    pub a: u32,
}

#[shape(rename_all = "kebab")]
pub struct UnknownRule {
    pub a: u32,
}

#[shape(rename_all = "camelCase", extra)]
pub struct ExtraTokens {
    pub a: u32,
}

#[shape]
pub struct Tuple(pub u32);

#[shape]
pub struct PlacedMember {
    #[query("a")]
    pub a: u32,
}

#[shape]
pub struct SameWireName {
    pub app_id: String,
    #[serde(rename = "appId")]
    pub id: String,
}

fn main() {}
