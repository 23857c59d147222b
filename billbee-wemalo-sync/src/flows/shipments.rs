//! Flow 5, shipments Wemalo → Billbee: each parcel handed to a carrier becomes one shipment
//! on the Billbee order (once, however often Wemalo reports it), then the order is set to
//! shipped, once.

use std::collections::BTreeMap;

use billbee_client::{AddShipment, OrderId};
use serde::{Deserialize, Serialize};

use crate::action::Action;
use crate::plan::{Finding, FlowPlan};
use crate::state::SyncState;
use crate::{SyncConfig, SyncInputs};

/// One parcel Wemalo handed to a carrier, as the shipments flow needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentParcel {
    /// The goods order's external id (the Billbee order id as text).
    pub external_order_id: String,
    /// The carrier's tracking number; parcels without one are not added as shipments.
    pub tracking_number: Option<String>,
    /// Carrier or dispatcher profile name, used to find the Billbee carrier.
    pub carrier: Option<String>,
    /// Whether Wemalo reports the whole order as sent with this parcel.
    pub order_complete: bool,
}

/// Plans the shipments flow.
pub fn plan_shipments(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> FlowPlan {
    FlowPlan::standalone(inputs, state, config, decide_shipments)
}

/// The decisions of [`plan_shipments`] on a state that has already absorbed the inputs.
pub(crate) fn decide_shipments(
    inputs: &SyncInputs,
    state: &SyncState,
    config: &SyncConfig,
) -> FlowPlan {
    let mut plan = FlowPlan::empty();
    let mut by_order: BTreeMap<OrderId, Vec<&SentParcel>> = BTreeMap::new();
    for parcel in &inputs.sent_parcels {
        let id = parcel
            .external_order_id
            .trim()
            .parse::<i64>()
            .ok()
            .map(OrderId);
        match id.filter(|id| state.orders.get(id).is_some_and(|p| p.stage.in_warehouse())) {
            Some(id) => by_order.entry(id).or_default().push(parcel),
            None => plan.findings.push(Finding::UnknownParcelOrder {
                external_id: parcel.external_order_id.clone(),
                tracking_number: parcel.tracking_number.clone().unwrap_or_default(),
            }),
        }
    }
    for (order_id, parcels) in &by_order {
        let mut seen = state
            .orders
            .get(order_id)
            .map(|p| p.parcels.clone())
            .unwrap_or_default();
        for parcel in parcels {
            let Some(tracking) = parcel.tracking_number.as_deref().map(str::trim) else {
                continue;
            };
            if tracking.is_empty() || !seen.insert(tracking.to_string()) {
                continue;
            }
            let carrier_id = parcel
                .carrier
                .as_deref()
                .and_then(|c| config.carrier_for(c));
            plan.actions.push(Action::AddShipment {
                order_id: *order_id,
                tracking_number: tracking.to_string(),
                shipment: AddShipment {
                    shipping_id: Some(tracking.to_string()),
                    carrier_id,
                    shipment_type: Some(0),
                    comment: parcel.carrier.clone(),
                    ..AddShipment::default()
                },
            });
        }
    }
    for (order_id, progress) in &state.orders {
        if progress.warehouse_shipped && !progress.shipped_state_set {
            plan.actions.push(Action::MarkShipped {
                order_id: *order_id,
            });
        }
    }
    plan
}
