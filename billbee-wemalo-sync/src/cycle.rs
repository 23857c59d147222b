//! All five flows chained into one plan, the way the driver applies them. Pure: the same
//! inputs, state and config always give the same plan.

use serde::Serialize;

use crate::action::{Action, Flow};
use crate::flows::{absorb, cancellations, orders, products, shipments, stock};
use crate::plan::{record_success, Finding, FlowPlan};
use crate::state::SyncState;
use crate::{SyncConfig, SyncInputs};

/// One flow's part of a cycle plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlowSteps {
    /// The flow.
    pub flow: Flow,
    /// Its actions, in order.
    pub actions: Vec<Action>,
    /// What it noticed.
    pub findings: Vec<Finding>,
}

/// The plan of a whole cycle.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CyclePlan {
    /// Each flow's steps, in the order the driver applies them.
    pub flows: Vec<FlowSteps>,
    /// The state once everything has succeeded.
    #[serde(skip)]
    pub next_state: SyncState,
}

impl CyclePlan {
    /// Every action, in order.
    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.flows.iter().flat_map(|f| f.actions.iter())
    }

    /// Every finding, in order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.flows.iter().flat_map(|f| f.findings.iter())
    }
}

/// Plans one cycle: products, then orders (which need the products), cancellations,
/// shipments, and stock. Stock is decided on the state as the inputs were read, because the
/// Billbee quantities it compares against were read then too. The state is copied once and
/// the inputs absorbed once, however many flows run.
pub fn plan_cycle(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> CyclePlan {
    let mut current = state.clone();
    absorb(inputs, &mut current, config);
    let stock = stock::decide_stock(inputs, &current, config);
    type Decide = fn(&SyncInputs, &SyncState, &SyncConfig) -> FlowPlan;
    let chain: [(Flow, Decide); 4] = [
        (Flow::Products, products::decide_products),
        (Flow::Orders, orders::decide_orders),
        (Flow::Cancellations, cancellations::decide_cancellations),
        (Flow::Shipments, shipments::decide_shipments),
    ];
    let mut flows = Vec::with_capacity(5);
    for (flow, decide) in chain {
        let plan = decide(inputs, &current, config);
        record_success(&mut current, &plan.actions, config);
        flows.push(FlowSteps {
            flow,
            actions: plan.actions,
            findings: plan.findings,
        });
    }
    record_success(&mut current, &stock.actions, config);
    flows.push(FlowSteps {
        flow: Flow::Stock,
        actions: stock.actions,
        findings: stock.findings,
    });
    CyclePlan {
        flows,
        next_state: current,
    }
}
