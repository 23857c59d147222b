//! Flow 3, orders Billbee → Wemalo: hand over what is eligible, tag it once Wemalo confirmed,
//! hold back what cannot go with a reason, and send again what the merchant released by
//! removing the received tag.

use billbee_client::{Order, OrderId};

use crate::action::{Action, TagPurpose};
use crate::config::has_tag;
use crate::mapping::{fingerprint, map_order, Catalog};
use crate::plan::{Finding, FlowPlan};
use crate::state::{OrderProgress, OrderStage, SyncState};
use crate::{SyncConfig, SyncInputs};

/// Plans the orders flow. Expects the products flow to have run first, so that `state`
/// knows which products Wemalo has.
pub fn plan_orders(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> FlowPlan {
    FlowPlan::standalone(inputs, state, config, decide_orders)
}

/// The decisions of [`plan_orders`] on a state that has already absorbed the inputs.
pub(crate) fn decide_orders(
    inputs: &SyncInputs,
    state: &SyncState,
    config: &SyncConfig,
) -> FlowPlan {
    let mut plan = FlowPlan::empty();
    let catalog = Catalog::new(&inputs.products, state.products.keys());
    let empty = OrderProgress::default();
    for (id, order) in super::latest_orders(&inputs.orders) {
        let progress = state.orders.get(&id).unwrap_or(&empty);
        let in_state = order.state == Some(config.order_state());
        let tagged = has_tag(&order.tags, &config.orders_tag);
        let received = has_tag(&order.tags, &config.received_tag);
        match progress.stage {
            OrderStage::Pending if in_state && tagged && !received => {
                hand_over(&mut plan, id, order, progress, &catalog, config)
            }
            // A create left in doubt is settled even when the received tag already landed
            // (a crash after the tag, before the state was saved): the driver asks Wemalo
            // first and only records the order as transferred.
            OrderStage::Sending if in_state && tagged => {
                hand_over(&mut plan, id, order, progress, &catalog, config)
            }
            stage if stage.in_warehouse() && !received => {
                let released = stage == OrderStage::Transferred
                    && progress.received_tagged
                    && in_state
                    && tagged;
                if released {
                    // The merchant removed the tag to send a changed order again.
                    retransfer(&mut plan, id, order, progress, &catalog, config);
                } else {
                    // Wemalo has the order, so the tag belongs there: it never landed (a
                    // crash between the two steps) or was removed from an order that can
                    // no longer change.
                    plan.actions.push(received_tag(id, config));
                }
            }
            _ => {}
        }
    }
    plan
}

fn received_tag(order_id: OrderId, config: &SyncConfig) -> Action {
    Action::AddTag {
        order_id,
        tag: config.received_tag.clone(),
        purpose: TagPurpose::Received,
    }
}

fn hand_over(
    plan: &mut FlowPlan,
    order_id: OrderId,
    order: &Order,
    progress: &OrderProgress,
    catalog: &Catalog<'_>,
    config: &SyncConfig,
) {
    match map_order(order, catalog, config) {
        Ok(goods_order) => plan.actions.push(Action::TransferOrder {
            order_id,
            goods_order,
        }),
        Err(reason) => {
            let same_reason = progress.held_reason.as_deref() == Some(reason.to_string().as_str());
            let tagged_already = has_tag(&order.tags, &config.held_tag);
            let set_tag = !(tagged_already || progress.held_tagged && same_reason);
            plan.findings.push(Finding::OrderHeld {
                order_id,
                reason: reason.clone(),
            });
            // Held for the same reason and already marked: nothing new to do or record.
            if !set_tag && same_reason {
                return;
            }
            plan.actions.push(Action::HoldOrder {
                order_id,
                reason,
                set_tag,
            });
        }
    }
}

fn retransfer(
    plan: &mut FlowPlan,
    order_id: OrderId,
    order: &Order,
    progress: &OrderProgress,
    catalog: &Catalog<'_>,
    config: &SyncConfig,
) {
    match map_order(order, catalog, config) {
        Ok(goods_order) if progress.fingerprint.as_deref() == Some(&fingerprint(&goods_order)) => {
            // Nothing Wemalo holds would change: only the tag is missing.
            plan.actions.push(received_tag(order_id, config));
        }
        Ok(goods_order) => plan.actions.push(Action::RetransferOrder {
            order_id,
            goods_order,
        }),
        Err(reason) => {
            plan.findings
                .push(Finding::ChangeNotMapped { order_id, reason });
            plan.actions.push(received_tag(order_id, config));
        }
    }
}
