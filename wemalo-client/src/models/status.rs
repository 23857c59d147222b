use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::serde_util::{de_opt_i64, de_opt_string};
use crate::types::WemaloOrderId;

/// The state of a goods order in the warehouse, in processing order.
///
/// Serialized as Wemalo's text (`"PARTIAL"`, `"INPROCESS"`, ...). Names Wemalo may add
/// later are kept in [`OrderStatusName::Other`]; never send `Other` yourself.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum OrderStatusName {
    /// `PARTIAL`: not fully reservable (stock, address, documents, or waiting for the
    /// expected delivery date); see `reason_partially_reserved`.
    Partial,
    /// `OPEN`: fully reserved, waiting for a picking list.
    Open,
    /// `INPROCESS`: on a picking list.
    InProcess,
    /// `INPICKING`: picking has begun.
    InPicking,
    /// `READYFORSHIPMENT`: completely picked.
    ReadyForShipment,
    /// `PACKED`: packed, waiting for the carrier.
    Packed,
    /// `BLOCKEDPACKED`: packed but held; see `block_reason`.
    BlockedPacked,
    /// `SHIPPED`: handed to the carrier.
    Shipped,
    /// `CANCELLED`.
    Cancelled,
    /// Any other name, kept as sent.
    Other(String),
}

impl OrderStatusName {
    /// The wire text, e.g. `"READYFORSHIPMENT"`.
    pub fn as_str(&self) -> &str {
        match self {
            OrderStatusName::Partial => "PARTIAL",
            OrderStatusName::Open => "OPEN",
            OrderStatusName::InProcess => "INPROCESS",
            OrderStatusName::InPicking => "INPICKING",
            OrderStatusName::ReadyForShipment => "READYFORSHIPMENT",
            OrderStatusName::Packed => "PACKED",
            OrderStatusName::BlockedPacked => "BLOCKEDPACKED",
            OrderStatusName::Shipped => "SHIPPED",
            OrderStatusName::Cancelled => "CANCELLED",
            OrderStatusName::Other(s) => s,
        }
    }

    /// Whether picking has begun (INPICKING and later, CANCELLED excluded): from here
    /// on Wemalo refuses to cancel. Unknown names count as started, so callers do not
    /// try to change an order whose state they cannot judge.
    pub fn picking_started(&self) -> bool {
        matches!(
            self,
            OrderStatusName::InPicking
                | OrderStatusName::ReadyForShipment
                | OrderStatusName::Packed
                | OrderStatusName::BlockedPacked
                | OrderStatusName::Shipped
                | OrderStatusName::Other(_)
        )
    }

    /// Whether the warehouse has begun working on the order (INPROCESS and later,
    /// CANCELLED excluded): from here on the order should not be replaced. Unknown
    /// names count as started.
    pub fn processing_started(&self) -> bool {
        matches!(self, OrderStatusName::InProcess) || self.picking_started()
    }

    /// Whether the order will not change any more (SHIPPED or CANCELLED).
    pub fn is_final(&self) -> bool {
        matches!(self, OrderStatusName::Shipped | OrderStatusName::Cancelled)
    }
}

impl FromStr for OrderStatusName {
    type Err = std::convert::Infallible;

    /// Never fails: unknown names become [`OrderStatusName::Other`]. Case and
    /// surrounding blanks are ignored for the known names.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_uppercase().as_str() {
            "PARTIAL" => OrderStatusName::Partial,
            "OPEN" => OrderStatusName::Open,
            "INPROCESS" => OrderStatusName::InProcess,
            "INPICKING" => OrderStatusName::InPicking,
            "READYFORSHIPMENT" => OrderStatusName::ReadyForShipment,
            "PACKED" => OrderStatusName::Packed,
            "BLOCKEDPACKED" => OrderStatusName::BlockedPacked,
            "SHIPPED" => OrderStatusName::Shipped,
            "CANCELLED" => OrderStatusName::Cancelled,
            _ => OrderStatusName::Other(s.to_owned()),
        })
    }
}

