//! Orders and everything embedded in them: positions, addresses, shipments, payments.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An order as Billbee stores it: addresses, positions, shipments, tags and state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Order {
    /// Rounding difference of discounts (read only). Read only.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub rebate_difference: Option<Decimal>,
    /// The parcels recorded on the order (the name is historic).
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub shipping_ids: Vec<Shipment>,
    /// The buyer waived the right of return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_loss_of_return_right: Option<bool>,
    /// The order id of the shop or marketplace (external id); `None` for manual orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The order number shown to the buyer; `find_by_external_reference` looks it up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// Where the order is in its life cycle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<OrderState>,
    /// How VAT applies (0 normal, 1 small business, 2 intra-EU, 3 export, 4 margin scheme).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_mode: Option<i32>,
    /// When the order was placed (Billbee local time, no zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<BillbeeDateTime>,
    /// When the order was marked shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped_at: Option<BillbeeDateTime>,
    /// When the order was confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_at: Option<BillbeeDateTime>,
    /// When the payment arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payed_at: Option<BillbeeDateTime>,
    /// The merchant's internal note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_comment: Option<String>,
    /// Notes on the order.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub comments: Vec<Comment>,
    /// Text before the invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number_prefix: Option<String>,
    /// Text after the invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number_postfix: Option<String>,
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<i32>,
    /// Date of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<BillbeeDateTime>,
    /// The billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_address: Option<Address>,
    /// The address the parcel goes to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    /// Payment type (see `enums().payment_types()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<i32>,
    /// The gross shipping cost.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub shipping_cost: Option<Decimal>,
    /// The gross total; in practice it includes shipping.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_cost: Option<Decimal>,
    /// Amount added to or taken from the total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub adjustment_cost: Option<Decimal>,
    /// Why the total was adjusted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustment_reason: Option<String>,
    /// The positions of the order; bundles appear as one position.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub order_items: Vec<OrderItem>,
    /// ISO 4217 currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The selling account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller: Option<OrderUser>,
    /// The buying account; often `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<OrderUser>,
    /// When the sales channel last changed the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<BillbeeDateTime>,
    /// Regular VAT rate of the order.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub tax_rate1: Option<Decimal>,
    /// Reduced VAT rate of the order.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub tax_rate2: Option<Decimal>,
    /// Billbee's own id of the order; use it for every other order call.
    #[serde(
        rename = "BillBeeOrderId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billbee_order_id: Option<OrderId>,
    /// The order this one was split from, if any.
    #[serde(
        rename = "BillBeeParentOrderId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billbee_parent_order_id: Option<OrderId>,
    /// VAT identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id: Option<String>,
    /// Free tags; compare them case-insensitively, as Billbee does.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tags: Vec<String>,
    /// Shipping weight in kilograms.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub ship_weight_kg: Option<Decimal>,
    /// Language code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
    /// The amount paid so far; unreliable, prefer `state`, `payed_at` and `payments`.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub paid_amount: Option<Decimal>,
    /// The shipping profile; Billbee sends it as a string or a number.
    #[serde(
        default,
        deserialize_with = "de::strnum",
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_profile_id: Option<String>,
    /// Shipping provider connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_id: Option<i64>,
    /// Product of the shipping provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_product_id: Option<i64>,
    /// Name of the shipping provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_name: Option<String>,
    /// Name of the shipping product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_product_name: Option<String>,
    /// Name of the shipping profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_profile_name: Option<String>,
    /// Payment instructions printed on the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_instruction: Option<String>,
    /// The order this one cancels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_cancelation_for: Option<String>,
    /// Payment transaction id (deprecated; see `payments`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_transaction_id: Option<String>,
    /// Fulfilment centre that ships the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution_center: Option<String>,
    /// Country the goods ship from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source_country_code: Option<String>,
    /// Note printed on the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_invoice_note: Option<String>,
    /// Customer number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    /// Payment reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_reference: Option<String>,
    /// Shipping services chosen for the order.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub shipping_services: Vec<ProductService>,
    /// The customer record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
    /// History log of the order.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub history: Vec<HistoryEntry>,
    /// Payments booked on the order.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub payments: Vec<OrderPayment>,
    /// When anything about the order last changed in Billbee; the change marker for syncs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<BillbeeDateTime>,
    /// When it was archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<BillbeeDateTime>,
    /// When it was restored from the archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_at: Option<BillbeeDateTime>,
    /// The shop connection the record belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_account_id: Option<i64>,
    /// Name of the shop connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_account_name: Option<String>,
    /// The seller's VAT id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_vat_id: Option<String>,
    /// The buyer's VAT id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_vat_id: Option<String>,
    /// The order was created through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_from_billbee_api: Option<bool>,
    /// Link to the order in Billbee's web app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
}

