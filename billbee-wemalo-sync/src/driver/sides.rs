//! The two sides as the driver sees them: traits with exactly the calls a cycle makes, so
//! the driver runs against the real clients, the fakes, or anything else that speaks the
//! two APIs.

use async_trait::async_trait;
use billbee_client::{AddShipment, Order, OrderId, OrderState, Product, UpdateStock};
use wemalo_client::{AvailableStock, GoodsOrder, Product as WemaloProduct};

use crate::flows::SentParcel;

/// What kind of failure a side reports; decides how the driver records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SideErrorKind {
    /// May pass on its own (network, rate limit, server error): try again next cycle.
    Transient,
    /// The other side refused for a reason a person must look at.
    Refused,
    /// The thing asked about does not exist.
    NotFound,
    /// The thing to create exists already.
    AlreadyExists,
}

/// A failed call to one side, with a message that names what went wrong and never holds a
/// secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SideError {
    /// How to treat it.
    pub kind: SideErrorKind,
    /// What went wrong, for the report.
    pub message: String,
}

impl SideError {
    /// A side error of the given kind.
    pub fn new(kind: SideErrorKind, message: impl Into<String>) -> Self {
        SideError {
            kind,
            message: message.into(),
        }
    }
}

/// Which orders to fetch from Billbee.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderQuery {
    /// Only orders in these states (all states when empty).
    pub states: Vec<OrderState>,
    /// Only orders carrying this tag.
    pub tag: Option<String>,
    /// Only orders changed at or after this time.
    pub modified_since: Option<jiff::Timestamp>,
}

/// The Billbee calls a cycle makes.
#[async_trait]
pub trait BillbeeSide: Send + Sync {
    /// Every product, all pages.
    async fn products(&self) -> Result<Vec<Product>, SideError>;
    /// The orders matching `query`, all pages.
    async fn orders(&self, query: &OrderQuery) -> Result<Vec<Order>, SideError>;
    /// One order, or `None` when Billbee does not know it.
    async fn order(&self, id: OrderId) -> Result<Option<Order>, SideError>;
    /// Adds one tag to an order, keeping its other tags.
    async fn add_tag(&self, id: OrderId, tag: &str) -> Result<(), SideError>;
    /// Sets an order's state.
    async fn set_state(&self, id: OrderId, state: OrderState) -> Result<(), SideError>;
    /// Adds a shipment to an order.
    async fn add_shipment(&self, id: OrderId, shipment: &AddShipment) -> Result<(), SideError>;
    /// Writes stock quantities in one request; the inner results are per item.
    async fn set_stock(
        &self,
        updates: &[UpdateStock],
    ) -> Result<Vec<Result<(), SideError>>, SideError>;
}

/// The Wemalo calls a cycle makes.
#[async_trait]
pub trait WemaloSide: Send + Sync {
    /// Creates products in one request.
    async fn create_products(&self, products: &[WemaloProduct]) -> Result<(), SideError>;
    /// Updates one product.
    async fn update_product(&self, product: &WemaloProduct) -> Result<(), SideError>;
    /// Stock rows changed since `since` (Wemalo's local time), or all when `None`.
    async fn stock_changes(
        &self,
        since: Option<jiff::civil::DateTime>,
    ) -> Result<Vec<AvailableStock>, SideError>;
    /// Creates a goods order; returns Wemalo's internal id when it tells one.
    /// An existing external id is an error of kind [`SideErrorKind::AlreadyExists`].
    async fn create_order(&self, order: &GoodsOrder) -> Result<Option<i64>, SideError>;
    /// Whether Wemalo has a goods order with this external id.
    async fn has_order(&self, external_id: &str) -> Result<bool, SideError>;
    /// Replaces a goods order Wemalo has not started processing; refused once it has.
    async fn update_order(&self, order: &GoodsOrder) -> Result<(), SideError>;
    /// Cancels a goods order; refused once picking has begun.
    async fn cancel_order(&self, external_id: &str) -> Result<(), SideError>;
    /// Parcels handed to carriers since `since` (Wemalo's local time), or all when `None`.
    async fn sent_parcels(
        &self,
        since: Option<jiff::civil::DateTime>,
    ) -> Result<Vec<SentParcel>, SideError>;
}
