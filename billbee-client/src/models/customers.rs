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
    /// 1 invoice address, 2 shipping address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<i32>,
    /// The customer this belongs to.
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
    /// Addition to the address.
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
    /// Running number shown to people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// Price group of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_group_id: Option<i64>,
    /// Preferred language (Billbee number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_id: Option<i32>,
    /// Main e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_mail_address: Option<CustomerContact>,
    /// E-mail for invoices and other business mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_commercial_mail_address: Option<CustomerContact>,
    /// E-mail for status updates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_status_updates_mail_address: Option<CustomerContact>,
    /// First phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone1: Option<CustomerContact>,
    /// Second phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone2: Option<CustomerContact>,
    /// Fax number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_fax: Option<CustomerContact>,
    /// VAT identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i32>,
    /// All e-mail addresses and phone numbers of the customer.
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
    /// Type number (a Billbee enum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i64>,
    /// Type as text. Read only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// Sub type as text (e.g. private, work).
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
    /// The address.
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
    /// Running number shown to people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// Price group of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_group_id: Option<i64>,
    /// Preferred language (Billbee number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_id: Option<i32>,
    /// Main e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_mail_address: Option<CustomerContact>,
    /// E-mail for invoices and other business mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_commercial_mail_address: Option<CustomerContact>,
    /// E-mail for status updates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_status_updates_mail_address: Option<CustomerContact>,
    /// First phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone1: Option<CustomerContact>,
    /// Second phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_phone2: Option<CustomerContact>,
    /// Fax number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_fax: Option<CustomerContact>,
    /// VAT identification number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_id: Option<String>,
    /// Kind of record (a Billbee enum number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i32>,
    /// All e-mail addresses and phone numbers of the customer.
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
    /// Id on the sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Invoice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// When the invoice was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_created_at: Option<BillbeeDateTime>,
    /// Date of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<BillbeeDateTime>,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<BillbeeDateTime>,
    /// When it was paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<BillbeeDateTime>,
    /// When it was shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped_at: Option<BillbeeDateTime>,
    /// An invoice exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_invoice: Option<bool>,
    /// Order state number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_state_id: Option<i32>,
    /// State as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_state_text: Option<String>,
    /// Gross total.
    #[serde(default, with = "de::dec", skip_serializing_if = "Option::is_none")]
    pub total_gross: Option<Decimal>,
    /// Name of the shop connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop_name: Option<String>,
    /// An invoice can be created automatically.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_create_auto_invoice: Option<bool>,
}
