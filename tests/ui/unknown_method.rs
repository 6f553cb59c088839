use opwire::operation;

#[operation(FETCH, "/backend/<appId>")]
pub struct GetBackend {
    pub app_id: String,
}

#[operation(post, "/backend/<appId>")]
pub struct CreateBackend {
    pub app_id: String,
}

fn main() {}
