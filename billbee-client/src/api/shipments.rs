//! `client.shipments()`: shipping providers, carriers, labels and the shipment list.

use crate::models::*;
use crate::transport::Req;
use crate::{Client, Page, Result};
use jiff::Timestamp;
use serde_json::Value;

handle!(
    /// Shipping endpoints; get it from [`Client::shipments`].
    Shipments
);

impl<'a> Shipments<'a> {
    /// The shipping provider connections with their products (`GET /shipment/shippingproviders`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// for p in client.shipments().providers().await? { println!("{:?}", p.name); }
    /// # Ok(()) }
    /// ```
    pub async fn providers(self) -> Result<Vec<ShippingProvider>> {
        let req = Req::get("/shipment/shippingproviders", "/shipment/shippingproviders");
        self.client.send(req).await?.bare()
    }

    /// The carriers available now (`GET /shipment/shippingcarriers`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let carriers = client.shipments().carriers().await?;
    /// # Ok(()) }
    /// ```
    pub async fn carriers(self) -> Result<Vec<EnumEntry>> {
        let req = Req::get("/shipment/shippingcarriers", "/shipment/shippingcarriers");
        self.client.send(req).await?.bare()
    }

    /// Checks that the credentials work (`GET /shipment/ping`; deprecated by Billbee).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.shipments().ping().await?;
    /// # Ok(()) }
    /// ```
    pub async fn ping(self) -> Result<Value> {
        self.client
            .send(Req::get("/shipment/ping", "/shipment/ping"))
            .await?
            .loose()
    }

    /// Creates a label without an order (`POST /shipment/shipment`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::CreateShipment;
    /// let req = CreateShipment { provider_name: Some("DHL".into()), ..Default::default() };
    /// let label = client.shipments().create(&req).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(self, shipment: &CreateShipment) -> Result<Value> {
        let req = Req::post("/shipment/shipment", "/shipment/shipment").json(shipment)?;
        self.client.send(req).await?.loose()
    }

    /// Creates a label for an order through a provider (`POST /shipment/shipwithlabel`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::{OrderId, ShipWithLabel};
    /// let req = ShipWithLabel { order_id: Some(OrderId(1)), provider_id: Some(2),
    ///     product_id: Some(3),
    ///     change_state_to_send: Some(true), ..Default::default() };
    /// let label = client.shipments().ship_with_label(&req).await?;
    /// # Ok(()) }
    /// ```
    pub async fn ship_with_label(self, request: &ShipWithLabel) -> Result<ShipWithLabelResult> {
        let req = Req::post("/shipment/shipwithlabel", "/shipment/shipwithlabel").json(request)?;
        self.client.send(req).await?.envelope()
    }

    /// Lists shipments (`GET /shipment/shipments`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let recent = client.shipments().list().order_id(billbee_client::OrderId(1)).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListShipments<'a> {
        ListShipments {
            client: self.client,
            page: None,
            page_size: None,
            created_at_min: None,
            created_at_max: None,
            order_id: None,
            minimum_shipment_id: None,
            shipping_provider_id: None,
        }
    }
}

/// Builder for `GET /shipment/shipments`; from [`Shipments::list`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListShipments<'a> {
    client: &'a Client,
    page: Option<u32>,
    page_size: Option<u32>,
    created_at_min: Option<Timestamp>,
    created_at_max: Option<Timestamp>,
    order_id: Option<OrderId>,
    minimum_shipment_id: Option<i64>,
    shipping_provider_id: Option<i64>,
}

impl<'a> ListShipments<'a> {
    paging!(Shipment);

    /// Only shipments created at or after this instant.
    pub fn created_at_min(mut self, at: Timestamp) -> Self {
        self.created_at_min = Some(at);
        self
    }

    /// Only shipments created at or before this instant.
    pub fn created_at_max(mut self, at: Timestamp) -> Self {
        self.created_at_max = Some(at);
        self
    }

    /// Only shipments of this order.
    pub fn order_id(mut self, id: OrderId) -> Self {
        self.order_id = Some(id);
        self
    }

    /// Only shipments with at least this id (ids grow over time).
    pub fn minimum_shipment_id(mut self, id: i64) -> Self {
        self.minimum_shipment_id = Some(id);
        self
    }

    /// Only shipments of this provider.
    pub fn shipping_provider_id(mut self, id: i64) -> Self {
        self.shipping_provider_id = Some(id);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Shipment>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get("/shipment/shipments", "/shipment/shipments")
            .query("page", page)
            .query_opt("pageSize", self.page_size)
            .query_opt("createdAtMin", self.created_at_min)
            .query_opt("createdAtMax", self.created_at_max)
            .query_opt("orderId", self.order_id)
            .query_opt("minimumShipmentId", self.minimum_shipment_id)
            .query_opt("shippingProviderId", self.shipping_provider_id);
        self.client.send(req).await?.paged(page)
    }
}
