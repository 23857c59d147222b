use std::fmt;

use jiff::civil::DateTime;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::dates;
use crate::serde_util::{self, de_opt_i64, de_opt_string, de_vec};

/// Pagination fields every paged Wemalo list carries.
///
/// Pages are 0-based in every apidoc example (unverified against a live account).
pub trait Paged {
    /// The entries of this page.
    type Item;
    /// Whether Wemalo says another page exists.
    fn has_more(&self) -> bool;
    /// The page number Wemalo reports, if any.
    fn page_number(&self) -> Option<i64>;
    /// Takes the entries out.
    fn into_items(self) -> Vec<Self::Item>;
}

macro_rules! paged {
    ($(#[$doc:meta])* $name:ident, $field:ident, $item:ty) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            /// The page this answer is (0-based).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[serde(deserialize_with = "de_opt_i64")]
            pub page: Option<i64>,
            /// Whether another page exists.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[serde(with = "serde_util::opt_bool")]
            pub additional_page: Option<bool>,
            /// The entries.
            #[serde(deserialize_with = "de_vec")]
            pub $field: Vec<$item>,
        }

        impl Paged for $name {
            type Item = $item;
            fn has_more(&self) -> bool {
                self.additional_page == Some(true)
            }
            fn page_number(&self) -> Option<i64> {
                self.page
            }
            fn into_items(self) -> Vec<$item> {
                self.$field
            }
        }
    };
}

// ----- sent packages ------------------------------------------------------------------

/// One booking of a sent parcel (`goodsOrder/sentPackages/`, `goodsOrder/packages/sent/`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SentPackageBooking {
    /// Booking history id: flag it with `GoodsOrders::flag_sent_package`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub history_id: Option<i64>,
    /// Wemalo's parcel id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub package_id: Option<i64>,
    /// Order status id; `500` means the order is sent completely.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub order_status_id: Option<String>,
    /// Wemalo's order id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub goods_order_id: Option<i64>,
    /// Order number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub order_number_customer: Option<String>,
    /// Your external order id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_goods_order_id: Option<String>,
    /// Your external product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_product_id: Option<String>,
    /// Wemalo's product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub product_id: Option<i64>,
    /// Product name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// SKU.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// For set components: the set position they came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<BookingParent>,
    /// When the parcel was handed to the carrier.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "dates::opt_dotted"
    )]
    pub handover_date: Option<DateTime>,
    /// When the booking was made.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "dates::opt_dotted"
    )]
    pub booking_date: Option<DateTime>,
    /// Carrier tracking number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub tracking_number: Option<String>,
    /// Quantity sent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub count: Option<Decimal>,
    /// Serial number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
    /// Carrier name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatcher_name: Option<String>,
    /// Carrier product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatcher_product: Option<String>,
    /// Extra order fields, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_info: Option<Value>,
    /// Receiver address (with `add_recipient`), as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Value>,
}

/// The set position a sent component belongs to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookingParent {
    /// Your external product id of the set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_product_id: Option<String>,
    /// Wemalo's product id of the set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub product_id: Option<i64>,
    /// Name of the set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// SKU of the set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// Quantity of the original set position.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub count: Option<Decimal>,
}

paged!(
    /// A page of sent parcel bookings.
    SentPackagesPage,
    bookings,
    SentPackageBooking
);

/// Filters of the sent-package reads; all optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentPackagesQuery {
    /// Only this order (your external id).
    pub external_id: Option<String>,
    /// From this time on (`dateFrom`, only for `GoodsOrders::sent_packages`).
    pub date_from: Option<DateTime>,
    /// Up to this time (`dateTo`, only for `GoodsOrders::sent_packages`).
    pub date_to: Option<DateTime>,
    /// Include the receiver address.
    pub add_recipient: Option<bool>,
    /// The page to read (0-based).
    pub page: Option<u32>,
}

// ----- goods receipt bookings -----------------------------------------------------------

/// Booked goods receipts (`goodsReceipt/get`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IncomingBooking {
    /// Total quantity booked for the receipt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub total: Option<Decimal>,
    /// Wemalo's receipt id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub goods_receipt_id: Option<i64>,
    /// Your order number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub order_number_customer: Option<String>,
    /// Delivery note.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub delivery_note: Option<String>,
    /// Your receipt id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_id: Option<String>,
    /// The booked items.
    #[serde(default, deserialize_with = "de_vec")]
    pub items: Vec<IncomingBookingItem>,
}

/// One booked item of an [`IncomingBooking`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IncomingBookingItem {
    /// Your external product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_product_id: Option<String>,
    /// Wemalo's product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub product_id: Option<i64>,
    /// Product name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// SKU.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// Booking history id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub history_id: Option<i64>,
    /// Booking reason, e.g. `INCOMING`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub reason: Option<String>,
    /// When it was booked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "dates::opt_dotted"
    )]
    pub booking_date: Option<DateTime>,
    /// Quantity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub count: Option<Decimal>,
    /// Serial number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
}

