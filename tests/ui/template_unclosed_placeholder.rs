use opwire::operation;

#[operation(GET, "/backend/<appId/details")]
pub struct GetBackend {
    pub app_id: String,
}

fn main() {}
