use opwire::operation;

#[operation(POST, "/backend")]
pub struct CreateBackend {
    #[serde(rename(serialize = "appName", deserialize = "name"))]
    pub app_name: String,
    #[serde(rename(serialize = "appId"))]
    pub app_id: String,
}

fn main() {}
