//! Articles (products), their stock per location, images, sources and custom fields.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A text in one language; Billbee keeps one entry per language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MultiLanguageString {
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Language code, e.g. `DE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
}

/// An article (product) of the Billbee catalogue.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Product {
    /// Text for invoices, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub invoice_text: Vec<MultiLanguageString>,
    /// Manufacturer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// Billbee's id of the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ProductId>,
    /// The title, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub title: Vec<MultiLanguageString>,
    /// Free text description.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub description: Vec<MultiLanguageString>,
    /// Short description, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub short_description: Vec<MultiLanguageString>,
    /// Basic attributes, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub basic_attributes: Vec<MultiLanguageString>,
    /// Images.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub images: Vec<ProductImage>,
    /// 0 none, 1 regular, 2 reduced VAT rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_index: Option<i32>,
    /// Gross selling price.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub price: Option<Decimal>,
    /// Net purchase price.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub cost_price: Option<Decimal>,
    /// Regular VAT rate in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat1_rate: Option<Decimal>,
    /// Reduced VAT rate in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat2_rate: Option<Decimal>,
    /// Target stock level.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_desired: Option<Decimal>,
    /// Stock at the default location; `None` until stock was set once.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_current: Option<Decimal>,
    /// Warning level for low stock.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_warning: Option<Decimal>,
    /// Stock keeping unit.
    #[serde(rename = "SKU", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// GTIN / EAN barcode.
    #[serde(rename = "EAN", default, skip_serializing_if = "Option::is_none")]
    pub ean: Option<String>,
    /// Materials, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub materials: Vec<MultiLanguageString>,
    /// Tags of the record.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tags: Vec<MultiLanguageString>,
    /// Listings on sales channels.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub sources: Vec<ProductSource>,
    /// Gross weight in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
    /// Net weight in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_net: Option<i32>,
    /// Billbee computed that the stock is below the warning level (read only). Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_stock: Option<bool>,
    /// Storage bin code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_code: Option<String>,
    /// Stock units taken per sale.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_reduce_items_per_sale: Option<Decimal>,
    /// Stock per location.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub stocks: Vec<ProductStock>,
    /// First category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category1: Option<ProductCategory>,
    /// Second category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category2: Option<ProductCategory>,
    /// Third category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category3: Option<ProductCategory>,
    /// Plain product or bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProductType>,
    /// Unit of measure (1 piece, 2 kg, 3 m, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<i32>,
    /// How many units one item holds.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub units_per_item: Option<Decimal>,
    /// Units sold in total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub sold_amount: Option<Decimal>,
    /// Gross revenue of all sales.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub sold_sum_gross: Option<Decimal>,
    /// Net revenue of all sales.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub sold_sum_net: Option<Decimal>,
    /// Net revenue of the last 30 days.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub sold_sum_net_last30_days: Option<Decimal>,
    /// Gross revenue of the last 30 days.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub sold_sum_gross_last30_days: Option<Decimal>,
    /// Units sold in the last 30 days.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub sold_amount_last30_days: Option<Decimal>,
    /// Default shipping product of the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_product_id: Option<i64>,
    /// A download or service without a parcel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_digital: Option<bool>,
    /// Buyers can customise the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_customizable: Option<bool>,
    /// Delivery time (Billbee number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_time: Option<i32>,
    /// Target group (Billbee number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<i32>,
    /// Occasion (Billbee number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<i32>,
    /// ISO 3166-1 alpha-2 country of origin, for customs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_of_origin: Option<String>,
    /// Obsolete export description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_description: Option<String>,
    /// Export description, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub export_description_multi_language: Vec<MultiLanguageString>,
    /// Customs tariff number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taric_number: Option<String>,
    /// Condition (Billbee number, e.g. new).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<i32>,
    /// Width in centimetres.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub width_cm: Option<Decimal>,
    /// Length in centimetres.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub length_cm: Option<Decimal>,
    /// Height in centimetres.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub height_cm: Option<Decimal>,
    /// Components, for bundles.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub bill_of_material: Vec<BomItem>,
    /// Values of custom fields.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub custom_fields: Vec<CustomFieldValue>,
    /// The article is switched off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deactivated: Option<bool>,
}

/// An image attached to an article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductImage {
    /// Address of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Path of the thumbnail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb_path_ext: Option<String>,
    /// Link to the thumbnail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb_url: Option<String>,
    /// Sort position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
    /// The default one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The article this belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_id: Option<ProductId>,
}

/// The link between an article and a listing on a sales channel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductSource {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name of the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Id of the listing on the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Name of the shop connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_account_name: Option<String>,
    /// The shop connection the record belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_account_id: Option<i64>,
    /// Price factor for this channel.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub export_factor: Option<Decimal>,
    /// Stock is not synced to this channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_sync_inactive: Option<bool>,
    /// Lowest stock reported to this channel.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_sync_min: Option<Decimal>,
    /// Highest stock reported to this channel.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_sync_max: Option<Decimal>,
    /// How many units one item holds.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub units_per_item: Option<Decimal>,
    /// Channel specific data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<serde_json::Value>,
}

/// The stock of an article at one stock location.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductStock {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The stock location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_id: Option<i64>,
    /// Stock on hand at this location.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_current: Option<Decimal>,
    /// The stock is derived (for bundles) rather than stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_current_is_calculated: Option<bool>,
    /// Warning level for low stock.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_warning: Option<Decimal>,
    /// Storage bin code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_code: Option<String>,
    /// Quantity held by open orders at this location.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub unfulfilled_amount: Option<Decimal>,
    /// Target stock level.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub stock_desired: Option<Decimal>,
}

/// A product category of the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductCategory {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

/// A component of a bundle (bill of material).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BomItem {
    /// How many of the component one bundle contains.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// The component article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_id: Option<ProductId>,
    /// The SKU of the component.
    #[serde(rename = "SKU", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
}

/// The value of a custom field on one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomFieldValue {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The field definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition_id: Option<i64>,
    /// The definition of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<CustomFieldDefinition>,
    /// The article this belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_id: Option<ProductId>,
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
}

/// The definition of an article custom field.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomFieldDefinition {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Settings of the field (e.g. dropdown choices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<serde_json::Value>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i32>,
    /// The field may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
}

/// Which images a bulk delete removed and which ids it did not find.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletedImages {
    /// Ids that were deleted.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub deleted: Vec<i64>,
    /// Ids that did not exist.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub not_found: Vec<i64>,
}
