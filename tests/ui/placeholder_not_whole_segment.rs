use opwire::operation;

#[operation(GET, "/backend/app-<appId>")]
pub struct GetBackend {
    pub app_id: String,
}

fn main() {}
