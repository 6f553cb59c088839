//! Routing alone: how fast a path finds its route, against matchit on the
//! same routes (matchit matches paths only; opwire checks the method too). Two route sets: the 31 AmplifyBackend operations and the
//! 130-route GitHub API set used by matchit's and wayfind's benchmarks
//! (a few routes there have a parameter inside a segment, `members:p2`; here
//! it is its own segment, `members/<p2>`, for both routers).

use std::hint::black_box;

use http::Method;
use opwire::{Operation, Router};
use opwire_bench::{Case, allocations, compare};

#[global_allocator]
static GLOBAL: opwire_bench::CountingAllocator = opwire_bench::CountingAllocator;

macro_rules! github {
    ($($name:ident $template:literal ($($label:ident),*);)*) => {
        /// The GitHub API routes as operations.
        mod github {
            use opwire::operation;

            /// No declared errors.
            #[derive(Debug, opwire::ErrorSet)]
            pub enum NoError {}

            $(
                /// A GitHub API route.
                #[operation(GET, $template, error = NoError)]
                pub struct $name { $(pub $label: String),* }
            )*
        }

        fn github_router() -> Router {
            Router::new()
                $(.route(|_: github::$name| async { Ok::<_, github::NoError>(opwire::Empty {}) }))*
        }

        const GITHUB: &[&str] = &[$(<github::$name as Operation>::TEMPLATE),*];
    };
}

