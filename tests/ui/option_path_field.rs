use opwire::operation;

#[operation(POST, "/backend/<appId>/details")]
pub struct GetBackend {
    pub app_id: Option<String>,
}

fn main() {}
