// A template copied from the AWS model: `{appId}` and the greedy `{key+}`
// are refused with the placeholders to write instead, one error each.
use opwire::operation;

#[operation(GET, "/apps/{appId}/files/{key+}")]
pub struct GetFile {
    pub app_id: String,
    pub key: String,
}

fn main() {}
