//! Typed models of Billbee's JSON, tolerant of the server as it is.
//!
//! Conventions for every struct here:
//! * field names are Billbee's PascalCase names, with the odd exceptions (`SKU`,
//!   `CountryISO2`, `BillBeeOrderId`) spelled out;
//! * every scalar is an `Option`: absent and `null` both read as `None`, and `None` is not
//!   written;
//! * collections read `null` and absence as empty and are not written when empty;
//! * money and quantities are [`Decimal`](rust_decimal::Decimal), ids are 64-bit integers
//!   (exact above 2^53). JSON numbers with a fraction pass through `f64` on the way in (this
//!   crate does not force serde_json's `arbitrary_precision` on you), so values with more than
//!   about 15 significant digits, like the 28-digit tax amounts .NET sometimes prints, are
//!   rounded to the nearest `f64`; amounts with a normal scale (`30.000`, `3498.6000000`) are
//!   exact. Requests write decimals as JSON numbers;
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
