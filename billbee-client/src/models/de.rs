//! Serde helpers for the server's quirks: `null` collections, decimals, strings that may be
//! numbers and the error description that may be either.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};
use std::fmt;

/// Deserializes `null` (or a missing key, with `#[serde(default)]`) as the default value.
///
/// Billbee sends `null` instead of `[]` for some collections.
pub(crate) fn vec<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Decimal fields: read from a JSON number or string, written as a JSON number.
///
/// `rust_decimal` writes strings by default, which Billbee's model binding rejects.
pub(crate) mod dec {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            None => s.serialize_none(),
            Some(d) => match (d.scale(), d.to_i64()) {
                (0, Some(i)) => s.serialize_i64(i),
                _ => match d.to_f64() {
                    Some(f) => s.serialize_f64(f),
                    None => Err(serde::ser::Error::custom("decimal out of range for JSON")),
                },
            },
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Decimal>, D::Error> {
        Option::<Decimal>::deserialize(d)
    }
}

/// Reads a string that may arrive as a JSON number (e.g. `ShippingProfileId`).
pub(crate) fn strnum<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string, a number or null")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(self)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_owned()))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
    }
    d.deserialize_option(V)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct T {
        #[serde(default, deserialize_with = "strnum")]
        s: Option<String>,
        #[serde(default, with = "dec", skip_serializing_if = "Option::is_none")]
        d: Option<Decimal>,
        #[serde(default, deserialize_with = "vec")]
        v: Vec<i64>,
    }

    #[test]
    fn string_or_number_and_null_vec() {
        let t: T = serde_json::from_str(r#"{"s":12345,"d":"1.50","v":null}"#).unwrap();
        assert_eq!(t.s.as_deref(), Some("12345"));
        assert_eq!(t.d, Some(Decimal::new(150, 2)));
        assert!(t.v.is_empty());
        let t: T = serde_json::from_str(r#"{"s":"abc","d":30.000}"#).unwrap();
        assert_eq!(t.s.as_deref(), Some("abc"));
        assert_eq!(t.d, Some(Decimal::new(30, 0)));
        let t: T = serde_json::from_str(r#"{"s":null}"#).unwrap();
        assert_eq!(t.s, None);
    }

    #[test]
    fn decimals_are_written_as_numbers() {
        let t = T {
            s: None,
            d: Some(Decimal::new(1999, 2)),
            v: vec![],
        };
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"s":null,"d":19.99,"v":[]}"#
        );
        let t = T {
            s: None,
            d: Some(Decimal::new(40, 0)),
            v: vec![],
        };
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"s":null,"d":40,"v":[]}"#
        );
    }
}
