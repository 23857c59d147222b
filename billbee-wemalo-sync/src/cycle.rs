//! All five flows chained into one plan, the way the driver applies them. Pure: the same
//! inputs, state and config always give the same plan.

use serde::Serialize;

use crate::action::{Action, Flow};
use crate::flows::{
    absorb, plan_cancellations, plan_orders, plan_products, plan_shipments, plan_stock,
};
use crate::plan::{Finding, FlowPlan};
use crate::state::SyncState;
use crate::{SyncConfig, SyncInputs};

/// The plan of a whole cycle.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CyclePlan {
    /// Each flow's plan, in the order the driver applies them.
    pub flows: Vec<(Flow, FlowPlan)>,
    /// The state once everything has succeeded.
    #[serde(skip)]
    pub next_state: SyncState,
}

impl CyclePlan {
    /// Every action, in order.
    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.flows.iter().flat_map(|(_, plan)| plan.actions.iter())
    }

    /// Every finding, in order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.flows.iter().flat_map(|(_, plan)| plan.findings.iter())
    }
}

/// Plans one cycle: products, then orders (which need the products), cancellations,
/// shipments, and stock. Stock is planned from the state as the inputs were read, because
/// the Billbee quantities it compares against were read then too.
pub fn plan_cycle(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> CyclePlan {
    let mut absorbed = state.clone();
    absorb(inputs, &mut absorbed, config);
    let stock = plan_stock(inputs, &absorbed, config);
    let mut flows = Vec::new();
    let mut current = absorbed;
    type Planner = fn(&SyncInputs, &SyncState, &SyncConfig) -> FlowPlan;
    let chain: [(Flow, Planner); 4] = [
        (Flow::Products, plan_products),
        (Flow::Orders, plan_orders),
        (Flow::Cancellations, plan_cancellations),
        (Flow::Shipments, plan_shipments),
    ];
    for (flow, planner) in chain {
        let plan = planner(inputs, &current, config);
        current = plan.next_state.clone();
        flows.push((flow, plan));
    }
    for action in &stock.actions {
        current.record(action, &crate::Outcome::Done(None));
    }
    current.warehouse_stock = stock.next_state.warehouse_stock.clone();
    flows.push((Flow::Stock, stock));
    CyclePlan {
        flows,
        next_state: current,
    }
}
