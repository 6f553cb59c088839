//! Paginated operations: [`Paginated`], what `#[operation(…, paginate(…))]`
//! derives, and [`PageTokens`], the server's side of page tokens.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;

use crate::Operation;

/// An operation whose answers come in pages: each answer carries the token
/// of the next page, which the next request sends back, as Smithy's
/// `@paginated` trait describes. `#[operation(…, paginate(…))]` implements
/// it; with the `client` feature, `Client::pages` and `Client::items` walk
/// the pages.
///
/// ```
/// use opwire::{Paginated, operation, shape};
///
/// #[shape]
/// #[derive(Debug, Clone, PartialEq)]
/// pub struct Job { pub job_id: String }
///
/// #[shape]
/// #[derive(Debug, Clone, Default)]
/// pub struct JobsPage { pub jobs: Option<Vec<Job>>, pub next_token: Option<String> }
///
/// /// Lists jobs, a page at a time.
/// #[operation(POST, "/jobs", response = JobsPage,
///     paginate(input_token = next_token, output_token = next_token,
///              items = jobs, item = Job, page_size = max_results))]
/// #[derive(Debug, Clone, Default)]
/// pub struct ListJobs { pub max_results: Option<u8>, pub next_token: Option<String> }
///
/// let mut page = JobsPage {
///     jobs: Some(vec![Job { job_id: "j1".into() }]),
///     next_token: Some("t2".into()),
/// };
/// assert_eq!(ListJobs::next_token(&page), Some("t2"));
/// assert_eq!(ListJobs::take_items(&mut page), [Job { job_id: "j1".into() }]);
/// assert_eq!(ListJobs::PAGE_SIZE, Some("maxResults"));
///
/// let mut next = ListJobs::default();
/// next.set_token(Some("t2".into()));
/// assert_eq!(next.next_token.as_deref(), Some("t2"));
/// ```
pub trait Paginated: Operation {
    /// One item of a page: the element type of the `items` member.
    type Item;

    /// The wire name of the member that bounds a page's size (`pageSize`
    /// in the declaration), if the operation has one.
    const PAGE_SIZE: Option<&'static str> = None;

    /// Sets the input token: `self` then asks for the page `token` names
    /// (`None`: the first page).
    fn set_token(&mut self, token: Option<String>);

    /// The output token of `page`: the next page's, `None` on the last page.
    /// An empty token also ends the pages, as the AWS SDKs read it.
    fn next_token(page: &Self::Response) -> Option<&str>;

    /// The page's items, taken out of it (an absent list is no items).
    fn take_items(page: &mut Self::Response) -> Vec<Self::Item>;
}

/// The type of a page-token member, as `paginate(input_token = …,
/// output_token = …)` names it: what the derived [`Paginated`] reads and
/// writes. Implemented for `Option<String>`, the type the AWS models give
/// tokens; a token type of your own can implement it.
///
/// ```
/// use opwire::PageToken;
///
/// let mut token: Option<String> = None;
/// token.set_token(Some("page2".to_owned()));
/// assert_eq!(token.token(), Some("page2"));
/// // An empty token ends the pages, as the AWS SDKs read it.
/// assert_eq!(Some(String::new()).token(), None);
/// ```
#[diagnostic::on_unimplemented(
    message = "a page token member is `Option<String>`, not `{Self}`",
    label = "named by `paginate(…)` as a page token",
    note = "the first page is asked without a token and the last page answers without one, so both token members are `Option<String>`"
)]
pub trait PageToken {
    /// The token, if there is one and it is not empty.
    fn token(&self) -> Option<&str>;
    /// Sets the token (`None`: the first page).
    fn set_token(&mut self, token: Option<String>);
}

impl PageToken for Option<String> {
    fn token(&self) -> Option<&str> {
        self.as_deref().filter(|token| !token.is_empty())
    }

    fn set_token(&mut self, token: Option<String>) {
        *self = token;
    }
}

/// The type of a page's items member, as `paginate(items = …, item = T)`
/// names it: `Vec<T>` or `Option<Vec<T>>` (an absent list is no items).
///
/// ```
/// use opwire::PageItems;
///
/// let mut items = Some(vec![1, 2]);
/// assert_eq!(PageItems::<i32>::take_items(&mut items), [1, 2]);
/// assert_eq!(PageItems::<i32>::take_items(&mut items), Vec::<i32>::new());
/// ```
#[diagnostic::on_unimplemented(
    message = "the `items` member is `{Self}`, not a list of the declared `item` type `{T}`",
    label = "named by `paginate(items = …)`",
    note = "`items` names a member of the response of type `Vec<T>` or `Option<Vec<T>>`, and `item = T` its element type"
)]
pub trait PageItems<T> {
    /// The items, taken out of the page.
    fn take_items(&mut self) -> Vec<T>;
}

impl<T> PageItems<T> for Vec<T> {
    fn take_items(&mut self) -> Vec<T> {
        std::mem::take(self)
    }
}

impl<T> PageItems<T> for Option<Vec<T>> {
    fn take_items(&mut self) -> Vec<T> {
        self.take().unwrap_or_default()
    }
}