impl fmt::Display for OrderStatusName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrderStatusName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrderStatusName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(s.parse()
            .unwrap_or_else(|never: std::convert::Infallible| match never {}))
    }
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OrderStatusWire {
    #[serde(default, deserialize_with = "de_opt_string")]
    status_id: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    status_name: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    order_status: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    reason_partially_reserved: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    block_reason: Option<String>,
    #[serde(default, deserialize_with = "de_opt_i64")]
    id: Option<i64>,
    #[serde(default, deserialize_with = "de_opt_string")]
    order_number: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    delivery_date: Option<String>,
}

impl From<OrderStatusWire> for OrderStatus {
    fn from(w: OrderStatusWire) -> Self {
        let name = non_empty(w.status_name).or_else(|| non_empty(w.order_status));
        OrderStatus {
            status_id: non_empty(w.status_id),
            status_name: name.map(|n| n.parse().unwrap_or_else(|never| match never {})),
            reason_partially_reserved: non_empty(w.reason_partially_reserved),
            block_reason: non_empty(w.block_reason),
            id: w.id.map(WemaloOrderId),
            order_number: non_empty(w.order_number),
            delivery_date: non_empty(w.delivery_date),
        }
    }
}

/// The state of a goods order (`goodsOrder/getStatus/:id`, and the answers of
/// `addConditional` and `addPosition`).
///
/// Empty strings from the server read as `None`. The status name is read from
/// `statusName`, or from `orderStatus` when `statusName` is absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", from = "OrderStatusWire")]
pub struct OrderStatus {
    /// Numeric status id as text (`"100"` = PARTIAL; other values undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_id: Option<String>,
    /// The status; key decisions on this, not on `status_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_name: Option<OrderStatusName>,
    /// Why the order is PARTIAL, e.g. `STOCK`, `ADDRESS`, `UNKNOWN`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_partially_reserved: Option<String>,
    /// Why the order is BLOCKEDPACKED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_reason: Option<String>,
    /// Wemalo's internal order id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<WemaloOrderId>,
    /// Order number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// Delivery date as sent (format undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_date: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in [
            "PARTIAL",
            "OPEN",
            "INPROCESS",
            "INPICKING",
            "READYFORSHIPMENT",
            "PACKED",
            "BLOCKEDPACKED",
            "SHIPPED",
            "CANCELLED",
            "ONHOLD",
        ] {
            let n: OrderStatusName = serde_json::from_value(name.into()).unwrap();
            assert_eq!(serde_json::to_value(&n).unwrap(), name);
            assert_eq!(n.to_string(), name);
        }
        assert_eq!(
            "ONHOLD".parse::<OrderStatusName>().unwrap(),
            OrderStatusName::Other("ONHOLD".into())
        );
        assert_eq!(
            "shipped".parse::<OrderStatusName>().unwrap(),
            OrderStatusName::Shipped
        );
    }

    #[test]
    fn phases() {
        use OrderStatusName::*;
        let table = [
            (Partial, false, false, false),
            (Open, false, false, false),
            (InProcess, true, false, false),
            (InPicking, true, true, false),
            (ReadyForShipment, true, true, false),
            (Packed, true, true, false),
            (BlockedPacked, true, true, false),
            (Shipped, true, true, true),
            (Cancelled, false, false, true),
            (Other("X".into()), true, true, false),
        ];
        for (n, processing, picking, fin) in table {
            assert_eq!(n.processing_started(), processing, "{n}");
            assert_eq!(n.picking_started(), picking, "{n}");
            assert_eq!(n.is_final(), fin, "{n}");
        }
    }

    #[test]
    fn status_reads_either_key() {
        let s: OrderStatus =
            serde_json::from_str(r#"{"orderStatus":"OPEN","statusId":200,"id":"7"}"#).unwrap();
        assert_eq!(s.status_name, Some(OrderStatusName::Open));
        assert_eq!(s.status_id.as_deref(), Some("200"));
        assert_eq!(s.id, Some(WemaloOrderId(7)));
        let s: OrderStatus =
            serde_json::from_str(r#"{"orderStatus":"OPEN","statusName":"PACKED"}"#).unwrap();
        assert_eq!(s.status_name, Some(OrderStatusName::Packed));
        let s: OrderStatus = serde_json::from_str(r#"{"statusName":""}"#).unwrap();
        assert_eq!(s.status_name, None);
    }
}
