use opwire::operation;

#[operation(GET, "/files/<key..>/meta")]
pub struct GetMeta {
    pub key: String,
}

fn main() {}
