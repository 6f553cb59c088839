use opwire::operation;

#[operation(GET, "/backend/<appId>/<envName>", respons = String, status = 99)]
pub struct GetBackend {
    pub app_id: Option<String>,
    pub verbose: bool,
    #[path("jobId")]
    pub job: String,
}

fn main() {}