/// A parcel recorded on an order (Billbee lists them in `ShippingIds`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Shipment {
    /// Billbee's id of the shipment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<i64>,
    /// The tracking number; often `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_id: Option<String>,
    /// Name of the carrier or provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipper: Option<String>,
    /// When the shipment was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<BillbeeDateTime>,
    /// Tracking link; Billbee sends `"-"` when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
    /// Shipping provider connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_id: Option<i64>,
    /// Product of the shipping provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_product_id: Option<i64>,
    /// Carrier number (see `enums().shipping_carriers()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_carrier: Option<i32>,
    /// 0 shipment, 1 return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipment_type: Option<i32>,
}

/// A note on an order, written by the merchant or the customer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Comment {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Written by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_customer: Option<bool>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<BillbeeDateTime>,
}

/// An invoice or shipping address attached to an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Address {
    /// Billbee's id of the address; two addresses of an order may share it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<i64>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Addition to the name (c/o, Packstation customer number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_addition: Option<String>,
    /// Street.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// House number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(
        rename = "CountryISO2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country_iso2: Option<String>,
    /// Country as the channel sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Additional address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// One position of an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderItem {
    /// Billbee's id of this position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<i64>,
    /// Transaction id of the payment provider or channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// The product as sold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<SoldProduct>,
    /// How many units were ordered.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    /// Gross price of the position (unit price times quantity).
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_price: Option<Decimal>,
    /// VAT contained in `total_price`.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<Decimal>,
    /// Which VAT rate applies: 0 none, 1 regular, 2 reduced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_index: Option<i32>,
    /// Discount in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub discount: Option<Decimal>,
    /// Variant attributes.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub attributes: Vec<OrderItemAttribute>,
    /// Use the article's price instead of the position's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub get_price_from_article_if_any: Option<bool>,
    /// The position is a voucher, not goods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_coupon: Option<bool>,
    /// Shipping profile (string or number on the wire).
    #[serde(
        default,
        deserialize_with = "de::strnum",
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_profile_id: Option<String>,
    /// Billbee does not change stock for this position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dont_adjust_stock: Option<bool>,
    /// Gross price before the discount.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub unrebated_total_price: Option<Decimal>,
    /// Serial number of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// The SKU printed on the invoice; falls back to the product's SKU.
    #[serde(
        rename = "InvoiceSKU",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_sku: Option<String>,
    /// The position is a discount line (sent by newer servers only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_discount: Option<bool>,
}

/// The seller or buyer account on the sales channel an order came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderUser {
    /// Name of the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// Name of the shop in Billbee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_shop_name: Option<String>,
    /// Shop id in Billbee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_shop_id: Option<i64>,
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// User name on the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// First and last name combined; empty string when unknown. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// One line of an order's history log.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HistoryEntry {
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<BillbeeDateTime>,
    /// Event type as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type_name: Option<String>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Who caused the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_name: Option<String>,
    /// Type number (a Billbee enum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
}

/// A payment booked on an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderPayment {
    /// Billbee's id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<i64>,
    /// Transaction id of the payment provider or channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// When the payment was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_date: Option<BillbeeDateTime>,
    /// Payment type (see `enums().payment_types()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<i32>,
    /// How the payment was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_technology: Option<String>,
    /// Payment source as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_text: Option<String>,
    /// Amount paid.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub pay_value: Option<Decimal>,
    /// Payment reference text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The product as it was sold in an order position (a snapshot, not the article).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SoldProduct {
    /// A former id on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// The id on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The title as sold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Weight in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
    /// Stock keeping unit.
    #[serde(rename = "SKU", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// The SKU, or the channel id when there is no SKU. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku_or_id: Option<String>,
    /// A download or service without a parcel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_digital: Option<bool>,
    /// Images.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub images: Vec<SoldProductImage>,
    /// GTIN / EAN barcode.
    #[serde(rename = "EAN", default, skip_serializing_if = "Option::is_none")]
    pub ean: Option<String>,
    /// Channel data as serialized JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_data: Option<String>,
    /// Customs tariff number.
    #[serde(rename = "TARICCode", default, skip_serializing_if = "Option::is_none")]
    pub taric_code: Option<String>,
    /// Country of origin, for customs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_of_origin: Option<String>,
    /// The Billbee article this position is linked to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<ProductId>,
    /// Plain product or bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProductType>,
}

/// A variant attribute of an order position, such as colour or size.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderItemAttribute {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Price.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub price: Option<Decimal>,
}

/// An image of a sold product as the sales channel reported it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SoldProductImage {
    /// Address of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The main image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default_image: Option<bool>,
    /// Sort position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
    /// Id on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// Request body of the two tag endpoints.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderTags {
    /// Tags of the record.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tags: Vec<String>,
}

/// Request body for changing the state of an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderStateUpdate {
    /// The new state number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_state_id: Option<i32>,
}

/// Request body that records a parcel (tracking number) on an existing order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddShipment {
    /// The tracking number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_id: Option<String>,
    /// The carrier's own reference for the parcel; NOT the Billbee order id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// Free text stored with the shipment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The shipping provider (see `shipments().providers()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_id: Option<i64>,
    /// The product of that provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_provider_product_id: Option<i64>,
    /// Carrier number; overrides the carrier of the provider product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier_id: Option<i32>,
    /// 0 shipment, 1 return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipment_type: Option<i32>,
}

