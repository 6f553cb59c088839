// Mistakes in where fields go, one per declaration.
use opwire::operation;

#[operation(GET, "/a")]
pub struct PlacedTwice {
    #[query("q")]
    #[header("x-q")]
    pub q: Option<String>,
}

#[operation(GET, "/b")]
pub struct BadHeaderName {
    #[header("bad name")]
    pub token: Option<String>,
}

#[operation(GET, "/c")]
pub struct OptionalQueryList {
    #[query("tag")]
    pub tags: Option<Vec<String>>,
}

#[operation(GET, "/d/<appId>")]
pub struct SerdeOnALabel {
    #[serde(rename = "id")]
    pub app_id: String,
}

#[operation(GET, "/e/<appId>/<app_id>")]
pub struct TwoLabelsOneField {
    pub app_id: String,
}

fn main() {}
