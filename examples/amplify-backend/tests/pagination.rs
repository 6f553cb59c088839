//! Paginated operations over HTTP: opwire's client walks the emulator's
//! pages of ListBackendJobs and ListS3Buckets (`paginate(…)` in their
//! declarations), the tokens are the emulator's own, and a token it never
//! issued, or issued for another listing, is a 400 BadRequestException.

use amplify_backend::Store;
use amplify_backend::backend::CreateBackend;
use amplify_backend::job::{ListBackendJobs, MaxResults};
use amplify_backend::s3::{BUCKETS_PAGE, ListS3Buckets};
use amplify_backend::serve::Config;
use amplify_backend::storage::{ImportBackendStorage, ServiceName};
use opwire::{Client, Paginated};
use opwire_tests::running::{Running, start};

fn import(bucket: &str) -> ImportBackendStorage {
    ImportBackendStorage {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        bucket_name: Some(bucket.into()),
        service_name: ServiceName::S3,
    }
}

fn list_jobs(page: i32) -> ListBackendJobs {
    ListBackendJobs {
        app_id: "app1".into(),
        backend_environment_name: "dev".into(),
        max_results: MaxResults::new(page),
        ..ListBackendJobs::default()
    }
}

/// A server with app `app1` and its environment `dev`, and its client.
async fn with_app() -> (Running, Client) {
    let server = start(Config::default().server(Store::new())).await;
    let client = Client::new(&server.base_url()).unwrap();
    let create = CreateBackend {
        app_id: "app1".into(),
        app_name: "notes".into(),
        backend_environment_name: "dev".into(),
        ..CreateBackend::default()
    };
    client.send(&create).await.unwrap();
    (server, client)
}

#[tokio::test]
async fn the_client_walks_every_page_of_jobs_and_buckets_once() {
    let (server, client) = with_app().await;
    // Two pages of buckets and a few more; a job per import.
    let buckets: Vec<String> = (0..BUCKETS_PAGE + 7)
        .map(|n| format!("bucket-{n:03}"))
        .collect();
    for bucket in &buckets {
        client.send(&import(bucket)).await.unwrap();
    }

    // Pages of three jobs: CreateBackend's and one per import, in order.
    let pages = client.pages(list_jobs(3)).collect().await.unwrap();
    let jobs_total = 1 + buckets.len();
    assert_eq!(pages.len(), jobs_total.div_ceil(3));
    assert!(
        pages
            .iter()
            .all(|page| page.jobs.as_ref().unwrap().len() <= 3)
    );
    assert!(pages.last().unwrap().next_token.is_none());
    let jobs = client.items(list_jobs(3)).collect().await.unwrap();
    assert_eq!(jobs.len(), jobs_total);
    let mut ids: Vec<_> = jobs.iter().map(|job| job.job_id.clone().unwrap()).collect();
    ids.dedup();
    assert_eq!(ids.len(), jobs_total, "no job twice");
    // One page of all of them lists the same jobs in the same order.
    let whole = client.send(&list_jobs(25)).await.unwrap();
    assert_eq!(whole.jobs.unwrap(), jobs[..25]);

    // Buckets: the emulator's page size, then the rest; every name once.
    let pages = client
        .pages(ListS3Buckets::default())
        .collect()
        .await
        .unwrap();
    let sizes: Vec<_> = pages
        .iter()
        .map(|page| page.buckets.as_ref().unwrap().len())
        .collect();
    assert_eq!(sizes, [BUCKETS_PAGE, 7]);
    let names: Vec<String> = client
        .items(ListS3Buckets::default())
        .collect()
        .await
        .unwrap()
        .into_iter()
        .map(|bucket| bucket.name.unwrap())
        .collect();
    assert_eq!(names, buckets);

    // The stream reads one page per poll: the first page alone is one request.
    let mut pages = client.pages(ListS3Buckets::default());
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.buckets.unwrap().len(), BUCKETS_PAGE);
    server.shut_down().await;
}

#[tokio::test]
async fn a_token_not_issued_for_the_listing_is_a_bad_request() {
    let (server, client) = with_app().await;
    for bucket in ["a", "b", "c"] {
        client.send(&import(bucket)).await.unwrap();
    }
    let first = client.send(&list_jobs(1)).await.unwrap();
    let token = first.next_token.expect("more than one job");

    let mut others = vec![
        "1".to_owned(),
        "nonsense".to_owned(),
        token.replace('-', ""),
        format!("{token}0"),
    ];
    // Issued, but for another listing: other filters, or the buckets.
    let mut filtered = list_jobs(1);
    filtered.operation = Some("ImportBackendStorage".into());
    for (op, bad) in [(filtered, token.clone())]
        .into_iter()
        .chain(others.drain(..).map(|bad| (list_jobs(1), bad)))
    {
        let mut op = op;
        op.set_token(Some(bad.clone()));
        let err = client.send(&op).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{bad}: {err}");
        let text = err.to_string();
        assert!(
            text.contains("BadRequestException") && text.contains("nextToken"),
            "{bad}: {text}"
        );
    }
    let buckets = ListS3Buckets {
        next_token: Some(token.clone()),
    };
    let err = client.send(&buckets).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{err}");

    // The token itself still reads the second page.
    let mut second = list_jobs(1);
    second.set_token(Some(token));
    assert_eq!(client.send(&second).await.unwrap().jobs.unwrap().len(), 1);
    server.shut_down().await;
}
