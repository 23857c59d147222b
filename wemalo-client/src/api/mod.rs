//! Resource handles: one per area of the API, borrowed from a [`Client`](crate::Client).

mod account;
mod goods_orders;
mod goods_receipts;
mod products;
mod returns;
mod webhooks;

pub use account::{Account, Refurbishments};
pub use goods_orders::GoodsOrders;
pub use goods_receipts::GoodsReceipts;
pub use products::{Products, BOOKING_FLAG_BATCH};
pub use returns::Returns;
pub use webhooks::Webhooks;
