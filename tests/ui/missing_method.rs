use opwire::operation;

#[operation("/backend/<appId>")]
pub struct GetBackend {
    pub app_id: String,
}

fn main() {}
