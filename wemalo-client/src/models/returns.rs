use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::serde_util::{self, de_opt_string, de_string, de_vec};
use crate::types::WemaloProductId;

use super::GoodsOrderMeta;

/// An announced customer return for `returns/announce` (and, with the extra fields,
/// `returns/announceConditional`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnAnnouncement {
    /// Delivery number (mandatory); Wemalo's plugin uses the shop order id.
    #[serde(default, deserialize_with = "de_string")]
    pub delivery_number: String,
    /// Tracking number of the return parcel.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub tracking_number: Option<String>,
    /// The customer's order number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub order_number_customer: Option<String>,
    /// Your id of the return.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_id: Option<String>,
    /// External id of the original goods order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub goods_order_external_id: Option<String>,
    /// Notice shown when the return is scanned (JSON `picking_notice`).
    #[serde(
        default,
        rename = "picking_notice",
        skip_serializing_if = "Option::is_none"
    )]
    pub picking_notice: Option<String>,
    /// Do not check serial numbers against the original shipment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub skip_serial_number_check: Option<bool>,
    /// Who sends the return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<ReturnSender>,
    /// The returned products.
    #[serde(default, deserialize_with = "de_vec")]
    pub items: Vec<ReturnItem>,
    /// Order head (for `announceConditional`, as Wemalo's plugin sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<GoodsOrderMeta>,
    /// Shop name for accounts with several shops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop: Option<String>,
    /// Number of positions (for `announceConditional`, as Wemalo's plugin sends it).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub pos_counter: Option<i64>,
}

/// The sender address of a return. Field names follow the apidoc field list
/// (`house_no`, `country`, `mail`, `phone`), which differs from goods order receivers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnSender {
    /// Name line 1.
    #[serde(default, deserialize_with = "de_string")]
    pub name1: String,
    /// Name line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name2: Option<String>,
    /// Name line 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name3: Option<String>,
    /// Street.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// House number (JSON `house_no`).
    #[serde(default, rename = "house_no", alias = "streetNumber")]
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub house_no: Option<String>,
    /// Postal code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub zip: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ISO 3166 alpha-2 country code.
    #[serde(
        default,
        alias = "countryCode2Letter",
        skip_serializing_if = "Option::is_none"
    )]
    pub country: Option<String>,
    /// Address addition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_addition: Option<String>,
    /// State or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// E-mail address.
    #[serde(default, alias = "email", skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// Phone number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub phone: Option<String>,
}

/// One returned product: set `external_id` (may be the SKU) or `id`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnItem {
    /// Wemalo's product id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<WemaloProductId>,
    /// Your external id (or SKU) of the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_id: Option<String>,
    /// Returned quantity.
    #[serde(default, with = "serde_util::decimal")]
    pub quantity: Decimal,
    /// Wemalo's return reason id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub return_reason: Option<i64>,
}
