//! What the flows remember between runs. The caller stores it wherever they like (a file, a
//! database row, a key-value store) as JSON; a newer crate reads an older state.

use std::collections::{BTreeMap, BTreeSet};

use billbee_client::{BillbeeDateTime, OrderId};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The version this crate writes. Older versions are upgraded by [`SyncState::from_json`].
pub const STATE_VERSION: u32 = 1;

/// The sync's memory between runs.
///
/// Every field has a default, so a state written by an older crate (missing newer fields)
/// still reads. Unknown fields from a newer crate are refused by [`SyncState::from_json`]
/// through the version check, not silently dropped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SyncState {
    /// Format version of this value; see [`STATE_VERSION`].
    pub version: u32,
    /// Products known to be in Wemalo, by Wemalo external id (the Billbee article id).
    pub products: BTreeMap<String, ProductRecord>,
    /// Last known on-hand quantity (reserved included) per Wemalo external id.
    pub warehouse_stock: BTreeMap<String, Decimal>,
    /// Last quantity written to Billbee per SKU.
    pub pushed_stock: BTreeMap<String, Decimal>,
    /// Wemalo-local time of the last stock read; the next read asks for changes since then.
    pub stock_read_at: Option<jiff::civil::DateTime>,
    /// Newest `LastModifiedAt` seen on a Billbee order; the next fetch starts there.
    pub orders_modified_cursor: Option<BillbeeDateTime>,
    /// Wemalo-local time of the last sent-parcels read.
    pub parcels_read_at: Option<jiff::civil::DateTime>,
    /// Progress per Billbee order the sync has dealt with.
    pub orders: BTreeMap<OrderId, OrderProgress>,
}

impl Default for SyncState {
    /// An empty state of the current version: what a first run starts from.
    fn default() -> Self {
        SyncState {
            version: STATE_VERSION,
            products: BTreeMap::new(),
            warehouse_stock: BTreeMap::new(),
            pushed_stock: BTreeMap::new(),
            stock_read_at: None,
            orders_modified_cursor: None,
            parcels_read_at: None,
            orders: BTreeMap::new(),
        }
    }
}

/// What the sync last sent to Wemalo for one product.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProductRecord {
    /// SKU sent, to detect collisions with other products.
    pub sku: String,
    /// EAN sent, to detect collisions with other products.
    pub ean: Option<String>,
    /// Fingerprint of the fields sent; a different one means the product changed.
    pub fingerprint: String,
}

/// Where one Billbee order stands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrderProgress {
    /// The stage reached.
    pub stage: OrderStage,
    /// Why the order was held back, while it is.
    pub held_reason: Option<String>,
    /// Whether the held tag has been set for the current hold.
    pub held_tagged: bool,
    /// Whether the received tag was set after Wemalo confirmed the order.
    pub received_tagged: bool,
    /// Fingerprint of the goods order sent, to see whether a re-transfer changes anything.
    pub fingerprint: Option<String>,
    /// Wemalo's internal id of the goods order, when Wemalo told it.
    pub wemalo_id: Option<i64>,
    /// Quantity per Wemalo external id that the order takes from the warehouse.
    pub quantities: BTreeMap<String, Decimal>,
    /// Tracking numbers already added to the Billbee order as shipments.
    pub parcels: BTreeSet<String>,
    /// Shipments (by tracking number) whose request may have been sent without its answer
    /// being recorded; each is checked against the Billbee order before it is sent again.
    pub parcels_in_flight: BTreeSet<String>,
    /// Whether Wemalo reported the order as completely sent.
    pub warehouse_shipped: bool,
    /// Whether the Billbee order was set to shipped.
    pub shipped_state_set: bool,
    /// Whether the cancelled tag was set.
    pub cancelled_tagged: bool,
    /// Whether the refusal of a cancellation or change has been marked on the order.
    pub refusal_tagged: bool,
}

