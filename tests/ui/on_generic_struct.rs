use opwire::operation;

#[operation(POST, "/backend/<appId>")]
pub struct CreateBackend<T> {
    pub app_id: String,
    pub settings: T,
}

fn main() {}
