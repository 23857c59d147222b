//! Shipping providers, carriers, labels and shipments.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An extra service of a shipping product (e.g. insurance), as Billbee describes it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductService {
    /// Name shown to people. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Value shown to people. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_value: Option<String>,
    /// The option needs a value. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_user_input: Option<bool>,
    /// The option shows an input field. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_input: Option<bool>,
    /// Technical name of the service. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Type of the service. Read only.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// Choices for the option. Read only.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub possible_value_lists: Vec<ServiceValueList>,
    /// The option can be configured. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_be_configured: Option<bool>,
    /// The choices depend on the shipment. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_dynamic_values: Option<bool>,
    /// The option is required. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
}

/// A named list of choices for a shipping service option.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceValueList {
    /// The key.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value.
    #[serde(
        rename = "value",
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub value: Vec<ServiceValue>,
}

/// One choice of a shipping service option: a number and its label.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceValue {
    /// The key.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<i32>,
    /// The value.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Request for a shipping label that is not tied to an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateShipment {
    /// Name of the shipping provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    /// Code of the shipping product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Printer to print the label on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer_name: Option<String>,
    /// Printer for customs documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer_id_for_export_docs: Option<i64>,
    /// Extra services of the label.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub services: Vec<ProductService>,
    /// Who receives the parcel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_address: Option<ShipmentAddress>,
    /// Your reference printed on the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference: Option<String>,
    /// Customer number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    /// Parcel weight in grams.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub weight_in_gram: Option<Decimal>,
    /// Value of the goods.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub order_sum: Option<Decimal>,
    /// Net total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_net: Option<Decimal>,
    /// Currency of `order_sum`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_currency_code: Option<String>,
    /// Description of the parcel content, for customs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Planned shipping date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<BillbeeDateTime>,
    /// Carrier number (0 to 20).
    #[serde(
        rename = "shippingCarrier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_carrier: Option<i32>,
    /// Parcel dimensions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimensions>,
}

/// The receiver of a label created without an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShipmentAddress {
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Second name line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name2: Option<String>,
    /// Street.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// House number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housenumber: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// ISO 3166-1 alpha-3 country code.
    #[serde(
        rename = "CountryCodeISO3",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country_code_iso3: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    /// Addition to the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_addition: Option<String>,
    /// The destination is outside the EU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_export_country: Option<bool>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// First and last name combined; empty string when unknown. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Street and house number. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_street: Option<String>,
}

/// Parcel dimensions in centimetres.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Dimensions {
    /// Length in centimetres.
    #[serde(
        rename = "length",
        default,
        with = "de::dec",
        skip_serializing_if = "Option::is_none"
    )]
    pub length: Option<Decimal>,
    /// Width in centimetres.
    #[serde(
        rename = "width",
        default,
        with = "de::dec",
        skip_serializing_if = "Option::is_none"
    )]
    pub width: Option<Decimal>,
    /// Height in centimetres.
    #[serde(
        rename = "height",
        default,
        with = "de::dec",
        skip_serializing_if = "Option::is_none"
    )]
    pub height: Option<Decimal>,
}

/// Request that creates a label for an order through a shipping provider.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShipWithLabel {
    /// The order this belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<OrderId>,
    /// Shipping provider connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// Shipping product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    /// Set the order to shipped afterwards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_state_to_send: Option<bool>,
    /// Printer to print the label on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer_name: Option<String>,
    /// Parcel weight in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_in_gram: Option<i32>,
    /// Planned shipping date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<BillbeeDateTime>,
    /// Your reference printed on the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference: Option<String>,
    /// Parcel dimensions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimensions>,
}

/// The label created for an order, with tracking data and PDFs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShipWithLabelResult {
    /// The order this belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<OrderId>,
    /// Order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_reference: Option<String>,
    /// Tracking number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_id: Option<String>,
    /// Link to the carrier tracking page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
    /// The label PDF, base64 encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_data_pdf: Option<String>,
    /// Customs documents PDF, base64 encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_docs_pdf: Option<String>,
    /// Carrier name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Date of shipping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_date: Option<BillbeeDateTime>,
}

/// A shipping provider connection of the account with its products.
///
/// This list comes without the envelope and with lower-camel keys.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShippingProvider {
    /// Id to use as `ShippingProviderId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name of the provider connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The products (services) the provider offers.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub products: Vec<ShippingProviderProduct>,
}

/// One product (service level) of a shipping provider.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShippingProviderProduct {
    /// Id to use as `ShippingProviderProductId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name shown to people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Technical product name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}