github! {
R000 "/authorizations" ();
R001 "/authorizations/<p1>" (p1);
R002 "/applications/<p1>/tokens/<p2>" (p1, p2);
R003 "/events" ();
R004 "/repos/<p1>/<p2>/events" (p1, p2);
R005 "/networks/<p1>/<p2>/events" (p1, p2);
R006 "/orgs/<p1>/events" (p1);
R007 "/users/<p1>/received_events" (p1);
R008 "/users/<p1>/received_events/public" (p1);
R009 "/users/<p1>/events" (p1);
R010 "/users/<p1>/events/public" (p1);
R011 "/users/<p1>/events/orgs/<p2>" (p1, p2);
R012 "/feeds" ();
R013 "/notifications" ();
R014 "/repos/<p1>/<p2>/notifications" (p1, p2);
R015 "/notifications/threads/<p1>" (p1);
R016 "/notifications/threads/<p1>/subscription" (p1);
R017 "/repos/<p1>/<p2>/stargazers" (p1, p2);
R018 "/users/<p1>/starred" (p1);
R019 "/user/starred" ();
R020 "/user/starred/<p1>/<p2>" (p1, p2);
R021 "/repos/<p1>/<p2>/subscribers" (p1, p2);
R022 "/users/<p1>/subscriptions" (p1);
R023 "/user/subscriptions" ();
R024 "/repos/<p1>/<p2>/subscription" (p1, p2);
R025 "/user/subscriptions/<p1>/<p2>" (p1, p2);
R026 "/users/<p1>/gists" (p1);
R027 "/gists" ();
R028 "/gists/<p1>" (p1);
R029 "/gists/<p1>/star" (p1);
R030 "/repos/<p1>/<p2>/git/blobs/<p3>" (p1, p2, p3);
R031 "/repos/<p1>/<p2>/git/commits/<p3>" (p1, p2, p3);
R032 "/repos/<p1>/<p2>/git/refs" (p1, p2);
R033 "/repos/<p1>/<p2>/git/tags/<p3>" (p1, p2, p3);
R034 "/repos/<p1>/<p2>/git/trees/<p3>" (p1, p2, p3);
R035 "/issues" ();
R036 "/user/issues" ();
R037 "/orgs/<p1>/issues" (p1);
R038 "/repos/<p1>/<p2>/issues" (p1, p2);
R039 "/repos/<p1>/<p2>/issues/<p3>" (p1, p2, p3);
R040 "/repos/<p1>/<p2>/assignees" (p1, p2);
R041 "/repos/<p1>/<p2>/assignees/<p3>" (p1, p2, p3);
R042 "/repos/<p1>/<p2>/issues/<p3>/comments" (p1, p2, p3);
R043 "/repos/<p1>/<p2>/issues/<p3>/events" (p1, p2, p3);
R044 "/repos/<p1>/<p2>/labels" (p1, p2);
R045 "/repos/<p1>/<p2>/labels/<p3>" (p1, p2, p3);
R046 "/repos/<p1>/<p2>/issues/<p3>/labels" (p1, p2, p3);
R047 "/repos/<p1>/<p2>/milestones/<p3>/labels" (p1, p2, p3);
R048 "/repos/<p1>/<p2>/milestones" (p1, p2);
R049 "/repos/<p1>/<p2>/milestones/<p3>" (p1, p2, p3);
R050 "/emojis" ();
R051 "/gitignore/templates" ();
R052 "/gitignore/templates/<p1>" (p1);
R053 "/meta" ();
R054 "/rate_limit" ();
R055 "/users/<p1>/orgs" (p1);
R056 "/user/orgs" ();
R057 "/orgs/<p1>" (p1);
R058 "/orgs/<p1>/members" (p1);
R059 "/orgs/<p1>/members/<p2>" (p1, p2);
R060 "/orgs/<p1>/public_members" (p1);
R061 "/orgs/<p1>/public_members/<p2>" (p1, p2);
R062 "/orgs/<p1>/teams" (p1);
R063 "/teams/<p1>" (p1);
R064 "/teams/<p1>/members" (p1);
R065 "/teams/<p1>/members/<p2>" (p1, p2);
R066 "/teams/<p1>/repos" (p1);
R067 "/teams/<p1>/repos/<p2>/<p3>" (p1, p2, p3);
R068 "/user/teams" ();
R069 "/repos/<p1>/<p2>/pulls" (p1, p2);
R070 "/repos/<p1>/<p2>/pulls/<p3>" (p1, p2, p3);
R071 "/repos/<p1>/<p2>/pulls/<p3>/commits" (p1, p2, p3);
R072 "/repos/<p1>/<p2>/pulls/<p3>/files" (p1, p2, p3);
R073 "/repos/<p1>/<p2>/pulls/<p3>/merge" (p1, p2, p3);
R074 "/repos/<p1>/<p2>/pulls/<p3>/comments" (p1, p2, p3);
R075 "/user/repos" ();
R076 "/users/<p1>/repos" (p1);
R077 "/orgs/<p1>/repos" (p1);
R078 "/repositories" ();
R079 "/repos/<p1>/<p2>" (p1, p2);
R080 "/repos/<p1>/<p2>/contributors" (p1, p2);
R081 "/repos/<p1>/<p2>/languages" (p1, p2);
R082 "/repos/<p1>/<p2>/teams" (p1, p2);
R083 "/repos/<p1>/<p2>/tags" (p1, p2);
R084 "/repos/<p1>/<p2>/branches" (p1, p2);
R085 "/repos/<p1>/<p2>/branches/<p3>" (p1, p2, p3);
R086 "/repos/<p1>/<p2>/collaborators" (p1, p2);
R087 "/repos/<p1>/<p2>/collaborators/<p3>" (p1, p2, p3);
R088 "/repos/<p1>/<p2>/comments" (p1, p2);
R089 "/repos/<p1>/<p2>/commits/<p3>/comments" (p1, p2, p3);
R090 "/repos/<p1>/<p2>/commits" (p1, p2);
R091 "/repos/<p1>/<p2>/commits/<p3>" (p1, p2, p3);
R092 "/repos/<p1>/<p2>/readme" (p1, p2);
R093 "/repos/<p1>/<p2>/keys" (p1, p2);
R094 "/repos/<p1>/<p2>/keys/<p3>" (p1, p2, p3);
R095 "/repos/<p1>/<p2>/downloads" (p1, p2);
R096 "/repos/<p1>/<p2>/downloads/<p3>" (p1, p2, p3);
R097 "/repos/<p1>/<p2>/forks" (p1, p2);
R098 "/repos/<p1>/<p2>/hooks" (p1, p2);
R099 "/repos/<p1>/<p2>/hooks/<p3>" (p1, p2, p3);
R100 "/repos/<p1>/<p2>/releases" (p1, p2);
R101 "/repos/<p1>/<p2>/releases/<p3>" (p1, p2, p3);
R102 "/repos/<p1>/<p2>/releases/<p3>/assets" (p1, p2, p3);
R103 "/repos/<p1>/<p2>/stats/contributors" (p1, p2);
R104 "/repos/<p1>/<p2>/stats/commit_activity" (p1, p2);
R105 "/repos/<p1>/<p2>/stats/code_frequency" (p1, p2);
R106 "/repos/<p1>/<p2>/stats/participation" (p1, p2);
R107 "/repos/<p1>/<p2>/stats/punch_card" (p1, p2);
R108 "/repos/<p1>/<p2>/statuses/<p3>" (p1, p2, p3);
R109 "/search/repositories" ();
R110 "/search/code" ();
R111 "/search/issues" ();
R112 "/search/users" ();
R113 "/legacy/issues/search/<p1>/<p2>/<p3>/<p4>" (p1, p2, p3, p4);
R114 "/legacy/repos/search/<p1>" (p1);
R115 "/legacy/user/search/<p1>" (p1);
R116 "/legacy/user/email/<p1>" (p1);
R117 "/users/<p1>" (p1);
R118 "/user" ();
R119 "/users" ();
R120 "/user/emails" ();
R121 "/users/<p1>/followers" (p1);
R122 "/user/followers" ();
R123 "/users/<p1>/following" (p1);
R124 "/user/following" ();
R125 "/user/following/<p1>" (p1);
R126 "/users/<p1>/following/<p2>" (p1, p2);
R127 "/users/<p1>/keys" (p1);
R128 "/user/keys" ();
R129 "/user/keys/<p1>" (p1);
}