/// An invoice from the invoice list, with optional positions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InvoiceRecord {
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Salutation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salutation: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Customer number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<i32>,
    /// Debtor number for accounting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debtor_number: Option<i32>,
    /// Date of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<BillbeeDateTime>,
    /// Net total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_net: Option<Decimal>,
    /// ISO 4217 currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Gross total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_gross: Option<Decimal>,
    /// Payment type (see `enums().payment_types()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type_id: Option<i32>,
    /// Order number on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// Transaction id of the payment provider or channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Name of the shop connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop_name: Option<String>,
    /// Positions of the invoice.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub positions: Vec<InvoicePosition>,
    /// When the payment was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_date: Option<BillbeeDateTime>,
    /// VAT treatment (0 normal, 1 small business, 2 intra-EU, 3 export, 4 margin scheme).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_mode: Option<i32>,
    /// Billbee's id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<OrderId>,
    /// Country the goods go to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_country: Option<String>,
    /// Fees that are not positions.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub additional_fees: Vec<AdditionalFee>,
    /// The seller's VAT id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_vat_id: Option<String>,
    /// The buyer's VAT id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_vat_id: Option<String>,
    /// Facts used to choose the VAT treatment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_flags: Option<VatDetectionFlags>,
}

/// One position of an invoice in the invoice list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InvoicePosition {
    /// Sort position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
    /// Amount.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// Net unit value.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub net_value: Option<Decimal>,
    /// Net value of the whole position.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_net_value: Option<Decimal>,
    /// Gross unit value.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub gross_value: Option<Decimal>,
    /// Gross value of the whole position.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_gross_value: Option<Decimal>,
    /// VAT rate in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat_rate: Option<Decimal>,
    /// The Billbee article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_billbee_id: Option<i64>,
    /// Stock keeping unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Billbee's id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billbee_id: Option<i64>,
    /// VAT of the whole position.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_vat_amount: Option<Decimal>,
    /// Discount in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub rebate_percent: Option<Decimal>,
}

/// A fee on an invoice that is not a product position (e.g. shipping).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdditionalFee {
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Gross amount.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub gross: Option<Decimal>,
    /// Net amount.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub net: Option<Decimal>,
    /// VAT amount.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat_amount: Option<Decimal>,
    /// VAT rate in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat_rate: Option<Decimal>,
}

/// The facts Billbee used when it chose the VAT treatment of an invoice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VatDetectionFlags {
    /// Shipped outside the EU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party_country: Option<bool>,
    /// Shipped within one country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src_country_is_equal_to_dst_country: Option<bool>,
    /// The customer has a VAT id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_has_vat_id: Option<bool>,
    /// The EU delivery threshold is exceeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_delivery_threshold_exceeded: Option<bool>,
    /// The one-stop-shop VAT scheme is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oss_enabled: Option<bool>,
    /// The seller is VAT registered in the destination country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_is_registered_in_dst_country: Option<bool>,
    /// The order has no destination country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_distribution_country_is_empty: Option<bool>,
    /// The account has no country set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_profile_country_is_empty: Option<bool>,
    /// Intra-EU treatment is applied when a VAT id exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_igl_when_vat_id_is_available_enabled: Option<bool>,
    /// Where the VAT rates came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rates_from: Option<String>,
    /// Where the VAT id came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id_from: Option<String>,
    /// A distance sale to another EU country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_distance_sale: Option<bool>,
}

/// The invoice Billbee created for an order, optionally with its PDF.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatedInvoice {
    /// Order number on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// The PDF, base64 encoded.
    #[serde(rename = "PDFData", default, skip_serializing_if = "Option::is_none")]
    pub pdf_data: Option<String>,
    /// Date of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<BillbeeDateTime>,
    /// Gross total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_gross: Option<Decimal>,
    /// Net total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_net: Option<Decimal>,
    /// Where to download the PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_download_url: Option<String>,
}

/// Request body for sending a message to the buyer of an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendMessage {
    /// How to send: 0 none, 1 e-mail, 2 channel message, 3 e-mail then channel, 4 external e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_mode: Option<i32>,
    /// Subject, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub subject: Vec<MultiLanguageString>,
    /// Message text, one entry per language.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub body: Vec<MultiLanguageString>,
    /// Send to this address instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_mail: Option<String>,
}

/// Request body that fires a named event on an order so automation rules can react.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TriggerEvent {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Minutes to wait before the event fires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_in_minutes: Option<i32>,
}

/// Request body for filling Billbee placeholders in a text with an order's data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParsePlaceholders {
    /// The text with placeholders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_to_parse: Option<String>,
    /// The text is HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_html: Option<bool>,
    /// Language of the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Trim white space from the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trim: Option<bool>,
}

/// Request body for adding a message to an order's message thread.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderMessage {
    /// Visible to the merchant only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_internal: Option<bool>,
    /// Name shown as the sender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_name: Option<String>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The text returned by `orders().parse_placeholders(..)`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParsedText {
    /// The text with placeholders filled in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
