//! The two sides implemented for the real clients (and so for their fakes).

use async_trait::async_trait;
use billbee_client::{AddShipment, Order, OrderId, OrderState, Product, UpdateStock};
use wemalo_client::{AvailableStock, GoodsOrder, Product as WemaloProduct};

use super::sides::{BillbeeSide, OrderQuery, SideError, SideErrorKind, WemaloSide};
use crate::flows::SentParcel;

/// The largest page Billbee serves.
const BILLBEE_PAGE_SIZE: u32 = 250;

/// Wemalo's `fromDate` for "everything": a date before any warehouse data.
fn the_beginning() -> jiff::civil::DateTime {
    jiff::civil::date(2000, 1, 1).at(0, 0, 0, 0)
}

fn billbee_error(e: billbee_client::Error) -> SideError {
    let kind = if e.is_retryable() {
        SideErrorKind::Transient
    } else if e.status() == Some(404) {
        SideErrorKind::NotFound
    } else {
        SideErrorKind::Refused
    };
    SideError::new(kind, format!("Billbee: {}", chain(&e)))
}

fn wemalo_error(e: wemalo_client::Error) -> SideError {
    let text = chain(&e);
    let kind = if e.is_retryable() {
        SideErrorKind::Transient
    } else if e.body_status() == Some(404) || e.status() == Some(404) {
        SideErrorKind::NotFound
    } else if e.body_status() == Some(409) || text.to_lowercase().contains("already exist") {
        SideErrorKind::AlreadyExists
    } else {
        SideErrorKind::Refused
    };
    SideError::new(kind, format!("Wemalo: {text}"))
}

/// An error and its causes on one line; the clients keep secrets out of all of them.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[async_trait]
impl BillbeeSide for billbee_client::Client {
    async fn products(&self) -> Result<Vec<Product>, SideError> {
        self.products()
            .list()
            .page_size(BILLBEE_PAGE_SIZE)
            .collect_all()
            .await
            .map_err(billbee_error)
    }

    async fn orders(&self, query: &OrderQuery) -> Result<Vec<Order>, SideError> {
        let mut list = self.orders().list().page_size(BILLBEE_PAGE_SIZE);
        if !query.states.is_empty() {
            list = list.states(query.states.iter().copied());
        }
        if let Some(tag) = &query.tag {
            list = list.tags([tag.clone()]);
        }
        if let Some(since) = query.modified_since {
            list = list.modified_at_min(since);
        }
        list.collect_all().await.map_err(billbee_error)
    }

    async fn order(&self, id: OrderId) -> Result<Option<Order>, SideError> {
        match self.orders().get(id).await {
            Ok(order) => Ok(Some(order)),
            Err(e) if e.status() == Some(404) => Ok(None),
            Err(e) => Err(billbee_error(e)),
        }
    }

    async fn add_tag(&self, id: OrderId, tag: &str) -> Result<(), SideError> {
        self.orders()
            .add_tags(id, [tag.to_string()])
            .await
            .map_err(billbee_error)
    }

    async fn set_state(&self, id: OrderId, state: OrderState) -> Result<(), SideError> {
        self.orders()
            .set_state(id, state)
            .await
            .map_err(billbee_error)
    }

    async fn add_shipment(&self, id: OrderId, shipment: &AddShipment) -> Result<(), SideError> {
        self.orders()
            .add_shipment(id, shipment)
            .await
            .map_err(billbee_error)
    }

    async fn set_stock(
        &self,
        updates: &[UpdateStock],
    ) -> Result<Vec<Result<(), SideError>>, SideError> {
        let results = self
            .stock()
            .update_many(updates)
            .await
            .map_err(billbee_error)?;
        Ok(results
            .into_iter()
            .map(|r| r.map(|_| ()).map_err(billbee_error))
            .collect())
    }
}

#[async_trait]
impl WemaloSide for wemalo_client::Client {
    async fn create_products(&self, products: &[WemaloProduct]) -> Result<(), SideError> {
        self.products()
            .add_many(products)
            .await
            .map_err(wemalo_error)
    }

    async fn update_product(&self, product: &WemaloProduct) -> Result<(), SideError> {
        self.products()
            .update(&product.external_id, product)
            .await
            .map_err(wemalo_error)
    }

    async fn stock_changes(
        &self,
        since: Option<jiff::civil::DateTime>,
    ) -> Result<Vec<AvailableStock>, SideError> {
        let since = since.unwrap_or_else(the_beginning);
        self.products()
            .available_stock(since)
            .await
            .map_err(wemalo_error)
    }

    async fn create_order(&self, order: &GoodsOrder) -> Result<Option<i64>, SideError> {
        let added = self.goods_orders().add(order).await.map_err(wemalo_error)?;
        Ok(added.id.map(|id| id.0))
    }

    async fn has_order(&self, external_id: &str) -> Result<bool, SideError> {
        match self
            .goods_orders()
            .status(external_id)
            .await
            .map_err(wemalo_error)
        {
            Ok(_) => Ok(true),
            Err(e) if e.kind == SideErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    async fn update_order(&self, order: &GoodsOrder) -> Result<(), SideError> {
        self.goods_orders()
            .add_conditional(order)
            .await
            .map(|_| ())
            .map_err(wemalo_error)
    }

    async fn cancel_order(&self, external_id: &str) -> Result<(), SideError> {
        self.goods_orders()
            .cancel(external_id, None)
            .await
            .map_err(wemalo_error)
    }

    async fn sent_parcels(
        &self,
        since: Option<jiff::civil::DateTime>,
    ) -> Result<Vec<SentParcel>, SideError> {
        let query = wemalo_client::SentPackagesQuery {
            date_from: Some(since.unwrap_or_else(the_beginning)),
            ..wemalo_client::SentPackagesQuery::default()
        };
        let bookings = self
            .goods_orders()
            .sent_packages_all(&query)
            .await
            .map_err(wemalo_error)?;
        Ok(parcels_from_bookings(bookings))
    }
}

/// Folds sent-package bookings (one per product and parcel) into parcels.
fn parcels_from_bookings(bookings: Vec<wemalo_client::SentPackageBooking>) -> Vec<SentParcel> {
    let mut parcels: Vec<SentParcel> = Vec::new();
    for b in bookings {
        let external_order_id = b.external_goods_order_id.clone().unwrap_or_default();
        let tracking_number = b.tracking_number.clone().filter(|t| !t.trim().is_empty());
        let complete = b.order_status_id.as_deref() == Some("500");
        let existing = parcels.iter_mut().find(|p| {
            p.external_order_id == external_order_id && p.tracking_number == tracking_number
        });
        match existing {
            Some(p) => p.order_complete |= complete,
            None => parcels.push(SentParcel {
                external_order_id,
                tracking_number,
                carrier: b.dispatcher_name.clone().or(b.dispatcher_product.clone()),
                order_complete: complete,
            }),
        }
    }
    parcels
}
