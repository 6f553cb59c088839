use opwire::operation;

#[operation(GET, "/apps/<appId>", cors(credentials = true))]
pub struct GetApp {
    pub app_id: String,
}

#[operation(GET, "/other/<appId>", cors(origin = "*", credentials = true))]
pub struct GetOther {
    pub app_id: String,
}

fn main() {}
