use opwire::operation;

pub struct Settings {
    pub verbose: bool,
}

#[operation(POST, "/backend")]
pub struct CreateBackend {
    pub app_name: String,
    pub settings: Settings,
}

fn main() {}
