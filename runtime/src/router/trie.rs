//! The segment trie behind [`Router`](crate::Router): one node per path
//! segment; a literal beats a label, which beats a greedy label; matching
//! backtracks and never allocates.

use http::{HeaderValue, Method};

use crate::cors::{Cors, PathCors};
use crate::router::RouteError;
use crate::router::literals::Literals;
use crate::template::{Captures, Segment};

/// One route as the trie knows it.
#[derive(Clone)]
pub(crate) struct Route {
    pub(crate) method: Method,
    /// The operation's name, for conflict messages.
    pub(crate) name: &'static str,
    /// The full template (prefix included), for conflict messages.
    pub(crate) template: String,
    pub(crate) cors: &'static Cors,
    /// Index of the route (and its endpoint) in the router.
    pub(crate) handler: usize,
}

/// The routes that share one path shape, and their rendered headers.
#[derive(Clone)]
pub(crate) struct Methods {
    pub(crate) routes: Vec<Route>,
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
    pub(crate) fn get(&self, method: &Method) -> Option<&Route> {
        self.routes.iter().find(|route| route.method == *method)
    }

    /// The route that answers `method`: its own, or for `HEAD` the `GET`
    /// route's.
    pub(crate) fn route_for(&self, method: &Method) -> Option<&Route> {
        self.get(method).or_else(|| match *method {
            Method::HEAD => self.get(&Method::GET),
            _ => None,
        })
    }

    /// Adds a route, unless it conflicts with one of the path's.
    fn add(&mut self, route: Route) -> Result<(), RouteError> {
        if let Some(other) = self.get(&route.method) {
            return Err(RouteError::Conflict {
                existing: (other.name, other.template.clone()),
                added: (route.name, route.template.clone()),
                method: route.method.clone(),
            });
        }
        if route.cors.enabled {
            let enabled = self.routes.iter().find(|other| other.cors.enabled);
            if let Some(other) = enabled.filter(|other| other.cors != route.cors) {
                return Err(RouteError::CorsMismatch {
                    existing: other.name,
                    added: route.name,
                    template: route.template.clone(),
                });
            }
        }
        self.routes.push(route);
        self.routes.sort_by_key(|route| method_rank(&route.method));
        self.render()
    }

    fn render(&mut self) -> Result<(), RouteError> {
        let mut methods: Vec<&str> = self.routes.iter().map(|r| r.method.as_str()).collect();
        // GET routes answer HEAD too.
        if self.get(&Method::GET).is_some() && self.get(&Method::HEAD).is_none() {
            methods.insert(1, "HEAD");
        }
        let methods = methods.join(",");
        let cors = self.routes.iter().find(|route| route.cors.enabled);
        let allow = match cors {
            Some(_) => format!("{methods},OPTIONS"),
            None => methods.clone(),
        };
        let invalid = |what: &str| RouteError::InvalidHeaders {
            operation: self.routes[0].name,
            message: format!(
                "{what} of {} is not a valid header value",
                self.routes[0].template
            ),
        };
        self.allow = HeaderValue::from_str(&allow).map_err(|_| invalid("the method list"))?;
        self.cors = match cors {
            Some(route) => Some(PathCors::new(route.cors, &methods).map_err(|message| {
                RouteError::InvalidHeaders {
                    operation: route.name,
                    message,
                }
            })?),
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
    /// Adds a route at the path `prefix` + `segments`.
    pub(crate) fn insert(
        &mut self,
        prefix: &[Box<str>],
        segments: &[Segment],
        route: Route,
    ) -> Result<(), RouteError> {
        let mut node = &mut *self;
        for literal in prefix {
            node = node.literal_mut(literal);
        }
        let mut methods = None;
        for segment in segments {
            match segment {
                Segment::Literal(text) => node = node.literal_mut(text),
                Segment::Label { .. } => node = node.label.get_or_insert_with(Box::default),
                Segment::Greedy { .. } => {
                    methods = Some(node.greedy.get_or_insert_with(|| Box::new(Methods::new())));
                    break;
                }
            }
        }
        let methods = match methods {
            Some(methods) => methods,
            None => node.end.get_or_insert_with(|| Box::new(Methods::new())),
        };
        methods.add(route)?;
        self.mark_branches();
        Ok(())
    }

    fn mark_branches(&mut self) {
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
            // A plain loop: segments are short, shorter than memchr's setup.
            let (head, tail) = match rest.bytes().position(|b| b == b'/') {
                Some(at) => (&rest[..at], Some(&rest[at + 1..])),
                None => (rest, None),
            };
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
