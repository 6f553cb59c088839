use opwire::operation;

#[operation(GET, "/backend/<appId>/details")]
pub struct GetBackend {
    pub app_idd: String,
}

fn main() {}
