//! One page of a paged list, and the rules for walking all pages.

use crate::Result;
use futures_util::stream::{self, Stream, StreamExt};
use std::future::Future;

/// The largest page size Billbee accepts.
pub const MAX_PAGE_SIZE: u32 = 250;

/// One page of a paged Billbee list, with the `Paging` block of the envelope.
///
/// Paging numbers that make no sense (negative, as Prism's dynamic mock sends) read as `None`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page<T> {
    /// The records on this page.
    pub items: Vec<T>,
    /// The page number (from 1) that was requested.
    pub page: u32,
    /// How many pages there are, as the server reported.
    pub total_pages: Option<u32>,
    /// How many records there are, as the server reported.
    pub total_rows: Option<u64>,
    /// The page size the server used.
    pub page_size: Option<u32>,
}

impl<T> Page<T> {
    /// Whether a further page should be fetched after this one.
    ///
    /// Stops on an empty page, when the paging block is missing, on `TotalPages` 0, on the
    /// last page (`page >= TotalPages`) and on a short page (fewer records than the page size,
    /// which only the last page can have). The last rule keeps nonsense paging (a huge
    /// `TotalPages` with pages that never end) from looping. `stream` also stops when the
    /// server reports another page number than the one requested.
    pub fn has_next(&self, requested_page_size: u32) -> bool {
        let Some(total) = self.total_pages else {
            return false;
        };
        if self.items.is_empty() || total == 0 || self.page >= total {
            return false;
        }
        let full = match self.page_size {
            Some(size) if size > 0 => size.min(requested_page_size.max(1)),
            _ => requested_page_size.max(1),
        };
        self.items.len() >= full as usize
    }
}

/// Clamps a requested page size into Billbee's range 1..=250.
pub(crate) fn clamp_page_size(size: u32) -> u32 {
    size.clamp(1, MAX_PAGE_SIZE)
}

/// Walks pages starting at `first`, calling `fetch(page)` for each, and yields the records.
///
/// An error ends the stream after being yielded.
pub(crate) fn paginate<'a, T, F, Fut>(
    first: u32,
    page_size: u32,
    fetch: F,
) -> impl Stream<Item = Result<T>> + Send + 'a
where
    T: Send + 'a,
    F: FnMut(u32) -> Fut + Send + 'a,
    Fut: Future<Output = Result<Page<T>>> + Send + 'a,
{
    stream::unfold(
        (Some(first.max(1)), fetch),
        move |(next, mut fetch)| async move {
            let page = next?;
            match fetch(page).await {
                Ok(p) => {
                    // A server that reports another page than the one asked for is not
                    // advancing (it ignores `page`): stop rather than loop on the same data.
                    let following = if p.page == page && p.has_next(page_size) {
                        page.checked_add(1)
                    } else {
                        None
                    };
                    let items: Vec<Result<T>> = p.items.into_iter().map(Ok).collect();
                    Some((items, (following, fetch)))
                }
                Err(e) => Some((vec![Err(e)], (None, fetch))),
            }
        },
    )
    .flat_map(stream::iter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(n: usize, page: u32, total: Option<u32>, size: Option<u32>) -> Page<u8> {
        Page {
            items: vec![0; n],
            page,
            total_pages: total,
            total_rows: None,
            page_size: size,
        }
    }

    #[test]
    fn stop_rules() {
        // (items, page, TotalPages, PageSize, requested size) -> continue?
        let table = [
            (2, 1, Some(3), Some(2), 250, true),
            (2, 3, Some(3), Some(2), 250, false),
            (2, 4, Some(3), Some(2), 250, false),
            (0, 1, Some(3), Some(2), 250, false),
            (2, 1, Some(0), Some(2), 250, false),
            (2, 1, None, Some(2), 250, false),
            (1, 1, Some(3), Some(2), 250, false),
            (250, 1, Some(2_000_000_000), Some(250), 250, true),
            (7, 1, Some(2_000_000_000), Some(1_000_000), 250, false),
            (250, 1, Some(5), None, 250, true),
            (249, 1, Some(5), None, 250, false),
        ];
        for (n, p, total, size, req, want) in table {
            assert_eq!(
                page(n, p, total, size).has_next(req),
                want,
                "{n} {p} {total:?} {size:?}"
            );
        }
    }

    #[test]
    fn clamps_page_size() {
        assert_eq!(clamp_page_size(0), 1);
        assert_eq!(clamp_page_size(1000), 250);
        assert_eq!(clamp_page_size(50), 50);
    }
}
