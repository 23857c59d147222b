//! What a flow returns: the actions to take, the findings to report, and the state as it
//! will be once every action has succeeded.

use billbee_client::OrderId;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::action::{follow_ups, Action, Flow, Outcome};
use crate::flows::absorb;
use crate::mapping::{HoldReason, ProductProblem};
use crate::state::SyncState;
use crate::{SyncConfig, SyncInputs};

/// Something a flow noticed that a person should know about, without an action to take.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Finding {
    /// A product is not sent to Wemalo.
    ProductNotSent {
        /// Billbee article id, when it has one.
        product_id: Option<i64>,
        /// Why.
        problem: ProductProblem,
    },
    /// An order is held back.
    OrderHeld {
        /// The Billbee order.
        order_id: OrderId,
        /// Why.
        reason: HoldReason,
    },
    /// The stock rule gave a negative quantity; Billbee gets 0 instead.
    NegativeStock {
        /// The SKU.
        sku: String,
        /// The quantity the rule gave.
        computed: Decimal,
    },
    /// Wemalo sent a parcel for an order the sync does not know.
    UnknownParcelOrder {
        /// The external order id Wemalo gave.
        external_id: String,
        /// The parcel's tracking number.
        tracking_number: String,
    },
    /// An order changed after hand-over but the change cannot be mapped; the received tag is
    /// restored and Wemalo keeps the earlier version.
    ChangeNotMapped {
        /// The Billbee order.
        order_id: OrderId,
        /// Why.
        reason: HoldReason,
    },
}

impl Finding {
    /// The flow the finding belongs to.
    pub fn flow(&self) -> Flow {
        match self {
            Finding::ProductNotSent { .. } => Flow::Products,
            Finding::OrderHeld { .. } | Finding::ChangeNotMapped { .. } => Flow::Orders,
            Finding::NegativeStock { .. } => Flow::Stock,
            Finding::UnknownParcelOrder { .. } => Flow::Shipments,
        }
    }
}

/// A flow's result: what to do, what to report, and the state after success.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FlowPlan {
    /// The actions, in the order they should be applied.
    pub actions: Vec<Action>,
    /// What a person should know.
    pub findings: Vec<Finding>,
    /// The state once every action (and its follow-ups) has succeeded.
    #[serde(skip)]
    pub next_state: SyncState,
}

impl FlowPlan {
    /// An empty plan: no actions, no findings, an empty state. Flows fill the first two;
    /// [`FlowPlan::standalone`] adds the next state.
    pub(crate) fn empty() -> Self {
        FlowPlan {
            actions: Vec::new(),
            findings: Vec::new(),
            next_state: SyncState::default(),
        }
    }

    /// Runs a flow's decisions on its own: absorbs the inputs into a copy of `state`,
    /// decides, and completes the next state as if every action succeeded.
    pub(crate) fn standalone(
        inputs: &SyncInputs,
        state: &SyncState,
        config: &SyncConfig,
        decide: fn(&SyncInputs, &SyncState, &SyncConfig) -> FlowPlan,
    ) -> FlowPlan {
        let mut next = state.clone();
        absorb(inputs, &mut next, config);
        let mut plan = decide(inputs, &next, config);
        record_success(&mut next, &plan.actions, config);
        plan.next_state = next;
        plan
    }
}

/// Records `actions`, and the follow-ups each implies, as succeeded.
pub(crate) fn record_success(state: &mut SyncState, actions: &[Action], config: &SyncConfig) {
    let outcome = Outcome::Done(None);
    let mut follow: Vec<Action> = Vec::new();
    for action in actions {
        state.record_intent(action);
        state.record(action, &outcome);
        follow.extend(follow_ups(action, &outcome, config));
    }
    while let Some(action) = follow.pop() {
        state.record(&action, &outcome);
        follow.extend(follow_ups(&action, &outcome, config));
    }
}
