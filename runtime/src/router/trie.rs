//! The segment trie behind [`Router`](crate::Router): one node per path
//! segment; a literal beats a label, which beats a greedy label; matching
//! backtracks and never allocates. Its rules are those of
//! [`template::match_path`](crate::template::match_path), which matches one
//! template; the tests below check that the two agree.

use http::{HeaderValue, Method};

use crate::cors::{Cors, PathCors};
use crate::router::literals::Literals;
use crate::template::{Captures, Segment, split_segment};

/// One route as the trie knows it: the method it answers and the index of
/// its record in the router, which holds everything else (name, template,
/// CORS, endpoint) once.
#[derive(Clone, Copy)]
pub(crate) struct Route<'m> {
    pub(crate) method: &'m Method,
    pub(crate) index: usize,
}

/// The routes that share one path shape, and their rendered headers.
#[derive(Clone)]
pub(crate) struct Methods {
    /// Each method with its route's index, in [`method_rank`] order.
    routes: Vec<(Method, usize)>,
    /// `Allow`: the path's methods, then OPTIONS when CORS is on.
    pub(crate) allow: HeaderValue,
    /// The path's CORS headers, when any of its operations has CORS on.
    pub(crate) cors: Option<PathCors>,
}

impl Methods {
    fn new() -> Self {
        Methods {
            routes: Vec::new(),
            allow: HeaderValue::from_static(""),
            cors: None,
        }
    }

    /// The route of `method`.
    pub(crate) fn get(&self, method: &Method) -> Option<Route<'_>> {
        self.routes
            .iter()
            .find(|(m, _)| m == method)
            .map(|(method, index)| Route {
                method,
                index: *index,
            })
    }

    /// The route that answers `method`: its own, or for `HEAD` the `GET`
    /// route's.
    pub(crate) fn route_for(&self, method: &Method) -> Option<Route<'_>> {
        self.get(method).or_else(|| match *method {
            Method::HEAD => self.get(&Method::GET),
            _ => None,
        })
    }

    /// The indices of the path's routes.
    pub(crate) fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.routes.iter().map(|(_, index)| *index)
    }

    /// Adds the route at `index` for `method` (the caller has checked that
    /// the path has none) and renders the headers again; `cors` gives a
    /// route's CORS by index. On failure, the index of the route whose
    /// CORS could not be rendered and why.
    pub(crate) fn add(
        &mut self,
        method: Method,
        index: usize,
        cors: impl Fn(usize) -> &'static Cors,
    ) -> Result<(), (usize, String)> {
        self.routes.push((method, index));
        self.routes.sort_by_key(|(method, _)| method_rank(method));
        let mut methods: Vec<&str> = self.routes.iter().map(|(m, _)| m.as_str()).collect();
        // GET routes answer HEAD too.
        if self.get(&Method::GET).is_some() && self.get(&Method::HEAD).is_none() {
            methods.insert(1, "HEAD");
        }
        let methods = methods.join(",");
        let with_cors = self.indices().find(|&i| cors(i).enabled);
        let allow = match with_cors {
            Some(_) => format!("{methods},OPTIONS"),
            None => methods.clone(),
        };
        self.allow = HeaderValue::from_str(&allow).map_err(|_| {
            let message = format!("the method list `{allow}` is not a valid header value");
            (index, message)
        })?;
        self.cors = match with_cors {
            Some(i) => Some(PathCors::new(cors(i), &methods).map_err(|message| (i, message))?),
            None => None,
        };
        Ok(())
    }
}

/// Standard methods in their usual order, so headers do not depend on the
/// order routes were added in.
fn method_rank(method: &Method) -> (usize, String) {
    const ORDER: [Method; 6] = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
    ];
    let rank = ORDER
        .iter()
        .position(|m| m == method)
        .unwrap_or(ORDER.len());
    (rank, method.as_str().to_owned())
}

/// A trie node: the path so far; children by the kind of the next segment.
#[derive(Clone, Default)]
pub(crate) struct Node {
    literals: Literals<Node>,
    label: Option<Box<Node>>,
    /// Routes whose last segment is a greedy label at this position.
    greedy: Option<Box<Methods>>,
    /// Routes that end here.
    end: Option<Box<Methods>>,
    /// More than one kind of child (literal, label, greedy): matching may
    /// have to backtrack here.
    branches: bool,
}

impl Node {
    /// The routes at the path `prefix` + `segments`, created empty when
    /// the path is new.
    pub(crate) fn methods_mut(
        &mut self,
        prefix: &[Box<str>],
        segments: &[Segment],
    ) -> &mut Methods {
        let mut node = &mut *self;
        for literal in prefix {
            node = node.literal_mut(literal);
        }
        for segment in segments {
            match segment {
                Segment::Literal(text) => node = node.literal_mut(text),
                Segment::Label { .. } => node = node.label.get_or_insert_with(Box::default),
                Segment::Greedy { .. } => {
                    return node.greedy.get_or_insert_with(|| Box::new(Methods::new()));
                }
            }
        }
        node.end.get_or_insert_with(|| Box::new(Methods::new()))
    }

    /// Marks the nodes where matching may backtrack; after every insertion.
    pub(crate) fn mark_branches(&mut self) {
        let kinds = [
            !self.literals.is_empty(),
            self.label.is_some(),
            self.greedy.is_some(),
        ];
        self.branches = kinds.iter().filter(|&&kind| kind).count() > 1;
        for child in self.literals.values_mut() {
            child.mark_branches();
        }
        if let Some(child) = &mut self.label {
            child.mark_branches();
        }
    }

