// One mistake per declaration in the arguments of `#[operation]`: each is
// reported on its token, all at once.
use opwire::operation;

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotFoundException {
    pub message: Option<String>,
}


#[operation]
pub struct NoArguments {}

#[operation(GET)]
pub struct NoTemplate {}

#[operation(GET, "/a", errors(404 = NotFoundException), error = NotFoundSet)]
pub struct BothErrorForms {}

#[operation(GET, "/b", name = "")]
pub struct EmptyName {}

#[operation(GET, "/c", rename_all = "kebab")]
pub struct UnknownRule {}

#[operation(GET, "/d", status = 200 201)]
pub struct TwoStatuses {}

#[operation(GET, "/e", status = 99999)]
pub struct NotAStatus {}

#[operation(GET, "/f", errors(404 = &'static str))]
pub struct UnnamedError {}

fn main() {}

#[derive(Debug, opwire::ErrorSet)]
pub enum NotFoundSet {
    #[status(404)]
    NotFoundException(NotFoundException),
}