/// Issues and checks page tokens on the server: a token names an offset in
/// one listing (the items a request with the same filters lists) and
/// carries a tag that only this value can make, so a token the server never
/// issued, or one issued for another listing, is refused.
///
/// The tag is a keyed SipHash (the standard library's `RandomState`, with
/// keys drawn when this value is made): tokens are good for the life of the
/// value, which is what an emulator needs. It is not a security boundary; a
/// service whose tokens must resist forgery signs them with a MAC of its own.
///
/// ```
/// use opwire::PageTokens;
///
/// let tokens = PageTokens::new();
/// let items: Vec<u32> = (1..=5).collect();
/// let (first, next) = tokens.page("app1/dev", items.clone(), None, 2)?;
/// assert_eq!(first, [1, 2]);
/// let next = next.expect("more items");
/// let (second, _) = tokens.page("app1/dev", items.clone(), Some(&next), 2)?;
/// assert_eq!(second, [3, 4]);
///
/// // Not issued by `tokens`, or issued for another listing: refused.
/// assert!(tokens.check("app1/dev", "2").is_err());
/// assert!(tokens.check("app2/dev", &next).is_err());
/// assert!(PageTokens::new().check("app1/dev", &next).is_err());
/// # Ok::<(), opwire::InvalidToken>(())
/// ```
#[derive(Clone, Default)]
pub struct PageTokens {
    keys: RandomState,
}

impl PageTokens {
    /// Tokens with fresh keys: none issued by another value passes.
    pub fn new() -> Self {
        PageTokens::default()
    }

    /// The token of the page that starts at `offset` in `listing`.
    pub fn issue(&self, listing: &str, offset: usize) -> String {
        format!("{offset:x}-{:016x}", self.tag(listing, offset))
    }

    /// The offset `token` names in `listing`, if this value issued it for
    /// that listing.
    ///
    /// # Errors
    ///
    /// [`InvalidToken`] for any other text.
    pub fn check(&self, listing: &str, token: &str) -> Result<usize, InvalidToken> {
        let invalid = || InvalidToken {
            token: token.to_owned(),
        };
        let (offset, _) = token.split_once('-').ok_or_else(invalid)?;
        // `from_str_radix` takes a sign: the offset must be digits only.
        if offset.is_empty() || offset.len() > 16 || !offset.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(invalid());
        }
        let offset = usize::from_str_radix(offset, 16).map_err(|_| invalid())?;
        // Issued for this listing at this offset: the very text, tag and all.
        if token != self.issue(listing, offset) {
            return Err(invalid());
        }
        Ok(offset)
    }

    /// One page of `items`: from the offset `token` names (the first page
    /// without one), at most `size` items (at least one), and the token of
    /// the next page when items are left.
    ///
    /// # Errors
    ///
    /// [`InvalidToken`] when `token` is not one this value issued for
    /// `listing`, or names an offset past the items' end.
    pub fn page<T>(
        &self,
        listing: &str,
        items: Vec<T>,
        token: Option<&str>,
        size: usize,
    ) -> Result<(Vec<T>, Option<String>), InvalidToken> {
        let start = match token {
            None => 0,
            Some(token) => Some(self.check(listing, token)?)
                .filter(|&start| start <= items.len())
                .ok_or_else(|| InvalidToken {
                    token: token.to_owned(),
                })?,
        };
        let size = size.max(1);
        let end = start.saturating_add(size).min(items.len());
        let next = (end < items.len()).then(|| self.issue(listing, end));
        Ok((items.into_iter().skip(start).take(size).collect(), next))
    }

    fn tag(&self, listing: &str, offset: usize) -> u64 {
        self.keys.hash_one((listing, offset))
    }
}

impl fmt::Debug for PageTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageTokens").finish_non_exhaustive()
    }
}

/// A page token that [`PageTokens`] did not issue for the listing asked:
/// an AWS service answers it with `400 BadRequestException` (or
/// `InvalidNextTokenException`, where the model declares one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidToken {
    /// The token as the request gave it.
    pub token: String,
}

impl fmt::Display for InvalidToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the token `{}` is not one this service issued for this listing",
            self.token
        )
    }
}

impl std::error::Error for InvalidToken {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_its_offset_and_listing_only() {
        let tokens = PageTokens::new();
        let token = tokens.issue("a", 25);
        assert_eq!(tokens.check("a", &token), Ok(25));
        assert!(tokens.check("b", &token).is_err());
        let (offset, tag) = token.split_once('-').unwrap();
        // Another offset with the same tag, signs, case and padding changes.
        for forged in [
            format!("1a-{tag}"),
            format!("+{offset}-{tag}"),
            format!("{offset}-{}", tag.to_uppercase()),
            format!("0{offset}-{tag}"),
            format!("{offset}-{tag}0"),
            format!("{offset}{tag}"),
            String::new(),
        ] {
            if forged != token {
                assert!(tokens.check("a", &forged).is_err(), "{forged}");
            }
        }
    }

    #[test]
    fn pages_cover_every_item_once_and_end_without_a_token() {
        let tokens = PageTokens::new();
        let items: Vec<usize> = (0..7).collect();
        let mut seen = Vec::new();
        let mut token = None;
        loop {
            let (page, next) = tokens
                .page("l", items.clone(), token.as_deref(), 3)
                .unwrap();
            assert!(page.len() <= 3);
            seen.extend(page);
            match next {
                Some(next) => token = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, items);
        // Zero asks for one item, not for none forever.
        let (page, next) = tokens.page("l", items.clone(), None, 0).unwrap();
        assert_eq!((page.len(), next.is_some()), (1, true));
        // An empty listing is one empty page.
        let (page, next) = tokens.page::<u8>("l", Vec::new(), None, 3).unwrap();
        assert!(page.is_empty() && next.is_none());
    }

    #[test]
    fn a_token_past_the_items_end_is_refused() {
        let tokens = PageTokens::new();
        let far = tokens.issue("l", 10);
        assert!(tokens.page("l", vec![1, 2], Some(&far), 5).is_err());
    }
}
