use opwire::operation;

#[operation(GET, "/backend/<appId>/jobs")]
pub struct ListJobs {
    pub app_id: String,
    pub max_results: Option<u32>,
}

#[operation(HEAD, "/backend/<appId>")]
pub struct HeadBackend {
    pub app_id: String,
    pub verbose: bool,
}

fn main() {}
