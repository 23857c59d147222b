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
    /// `UsedAsPrinter` as Billbee reports it.
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
    /// `Term` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
    /// `SearchMode` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_mode: Option<i32>,
}

/// Hits of a full-text search, grouped by kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SearchResults {
    /// `Products` as Billbee reports it.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub products: Vec<ProductHit>,
    /// `Orders` as Billbee reports it.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub orders: Vec<OrderHit>,
    /// `Customers` as Billbee reports it.
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
    /// `ShortText` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_text: Option<String>,
    /// `SKU` as Billbee reports it.
    #[serde(rename = "SKU", default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// `Tags` as Billbee reports it.
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
    /// `ExternalReference` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_reference: Option<String>,
    /// `BuyerName` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_name: Option<String>,
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// `CustomerName` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// `ArticleTexts` as Billbee reports it.
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
    /// `Addresses` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<String>,
    /// `Number` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

/// Request body for creating a new Billbee account (partners only).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAccount {
    /// `EMail` as Billbee reports it.
    #[serde(rename = "EMail", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `Password` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `AcceptTerms` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_terms: Option<bool>,
    /// `Address` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<AccountAddress>,
    /// `AffiliateCouponCode` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliate_coupon_code: Option<String>,
    /// `Vat1Rate` as Billbee reports it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat1_rate: Option<Decimal>,
    /// `Vat2Rate` as Billbee reports it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub vat2_rate: Option<Decimal>,
    /// `DefaultVatMode` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_vat_mode: Option<i32>,
    /// `DefaultCurrency` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_currency: Option<String>,
    /// `DefaultVatIndex` as Billbee reports it.
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
    /// `Address1` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// `Address2` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `Country` as Billbee reports it.
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
    /// `AccountType` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<i32>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `LastSyncDate` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_date: Option<BillbeeDateTime>,
    /// `LastSyncState` as Billbee reports it.
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
