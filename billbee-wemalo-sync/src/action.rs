//! Actions: the plain-data steps a plan consists of. A caller can print, store or apply them;
//! the driver applies them and records each outcome with [`SyncState::record`].

use std::collections::BTreeMap;

use billbee_client::{AddShipment, OrderId};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use wemalo_client::{GoodsOrder, Product as WemaloProduct};

use crate::mapping::HoldReason;
use crate::state::{OrderStage, ProductRecord, SyncState};

/// Which of the five flows an action or finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// Billbee products → Wemalo.
    Products,
    /// Wemalo stock → Billbee.
    Stock,
    /// Billbee orders → Wemalo.
    Orders,
    /// Billbee cancellations → Wemalo.
    Cancellations,
    /// Wemalo parcels → Billbee shipments.
    Shipments,
}

impl Flow {
    /// All flows, in the order the driver applies them.
    pub const ALL: [Flow; 5] = [
        Flow::Products,
        Flow::Orders,
        Flow::Cancellations,
        Flow::Shipments,
        Flow::Stock,
    ];
}

/// Why a tag is added; decides what the state remembers once it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TagPurpose {
    /// Wemalo confirmed the order.
    Received,
    /// Wemalo cancelled the order.
    Cancelled,
    /// The order could not be handed over.
    Held,
    /// Wemalo refused a cancellation.
    CancelRefused,
    /// Wemalo refused a change to an order it is processing.
    ChangeRefused,
}

/// One stock quantity to write to Billbee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockChange {
    /// The Billbee SKU.
    pub sku: String,
    /// The Wemalo external id (Billbee article id).
    pub external_id: String,
    /// What Billbee shows now, if it shows anything.
    pub from: Option<Decimal>,
    /// What Billbee will show.
    pub to: Decimal,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Action {
    /// Create new products in Wemalo, in one request.
    CreateProducts {
        /// The products.
        products: Vec<WemaloProduct>,
    },
    /// Update one product Wemalo already has.
    UpdateProduct {
        /// The product as it should be.
        product: WemaloProduct,
    },
    /// Hand an order to Wemalo.
    TransferOrder {
        /// The Billbee order.
        order_id: OrderId,
        /// The goods order to create.
        goods_order: GoodsOrder,
    },
    /// Send an order again after the merchant removed the received tag.
    RetransferOrder {
        /// The Billbee order.
        order_id: OrderId,
        /// The goods order as it should be now.
        goods_order: GoodsOrder,
    },
    /// Record (and mark in Billbee) why an order is not handed over.
    HoldOrder {
        /// The Billbee order.
        order_id: OrderId,
        /// Why.
        reason: HoldReason,
        /// Whether the held tag still has to be set.
        set_tag: bool,
    },
    /// Add a tag to a Billbee order (never replacing the merchant's tags).
    AddTag {
        /// The Billbee order.
        order_id: OrderId,
        /// The tag.
        tag: String,
        /// What the tag records.
        purpose: TagPurpose,
    },
    /// Cancel the order's goods order in Wemalo.
    CancelOrder {
        /// The Billbee order.
        order_id: OrderId,
    },
    /// Add one parcel to the Billbee order as a shipment.
    AddShipment {
        /// The Billbee order.
        order_id: OrderId,
        /// The parcel's tracking number, which identifies it.
        tracking_number: String,
        /// The request body.
        shipment: AddShipment,
    },
    /// Set the Billbee order to shipped.
    MarkShipped {
        /// The Billbee order.
        order_id: OrderId,
    },
    /// Write stock quantities to Billbee, in one request.
    SetStock {
        /// The quantities.
        changes: Vec<StockChange>,
    },
}

impl Action {
    /// The flow the action belongs to.
    pub fn flow(&self) -> Flow {
        match self {
            Action::CreateProducts { .. } | Action::UpdateProduct { .. } => Flow::Products,
            Action::TransferOrder { .. } | Action::RetransferOrder { .. } => Flow::Orders,
            Action::HoldOrder { .. } => Flow::Orders,
            Action::AddTag { purpose, .. } => match purpose {
                TagPurpose::Cancelled | TagPurpose::CancelRefused => Flow::Cancellations,
                _ => Flow::Orders,
            },
            Action::CancelOrder { .. } => Flow::Cancellations,
            Action::AddShipment { .. } | Action::MarkShipped { .. } => Flow::Shipments,
            Action::SetStock { .. } => Flow::Stock,
        }
    }

