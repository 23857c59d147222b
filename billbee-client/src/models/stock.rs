//! Stock locations, stock updates and reserved amounts.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A stock location (warehouse) of the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StockLocation {
    /// The stock id used by stock updates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free text description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The location used when no stock id is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
}

/// Request to set the absolute stock of one product at one location.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateStock {
    /// The product to update, by Billbee id (instead of `sku`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<ProductId>,
    /// The product to update, by SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// The stock location; `None` means the default location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_id: Option<i64>,
    /// Free text kept in the stock history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Ignored by the server; kept only because the model has it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub old_quantity: Option<Decimal>,
    /// The new absolute quantity.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub new_quantity: Option<Decimal>,
    /// Ignored by the server: there is no relative update.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub delta_quantity: Option<Decimal>,
    /// Push the value to the shops even when it did not change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_send_stock_to_shops: Option<bool>,
    /// Let Billbee subtract the quantity held by open orders from `new_quantity`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autosubtract_reserved_amount: Option<bool>,
}

/// What Billbee reports after a stock update.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateStockResult {
    /// The product that was updated.
    #[serde(rename = "SKU", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Stock before the update.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub old_stock: Option<Decimal>,
    /// Stock after the update.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub current_stock: Option<Decimal>,
    /// Quantity held by open orders.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub unfulfilled_amount: Option<Decimal>,
    /// Human readable outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The quantity of a product held by open orders.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReservedAmount {
    /// Quantity held by open orders.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub reserved_amount: Option<Decimal>,
}

/// Request to set the storage bin code of a product at a location.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateStockCode {
    /// Billbee's id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<ProductId>,
    /// Stock keeping unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// The stock location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_id: Option<i64>,
    /// Storage bin code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_code: Option<String>,
}
