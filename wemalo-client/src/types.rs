//! Identifier and unit newtypes.
//!
//! Wemalo mixes several kinds of numbers in one body (internal ids, grams, cents,
//! centimetres). Giving each its own type keeps a weight from ending up in a price.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::serde_util;

macro_rules! int_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Serialized as a JSON number; read from a number or a numeric string.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub i64);

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_i64(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                serde_util::de_i64(d).map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl From<i64> for $name {
            fn from(v: i64) -> Self {
                $name(v)
            }
        }
    };
}

int_newtype!(
    /// Wemalo's internal goods order id (not the external id you send as `meta.externalId`).
    WemaloOrderId
);
int_newtype!(
    /// Wemalo's internal parcel (package) id, as sent in `trackingnumber_added` webhooks.
    ParcelId
);
int_newtype!(
    /// Wemalo's internal product id (the `id` of stock rows and goods receipt items).
    WemaloProductId
);
int_newtype!(
    /// A weight in grams, the unit Wemalo uses for product and parcel weights.
    Grams
);
int_newtype!(
    /// An amount in euro cents, the unit of order position `total` and `tax`.
    Cents
);

/// A length in centimetres (product dimensions). Decimal, because `4.5` cm is common.
///
/// Serialized as a JSON number; read from a number or a numeric string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Centimeters(pub Decimal);

impl Serialize for Centimeters {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde_util::decimal::serialize(&self.0, s)
    }
}

impl<'de> Deserialize<'de> for Centimeters {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_util::decimal::deserialize(d).map(Centimeters)
    }
}

impl fmt::Display for Centimeters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} cm", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_accept_numbers_and_strings() {
        let a: WemaloOrderId = serde_json::from_str("48213").unwrap();
        let b: WemaloOrderId = serde_json::from_str("\"48213\"").unwrap();
        assert_eq!(a, b);
        assert_eq!(serde_json::to_string(&a).unwrap(), "48213");
        let big: ParcelId = serde_json::from_str("9007199254740993").unwrap();
        assert_eq!(big.0, 9_007_199_254_740_993);
        assert!(serde_json::from_str::<ParcelId>("\"abc\"").is_err());
        assert!(serde_json::from_str::<Grams>("null").is_err());
    }

    #[test]
    fn units_round_trip() {
        let g: Grams = serde_json::from_str("\"135\"").unwrap();
        assert_eq!(g, Grams(135));
        let c: Centimeters = serde_json::from_str("4.5").unwrap();
        assert_eq!(c, Centimeters(Decimal::new(45, 1)));
        assert_eq!(serde_json::to_string(&c).unwrap(), "4.5");
        let c: Centimeters = serde_json::from_str("\"12.0\"").unwrap();
        assert_eq!(c.0, Decimal::new(12, 0));
    }
}