paged!(
    /// A page of booked goods receipts.
    IncomingBookingsPage,
    bookings,
    IncomingBooking
);

/// Filters of `GoodsReceipts::bookings`; all optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IncomingBookingsQuery {
    /// From this time on.
    pub date_from: Option<DateTime>,
    /// Up to this time.
    pub date_to: Option<DateTime>,
    /// Only this delivery note.
    pub delivery_note: Option<String>,
    /// Only this Wemalo receipt id.
    pub order_id: Option<i64>,
    /// The page to read (0-based).
    pub page: Option<u32>,
}

// ----- stock bookings -----------------------------------------------------------------------

/// Why stock was booked (`reason` of `product/bookings/flag`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BookingReason {
    /// `INCOMING`: goods receipt.
    Incoming,
    /// `RETURNSHIPMENT`: customer return.
    ReturnShipment,
    /// `PACK_PARCEL`: packed into a parcel.
    PackParcel,
    /// `SENT`: shipped.
    Sent,
    /// `INVENTORY_IN`: inventory correction up.
    InventoryIn,
    /// `INVENTORY_OUT`: inventory correction down.
    InventoryOut,
    /// Any other reason, kept as sent; do not send values Wemalo does not know.
    Other(String),
}

impl BookingReason {
    /// The wire text, e.g. `PACK_PARCEL`.
    pub fn as_str(&self) -> &str {
        match self {
            BookingReason::Incoming => "INCOMING",
            BookingReason::ReturnShipment => "RETURNSHIPMENT",
            BookingReason::PackParcel => "PACK_PARCEL",
            BookingReason::Sent => "SENT",
            BookingReason::InventoryIn => "INVENTORY_IN",
            BookingReason::InventoryOut => "INVENTORY_OUT",
            BookingReason::Other(s) => s,
        }
    }
}

impl From<&str> for BookingReason {
    fn from(s: &str) -> Self {
        match s {
            "INCOMING" => BookingReason::Incoming,
            "RETURNSHIPMENT" => BookingReason::ReturnShipment,
            "PACK_PARCEL" => BookingReason::PackParcel,
            "SENT" => BookingReason::Sent,
            "INVENTORY_IN" => BookingReason::InventoryIn,
            "INVENTORY_OUT" => BookingReason::InventoryOut,
            other => BookingReason::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for BookingReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BookingReason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BookingReason {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(BookingReason::from(String::deserialize(d)?.as_str()))
    }
}

/// A page of not yet synchronized stock bookings (`product/bookings/flag`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StockBookingsPage {
    /// Booking items in this page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub number_of_bookings: Option<i64>,
    /// Largest page size (JSON `maxResults`, or `maxResult`).
    #[serde(default, alias = "maxResult", skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "de_opt_i64")]
    pub max_results: Option<i64>,
    /// The page this answer is.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub page: Option<i64>,
    /// Whether another page exists.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub additional_page: Option<bool>,
    /// The bookings.
    #[serde(deserialize_with = "de_vec")]
    pub entries: Vec<StockBooking>,
}

impl Paged for StockBookingsPage {
    type Item = StockBooking;
    fn has_more(&self) -> bool {
        self.additional_page == Some(true)
    }
    fn page_number(&self) -> Option<i64> {
        self.page
    }
    fn into_items(self) -> Vec<StockBooking> {
        self.entries
    }
}

/// One stock booking, grouped per product and order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StockBooking {
    /// Quantity booked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub quantity: Option<Decimal>,
    /// Wemalo's product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub product_id: Option<i64>,
    /// SKU.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// Wemalo's parcel id (0 when none).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub parcel_id: Option<i64>,
    /// Wemalo's goods order id (0 when none).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub goods_order_id: Option<i64>,
    /// Your goods order id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ext_goods_order_id: Option<String>,
    /// Wemalo's stock (receipt) order id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub stock_order_id: Option<i64>,
    /// Your stock (receipt) order id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ext_stock_order_id: Option<String>,
    /// Your product ids per shop: `key` = external id, `value` = shop name.
    #[serde(default, deserialize_with = "de_vec")]
    pub external_ids: Vec<ExternalIdEntry>,
    /// The history ids to flag as synchronized.
    #[serde(default, deserialize_with = "de_vec")]
    pub booking_history_entries: Vec<BookingHistoryEntry>,
}

/// A `{key, value}` pair of [`StockBooking::external_ids`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdEntry {
    /// The external product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub key: Option<String>,
    /// The shop name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub value: Option<String>,
}

/// One booking history id of a [`StockBooking`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookingHistoryEntry {
    /// The id to pass to `Products::flag_bookings`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub history_id: Option<i64>,
    /// Position reference from the order, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ext_position_reference: Option<String>,
}

