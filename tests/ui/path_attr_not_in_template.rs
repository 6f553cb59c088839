use opwire::operation;

#[operation(GET, "/backend/<appId>")]
pub struct GetBackend {
    pub app_id: String,
    #[path("envName")]
    pub env: String,
}

fn main() {}
