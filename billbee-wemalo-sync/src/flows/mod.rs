//! The five flows, each a pure function of what both sides report, the stored state, the
//! config and the time, returning a [`FlowPlan`](crate::FlowPlan).

pub mod cancellations;
pub mod orders;
pub mod products;
pub mod shipments;
pub mod stock;

pub use cancellations::plan_cancellations;
pub use orders::plan_orders;
pub use products::plan_products;
pub use shipments::{plan_shipments, SentParcel};
pub use stock::plan_stock;

use std::collections::BTreeMap;

use billbee_client::{Order, OrderId};

use crate::config::has_tag;
use crate::mapping::product::non_empty;
use crate::state::{OrderStage, SyncState};
use crate::{SyncConfig, SyncInputs};

/// Takes in the facts the inputs report that need no action: fresh warehouse quantities,
/// orders Wemalo reports as completely sent, and received tags already present. Idempotent;
/// every flow starts from an absorbed state, and so does the driver.
pub fn absorb(inputs: &SyncInputs, state: &mut SyncState, config: &SyncConfig) {
    // The SKU index is only built when a row lacks its external id.
    let mut by_sku: Option<BTreeMap<&str, &str>> = None;
    let mut fresh = Vec::with_capacity(inputs.warehouse_stock.len());
    for row in &inputs.warehouse_stock {
        let external_id = match non_empty(row.external_id.as_deref()) {
            Some(id) => Some(id.to_string()),
            None => {
                let index = by_sku.get_or_insert_with(|| {
                    let records = state.products.iter();
                    records
                        .map(|(ext, r)| (r.sku.as_str(), ext.as_str()))
                        .collect()
                });
                row.sku
                    .as_deref()
                    .and_then(|s| index.get(s))
                    .map(|e| e.to_string())
            }
        };
        if let Some(external_id) = external_id {
            fresh.push((external_id, row.total_quantity()));
        }
    }
    state.warehouse_stock.extend(fresh);
    for parcel in inputs.sent_parcels.iter().filter(|p| p.order_complete) {
        let Ok(id) = parcel.external_order_id.trim().parse::<i64>() else {
            continue;
        };
        if let Some(progress) = state.orders.get_mut(&OrderId(id)) {
            if progress.stage.in_warehouse() {
                progress.warehouse_shipped = true;
            }
        }
    }
    for (id, order) in latest_orders(&inputs.orders) {
        if let Some(progress) = state.orders.get_mut(&id) {
            if progress.stage == OrderStage::Transferred
                && has_tag(&order.tags, &config.received_tag)
            {
                progress.received_tagged = true;
            }
        }
    }
}

/// The newest version of each order, by id, in id order. Fetches overlap on purpose, so the
/// same order can arrive twice; the later `LastModifiedAt` wins.
pub(crate) fn latest_orders(orders: &[Order]) -> BTreeMap<OrderId, &Order> {
    let mut out: BTreeMap<OrderId, &Order> = BTreeMap::new();
    for order in orders {
        let Some(id) = order.billbee_order_id else {
            continue;
        };
        match out.get(&id) {
            Some(seen) if seen.last_modified_at >= order.last_modified_at => {}
            _ => {
                out.insert(id, order);
            }
        }
    }
    out
}
