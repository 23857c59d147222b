//! `client.orders()`: orders, their tags, state, shipments, invoices and messages.

use crate::models::*;
use crate::transport::{seg, Req};
use crate::{Client, Page, Result};
use jiff::Timestamp;
use serde_json::{Map, Value};

handle!(
    /// Order endpoints; get it from [`Client::orders`].
    Orders
);

impl<'a> Orders<'a> {
    /// Lists orders with filters (`GET /orders`); set filters, then `send`, `stream` or
    /// `collect_all`.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::OrderState;
    /// let paid = client.orders().list().states([OrderState::Paid]).tags(["wemalo"])
    ///     .collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListOrders<'a> {
        ListOrders::new(self.client)
    }

    /// Reads one order by Billbee id (`GET /orders/{id}`). Billbee allows this 6 times per
    /// minute per order.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let order = client.orders().get(billbee_client::OrderId(100000001000102)).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get(self, id: OrderId) -> Result<Order> {
        let req = Req::get("/orders/{id}", format!("/orders/{id}"));
        self.client.send(req).await?.envelope()
    }

    /// Reads one order by its external order number (`GET /orders/findbyextref/{extRef}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let order = client.orders().find_by_external_reference("10002/A").await?;
    /// # Ok(()) }
    /// ```
    pub async fn find_by_external_reference(self, ext_ref: &str) -> Result<Order> {
        let req = Req::get(
            "/orders/findbyextref/{extRef}",
            format!("/orders/findbyextref/{}", seg(ext_ref)?),
        );
        self.client.send(req).await?.envelope()
    }

    /// Finds an order by the id a partner (shop) gave it (`GET /orders/find/{id}/{partner}`).
    /// Deprecated by Billbee; returns the body as JSON.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let found = client.orders().find("10002", "shopify").await?;
    /// # Ok(()) }
    /// ```
    pub async fn find(self, external_id: &str, partner: &str) -> Result<Value> {
        let path = format!("/orders/find/{}/{}", seg(external_id)?, seg(partner)?);
        self.client
            .send(Req::get("/orders/find/{id}/{partner}", path))
            .await?
            .loose()
    }

    /// Creates an order (`POST /orders`); `api_account_id` chooses the shop connection. The
    /// invoice and shipping address need a `billbee_id` (0 for a new one) or Billbee answers
    /// 400. Timestamps are sent without a zone, as Billbee writes them.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::Order;
    /// let created = client.orders().create(&Order { order_number: Some("X-1".into()),
    ///     ..Default::default() }).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(self, order: &Order) -> Result<Order> {
        let req = Req::post("/orders", "/orders").json(order)?;
        self.client.send(req).await?.envelope()
    }

    /// Adds tags to an order (`POST /orders/{id}/tags`); tags it already has (compared
    /// case-insensitively) are ignored. This is the safe way to tag.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.orders().add_tags(billbee_client::OrderId(1), ["order_received_by_wemalo"]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_tags<I, S>(self, id: OrderId, tags: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let body = OrderTags {
            tags: tags.into_iter().map(Into::into).collect(),
        };
        let req = Req::post("/orders/{id}/tags", format!("/orders/{id}/tags")).json(&body)?;
        self.client.send(req).await?.loose().map(drop)
    }

    /// Replaces ALL tags of an order (`PUT /orders/{id}/tags`).
    ///
    /// Danger: tags the merchant or another tool set meanwhile are lost. Prefer
    /// [`add_tags`](Self::add_tags); use this only to remove a tag, right after reading the order.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.orders().set_tags(billbee_client::OrderId(1), ["wemalo"]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_tags<I, S>(self, id: OrderId, tags: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let body = OrderTags {
            tags: tags.into_iter().map(Into::into).collect(),
        };
        let req = Req::put("/orders/{id}/tags", format!("/orders/{id}/tags"), true).json(&body)?;
        self.client.send(req).await?.loose().map(drop)
    }

    /// Sets the state of an order (`PUT /orders/{id}/orderstate`); Billbee may push it to the
    /// shop. An unknown id gives an error with status 404.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::{OrderId, OrderState};
    /// client.orders().set_state(OrderId(1), OrderState::Shipped).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_state(self, id: OrderId, state: OrderState) -> Result<()> {
        let body = OrderStateUpdate {
            new_state_id: Some(state.id()),
        };
        let req = Req::put(
            "/orders/{id}/orderstate",
            format!("/orders/{id}/orderstate"),
            true,
        )
        .json(&body)?;
        self.client.send(req).await?.empty_ok()
    }

    /// Records a parcel on an order (`POST /orders/{id}/shipment`). Not repeated on failure:
    /// a repeat could record the parcel twice.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::{AddShipment, OrderId};
    /// let parcel = AddShipment { shipping_id: Some("00340000000000000017".into()),
    ///     shipment_type: Some(0), ..Default::default() };
    /// client.orders().add_shipment(OrderId(1), &parcel).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_shipment(self, id: OrderId, shipment: &AddShipment) -> Result<()> {
        let req =
            Req::post("/orders/{id}/shipment", format!("/orders/{id}/shipment")).json(shipment)?;
        self.client.send(req).await?.empty_ok()
    }

    /// Changes some fields of an order (`PATCH /orders/{id}`), e.g. `{"SellerComment": ".."}`;
    /// see [`patchable_fields`](Self::patchable_fields). Returns the updated order.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut fields = serde_json::Map::new();
    /// fields.insert("SellerComment".into(), "handed to the warehouse".into());
    /// let order = client.orders().patch(billbee_client::OrderId(1), &fields).await?;
    /// # Ok(()) }
    /// ```
    pub async fn patch(self, id: OrderId, fields: &Map<String, Value>) -> Result<Order> {
        let req = Req::patch("/orders/{id}", format!("/orders/{id}")).json(fields)?;
        self.client.send(req).await?.envelope()
    }

    /// The order fields that [`patch`](Self::patch) accepts (`GET /orders/PatchableFields`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let fields = client.orders().patchable_fields().await?;
    /// # Ok(()) }
    /// ```
    pub async fn patchable_fields(self) -> Result<Value> {
        let req = Req::get("/orders/PatchableFields", "/orders/PatchableFields");
        self.client.send(req).await?.loose()
    }

    /// Lists invoices with filters (`GET /orders/invoices`). Billbee allows this once a minute
    /// for the same page and start date.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let first = client.orders().invoices().include_positions(true).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn invoices(self) -> ListInvoices<'a> {
        ListInvoices::new(self.client)
    }

    /// Creates the delivery note of an order (`POST /orders/CreateDeliveryNote/{id}`),
    /// optionally with its PDF and a copy to a cloud storage. Limited to once per 5 minutes.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let note = client.orders().create_delivery_note(billbee_client::OrderId(1), true,
    ///     None).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_delivery_note(
        self,
        id: OrderId,
        include_pdf: bool,
        send_to_cloud_id: Option<i64>,
    ) -> Result<Value> {
        let req = Req::post(
            "/orders/CreateDeliveryNote/{id}",
            format!("/orders/CreateDeliveryNote/{id}"),
        )
        .query("includePdf", include_pdf)
        .query_opt("sendToCloudId", send_to_cloud_id);
        self.client.send(req).await?.loose()
    }

    /// Creates the invoice of an order (`POST /orders/CreateInvoice/{id}`), optionally with
    /// its PDF, a layout and a copy to a cloud storage. Limited to once per 5 minutes.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let inv = client.orders().create_invoice(billbee_client::OrderId(1), false, None,
    ///     None).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_invoice(
        self,
        id: OrderId,
        include_pdf: bool,
        template_id: Option<i64>,
        send_to_cloud_id: Option<i64>,
    ) -> Result<CreatedInvoice> {
        let req = Req::post(
            "/orders/CreateInvoice/{id}",
            format!("/orders/CreateInvoice/{id}"),
        )
        .query("includeInvoicePdf", include_pdf)
        .query_opt("templateId", template_id)
        .query_opt("sendToCloudId", send_to_cloud_id);
        self.client.send(req).await?.envelope()
    }

    /// Sends a message to the buyer (`POST /orders/{id}/send-message`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::{MultiLanguageString, SendMessage};
    /// let text = |t: &str| vec![MultiLanguageString { text: Some(t.into()),
    ///     language_code: Some("DE".into()) }];
    /// let msg = SendMessage { send_mode: Some(1), subject: text("Versand"),
    ///     body: text("Unterwegs"),
    ///     ..Default::default() };
    /// client.orders().send_message(billbee_client::OrderId(1), &msg).await?;
    /// # Ok(()) }
    /// ```
    pub async fn send_message(self, id: OrderId, message: &SendMessage) -> Result<()> {
        let req = Req::post(
            "/orders/{id}/send-message",
            format!("/orders/{id}/send-message"),
        )
        .json(message)?;
        self.client.send(req).await?.loose().map(drop)
    }

    /// Fires a named event on an order so the account's automation rules run
    /// (`POST /orders/{id}/trigger-event`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::TriggerEvent;
    /// let ev = TriggerEvent { name: Some("wemalo_shipped".into()), delay_in_minutes: Some(0) };
    /// client.orders().trigger_event(billbee_client::OrderId(1), &ev).await?;
    /// # Ok(()) }
    /// ```
    pub async fn trigger_event(self, id: OrderId, event: &TriggerEvent) -> Result<()> {
        let req = Req::post(
            "/orders/{id}/trigger-event",
            format!("/orders/{id}/trigger-event"),
        )
        .json(event)?;
        self.client.send(req).await?.loose().map(drop)
    }

    /// Fills Billbee placeholders in a text with the order's data
    /// (`POST /orders/{id}/parse-placeholders`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::ParsePlaceholders;
    /// let req = ParsePlaceholders { text_to_parse: Some("Order [OrderNumber]".into()),
    ///     ..Default::default() };
    /// let parsed = client.orders().parse_placeholders(billbee_client::OrderId(1), &req).await?;
    /// # Ok(()) }
    /// ```
    pub async fn parse_placeholders(
        self,
        id: OrderId,
        text: &ParsePlaceholders,
    ) -> Result<ParsedText> {
        let path = format!("/orders/{id}/parse-placeholders");
        let req = Req::post("/orders/{id}/parse-placeholders", path).json(text)?;
        self.client.send(req).await?.bare()
    }

    /// Adds a message to the order's message thread (`POST /orders/{id}/message`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::OrderMessage;
    /// let note = OrderMessage { is_internal: Some(true), text: Some("checked".into()),
    ///     ..Default::default() };
    /// client.orders().add_message(billbee_client::OrderId(1), &note).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_message(self, id: OrderId, message: &OrderMessage) -> Result<()> {
        let req =
            Req::post("/orders/{id}/message", format!("/orders/{id}/message")).json(message)?;
        self.client.send(req).await?.loose().map(drop)
    }
}

