//! `client.events()`: the account's event log.

use crate::models::*;
use crate::transport::Req;
use crate::{Client, Page, Result};
use jiff::Timestamp;

handle!(
    /// Event log endpoint; get it from [`Client::events`].
    Events
);

impl<'a> Events<'a> {
    /// Lists events (`GET /events`). Billbee allows 2 calls per page per hour.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let page = client.events().list().type_ids([15]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListEvents<'a> {
        ListEvents {
            client: self.client,
            page: None,
            page_size: None,
            min_date: None,
            max_date: None,
            type_ids: Vec::new(),
            order_id: None,
        }
    }
}

/// Builder for `GET /events`; from [`Events::list`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListEvents<'a> {
    client: &'a Client,
    page: Option<u32>,
    page_size: Option<u32>,
    min_date: Option<Timestamp>,
    max_date: Option<Timestamp>,
    type_ids: Vec<i32>,
    order_id: Option<OrderId>,
}

impl<'a> ListEvents<'a> {
    paging!(Event);

    /// Only events at or after this instant.
    pub fn min_date(mut self, at: Timestamp) -> Self {
        self.min_date = Some(at);
        self
    }

    /// Only events at or before this instant.
    pub fn max_date(mut self, at: Timestamp) -> Self {
        self.max_date = Some(at);
        self
    }

    /// Only events of these types (`typeId`, repeated).
    pub fn type_ids(mut self, ids: impl IntoIterator<Item = i32>) -> Self {
        self.type_ids = ids.into_iter().collect();
        self
    }

    /// Only events of this order.
    pub fn order_id(mut self, id: OrderId) -> Self {
        self.order_id = Some(id);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Event>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get("/events", "/events")
            .query_opt("minDate", self.min_date)
            .query_opt("maxDate", self.max_date)
            .query("page", page)
            .query_opt("pageSize", self.page_size)
            .query_all("typeId", &self.type_ids)
            .query_opt("orderId", self.order_id);
        self.client.send(req).await?.paged(page)
    }
}
