//! Shipping providers, carriers, labels and shipments.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An extra service of a shipping product (e.g. insurance), as Billbee describes it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductService {
    /// `DisplayName` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `DisplayValue` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_value: Option<String>,
    /// `RequiresUserInput` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_user_input: Option<bool>,
    /// `ShowInput` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_input: Option<bool>,
    /// `ServiceName` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// `typeName` as Billbee reports it. Read only.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `PossibleValueLists` as Billbee reports it. Read only.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub possible_value_lists: Vec<ServiceValueList>,
    /// `CanBeConfigured` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_be_configured: Option<bool>,
    /// `HasDynamicValues` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_dynamic_values: Option<bool>,
    /// `IsRequired` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
}

/// A named list of choices for a shipping service option.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceValueList {
    /// `key` as Billbee reports it.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `value` as Billbee reports it.
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
    /// `key` as Billbee reports it.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<i32>,
    /// `value` as Billbee reports it.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Request for a shipping label that is not tied to an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateShipment {
    /// `ProviderName` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    /// `ProductCode` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// `PrinterName` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer_name: Option<String>,
    /// `PrinterIdForExportDocs` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer_id_for_export_docs: Option<i64>,
    /// `Services` as Billbee reports it.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub services: Vec<ProductService>,
    /// `ReceiverAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_address: Option<ShipmentAddress>,
    /// `ClientReference` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference: Option<String>,
    /// Customer number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    /// `WeightInGram` as Billbee reports it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub weight_in_gram: Option<Decimal>,
    /// `OrderSum` as Billbee reports it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub order_sum: Option<Decimal>,
    /// `TotalNet` as Billbee reports it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_net: Option<Decimal>,
    /// `OrderCurrencyCode` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_currency_code: Option<String>,
    /// `Content` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// `ShipDate` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<BillbeeDateTime>,
    /// `shippingCarrier` as Billbee reports it.
    #[serde(
        rename = "shippingCarrier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shipping_carrier: Option<i32>,
    /// `Dimension` as Billbee reports it.
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
    /// `Name2` as Billbee reports it.
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
    /// `CountryCodeISO3` as Billbee reports it.
    #[serde(
        rename = "CountryCodeISO3",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country_code_iso3: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `Telephone` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    /// `AddressAddition` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_addition: Option<String>,
    /// `IsExportCountry` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_export_country: Option<bool>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `FullName` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `FullStreet` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_street: Option<String>,
}

/// Parcel dimensions in centimetres.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Dimensions {
    /// `length` as Billbee reports it.
    #[serde(
        rename = "length",
        default,
        with = "de::dec",
        skip_serializing_if = "Option::is_none"
    )]
    pub length: Option<Decimal>,
    /// `width` as Billbee reports it.
    #[serde(
        rename = "width",
        default,
        with = "de::dec",
        skip_serializing_if = "Option::is_none"
    )]
    pub width: Option<Decimal>,
    /// `height` as Billbee reports it.
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
    /// `OrderId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<OrderId>,
    /// `ProviderId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<i64>,
    /// `ProductId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    /// `ChangeStateToSend` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_state_to_send: Option<bool>,
    /// `PrinterName` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer_name: Option<String>,
    /// `WeightInGram` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_in_gram: Option<i32>,
    /// `ShipDate` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_date: Option<BillbeeDateTime>,
    /// `ClientReference` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference: Option<String>,
    /// `Dimension` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimensions>,
}

/// The label created for an order, with tracking data and PDFs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShipWithLabelResult {
    /// `OrderId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<OrderId>,
    /// `OrderReference` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_reference: Option<String>,
    /// `ShippingId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_id: Option<String>,
    /// `TrackingUrl` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_url: Option<String>,
    /// `LabelDataPdf` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_data_pdf: Option<String>,
    /// `ExportDocsPdf` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_docs_pdf: Option<String>,
    /// `Carrier` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// `ShippingDate` as Billbee reports it.
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
