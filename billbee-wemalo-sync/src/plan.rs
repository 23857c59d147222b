//! What a flow returns: the actions to take, the findings to report, and the state as it
//! will be once every action has succeeded.

use billbee_client::OrderId;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::action::{follow_ups, Action, Flow, Outcome};
use crate::mapping::{HoldReason, ProductProblem};
use crate::state::SyncState;
use crate::SyncConfig;

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
    /// Starts a plan from the state the flow was given (plus any bookkeeping the flow did).
    pub(crate) fn new(state: SyncState) -> Self {
        FlowPlan {
            actions: Vec::new(),
            findings: Vec::new(),
            next_state: state,
        }
    }

    /// Completes `next_state` by recording every action, and its follow-ups, as succeeded.
    pub(crate) fn finish(mut self, config: &SyncConfig) -> Self {
        let mut pending: Vec<Action> = self.actions.clone();
        let mut index = 0;
        while index < pending.len() {
            let action = pending[index].clone();
            let outcome = Outcome::Done(None);
            self.next_state.record_intent(&action);
            self.next_state.record(&action, &outcome);
            pending.extend(follow_ups(&action, &outcome, config));
            index += 1;
        }
        self
    }
}
