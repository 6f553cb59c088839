// Segment mistakes in path templates, one per declaration.
use opwire::operation;

#[operation(GET, "/a>")]
pub struct CloseWithoutOpen {}

#[operation(GET, "/<app.id>")]
pub struct BadPlaceholderName {}

#[operation(GET, "/a/./b")]
pub struct DotSegment {}

#[operation(GET, "/a b")]
pub struct SpaceInLiteral {}

fn main() {}
