use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::dates;
use crate::serde_util::{self, de_opt_string, de_string, de_vec};
use crate::types::{Cents, Grams, ParcelId, WemaloOrderId};

/// A goods order (outbound order) for `goodsOrder/add` and `goodsOrder/addConditional`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoodsOrder {
    /// Order head: ids, totals, shipping and the receiver.
    #[serde(default)]
    pub meta: GoodsOrderMeta,
    /// The lines to pick.
    #[serde(default, deserialize_with = "de_vec")]
    pub positions: Vec<GoodsOrderPosition>,
}

/// How order positions name their product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExternalIdMatch {
    /// `positions[].externalId` holds the product's SKU (`"sku"`).
    #[serde(rename = "sku")]
    Sku,
    /// `positions[].externalId` holds the product's external id (`"externalId"`, the
    /// server's default).
    #[serde(rename = "externalId")]
    ExternalId,
}

/// The head of a goods order; also the body of `goodsOrder/updateMeta/:id`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoodsOrderMeta {
    /// Your order id (mandatory); the `:id` of status, cancel and update calls.
    #[serde(default, deserialize_with = "de_string")]
    pub external_id: String,
    /// Order number shown in the warehouse; defaults to `external_id` on the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub order_number: Option<String>,
    /// Currency code, e.g. `EUR`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Order total in EUR.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub total: Option<Decimal>,
    /// Invoiced total in EUR.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub total_invoice: Option<Decimal>,
    /// Net total in EUR.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub total_net: Option<Decimal>,
    /// VAT total in EUR.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub total_vat: Option<Decimal>,
    /// `matchId` of a dispatcher profile (see `GoodsOrders::profiles`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatcher_profile: Option<String>,
    /// Whether positions name products by SKU or by external id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id_match: Option<ExternalIdMatch>,
    /// Text shown to the picker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picking_info: Option<String>,
    /// Stock is reserved, but the order stays PARTIAL until this date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "dates::opt_date"
    )]
    pub expected_delivery_date: Option<Date>,
    /// Description of the goods (customs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_of_goods: Option<String>,
    /// Business customer; sent as `0`/`1`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool01"
    )]
    pub b2b: Option<bool>,
    /// Pack but do not ship until released; sent as `0`/`1`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool01"
    )]
    pub blocked: Option<bool>,
    /// Parcel weight for fast-send orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fast_send_weight: Option<Grams>,
    /// Free information field 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_info: Option<String>,
    /// Free information field 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_info2: Option<String>,
    /// Free information field 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_info3: Option<String>,
    /// Free information field 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_info4: Option<String>,
    /// Department number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_number: Option<String>,
    /// Priority, 0 (most urgent) to 5; the server's default is 3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub priority: Option<i64>,
    /// Category (sent by Wemalo's plugin with `addConditional`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// External id of a related order (sent by Wemalo's plugin with `addConditional`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_order_external_id: Option<String>,
    /// Shop name for accounts with several shops (see `Products::shop`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop: Option<String>,
    /// Receivers; exactly one should be `primary` (mandatory for `add`).
    #[serde(default, deserialize_with = "de_vec")]
    pub receiver: Vec<Receiver>,
}

/// A delivery address of a goods order.
///
/// The server requires `name1`, `street`, `country_code_2letter`, `city` and `zip`;
/// without `street_number` Wemalo splits it off `street` itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Receiver {
    /// The main receiver (only one may be primary).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub primary: Option<bool>,
    /// Name line 1.
    #[serde(default, deserialize_with = "de_string")]
    pub name1: String,
    /// Name line 2 (company, c/o).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name2: Option<String>,
    /// Name line 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name3: Option<String>,
    /// Street, optionally with number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// House number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub street_number: Option<String>,
    /// Address addition (floor, building).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_addition: Option<String>,
    /// ISO 3166 alpha-2 country code (JSON `countryCode2Letter`).
    #[serde(rename = "countryCode2Letter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code_2letter: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub zip: Option<String>,
    /// State or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_province_country: Option<String>,
    /// Phone number (carriers use it for delivery notices).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub phone_number: Option<String>,
    /// E-mail address (carriers use it for delivery notices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Your customer number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub customer_number: Option<String>,
}