    /// How many facts the action establishes when it succeeds, for counting: a product
    /// batch counts its products, a stock write its quantities, a transfer, cancellation or
    /// shipment one each. Tags, holds and the shipped state only record facts already
    /// counted and count zero.
    pub fn weight(&self) -> usize {
        match self {
            Action::CreateProducts { products } => products.len(),
            Action::SetStock { changes } => changes.len(),
            Action::UpdateProduct { .. }
            | Action::TransferOrder { .. }
            | Action::RetransferOrder { .. }
            | Action::CancelOrder { .. }
            | Action::AddShipment { .. } => 1,
            Action::HoldOrder { .. } | Action::AddTag { .. } | Action::MarkShipped { .. } => 0,
        }
    }

    /// The Billbee order the action concerns, if one.
    pub fn order_id(&self) -> Option<OrderId> {
        match self {
            Action::TransferOrder { order_id, .. }
            | Action::RetransferOrder { order_id, .. }
            | Action::HoldOrder { order_id, .. }
            | Action::AddTag { order_id, .. }
            | Action::CancelOrder { order_id }
            | Action::AddShipment { order_id, .. }
            | Action::MarkShipped { order_id } => Some(*order_id),
            _ => None,
        }
    }
}

/// What happened when an action was applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "snake_case")]
pub enum Outcome {
    /// It happened. For a transfer, Wemalo's internal order id when it told one.
    Done(Option<i64>),
    /// It had already happened (for example Wemalo already had the order).
    AlreadyDone,
    /// The other side refused, for a reason a person has to look at.
    Refused(String),
    /// It failed for a reason that may pass (network, rate limit, server error); the next
    /// cycle tries again.
    Failed(String),
}

impl Outcome {
    /// Whether the fact the action names now holds.
    pub fn succeeded(&self) -> bool {
        matches!(self, Outcome::Done(_) | Outcome::AlreadyDone)
    }
}

/// What follows from an action's outcome within the same cycle: the received tag after a
/// transfer, the cancelled tag after a cancellation, a visible mark after a refusal.
pub fn follow_ups(action: &Action, outcome: &Outcome, config: &crate::SyncConfig) -> Vec<Action> {
    let tag = |order_id: OrderId, tag: &str, purpose| Action::AddTag {
        order_id,
        tag: tag.to_string(),
        purpose,
    };
    match (action, outcome) {
        (Action::TransferOrder { order_id, .. }, o) if o.succeeded() => {
            vec![tag(*order_id, &config.received_tag, TagPurpose::Received)]
        }
        (Action::RetransferOrder { order_id, .. }, o) if o.succeeded() => {
            vec![tag(*order_id, &config.received_tag, TagPurpose::Received)]
        }
        (Action::RetransferOrder { order_id, .. }, Outcome::Refused(_)) => vec![
            tag(*order_id, &config.received_tag, TagPurpose::Received),
            tag(
                *order_id,
                &config.change_refused_tag,
                TagPurpose::ChangeRefused,
            ),
        ],
        (Action::CancelOrder { order_id }, Outcome::Done(_)) => {
            vec![tag(*order_id, &config.cancelled_tag, TagPurpose::Cancelled)]
        }
        (Action::CancelOrder { order_id }, Outcome::Refused(_)) => {
            vec![tag(
                *order_id,
                &config.cancel_refused_tag,
                TagPurpose::CancelRefused,
            )]
        }
        _ => Vec::new(),
    }
}

impl SyncState {
    /// Marks that a create request is about to be sent, so that a crash before its answer
    /// is recorded makes the next run ask Wemalo first instead of creating a second order.
    pub fn record_intent(&mut self, action: &Action) {
        match action {
            Action::TransferOrder { order_id, .. } => {
                let progress = self.order_mut(*order_id);
                if progress.stage == OrderStage::Pending {
                    progress.stage = OrderStage::Sending;
                }
            }
            Action::AddShipment {
                order_id,
                tracking_number,
                ..
            } => {
                self.order_mut(*order_id)
                    .parcels_in_flight
                    .insert(tracking_number.clone());
            }
            _ => {}
        }
    }

