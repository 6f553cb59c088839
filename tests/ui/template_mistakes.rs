// Path template mistakes, one per declaration.
use opwire::operation;

#[operation(GET, "/a?b=c")]
pub struct WithQuery {}

#[operation(GET, "/a/")]
pub struct TrailingSlash {}

#[operation(GET, "/<a>/<b>/<c>/<d>/<e>/<f>/<g>/<h>/<i>/<j>/<k>/<l>/<m>/<n>/<o>/<p>/<q>")]
pub struct SeventeenLabels {
    pub a: String, pub b: String, pub c: String, pub d: String, pub e: String,
    pub f: String, pub g: String, pub h: String, pub i: String, pub j: String,
    pub k: String, pub l: String, pub m: String, pub n: String, pub o: String,
    pub p: String, pub q: String,
}

fn main() {}