/// A line of a goods order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoodsOrderPosition {
    /// The product: its external id, or its SKU with [`ExternalIdMatch::Sku`].
    #[serde(default, deserialize_with = "de_string")]
    pub external_id: String,
    /// Quantity (1 when a serial number is given).
    #[serde(default, with = "serde_util::decimal")]
    pub quantity: Decimal,
    /// A serial number to ship; one position per serial.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Your id of the line, used to remove it later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_position_identifier: Option<String>,
    /// Line total in cents (not per unit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Cents>,
    /// Line tax in cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax: Option<Cents>,
    /// SKU (informational; sent by Wemalo's plugin with `addConditional`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// Product name (informational; sent by Wemalo's plugin with `addConditional`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Answer of `goodsOrder/add`: Wemalo's internal id of the new order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddedGoodsOrder {
    /// Wemalo's internal order id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<WemaloOrderId>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PackageWire {
    #[serde(default)]
    id: Option<ParcelId>,
    #[serde(default, deserialize_with = "de_opt_string")]
    barcode: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    profile_name: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    tracking_number: Option<String>,
    #[serde(default)]
    weight_total: Option<Grams>,
    #[serde(default, with = "serde_util::opt_decimal")]
    quantity_sum: Option<Decimal>,
    #[serde(default, with = "serde_util::opt_decimal")]
    quantity: Option<Decimal>,
    #[serde(default, with = "serde_util::opt_bool")]
    is_handed_over: Option<bool>,
    #[serde(default, deserialize_with = "de_opt_string")]
    storage_cell: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    error_message: Option<String>,
    #[serde(default, deserialize_with = "de_vec")]
    items: Vec<PackageItem>,
}

impl From<PackageWire> for Package {
    fn from(w: PackageWire) -> Self {
        Package {
            id: w.id,
            barcode: w.barcode,
            profile_name: w.profile_name,
            tracking_number: w.tracking_number.filter(|t| !t.trim().is_empty()),
            weight_total: w.weight_total,
            quantity_sum: w.quantity_sum.or(w.quantity),
            is_handed_over: w.is_handed_over,
            storage_cell: w.storage_cell,
            error_message: w.error_message,
            items: w.items,
        }
    }
}

/// A packed parcel of a goods order (`goodsOrder/packages`).
///
/// `tracking_number` is `None` (also when Wemalo sends `""`) until the carrier label exists.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", from = "PackageWire")]
pub struct Package {
    /// Wemalo's parcel id (for tracking number and label calls).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ParcelId>,
    /// Wemalo's internal parcel barcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barcode: Option<String>,
    /// Dispatcher profile used, e.g. `DHL Paket National`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_name: Option<String>,
    /// Carrier tracking number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// Weight of items and packaging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_total: Option<Grams>,
    /// Number of items in the parcel (JSON `quantitySum`, or `quantity`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub quantity_sum: Option<Decimal>,
    /// Handed over to the carrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_handed_over: Option<bool>,
    /// Storage cell while not handed over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_cell: Option<String>,
    /// Label creation error, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// What was packed.
    #[serde(default)]
    pub items: Vec<PackageItem>,
}

/// An item packed into a [`Package`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PackageItem {
    /// Product SKU.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// Product name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Packed quantity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub quantity: Option<Decimal>,
    /// Serial number, if scanned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
}

/// A carrier with its dispatcher profiles (`goodsOrder/profiles`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dispatcher {
    /// Carrier name, e.g. `DHL`.
    #[serde(default, deserialize_with = "de_string")]
    pub name: String,
    /// The carrier's profiles.
    #[serde(default, deserialize_with = "de_vec")]
    pub profiles: Vec<DispatcherProfile>,
}

/// A dispatcher profile; put its `match_id` into [`GoodsOrderMeta::dispatcher_profile`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispatcherProfile {
    /// Display name.
    #[serde(default, deserialize_with = "de_string")]
    pub name: String,
    /// Carrier product code, e.g. `V01PAK`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub product: Option<String>,
    /// Carrier services.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub services: Option<String>,
    /// Extra field 2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub field2: Option<String>,
    /// Extra field 3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub field3: Option<String>,
    /// The key orders use to pick this profile.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub match_id: Option<String>,
}

/// Tracking data of one parcel (`goodsOrder/package/:parcelId/trackingNumber`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackingInfo {
    /// Carrier tracking number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub tracking_number: Option<String>,
    /// Dispatcher profile name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_name: Option<String>,
    /// Carrier name, e.g. `DHL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
}

/// Body of `POST goodsOrder/package/:parcelId/sent`: hand a packed parcel to the carrier.
/// Without `dispatcher_profile` Wemalo does not store the tracking number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParcelHandover {
    /// Carrier tracking number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// `matchId` of the dispatcher profile used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatcher_profile: Option<String>,
}
