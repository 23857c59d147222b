//! What the flows are given: what each side reports now, and the time.

use billbee_client::{Order, Product};
use serde::{Deserialize, Serialize};
use wemalo_client::AvailableStock;

use crate::flows::SentParcel;

/// Everything both sides reported for one cycle. The driver fills it with the fewest
/// requests the APIs allow; a caller with its own fetching can fill it too.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncInputs {
    /// Every Billbee product (Billbee has no change filter for products).
    pub products: Vec<Product>,
    /// Billbee orders that changed since the last cycle, plus those the state says to look
    /// at again (held ones). Duplicates are allowed; the newest version wins.
    pub orders: Vec<Order>,
    /// Wemalo stock rows that changed since the last read.
    pub warehouse_stock: Vec<AvailableStock>,
    /// Parcels Wemalo handed to carriers since the last read (replays allowed).
    pub sent_parcels: Vec<SentParcel>,
    /// The time of the cycle.
    pub now: Option<jiff::Timestamp>,
}