    fn literal_mut(&mut self, text: &str) -> &mut Node {
        self.literals.get_or_insert(text)
    }

    /// The routes matching `path`, capturing raw label values.
    pub(crate) fn find<'p>(&self, path: &'p str, captures: &mut Captures<'p>) -> Option<&Methods> {
        let rest = path.strip_prefix('/')?;
        if rest.is_empty() {
            return self.end.as_deref();
        }
        self.find_rest(rest, captures)
    }

    /// `rest` is the path after the `/` that ends this node's segment.
    ///
    /// Descends in a loop while a node offers one kind of child; only a node
    /// with two kinds (a literal and a label, say) recurses, so that a
    /// literal branch failing deeper can fall back to the label.
    fn find_rest<'p>(&self, mut rest: &'p str, captures: &mut Captures<'p>) -> Option<&Methods> {
        let mut node = self;
        loop {
            let (head, tail) = split_segment(rest);
            if node.branches {
                return node.find_branching(rest, head, tail, captures);
            }
            let next = if let Some(child) = node.literal(head) {
                child
            } else if let Some(child) = node.label.as_deref().filter(|_| !head.is_empty()) {
                if !captures.push(head) {
                    return None;
                }
                child
            } else {
                let greedy = node.greedy.as_deref().filter(|_| !rest.is_empty())?;
                return captures.push(rest).then_some(greedy);
            };
            match tail {
                None => return next.end.as_deref(),
                Some(tail) => {
                    node = next;
                    rest = tail;
                }
            }
        }
    }

    /// Tries a literal, then the label, then the greedy label, backtracking.
    fn find_branching<'p>(
        &self,
        rest: &'p str,
        head: &'p str,
        tail: Option<&'p str>,
        captures: &mut Captures<'p>,
    ) -> Option<&Methods> {
        // A branch that fails deeper may have captured labels: drop them.
        let len = captures.len();
        if let Some(child) = self.literal(head) {
            if let Some(found) = child.find_next(tail, captures) {
                return Some(found);
            }
            captures.truncate(len);
        }
        if let Some(child) = self.label.as_deref().filter(|_| !head.is_empty()) {
            if captures.push(head) {
                if let Some(found) = child.find_next(tail, captures) {
                    return Some(found);
                }
            }
            captures.truncate(len);
        }
        let greedy = self.greedy.as_deref().filter(|_| !rest.is_empty())?;
        captures.push(rest).then_some(greedy)
    }

    fn find_next<'p>(
        &self,
        tail: Option<&'p str>,
        captures: &mut Captures<'p>,
    ) -> Option<&Methods> {
        match tail {
            None => self.end.as_deref(),
            Some(rest) => self.find_rest(rest, captures),
        }
    }

    fn literal(&self, text: &str) -> Option<&Node> {
        self.literals.get(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::match_path;

    fn all<'p>(captures: &Captures<'p>) -> Vec<Option<&'p str>> {
        (0..captures.len()).map(|i| captures.get(i)).collect()
    }

    const fn label(name: &'static str) -> Segment {
        Segment::Label { name, field: name }
    }
    const fn greedy(name: &'static str) -> Segment {
        Segment::Greedy { name, field: name }
    }

    /// Each template alone in a trie matches exactly the paths `match_path`
    /// matches, with the same captures: one set of rules in two walkers.
    #[test]
    fn the_trie_and_match_path_agree_on_every_template_and_path() {
        let templates: &[&[Segment]] = &[
            &[],
            &[Segment::Literal("backend")],
            &[Segment::Literal("backend"), label("appId")],
            &[
                Segment::Literal("prod"),
                Segment::Literal("backend"),
                label("appId"),
                Segment::Literal("storage"),
                label("env"),
                Segment::Literal("import"),
            ],
            &[label("a"), label("b")],
            &[Segment::Literal("files"), greedy("key")],
            &[label("bucket"), greedy("key")],
            // No empty segments: the macro refuses them.
        ];
        let paths = [
            "",
            "/",
            "//",
            "/backend",
            "/backend/",
            "/backend/a1",
            "/backend/a1/",
            "/backend//",
            "/prod/backend/a1/storage/e1/import",
            "/prod/backend/a1/storage//import",
            "/prod/backend/a1/storage/e1/import/",
            "/prod/backend/../storage/./import",
            "/files",
            "/files/",
            "/files/a",
            "/files/a/b/",
            "/files//",
            "/x/y",
            "/x//",
            "//y",
            "/a/",
            "/a",
            "/a//",
            "backend",
            "/%2F/x",
        ];
        for segments in templates {
            let mut root = Node::default();
            let methods = root.methods_mut(&[], segments);
            methods.add(Method::GET, 0, |_| &Cors::DISABLED).unwrap();
            root.mark_branches();
            for path in paths {
                let expected = match_path(segments, path);
                let mut captures = Captures::new();
                let found = root.find(path, &mut captures);
                let text = crate::template::Template(segments);
                assert_eq!(found.is_some(), expected.is_some(), "`{text}` and `{path}`");
                if let Some(expected) = expected {
                    assert_eq!(all(&captures), all(&expected), "`{text}` and `{path}`");
                }
            }
        }
    }
}