/// Builder for `GET /orders`; from [`Orders::list`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListOrders<'a> {
    client: &'a Client,
    page: Option<u32>,
    page_size: Option<u32>,
    states: Vec<i32>,
    tags: Vec<String>,
    exclude_tags: Option<bool>,
    modified_at_min: Option<Timestamp>,
    modified_at_max: Option<Timestamp>,
    min_order_date: Option<Timestamp>,
    max_order_date: Option<Timestamp>,
    shop_ids: Vec<i64>,
    minimum_order_id: Option<OrderId>,
    article_title_source: Option<i32>,
}

impl<'a> ListOrders<'a> {
    fn new(client: &'a Client) -> Self {
        Self {
            client,
            page: None,
            page_size: None,
            states: Vec::new(),
            tags: Vec::new(),
            exclude_tags: None,
            modified_at_min: None,
            modified_at_max: None,
            min_order_date: None,
            max_order_date: None,
            shop_ids: Vec::new(),
            minimum_order_id: None,
            article_title_source: None,
        }
    }

    paging!(Order);

    /// Only orders in one of these states (`orderStateId`, repeated).
    pub fn states(mut self, states: impl IntoIterator<Item = OrderState>) -> Self {
        self.states = states.into_iter().map(OrderState::id).collect();
        self
    }

