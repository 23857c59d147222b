use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::serde_util::{self, de_opt_string, de_vec};
use crate::types::WemaloProductId;

/// An announced goods receipt (inbound delivery) for `goodsReceipt/add`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoodsReceipt {
    /// Delivery note number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub delivery_number: Option<String>,
    /// Your purchase order number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub order_number_customer: Option<String>,
    /// Your id of the receipt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_id: Option<String>,
    /// Notice shown with the receipt (JSON `picking_notice`).
    #[serde(
        default,
        rename = "picking_notice",
        skip_serializing_if = "Option::is_none"
    )]
    pub picking_notice: Option<String>,
    /// Tracking number of the inbound shipment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub tracking_number: Option<String>,
    /// The products expected.
    #[serde(default, deserialize_with = "de_vec")]
    pub items: Vec<GoodsReceiptItem>,
}

/// One expected product of a [`GoodsReceipt`]: set `external_id` or `id`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoodsReceiptItem {
    /// Wemalo's product id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<WemaloProductId>,
    /// Your external id of the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_id: Option<String>,
    /// Expected quantity.
    #[serde(default, with = "serde_util::decimal")]
    pub quantity: Decimal,
    /// Packing unit id (see `Products::units`), e.g. to announce boxes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub product_unit_id: Option<i64>,
}

/// Answer of a create call that returns Wemalo's id of the new record
/// (`goodsReceipt/add`, `returns/announce`, document uploads).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedId {
    /// Wemalo's id of the created record.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub id: Option<i64>,
}
