//! Flow 4, cancellations Billbee → Wemalo: cancel in Wemalo what was cancelled in Billbee,
//! tag it once Wemalo confirmed, and mark a refusal so a person sees it.

use billbee_client::OrderState;

use crate::action::{Action, TagPurpose};
use crate::config::has_tag;
use crate::plan::FlowPlan;
use crate::state::{OrderStage, SyncState};
use crate::{SyncConfig, SyncInputs};

/// Plans the cancellations flow.
pub fn plan_cancellations(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> FlowPlan {
    FlowPlan::standalone(inputs, state, config, decide_cancellations)
}

/// The decisions of [`plan_cancellations`] on a state that has already absorbed the inputs.
pub(crate) fn decide_cancellations(
    inputs: &SyncInputs,
    state: &SyncState,
    config: &SyncConfig,
) -> FlowPlan {
    let mut plan = FlowPlan::empty();
    for (order_id, order) in super::latest_orders(&inputs.orders) {
        if order.state != Some(OrderState::Cancelled) {
            continue;
        }
        let Some(progress) = state.orders.get(&order_id) else {
            continue;
        };
        match progress.stage {
            OrderStage::Transferred | OrderStage::Sending => {
                plan.actions.push(Action::CancelOrder { order_id })
            }
            OrderStage::Cancelled
                if !progress.cancelled_tagged && !has_tag(&order.tags, &config.cancelled_tag) =>
            {
                plan.actions.push(Action::AddTag {
                    order_id,
                    tag: config.cancelled_tag.clone(),
                    purpose: TagPurpose::Cancelled,
                })
            }
            OrderStage::CancelRefused if !progress.refusal_tagged => {
                plan.actions.push(Action::AddTag {
                    order_id,
                    tag: config.cancel_refused_tag.clone(),
                    purpose: TagPurpose::CancelRefused,
                })
            }
            _ => {}
        }
    }
    plan
}