    /// Only orders carrying these tags (`tag`, repeated); see [`exclude_tags`](Self::exclude_tags).
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }

    /// When true, `tags` becomes an exclusion list: orders carrying them are left out.
    pub fn exclude_tags(mut self, exclude: bool) -> Self {
        self.exclude_tags = Some(exclude);
        self
    }

    /// Only orders last modified after this instant (`modifiedAtMin`).
    pub fn modified_at_min(mut self, at: Timestamp) -> Self {
        self.modified_at_min = Some(at);
        self
    }

    /// Only orders last modified at or before this instant (`modifiedAtMax`).
    pub fn modified_at_max(mut self, at: Timestamp) -> Self {
        self.modified_at_max = Some(at);
        self
    }

    /// Only orders placed at or after this instant (`minOrderDate`).
    pub fn min_order_date(mut self, at: Timestamp) -> Self {
        self.min_order_date = Some(at);
        self
    }

    /// Only orders placed at or before this instant (`maxOrderDate`).
    pub fn max_order_date(mut self, at: Timestamp) -> Self {
        self.max_order_date = Some(at);
        self
    }

    /// Only orders of these shop connections (`shopId`, repeated).
    pub fn shop_ids(mut self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.shop_ids = ids.into_iter().collect();
        self
    }

    /// Only orders whose Billbee id is at least this (`minimumBillBeeOrderId`); a stable
    /// cursor for walking a changing list.
    pub fn minimum_order_id(mut self, id: OrderId) -> Self {
        self.minimum_order_id = Some(id);
        self
    }

    /// Where position titles come from: 0 the order (default), 1 the article title,
    /// 2 the article's invoice text.
    pub fn article_title_source(mut self, source: i32) -> Self {
        self.article_title_source = Some(source);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Order>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get("/orders", "/orders")
            .query_opt("minOrderDate", self.min_order_date)
            .query_opt("maxOrderDate", self.max_order_date)
            .query("page", page)
            .query_opt("pageSize", self.page_size)
            .query_all("shopId", &self.shop_ids)
            .query_all("orderStateId", &self.states)
            .query_all("tag", &self.tags)
            .query_opt("minimumBillBeeOrderId", self.minimum_order_id)
            .query_opt("modifiedAtMin", self.modified_at_min)
            .query_opt("modifiedAtMax", self.modified_at_max)
            .query_opt("articleTitleSource", self.article_title_source)
            .query_opt("excludeTags", self.exclude_tags);
        self.client.send(req).await?.paged(page)
    }
}

