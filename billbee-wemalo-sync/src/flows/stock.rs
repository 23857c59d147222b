//! Flow 2, stock Wemalo → Billbee.
//!
//! The rule: Billbee offers what the warehouse holds minus what Billbee already counts as
//! sold and unshipped (its unfulfilled amount), so nothing is sellable that the warehouse
//! cannot ship. An order Wemalo has already sent but Billbee still counts as open is added
//! back, so nothing is subtracted twice. Example: 80 on hand, 29 of them reserved for a
//! transferred, unshipped order that Billbee counts as open → Billbee offers 51.

use std::collections::BTreeMap;

use billbee_client::Product;
use rust_decimal::Decimal;

use crate::action::{Action, StockChange};
use crate::mapping::product::{is_stocked, non_empty};
use crate::plan::{Finding, FlowPlan};
use crate::state::SyncState;
use crate::{SyncConfig, SyncInputs};

/// Plans the stock flow.
///
/// Fresh Wemalo rows (`inputs.warehouse_stock`) are merged into the state's last known
/// quantities first; products Wemalo has reported no stock for are left alone.
pub fn plan_stock(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> FlowPlan {
    FlowPlan::standalone(inputs, state, config, decide_stock)
}

/// The decisions of [`plan_stock`] on a state that has already absorbed the inputs.
pub(crate) fn decide_stock(
    inputs: &SyncInputs,
    state: &SyncState,
    config: &SyncConfig,
) -> FlowPlan {
    let mut plan = FlowPlan::empty();
    let on_hand = &state.warehouse_stock;
    let shipped_not_marked = shipped_not_marked(state);
    let mut changes = Vec::new();
    for product in inputs.products.iter().filter(|p| is_stocked(p)) {
        let (Some(id), Some(sku)) = (product.id, non_empty(product.sku.as_deref())) else {
            continue;
        };
        let external_id = id.0.to_string();
        if !state.products.contains_key(&external_id) {
            continue;
        }
        let Some(held) = on_hand.get(&external_id) else {
            continue;
        };
        let (current, unfulfilled) = billbee_stock(product, config.storage_location);
        let add_back = shipped_not_marked
            .get(&external_id)
            .copied()
            .unwrap_or_default();
        let mut target = (*held - unfulfilled + add_back).normalize();
        if target < Decimal::ZERO {
            plan.findings.push(Finding::NegativeStock {
                sku: sku.to_string(),
                computed: target,
            });
            target = Decimal::ZERO;
        }
        if current == Some(target) {
            continue;
        }
        changes.push(StockChange {
            sku: sku.to_string(),
            external_id,
            from: current,
            to: target,
        });
    }
    let batch = config.stock_batch_size.max(1);
    plan.actions = changes
        .chunks(batch)
        .map(|chunk| Action::SetStock {
            changes: chunk.to_vec(),
        })
        .collect();
    plan
}

/// Quantities of orders Wemalo has sent completely while Billbee still counts them open.
fn shipped_not_marked(state: &SyncState) -> BTreeMap<String, Decimal> {
    let mut out: BTreeMap<String, Decimal> = BTreeMap::new();
    for progress in state.orders.values() {
        if progress.warehouse_shipped && !progress.shipped_state_set {
            for (external_id, quantity) in &progress.quantities {
                *out.entry(external_id.clone()).or_default() += *quantity;
            }
        }
    }
    out
}

/// Billbee's current quantity and unfulfilled amount at the configured location. Location 0
/// is the account's default: the product's own `StockCurrent`, and the unfulfilled amount of
/// its first `Stocks` entry. Known shortcoming: that Billbee lists the default location first
/// is an assumption (the fact sheets do not say); set `storage_location` to the default
/// location's id to be independent of it.
fn billbee_stock(product: &Product, location: i64) -> (Option<Decimal>, Decimal) {
    let entry = if location == 0 {
        product.stocks.first()
    } else {
        product.stocks.iter().find(|s| s.stock_id == Some(location))
    };
    let unfulfilled = entry.and_then(|s| s.unfulfilled_amount).unwrap_or_default();
    let current = if location == 0 {
        product
            .stock_current
            .or_else(|| entry.and_then(|s| s.stock_current))
    } else {
        entry.and_then(|s| s.stock_current)
    };
    (current.map(|c| c.normalize()), unfulfilled)
}
