//! Typed models of Billbee's JSON, tolerant of the server as it is.
//!
//! Conventions for every struct here:
//! * field names are Billbee's PascalCase names, with the odd exceptions (`SKU`,
//!   `CountryISO2`, `BillBeeOrderId`) spelled out;
//! * every scalar is an `Option`: absent and `null` both read as `None`, and `None` is not
//!   written;
//! * collections read `null` and absence as empty and are not written when empty;
//! * money and quantities are [`Decimal`](rust_decimal::Decimal), ids are 64-bit;
//! * unknown fields are ignored, so new server fields never break decoding.
//!
//! All structs implement `Default`, so requests are built with `..Default::default()`.

pub(crate) mod de;

mod customers;
mod date;
mod enums;
mod ids;
mod misc;
mod orders;
mod products;
mod shipments;
mod stock;
mod webhooks;

pub use customers::*;
pub use date::*;
pub use enums::*;
pub use ids::*;
pub use misc::*;
pub use orders::*;
pub use products::*;
pub use shipments::*;
pub use stock::*;
pub use webhooks::*;
