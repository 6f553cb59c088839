use opwire::operation;

#[operation(POST, "/backend")]
pub struct CreateBackend {
    pub app_name: String,
    #[serde(rename = "appName")]
    pub name: String,
}

fn main() {}
