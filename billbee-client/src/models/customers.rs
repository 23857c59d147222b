//! The customer register and its addresses.

use super::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An address in the customer register.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerAddress {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// `AddressType` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<i32>,
    /// `CustomerId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<i64>,
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
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// First phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tel1: Option<String>,
    /// Second phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tel2: Option<String>,
    /// Fax number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    /// `AddressAddition` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_addition: Option<String>,
    /// When it was archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<BillbeeDateTime>,
    /// When it was restored from the archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_at: Option<BillbeeDateTime>,
}

/// A customer in the customer register.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Customer {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// First phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tel1: Option<String>,
    /// Second phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tel2: Option<String>,
    /// `Number` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// `PriceGroupId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_group_id: Option<i64>,
    /// `LanguageId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_id: Option<i32>,
    /// `DefaultMailAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_mail_address: Option<CustomerContact>,
    /// `DefaultCommercialMailAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_commercial_mail_address: Option<CustomerContact>,
    /// `DefaultStatusUpdatesMailAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_status_updates_mail_address: Option<CustomerContact>,
    /// `DefaultPhone1` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone1: Option<CustomerContact>,
    /// `DefaultPhone2` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone2: Option<CustomerContact>,
    /// `DefaultFax` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_fax: Option<CustomerContact>,
    /// VAT identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i32>,
    /// `MetaData` as Billbee reports it.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub meta_data: Vec<CustomerContact>,
    /// When it was archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<BillbeeDateTime>,
    /// When it was restored from the archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_at: Option<BillbeeDateTime>,
}

/// A contact entry of a customer: an e-mail address or a phone number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerContact {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// `TypeId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i64>,
    /// `TypeName` as Billbee reports it. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `SubType` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_type: Option<String>,
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Request body for creating a customer together with a first address.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NewCustomer {
    /// `Address` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<CustomerAddress>,
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// First phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tel1: Option<String>,
    /// Second phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tel2: Option<String>,
    /// `Number` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// `PriceGroupId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_group_id: Option<i64>,
    /// `LanguageId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_id: Option<i32>,
    /// `DefaultMailAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_mail_address: Option<CustomerContact>,
    /// `DefaultCommercialMailAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_commercial_mail_address: Option<CustomerContact>,
    /// `DefaultStatusUpdatesMailAddress` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_status_updates_mail_address: Option<CustomerContact>,
    /// `DefaultPhone1` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone1: Option<CustomerContact>,
    /// `DefaultPhone2` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone2: Option<CustomerContact>,
    /// `DefaultFax` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_fax: Option<CustomerContact>,
    /// VAT identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i32>,
    /// `MetaData` as Billbee reports it.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub meta_data: Vec<CustomerContact>,
    /// When it was archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<BillbeeDateTime>,
    /// When it was restored from the archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_at: Option<BillbeeDateTime>,
}

/// The short order summary used in a customer's order list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerOrder {
    /// Id of this record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// `ExternalId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// `InvoiceCreatedAt` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_created_at: Option<BillbeeDateTime>,
    /// `InvoiceDate` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<BillbeeDateTime>,
    /// `CreatedAt` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<BillbeeDateTime>,
    /// `PaidAt` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<BillbeeDateTime>,
    /// `ShippedAt` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped_at: Option<BillbeeDateTime>,
    /// `HasInvoice` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_invoice: Option<bool>,
    /// `OrderStateId` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_state_id: Option<i32>,
    /// `OrderStateText` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_state_text: Option<String>,
    /// `TotalGross` as Billbee reports it.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_gross: Option<Decimal>,
    /// `ShopName` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop_name: Option<String>,
    /// `CanCreateAutoInvoice` as Billbee reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_create_auto_invoice: Option<bool>,
}
