//! Request and answer bodies of wemalo-connect.
//!
//! All models use the API's camelCase names, accept absent and `null` fields, ignore
//! fields they do not know, and leave out `None` fields when sent. They derive
//! `Default`, so build them with `..Default::default()`.

mod accounts;
mod bookings;
mod documents;
mod goods_order;
mod product;
mod receipt;
mod returns;
mod status;
mod stock;
mod webhook;

pub use accounts::*;
pub use bookings::*;
pub use documents::*;
pub use goods_order::*;
pub use product::*;
pub use receipt::*;
pub use returns::*;
pub use status::*;
pub(crate) use stock::de_wrapped_vec;
pub use stock::*;
pub use webhook::*;