/// Builder for `GET /orders/invoices`; from [`Orders::invoices`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListInvoices<'a> {
    client: &'a Client,
    page: Option<u32>,
    page_size: Option<u32>,
    min_invoice_date: Option<Timestamp>,
    max_invoice_date: Option<Timestamp>,
    shop_ids: Vec<i64>,
    states: Vec<i32>,
    tags: Vec<String>,
    min_pay_date: Option<Timestamp>,
    max_pay_date: Option<Timestamp>,
    include_positions: Option<bool>,
    exclude_tags: Option<bool>,
}

impl<'a> ListInvoices<'a> {
    fn new(client: &'a Client) -> Self {
        Self {
            client,
            page: None,
            page_size: None,
            min_invoice_date: None,
            max_invoice_date: None,
            shop_ids: Vec::new(),
            states: Vec::new(),
            tags: Vec::new(),
            min_pay_date: None,
            max_pay_date: None,
            include_positions: None,
            exclude_tags: None,
        }
    }

    paging!(InvoiceRecord);

    /// Only invoices dated at or after this instant.
    pub fn min_invoice_date(mut self, at: Timestamp) -> Self {
        self.min_invoice_date = Some(at);
        self
    }

    /// Only invoices dated at or before this instant.
    pub fn max_invoice_date(mut self, at: Timestamp) -> Self {
        self.max_invoice_date = Some(at);
        self
    }

    /// Only invoices of orders from these shop connections.
    pub fn shop_ids(mut self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.shop_ids = ids.into_iter().collect();
        self
    }

    /// Only invoices of orders in these states.
    pub fn states(mut self, states: impl IntoIterator<Item = OrderState>) -> Self {
        self.states = states.into_iter().map(OrderState::id).collect();
        self
    }

    /// Only invoices of orders with these tags (or without, with `exclude_tags`).
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }

    /// When true, `tags` excludes instead of includes.
    pub fn exclude_tags(mut self, exclude: bool) -> Self {
        self.exclude_tags = Some(exclude);
        self
    }

    /// Only invoices paid at or after this instant.
    pub fn min_pay_date(mut self, at: Timestamp) -> Self {
        self.min_pay_date = Some(at);
        self
    }

    /// Only invoices paid at or before this instant.
    pub fn max_pay_date(mut self, at: Timestamp) -> Self {
        self.max_pay_date = Some(at);
        self
    }

    /// Include the invoice positions.
    pub fn include_positions(mut self, include: bool) -> Self {
        self.include_positions = Some(include);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<InvoiceRecord>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get("/orders/invoices", "/orders/invoices")
            .query_opt("minInvoiceDate", self.min_invoice_date)
            .query_opt("maxInvoiceDate", self.max_invoice_date)
            .query("page", page)
            .query_opt("pageSize", self.page_size)
            .query_all("shopId", &self.shop_ids)
            .query_all("orderStateId", &self.states)
            .query_all("tag", &self.tags)
            .query_opt("minPayDate", self.min_pay_date)
            .query_opt("maxPayDate", self.max_pay_date)
            .query_opt("includePositions", self.include_positions)
            .query_opt("excludeTags", self.exclude_tags);
        self.client.send(req).await?.paged(page)
    }
}