/// The stages an order passes through. Only forward moves happen, apart from a re-transfer
/// (which keeps `Transferred`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStage {
    /// Seen but not handed over (for example held back for a reason).
    #[default]
    Pending,
    /// The create request was sent and its answer not recorded: before sending again, ask
    /// Wemalo whether it has the order.
    Sending,
    /// Wemalo confirmed the order.
    Transferred,
    /// Wemalo cancelled the order.
    Cancelled,
    /// Wemalo refused the cancellation because picking had begun.
    CancelRefused,
}

impl OrderStage {
    /// Whether Wemalo holds (or may hold) a goods order for this Billbee order.
    pub fn in_warehouse(self) -> bool {
        matches!(self, OrderStage::Transferred | OrderStage::CancelRefused)
    }
}

/// Why a stored state could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    /// The text is not a state of any version this crate knows.
    #[error("the stored sync state does not decode at {path}")]
    Decode {
        /// JSON path of the offending value.
        path: String,
        /// The decoder's complaint.
        #[source]
        source: serde_json::Error,
    },
    /// The state was written by a newer crate.
    #[error("the stored sync state has version {found}; this crate reads up to {STATE_VERSION}")]
    TooNew {
        /// The version found.
        found: u32,
    },
}

impl SyncState {
    /// An empty state for a first run.
    pub fn new() -> Self {
        SyncState {
            version: STATE_VERSION,
            ..SyncState::default()
        }
    }

    /// Reads a stored state, upgrading older versions. A state without a version (written
    /// before versions existed) counts as version 1.
    pub fn from_json(text: &str) -> Result<SyncState, StateError> {
        let de = &mut serde_json::Deserializer::from_str(text);
        let mut state: SyncState =
            serde_path_to_error::deserialize(de).map_err(|e| StateError::Decode {
                path: e.path().to_string(),
                source: e.into_inner(),
            })?;
        if state.version > STATE_VERSION {
            return Err(StateError::TooNew {
                found: state.version,
            });
        }
        state.version = STATE_VERSION;
        Ok(state)
    }

    /// The state as pretty JSON, ready to store.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// Progress of one order, created on first use.
    pub fn order_mut(&mut self, id: OrderId) -> &mut OrderProgress {
        self.orders.entry(id).or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn round_trips_through_json() {
        let mut s = SyncState::new();
        s.products.insert(
            "42".into(),
            ProductRecord {
                sku: "A/1".into(),
                ean: Some("200".into()),
                fingerprint: "ab".into(),
            },
        );
        let o = s.order_mut(OrderId(9_007_199_254_740_993));
        o.stage = OrderStage::Transferred;
        o.quantities.insert("42".into(), dec!(2.50));
        o.parcels.insert("00340434".into());
        let back = SyncState::from_json(&s.to_json().unwrap()).unwrap();
        assert_eq!(back, s);
        assert_eq!(
            back.orders[&OrderId(9_007_199_254_740_993)].quantities["42"],
            dec!(2.5)
        );
    }

    #[test]
    fn reads_a_version_1_state_written_before_newer_fields_existed() {
        let old = r#"{"version":1,"products":{"7":{"sku":"X","fingerprint":"f"}},
            "orders":{"1001":{"stage":"transferred","received_tagged":true}}}"#;
        let s = SyncState::from_json(old).unwrap();
        assert_eq!(s.products["7"].sku, "X");
        assert_eq!(s.orders[&OrderId(1001)].stage, OrderStage::Transferred);
        assert!(s.orders[&OrderId(1001)].parcels.is_empty());
    }

    #[test]
    fn refuses_a_state_from_a_newer_crate() {
        let err = SyncState::from_json(r#"{"version":99}"#).unwrap_err();
        assert!(matches!(err, StateError::TooNew { found: 99 }));
    }

    #[test]
    fn names_the_path_of_a_bad_value() {
        let err = SyncState::from_json(r#"{"orders":{"1":{"stage":"flying"}}}"#).unwrap_err();
        let StateError::Decode { path, .. } = err else {
            panic!("wrong error {err:?}")
        };
        assert_eq!(path, "orders.1.stage");
    }
}
