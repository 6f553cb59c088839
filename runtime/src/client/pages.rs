//! [`Pages`] and [`Items`]: a [`Paginated`] operation's pages, one request
//! each, as streams.

use std::collections::HashSet;
use std::fmt;
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures_core::Stream;

use super::{Client, ClientError};
use crate::Paginated;

type PageResult<Op> =
    Result<<Op as crate::Operation>::Response, ClientError<<Op as crate::Operation>::Error>>;
type Pending<Op> = Pin<Box<dyn Future<Output = PageResult<Op>> + Send>>;

/// The pages of a [`Paginated`] operation, from [`Client::pages`]: each
/// page is one request, sent when the stream is polled for it, with the
/// token the page before answered. The stream ends after the page without a
/// token (or with an empty one), and after the first error.
///
/// A server that answers a token it was already sent with the same token
/// again would make the pages go on forever: the stream then ends with
/// [`ClientError::RepeatedToken`] instead, as the AWS SDKs' paginators do.
///
/// `Pages` is a [`futures_core::Stream`]; [`next`](Self::next) reads it
/// without a stream combinator crate.
pub struct Pages<Op: Paginated> {
    client: Client,
    /// The request of the next page, until the last page has come.
    next: Option<Op>,
    pending: Option<Pending<Op>>,
    /// Every token sent so far: a token answered twice ends the pages.
    sent: HashSet<String>,
}

/// The items of a [`Paginated`] operation's pages, in order, from
/// [`Client::items`]: a [`futures_core::Stream`] that asks for the next page
/// when the items of the last one are used up.
pub struct Items<Op: Paginated> {
    pages: Pages<Op>,
    current: std::vec::IntoIter<Op::Item>,
}

impl Client {
    /// The pages of `op`, one request each, starting from the page `op`'s
    /// input token names (the first page when it has none). See [`Pages`].
    ///
    /// ```no_run
    /// use opwire::{Client, shape, operation};
    ///
    /// #[shape]
    /// #[derive(Debug, Clone)]
    /// pub struct Job { pub job_id: String }
    ///
    /// #[shape]
    /// #[derive(Debug, Clone)]
    /// pub struct JobsPage { pub jobs: Option<Vec<Job>>, pub next_token: Option<String> }
    ///
    /// /// Lists jobs, a page at a time.
    /// #[operation(POST, "/jobs", response = JobsPage,
    ///     paginate(input_token = next_token, output_token = next_token, items = jobs, item = Job))]
    /// #[derive(Debug, Clone, Default)]
    /// pub struct ListJobs { pub next_token: Option<String> }
    ///
    /// # async fn run() -> Result<(), opwire::ClientError<ListJobsError>> {
    /// let client = Client::new("http://127.0.0.1:8080").expect("a valid URL");
    /// let mut pages = client.pages(ListJobs::default());
    /// while let Some(page) = pages.next().await {
    ///     println!("{} jobs", page?.jobs.map_or(0, |jobs| jobs.len()));
    /// }
    /// // Or every item of every page:
    /// let jobs: Vec<Job> = client.items(ListJobs::default()).collect().await?;
    /// # let _ = jobs;
    /// # Ok(())
    /// # }
    /// ```
    pub fn pages<Op>(&self, op: Op) -> Pages<Op>
    where
        Op: Paginated + Clone + Send + 'static,
    {
        Pages {
            client: self.clone(),
            next: Some(op),
            pending: None,
            sent: HashSet::new(),
        }
    }

    /// Every item of `op`'s pages, in order. See [`Items`].
    pub fn items<Op>(&self, op: Op) -> Items<Op>
    where
        Op: Paginated + Clone + Send + 'static,
    {
        Items {
            pages: self.pages(op),
            current: Vec::new().into_iter(),
        }
    }
}

impl<Op> Pages<Op>
where
    Op: Paginated + Clone + Send + 'static,
{
    /// The next page: `None` after the last one, or after an error.
    pub async fn next(&mut self) -> Option<PageResult<Op>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every page, or the first error.
    ///
    /// # Errors
    ///
    /// The first page's request that failed.
    pub async fn collect(mut self) -> Result<Vec<Op::Response>, ClientError<Op::Error>> {
        let mut pages = Vec::new();
        while let Some(page) = self.next().await {
            pages.push(page?);
        }
        Ok(pages)
    }
}

impl<Op> Items<Op>
where
    Op: Paginated + Clone + Send + 'static,
{
    /// The next item: `None` after the last page's last item, or after an
    /// error.
    pub async fn next(&mut self) -> Option<Result<Op::Item, ClientError<Op::Error>>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Every item of every page, or the first error.
    ///
    /// # Errors
    ///
    /// The first page's request that failed.
    pub async fn collect(mut self) -> Result<Vec<Op::Item>, ClientError<Op::Error>> {
        let mut items = Vec::new();
        while let Some(item) = self.next().await {
            items.push(item?);
        }
        Ok(items)
    }
}

impl<Op> Stream for Pages<Op>
where
    Op: Paginated + Clone + Send + 'static,
{
    type Item = PageResult<Op>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.pending.is_none() {
            let Some(op) = &this.next else {
                return Poll::Ready(None);
            };
            this.pending = Some(Box::pin(this.client.send(op)));
        }
        let pending = this.pending.as_mut().expect("a page is on its way");
        let page = ready!(pending.as_mut().poll(cx));
        this.pending = None;
        let Some(mut op) = this.next.take() else {
            return Poll::Ready(None);
        };
        let page = match page {
            Ok(page) => page,
            // The stream ends: `next` stays `None`.
            Err(err) => return Poll::Ready(Some(Err(err))),
        };
        if let Some(token) = Op::next_token(&page) {
            if !this.sent.insert(token.to_owned()) {
                return Poll::Ready(Some(Err(ClientError::RepeatedToken(token.to_owned()))));
            }
            op.set_token(Some(token.to_owned()));
            this.next = Some(op);
        }
        Poll::Ready(Some(Ok(page)))
    }
}

impl<Op> Stream for Items<Op>
where
    Op: Paginated + Clone + Send + 'static,
{
    type Item = Result<Op::Item, ClientError<Op::Error>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.current.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(Pin::new(&mut this.pages).poll_next(cx)) {
                Some(Ok(mut page)) => this.current = Op::take_items(&mut page).into_iter(),
                Some(Err(err)) => return Poll::Ready(Some(Err(err))),
                None => return Poll::Ready(None),
            }
        }
    }
}

// Neither stream pins its operation or items: the request on its way is
// boxed.
impl<Op: Paginated> Unpin for Pages<Op> {}
impl<Op: Paginated> Unpin for Items<Op> {}

impl<Op: Paginated> fmt::Debug for Pages<Op> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &Op::NAME)
            .field("done", &(self.next.is_none() && self.pending.is_none()))
            .finish_non_exhaustive()
    }
}

impl<Op: Paginated> fmt::Debug for Items<Op> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}
