use crate::client::{collect_pages, seg, Call, Client};
use crate::dates::format_dotted;
use crate::error::Result;
use crate::models::{
    CreatedId, Document, ReturnAnnouncement, ReturnBooking, ReturnBookingsPage, ReturnBookingsQuery,
};

/// Customer returns: `client.returns()`.
#[derive(Debug, Clone, Copy)]
pub struct Returns<'a> {
    client: &'a Client,
}

impl Client {
    /// Customer returns.
    pub fn returns(&self) -> Returns<'_> {
        Returns { client: self }
    }
}

fn bookings_call(route: &'static str, q: &ReturnBookingsQuery) -> Call {
    Call::get(route, route.into())
        .query_opt("dateFrom", q.date_from.map(format_dotted))
        .query_opt("dateTo", q.date_to.map(format_dotted))
        .query_opt("externalGoodsOrderId", q.external_goods_order_id.as_deref())
        .query_opt("externalReturnsId", q.external_returns_id.as_deref())
        .query_opt("returnsId", q.returns_id.as_deref())
        .query_opt("page", q.page)
}

impl<'a> Returns<'a> {
    /// Announces a return (`POST returns/announce`); answers Wemalo's return id.
    /// Not retried once the server may have seen it.
    pub async fn announce(self, announcement: &ReturnAnnouncement) -> Result<CreatedId> {
        let call = Call::post("returns/announce", "returns/announce".into()).json(announcement)?;
        self.client.send(call).await
    }

    /// Announces a return unless it exists (`POST returns/announceConditional`, the call
    /// Wemalo's own plugin uses; missing from the 2019 apidoc). Retried like other
    /// requests safe to repeat, on the assumption that "conditional" means exactly that.
    pub async fn announce_conditional(
        self,
        announcement: &ReturnAnnouncement,
    ) -> Result<CreatedId> {
        let route = "returns/announceConditional";
        let call = Call::post(route, route.into())
            .json(announcement)?
            .idempotent();
        self.client.send(call).await
    }

    /// Attaches a PDF to an announced return (`POST returns/document/:externalId`).
    pub async fn add_document(self, external_id: &str, document: &Document) -> Result<()> {
        let path = format!("returns/document/{}", seg(external_id)?);
        let call = Call::post("returns/document/:externalId", path).json(document)?;
        self.client.send_unit(call).await
    }

    /// One page of return bookings by date or id (`GET returns/getBookings`).
    pub async fn bookings(self, query: &ReturnBookingsQuery) -> Result<ReturnBookingsPage> {
        self.client
            .send(bookings_call("returns/getBookings", query))
            .await
    }

    /// All pages of [`Returns::bookings`], from `query.page` (default 0) on.
    pub async fn bookings_all(self, query: &ReturnBookingsQuery) -> Result<Vec<ReturnBooking>> {
        collect_pages(query.page.unwrap_or(0), |page| {
            let q = ReturnBookingsQuery {
                page: Some(page),
                ..query.clone()
            };
            async move { self.bookings(&q).await }
        })
        .await
    }

    /// One page of return bookings not flagged as synchronized yet (`GET returns/booked`).
    pub async fn unsynced_bookings(
        self,
        query: &ReturnBookingsQuery,
    ) -> Result<ReturnBookingsPage> {
        self.client
            .send(bookings_call("returns/booked", query))
            .await
    }

    /// Flags one return booking (its `id`) as synchronized
    /// (`PUT returns/booked/:bookingId`). Safe to repeat.
    pub async fn flag_booked(self, booking_id: i64) -> Result<()> {
        let path = format!("returns/booked/{booking_id}");
        let call = Call::put("returns/booked/:bookingId", path).idempotent();
        self.client.send_unit(call).await
    }
}
