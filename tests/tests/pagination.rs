//! The client's page streams against servers that misbehave: a token the
//! server answers twice ends the pages with `RepeatedToken` instead of
//! asking forever; an error page ends them with that error; an empty token
//! is the last page, as the AWS SDKs read it.

use opwire::server::Server;
use opwire::{Client, ClientError, Paginated, Router, operation, shape};
use opwire_tests::running::start;

#[shape]
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub names: Vec<String>,
    pub next_token: Option<String>,
}

#[shape]
#[derive(Debug, Clone)]
pub struct BadToken {
    pub message: Option<String>,
}

/// Lists names; the server's handler decides the tokens.
#[operation(POST, "/names", response = Page, errors(400 = BadToken),
    paginate(input_token = next_token, output_token = next_token, items = names, item = String))]
#[derive(Debug, Clone, Default)]
pub struct ListNames {
    pub next_token: Option<String>,
}

/// Pages by `answer(token)`: the names and the next token.
fn server(answer: fn(Option<&str>) -> Result<Page, ListNamesError>) -> Server {
    Server::new(
        Router::new().route(move |op: ListNames| async move { answer(op.next_token.as_deref()) }),
    )
}

fn page(names: &[&str], next: Option<&str>) -> Page {
    Page {
        names: names.iter().map(|&name| name.to_owned()).collect(),
        next_token: next.map(str::to_owned),
    }
}

#[tokio::test]
async fn a_token_answered_twice_ends_the_pages_with_an_error() {
    // t1 → t2 → t1: a cycle, not only the previous token.
    let running = start(server(|token| {
        Ok(match token {
            None => page(&["a"], Some("t1")),
            Some("t1") => page(&["b"], Some("t2")),
            Some(_) => page(&["c"], Some("t1")),
        })
    }))
    .await;
    let client = Client::new(&running.base_url()).unwrap();
    let mut pages = client.pages(ListNames::default());
    let mut names = Vec::new();
    let end = loop {
        match pages.next().await.expect("the stream ends with the error") {
            Ok(mut page) => names.extend(ListNames::take_items(&mut page)),
            Err(err) => break err,
        }
    };
    assert_eq!(names, ["a", "b"]);
    assert!(
        matches!(&end, ClientError::RepeatedToken(token) if token == "t1"),
        "{end}"
    );
    assert!(end.to_string().contains("`t1`"), "{end}");
    assert!(pages.next().await.is_none(), "nothing after the error");
    running.shut_down().await;
}

#[tokio::test]
async fn an_error_page_ends_the_items_with_that_error() {
    let running = start(server(|token| match token {
        None => Ok(page(&["a", "b"], Some("t1"))),
        Some(_) => Err(BadToken {
            message: Some("expired".into()),
        }
        .into()),
    }))
    .await;
    let client = Client::new(&running.base_url()).unwrap();
    let mut items = client.items(ListNames::default());
    assert_eq!(items.next().await.unwrap().unwrap(), "a");
    assert_eq!(items.next().await.unwrap().unwrap(), "b");
    let err = items.next().await.unwrap().unwrap_err();
    assert!(matches!(err.modeled(), Some(ListNamesError::BadToken(_))));
    assert!(items.next().await.is_none());
    let err = client
        .items(ListNames::default())
        .collect()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    running.shut_down().await;
}

#[tokio::test]
async fn an_empty_token_is_the_last_page() {
    let running = start(server(|token| {
        Ok(match token {
            None => page(&["a"], Some("t1")),
            Some("t1") => page(&[], Some("t2")),
            Some(_) => page(&["b"], Some("")),
        })
    }))
    .await;
    let client = Client::new(&running.base_url()).unwrap();
    let pages = client.pages(ListNames::default()).collect().await.unwrap();
    assert_eq!(pages.len(), 3);
    let names = client.items(ListNames::default()).collect().await.unwrap();
    assert_eq!(names, ["a", "b"], "an empty page in between is skipped");
    // Starting from a token the caller holds.
    let from_t1 = ListNames {
        next_token: Some("t1".into()),
    };
    let names = client.items(from_t1).collect().await.unwrap();
    assert_eq!(names, ["b"]);
    running.shut_down().await;
}
