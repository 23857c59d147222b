//! Smaller resources: search, layouts, shop accounts, cloud storages, account provisioning.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A cloud storage or printer connection of the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CloudStorage {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The connection is used as a printer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_as_printer: Option<bool>,
}

/// A document layout (invoice, delivery note, ...) configured in the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LayoutTemplate {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i32>,
}

/// Request body of the full-text search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SearchRequest {
    /// Kind of record (a Billbee enum number).
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub r#type: Vec<String>,
    /// Search term (Lucene syntax).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
    /// Search mode (0 to 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_mode: Option<i32>,
}

/// Hits of a full-text search, grouped by kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SearchResults {
    /// Product hits.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub products: Vec<ProductHit>,
    /// Order hits.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub orders: Vec<OrderHit>,
    /// Customer hits.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub customers: Vec<CustomerHit>,
}

/// A product found by the search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductHit {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Short description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_text: Option<String>,
    /// Stock keeping unit.
    #[serde(rename = "SKU", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Tags of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
}

/// An order found by the search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrderHit {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Order number on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_reference: Option<String>,
    /// Name of the buyer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_name: Option<String>,
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// Name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// Titles of the articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_texts: Option<String>,
}

/// A customer found by the search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerHit {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Addresses as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<String>,
    /// Running number shown to people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

/// Request body for creating a new Billbee account (partners only).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAccount {
    /// E-mail address.
    #[serde(rename = "EMail", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Password of the new account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The terms are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_terms: Option<bool>,
    /// The address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<AccountAddress>,
    /// Partner coupon code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliate_coupon_code: Option<String>,
    /// Regular VAT rate in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat1_rate: Option<Decimal>,
    /// Reduced VAT rate in percent.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat2_rate: Option<Decimal>,
    /// Default VAT treatment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_vat_mode: Option<i32>,
    /// Default currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_currency: Option<String>,
    /// Default VAT rate index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_vat_index: Option<i32>,
}

/// The company address of a new account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountAddress {
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// VAT identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id: Option<String>,
}

/// A connected shop or marketplace account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShopAccount {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Kind of channel (Billbee number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<i32>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When orders were last imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_date: Option<BillbeeDateTime>,
    /// Outcome of the last import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_state: Option<i32>,
}

/// One entry of a Billbee enum list (`GET /enums/...`, shipping carriers): a number and its name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnumEntry {
    /// The number used in the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Billbee's name for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An entry of the account's event log (`GET /events`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Event {
    /// Id of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// When it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<BillbeeDateTime>,
    /// Event type number (e.g. 15 order state changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Event type as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_text: Option<String>,
    /// The employee who caused it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_id: Option<i64>,
    /// Name of that employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_name: Option<String>,
    /// The order it concerns, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<OrderId>,
}
