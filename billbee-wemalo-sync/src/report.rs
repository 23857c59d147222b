//! What a cycle did, for the operator: counts per flow, the outcome per order, and every
//! error with its reason.

use std::collections::BTreeMap;

use billbee_client::OrderId;
use serde::Serialize;

use crate::action::{Action, Flow, Outcome};
use crate::plan::Finding;

/// Counts for one flow in one cycle.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FlowCounts {
    /// Facts established: products sent, orders handed over or cancelled, parcels booked,
    /// quantities written (see [`Action::weight`]).
    pub done: usize,
    /// Requests-level steps applied, whatever their outcome (tags included).
    pub steps: usize,
    /// Actions the other side refused.
    pub refused: usize,
    /// Orders held back, or products not sent.
    pub held: usize,
    /// Actions that failed and will be tried again.
    pub failed: usize,
    /// Actions skipped because an earlier step for the same order failed.
    pub skipped: usize,
}

/// One applied action and how it went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionOutcome {
    /// The flow.
    pub flow: Flow,
    /// The Billbee order, when the action concerns one.
    pub order_id: Option<OrderId>,
    /// A short name of the action (`transfer_order`, `add_tag`, …).
    pub action: String,
    /// What happened.
    pub outcome: Outcome,
}

/// An error worth a person's attention, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportedError {
    /// The flow.
    pub flow: Flow,
    /// The Billbee order, when there is one.
    pub order_id: Option<OrderId>,
    /// What was attempted.
    pub action: String,
    /// Why it did not happen.
    pub reason: String,
}

/// The result of one cycle (or, for a dry run, of its plan).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CycleReport {
    /// Whether this was only a plan.
    pub dry_run: bool,
    /// Counts per flow.
    pub flows: BTreeMap<Flow, FlowCounts>,
    /// Every action and its outcome, in the order applied.
    pub actions: Vec<ActionOutcome>,
    /// The planned actions (filled for a dry run).
    pub plan: Vec<Action>,
    /// What the flows noticed.
    pub findings: Vec<Finding>,
    /// Every refusal and failure with its reason.
    pub errors: Vec<ReportedError>,
}

impl CycleReport {
    pub(crate) fn counts(&mut self, flow: Flow) -> &mut FlowCounts {
        self.flows.entry(flow).or_default()
    }

    /// Records an applied action.
    pub(crate) fn push(&mut self, action: &Action, outcome: Outcome) {
        let flow = action.flow();
        let name = action_name(action);
        let counts = self.counts(flow);
        counts.steps += 1;
        match &outcome {
            Outcome::Done(_) | Outcome::AlreadyDone => counts.done += action.weight(),
            Outcome::Refused(_) => counts.refused += 1,
            Outcome::Failed(_) => counts.failed += 1,
        }
        if let Outcome::Refused(reason) | Outcome::Failed(reason) = &outcome {
            self.errors.push(ReportedError {
                flow,
                order_id: action.order_id(),
                action: name.to_string(),
                reason: reason.clone(),
            });
        }
        self.actions.push(ActionOutcome {
            flow,
            order_id: action.order_id(),
            action: name.into(),
            outcome,
        });
    }

    /// Records findings; products not sent and orders held count as held in their flow.
    pub(crate) fn add_findings(&mut self, findings: Vec<Finding>) {
        for f in &findings {
            if matches!(
                f,
                Finding::ProductNotSent { .. } | Finding::OrderHeld { .. }
            ) {
                self.counts(f.flow()).held += 1;
            }
        }
        self.findings.extend(findings);
    }

    /// Whether any action failed or was refused.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Whether anything failed in a way the next cycle retries.
    pub fn has_failures(&self) -> bool {
        self.flows.values().any(|c| c.failed > 0)
    }

    /// Number of actions applied, whatever their outcome.
    pub fn action_count(&self) -> usize {
        self.actions.len()
    }
}

/// The snake-case name of an action, as in its serialized form.
pub fn action_name(action: &Action) -> &'static str {
    match action {
        Action::CreateProducts { .. } => "create_products",
        Action::UpdateProduct { .. } => "update_product",
        Action::TransferOrder { .. } => "transfer_order",
        Action::RetransferOrder { .. } => "retransfer_order",
        Action::HoldOrder { .. } => "hold_order",
        Action::AddTag { .. } => "add_tag",
        Action::CancelOrder { .. } => "cancel_order",
        Action::AddShipment { .. } => "add_shipment",
        Action::MarkShipped { .. } => "mark_shipped",
        Action::SetStock { .. } => "set_stock",
    }
}
