use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::serde_util::{self, de_opt_string, de_string};
use crate::types::{Centimeters, Grams};

/// Product master data, as sent to `product/add`, `product/addMultiple`,
/// `product/update/:externalId` and read from `product/get` / `product/getAll`.
///
/// `external_id` is your key for the product and what order positions match on by
/// default; `sku` must be unique in the account. Weights are grams, dimensions cm,
/// prices EUR.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// Your id of the product (mandatory, path key of update/get/stock calls).
    #[serde(default, deserialize_with = "de_string")]
    pub external_id: String,
    /// Stock keeping unit, unique per account (mandatory).
    #[serde(default, deserialize_with = "de_string")]
    pub sku: String,
    /// Product group, e.g. `default` (mandatory).
    #[serde(default, deserialize_with = "de_string")]
    pub product_group: String,
    /// Name shown while picking and packing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Longer description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Main EAN/GTIN, scanned while picking and packing.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ean: Option<String>,
    /// Second EAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ean2: Option<String>,
    /// Third EAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ean3: Option<String>,
    /// Fourth EAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ean4: Option<String>,
    /// Depth of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<Centimeters>,
    /// Height of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<Centimeters>,
    /// Width of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<Centimeters>,
    /// Volume of the item in cm³.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub volume: Option<Decimal>,
    /// Depth as shipped (with packaging).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth_shipping: Option<Centimeters>,
    /// Height as shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height_shipping: Option<Centimeters>,
    /// Width as shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width_shipping: Option<Centimeters>,
    /// Volume as shipped, cm³.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub volume_shipping: Option<Decimal>,
    /// Gross weight (with packaging). The unit is undocumented; grams as Wemalo's plugin uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gross_weight: Option<Grams>,
    /// Net weight in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_weight: Option<Grams>,
    /// Customs tariff (HS) number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub customs_tariff_number: Option<String>,
    /// Manufacturer's article number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub factory_number: Option<String>,
    /// Supplier's article number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub supplier_number: Option<String>,
    /// Country of origin (ISO 3166 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_country: Option<String>,
    /// Producer name (customs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub producer_name: Option<String>,
    /// Sales price in EUR.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub sales_price: Option<Decimal>,
    /// Purchase price in EUR.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub purchase_price: Option<Decimal>,
    /// A serial number is scanned for each piece at picking/packing.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub has_serial_number: Option<bool>,
    /// Active products can be ordered; default true on the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub is_active: Option<bool>,
    /// Never reserved nor picked (e.g. services, digital goods).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub ignore_picking: Option<bool>,
    /// Another article number of yours.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_article_number: Option<String>,
    /// Shop name the account is tied to (see `Products::shop`); sent by Wemalo's plugin,
    /// needed only for accounts with several shops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop: Option<String>,
}

/// The account's shop, from `GET product/shop` (a route Wemalo's own plugin uses).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShopInfo {
    /// Shop name to put into `shop` fields.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub shop: Option<String>,
}

/// Packing unit of a product (`product/unit/:externalId`), e.g. a box of 12.
///
/// Name and value of a unit cannot be changed after creation; set `entity_id` to
/// update the other fields of an existing unit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductUnit {
    /// Kind of unit: `BOX`, `HANDLE_UNIT` or `PALLET`.
    #[serde(default, deserialize_with = "de_string")]
    pub unit_id: String,
    /// Number of items in one unit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub unit_value: Option<Decimal>,
    /// Height (unit not documented; the apidoc example suggests cm).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub unit_height: Option<Decimal>,
    /// Width (unit not documented).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub unit_width: Option<Decimal>,
    /// Depth (unit not documented).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub unit_depth: Option<Decimal>,
    /// Weight (unit not documented; the apidoc example `0.5` suggests kg).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub unit_weight: Option<Decimal>,
    /// Display name of the unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_name: Option<String>,
    /// Whether the unit is in use.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub is_active: Option<bool>,
    /// Barcode printed on the unit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub barcode: Option<String>,
    /// Wemalo's id of the unit; set it to update an existing unit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub entity_id: Option<i64>,
}

/// Answer of `POST product/unit/:externalId`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddedUnit {
    /// Wemalo's id of the created or updated unit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_i64"
    )]
    pub entity_id: Option<i64>,
}

/// A product image for `PUT product/addImage/:externalId`.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductImage {
    /// File extension without dot, e.g. `jpg`.
    pub extension: String,
    /// The image bytes, base64 encoded.
    #[serde(rename = "base64data")]
    pub base64_data: String,
}

impl std::fmt::Debug for ProductImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProductImage")
            .field("extension", &self.extension)
            .field(
                "base64_data",
                &format_args!("<{} bytes>", self.base64_data.len()),
            )
            .finish()
    }
}