/// Answer of `PUT product/bookings/flag`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlaggedBookings {
    /// The ids Wemalo marked (JSON `historyIds`, or `updated`).
    #[serde(default, alias = "updated", deserialize_with = "de_vec")]
    pub history_ids: Vec<i64>,
    /// Whether every id given was marked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub all_updated: Option<bool>,
}

// ----- return bookings ------------------------------------------------------------------------

/// One booked return item (`returns/getBookings`, `returns/booked`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnBooking {
    /// Booking history id (flag it with `Returns::flag_booked`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub id: Option<i64>,
    /// Your external product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_product_id: Option<String>,
    /// Wemalo's product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub product_id: Option<i64>,
    /// Product name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// When it was booked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "dates::opt_dotted"
    )]
    pub booking_date: Option<DateTime>,
    /// Quality attribute code, e.g. `1`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub attribute_code: Option<String>,
    /// Whether the attribute is the default one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub attribute_default: Option<bool>,
    /// Packaging attribute code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub attribute_packaging_code: Option<String>,
    /// Return reason code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub reason_code: Option<String>,
    /// Serial number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
    /// Your return id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub goods_receipt_external_id: Option<String>,
    /// Delivery number of the return.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub goods_receipt_delivery_number: Option<String>,
    /// Order number of the return.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub goods_receipt_order_number: Option<String>,
    /// Your id of the original order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub goods_order_external_id: Option<String>,
    /// Number of the original order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub goods_order_number: Option<String>,
    /// Whether the item can be sold again.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub ready_for_shipment: Option<bool>,
}

paged!(
    /// A page of return bookings.
    ReturnBookingsPage,
    bookings,
    ReturnBooking
);

/// Filters of the return booking reads; all optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReturnBookingsQuery {
    /// From this time on.
    pub date_from: Option<DateTime>,
    /// Up to this time.
    pub date_to: Option<DateTime>,
    /// Only returns of this order (your id).
    pub external_goods_order_id: Option<String>,
    /// Only this return (your id).
    pub external_returns_id: Option<String>,
    /// Only this return (Wemalo's id).
    pub returns_id: Option<String>,
    /// The page to read (0-based).
    pub page: Option<u32>,
}

// ----- refurbishment --------------------------------------------------------------------

/// One refurbishment step (`refurbishment/get`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefurbishmentEntry {
    /// When it happened.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "dates::opt_dotted"
    )]
    pub date: Option<DateTime>,
    /// Wemalo's article id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub article_id: Option<i64>,
    /// Whether the article can be shipped.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub ready_for_shipment: Option<bool>,
    /// Serial number (`old=>new` when it changed).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
    /// Storage cell id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub cell_id: Option<i64>,
    /// Storage cell name (JSON `cell`, or `cellName`).
    #[serde(default, alias = "cellName", skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "de_opt_string")]
    pub cell: Option<String>,
    /// The product, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<Value>,
    /// Attribute details, as sent.
    #[serde(default, deserialize_with = "de_vec")]
    pub attributes: Vec<Value>,
    /// Checklist options, as sent (`value` may be bool or text).
    #[serde(default, deserialize_with = "de_vec")]
    pub options: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RefurbishmentPageWire {
    #[serde(default, deserialize_with = "de_opt_i64")]
    page: Option<i64>,
    #[serde(default, with = "serde_util::opt_bool")]
    additional_page: Option<bool>,
    #[serde(default, deserialize_with = "de_vec")]
    history: Vec<RefurbishmentEntry>,
    #[serde(default, deserialize_with = "de_vec")]
    bookings: Vec<RefurbishmentEntry>,
}

impl From<RefurbishmentPageWire> for RefurbishmentPage {
    fn from(w: RefurbishmentPageWire) -> Self {
        let history = if w.history.is_empty() {
            w.bookings
        } else {
            w.history
        };
        RefurbishmentPage {
            page: w.page,
            additional_page: w.additional_page,
            history,
        }
    }
}

/// A page of refurbishment steps; entries are read from `history` (or `bookings`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", from = "RefurbishmentPageWire")]
pub struct RefurbishmentPage {
    /// The page this answer is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Whether another page exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_page: Option<bool>,
    /// The steps.
    pub history: Vec<RefurbishmentEntry>,
}

impl Paged for RefurbishmentPage {
    type Item = RefurbishmentEntry;
    fn has_more(&self) -> bool {
        self.additional_page == Some(true)
    }
    fn page_number(&self) -> Option<i64> {
        self.page
    }
    fn into_items(self) -> Vec<RefurbishmentEntry> {
        self.history
    }
}

/// Filters of `Refurbishments::get`; set at least one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RefurbishmentQuery {
    /// Your product id.
    pub external_id: Option<String>,
    /// SKU.
    pub sku: Option<String>,
    /// Serial number.
    pub serial_number: Option<String>,
    /// Only results for exactly this serial number.
    pub explicit_serial_number: Option<bool>,
    /// Wemalo's refurbishment id.
    pub refurbishment_id: Option<i64>,
    /// The page to read (0-based).
    pub page: Option<u32>,
}
