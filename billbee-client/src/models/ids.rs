//! Id newtypes, so a Billbee order id is never confused with an article id or an order number.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
            Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl From<i64> for $name {
            fn from(v: i64) -> Self {
                Self(v)
            }
        }

        impl From<$name> for i64 {
            fn from(v: $name) -> i64 {
                v.0
            }
        }
    };
}

id_type!(
    /// Billbee's internal order id (`BillBeeOrderId`), a 64-bit integer.
    ///
    /// Not the shop's order id (`Order::id`) and not the order number.
    OrderId
);
id_type!(
    /// Billbee's article id (`Id` of a product, `BillbeeId` of a sold product).
    ProductId
);
