//! Resource handles: one module per Billbee resource.

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name<'a> {
            client: &'a crate::Client,
        }

        impl<'a> $name<'a> {
            pub(crate) fn new(client: &'a crate::Client) -> Self {
                Self { client }
            }
        }
    };
}

/// Adds `page`, `page_size`, `stream` and `collect_all` to a list builder that has
/// `page: Option<u32>`, `page_size: Option<u32>` and `async fn send(self) -> Result<Page<T>>`.
macro_rules! paging {
    ($item:ty) => {
        /// The page to fetch, from 1 (default 1). For `stream`, the first page.
        pub fn page(mut self, page: u32) -> Self {
            self.page = Some(page);
            self
        }

        /// Records per page, 1 to 250 (clamped). `send` defaults to the server's 50,
        /// `stream` and `collect_all` to 250.
        pub fn page_size(mut self, size: u32) -> Self {
            self.page_size = Some(crate::page::clamp_page_size(size));
            self
        }

        /// Streams the records of all pages, one request per page, stopping by the rules of
        /// [`Page::has_next`](crate::Page::has_next). An error ends the stream.
        pub fn stream(self) -> impl futures_util::Stream<Item = crate::Result<$item>> + Send + 'a {
            let size = self.page_size.unwrap_or(crate::page::MAX_PAGE_SIZE);
            let first = self.page.unwrap_or(1);
            crate::page::paginate(first, size, move |page| {
                let mut next = self.clone();
                next.page = Some(page);
                next.page_size = Some(size);
                next.send()
            })
        }

        /// Fetches all pages and returns every record.
        pub async fn collect_all(self) -> crate::Result<Vec<$item>> {
            futures_util::TryStreamExt::try_collect(self.stream()).await
        }
    };
}

/// A list builder with only `page` and `pageSize`.
macro_rules! simple_list {
    ($(#[$doc:meta])* $name:ident, $item:ty, $template:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        #[must_use = "call .send(), .stream() or .collect_all()"]
        pub struct $name<'a> {
            client: &'a crate::Client,
            page: Option<u32>,
            page_size: Option<u32>,
        }

        impl<'a> $name<'a> {
            pub(crate) fn new(client: &'a crate::Client) -> Self {
                Self { client, page: None, page_size: None }
            }

            paging!($item);

            /// Fetches one page.
            pub async fn send(self) -> crate::Result<crate::Page<$item>> {
                let page = self.page.unwrap_or(1);
                let req = crate::transport::Req::get($template, $template)
                    .query("page", page)
                    .query_opt("pageSize", self.page_size);
                self.client.send(req).await?.paged(page)
            }
        }
    };
}

mod customer_addresses;
mod customers;
mod enums;
mod events;
mod misc;
mod orders;
mod products;
mod shipments;
mod stock;
mod webhooks;

pub use customer_addresses::*;
pub use customers::*;
pub use enums::*;
pub use events::*;
pub use misc::*;
pub use orders::*;
pub use products::*;
pub use shipments::*;
pub use stock::*;
pub use webhooks::*;