    /// Records what an applied action did. Pure: the same action and outcome always change
    /// the state the same way.
    pub fn record(&mut self, action: &Action, outcome: &Outcome) {
        let ok = outcome.succeeded();
        match action {
            Action::CreateProducts { products } if ok => {
                for p in products {
                    self.remember_product(p);
                }
            }
            Action::UpdateProduct { product } if ok => self.remember_product(product),
            Action::TransferOrder {
                order_id,
                goods_order,
            }
            | Action::RetransferOrder {
                order_id,
                goods_order,
            } => {
                let progress = self.order_mut(*order_id);
                match outcome {
                    Outcome::Done(_) | Outcome::AlreadyDone => {
                        progress.stage = OrderStage::Transferred;
                        progress.fingerprint = Some(crate::mapping::fingerprint(goods_order));
                        progress.quantities = quantities(goods_order);
                        progress.held_reason = None;
                        progress.held_tagged = false;
                        if let Outcome::Done(Some(id)) = outcome {
                            progress.wemalo_id = Some(*id);
                        }
                    }
                    Outcome::Refused(why) if matches!(action, Action::TransferOrder { .. }) => {
                        progress.stage = OrderStage::Pending;
                        progress.held_reason = Some(why.clone());
                    }
                    Outcome::Refused(_) => {}
                    Outcome::Failed(_) => {}
                }
            }
            Action::HoldOrder {
                order_id,
                reason,
                set_tag,
            } => {
                let progress = self.order_mut(*order_id);
                progress.held_reason = Some(reason.to_string());
                if *set_tag && ok {
                    progress.held_tagged = true;
                }
            }
            Action::AddTag {
                order_id, purpose, ..
            } if ok => {
                let progress = self.order_mut(*order_id);
                match purpose {
                    TagPurpose::Received => progress.received_tagged = true,
                    TagPurpose::Cancelled => progress.cancelled_tagged = true,
                    TagPurpose::Held => progress.held_tagged = true,
                    TagPurpose::CancelRefused | TagPurpose::ChangeRefused => {
                        progress.refusal_tagged = true
                    }
                }
            }
            Action::CancelOrder { order_id } => {
                let progress = self.order_mut(*order_id);
                match outcome {
                    Outcome::Done(_) => progress.stage = OrderStage::Cancelled,
                    // Wemalo never had it: nothing to cancel, nothing to tag.
                    Outcome::AlreadyDone => progress.stage = OrderStage::Pending,
                    Outcome::Refused(_) => progress.stage = OrderStage::CancelRefused,
                    Outcome::Failed(_) => {}
                }
            }
            Action::AddShipment {
                order_id,
                tracking_number,
                ..
            } => {
                let progress = self.order_mut(*order_id);
                if ok {
                    progress.parcels.insert(tracking_number.clone());
                    progress.parcels_in_flight.remove(tracking_number);
                }
            }
            Action::MarkShipped { order_id } if ok => {
                self.order_mut(*order_id).shipped_state_set = true;
            }
            Action::SetStock { changes } if ok => {
                for c in changes {
                    self.pushed_stock.insert(c.sku.clone(), c.to);
                }
            }
            _ => {}
        }
    }

    fn remember_product(&mut self, p: &WemaloProduct) {
        let record = ProductRecord {
            sku: p.sku.clone(),
            ean: p.ean.clone(),
            fingerprint: crate::mapping::fingerprint(p),
        };
        self.products.insert(p.external_id.clone(), record);
    }
}

/// Quantity per Wemalo external id that a goods order takes from the warehouse.
pub(crate) fn quantities(order: &GoodsOrder) -> BTreeMap<String, Decimal> {
    let mut out: BTreeMap<String, Decimal> = BTreeMap::new();
    for p in &order.positions {
        *out.entry(p.external_id.clone()).or_default() += p.quantity;
    }
    out
}
