use crate::client::{collect_pages, Call, Client};
use crate::dates::format_dotted;
use crate::error::Result;
use crate::models::{
    CreatedId, GoodsReceipt, IncomingBooking, IncomingBookingsPage, IncomingBookingsQuery,
};

/// Inbound deliveries: `client.goods_receipts()`.
#[derive(Debug, Clone, Copy)]
pub struct GoodsReceipts<'a> {
    client: &'a Client,
}

impl Client {
    /// Inbound deliveries.
    pub fn goods_receipts(&self) -> GoodsReceipts<'_> {
        GoodsReceipts { client: self }
    }
}

impl<'a> GoodsReceipts<'a> {
    /// Announces expected goods (`POST goodsReceipt/add`); answers Wemalo's receipt id.
    /// Not retried once the server may have seen it.
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// use rust_decimal::Decimal;
    /// use wemalo_client::{GoodsReceipt, GoodsReceiptItem};
    /// let receipt = GoodsReceipt {
    ///     external_id: Some("WE-2025-03".into()),
    ///     items: vec![GoodsReceiptItem {
    ///         external_id: Some("NLT-1001".into()), quantity: Decimal::from(40),
    ///         ..Default::default()
    ///     }],
    ///     ..Default::default()
    /// };
    /// let created = client.goods_receipts().add(&receipt).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add(self, receipt: &GoodsReceipt) -> Result<CreatedId> {
        let call = Call::post("goodsReceipt/add", "goodsReceipt/add".into()).json(receipt)?;
        self.client.send(call).await
    }

    /// One page of booked goods receipts (`GET goodsReceipt/get`).
    pub async fn bookings(self, query: &IncomingBookingsQuery) -> Result<IncomingBookingsPage> {
        let call = Call::get("goodsReceipt/get", "goodsReceipt/get".into())
            .query_opt("dateFrom", query.date_from.map(format_dotted))
            .query_opt("dateTo", query.date_to.map(format_dotted))
            .query_opt("deliveryNote", query.delivery_note.as_deref())
            .query_opt("orderId", query.order_id)
            .query_opt("page", query.page);
        self.client.send(call).await
    }

    /// All pages of [`GoodsReceipts::bookings`], from `query.page` (default 0) on.
    pub async fn bookings_all(self, query: &IncomingBookingsQuery) -> Result<Vec<IncomingBooking>> {
        collect_pages(query.page.unwrap_or(0), |page| {
            let q = IncomingBookingsQuery {
                page: Some(page),
                ..query.clone()
            };
            async move { self.bookings(&q).await }
        })
        .await
    }
}
