//! Turning Billbee's objects into Wemalo's: products and orders. Pure functions with their
//! own tests; the flows decide when to call them.

pub mod order;
pub mod product;

pub use order::{map_order, Catalog, HoldReason};
pub use product::{fingerprint, map_product, ProductProblem};
