use opwire::operation;

#[derive(Debug)]
pub struct AppId(pub String);

#[operation(POST, "/backend/<appId>")]
pub struct DeleteBackend {
    pub app_id: AppId,
}

fn main() {}
