use opwire::operation;

#[operation(GET, "/backend/<appId>/copy/<appId>")]
pub struct CopyBackend {
    pub app_id: String,
}

fn main() {}