/// A concrete path for a template: each label gets a sample value.
fn sample_path(template: &str) -> String {
    template
        .split('/')
        .map(|segment| match segment {
            "<p1>" => "rust-lang",
            "<p2>" => "rust",
            "<p3>" => "1.51.0",
            "<p4>" => "open",
            "<appId>" => "d2abc123",
            "<backendEnvironmentName>" => "staging",
            "<jobId>" => "job-42",
            "<sessionId>" => "s-7",
            literal => literal,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The template in matchit's syntax: `<p1>` becomes `{p1}`.
fn matchit_template(template: &str) -> String {
    template.replace('<', "{").replace('>', "}")
}

fn bench(title: &str, router: &Router, templates: &[&str], lookups: &[(Method, String)]) {
    let mut matchit = matchit::Router::new();
    for template in templates {
        // Two operations may share a path (another method): insert it once.
        let _ = matchit.insert(matchit_template(template), *template);
    }
    // Both routers must agree on every path before they are timed.
    for (method, path) in lookups {
        assert!(
            router.recognize(method, path).is_some(),
            "opwire misses {method} {path}"
        );
        assert!(matchit.at(path).is_ok(), "matchit misses {path}");
    }
    let (_, allocated) = allocations(|| {
        for (method, path) in lookups {
            black_box(router.recognize(method, path));
        }
    });
    println!(
        "\n{title}: opwire allocates {allocated} times for {} lookups",
        lookups.len()
    );

    compare(
        &format!("{title}: {} lookups per iteration", lookups.len()),
        101,
        vec![
            Case::simple("opwire", || {
                for (method, path) in lookups {
                    black_box(router.recognize(method, black_box(path)));
                }
            }),
            Case::simple("matchit 0.9", || {
                for (_, path) in lookups {
                    let _ = black_box(matchit.at(black_box(path)));
                }
            }),
        ],
    );
}

fn main() {
    let amplify = amplify_backend::router(amplify_backend::Store::default());
    let infos = amplify_backend::operations();
    let templates: Vec<&str> = infos.iter().map(|info| info.template).collect();
    let lookups: Vec<(Method, String)> = infos
        .iter()
        .map(|info| (info.method.clone(), sample_path(info.template)))
        .collect();
    bench(
        "AmplifyBackend, every operation",
        &amplify,
        &templates,
        &lookups,
    );

    let github = github_router();
    let get = |paths: Vec<String>| {
        paths
            .into_iter()
            .map(|path| (Method::GET, path))
            .collect::<Vec<_>>()
    };
    let calls = get([
        "/user/repos",
        "/repos/rust-lang/rust/stargazers",
        "/orgs/rust-lang/public_members/nikomatsakis",
        "/repos/rust-lang/rust/releases/1.51.0",
    ]
    .map(String::from)
    .to_vec());
    let every = get(GITHUB.iter().map(|t| sample_path(t)).collect());
    bench("GitHub API, matchit's 4 calls", &github, GITHUB, &calls);
    bench("GitHub API, every route", &github, GITHUB, &every);
}
