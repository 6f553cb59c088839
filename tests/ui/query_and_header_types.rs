use opwire::operation;

#[derive(Debug)]
pub struct Filter(pub String);

#[operation(GET, "/backend/<appId>/jobs")]
pub struct ListJobs {
    pub app_id: String,
    #[query("filter")]
    pub filter: Option<Filter>,
    #[header("x-trace")]
    pub trace: Filter,
}

fn main() {}
