//! Lenient (de)serializers for the shapes wemalo-connect actually sends.
//!
//! The server is loose with types: numbers arrive as strings, flags as `0`/`1`,
//! empty strings stand for "no value" and `null` for empty lists. These helpers
//! accept all of that on the way in and write the documented shape on the way out.

use std::fmt;
use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};

/// Parses a decimal from text, accepting a comma as decimal separator.
pub(crate) fn decimal_from_str(s: &str) -> Option<Decimal> {
    let t = s.trim();
    Decimal::from_str(t)
        .or_else(|_| Decimal::from_scientific(t))
        .or_else(|_| Decimal::from_str(&t.replace(',', ".")))
        .ok()
}

fn decimal_from_f64(v: f64) -> Option<Decimal> {
    // Going through the shortest round-trip text keeps `27.8` as `27.8`.
    decimal_from_str(&v.to_string())
}

struct OptDecimalVisitor;

impl<'de> Visitor<'de> for OptDecimalVisitor {
    type Value = Option<Decimal>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number, a numeric string or null")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(Decimal::from(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(Decimal::from(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        decimal_from_f64(v)
            .map(Some)
            .ok_or_else(|| E::custom(format!("number {v} does not fit a decimal")))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v.trim().is_empty() {
            return Ok(None);
        }
        decimal_from_str(v)
            .map(Some)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// Serializes a decimal as a JSON number (the API documents `Double`): an integer when
/// the decimal has no scale (`12`), otherwise a float (`12.0`, `27.8`).
fn ser_decimal<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    if v.scale() == 0 {
        if let Some(i) = v.to_i64() {
            return s.serialize_i64(i);
        }
    }
    match v.to_f64() {
        Some(f) => s.serialize_f64(f),
        None => Err(serde::ser::Error::custom("decimal out of range")),
    }
}

/// `Decimal` as a JSON number; reads numbers and numeric strings.
pub(crate) mod decimal {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        ser_decimal(v, s)
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        Ok(d.deserialize_any(OptDecimalVisitor)?.unwrap_or_default())
    }
}

/// `Option<Decimal>` as a JSON number; `null` and `""` read as `None`.
pub(crate) mod opt_decimal {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => ser_decimal(v, s),
            None => s.serialize_none(),
        }
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Decimal>, D::Error> {
        d.deserialize_any(OptDecimalVisitor)
    }
}

struct OptI64Visitor;

impl<'de> Visitor<'de> for OptI64Visitor {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer, a numeric string or null")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        i64::try_from(v)
            .map(Some)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            // The guard above keeps the value exactly representable.
            #[allow(clippy::cast_possible_truncation)]
            Ok(Some(v as i64))
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let t = v.trim();
        if t.is_empty() {
            return Ok(None);
        }
        if let Ok(i) = t.parse::<i64>() {
            return Ok(Some(i));
        }
        match t.parse::<f64>() {
            Ok(f) if f.is_finite() => self.visit_f64(f),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// Reads an optional integer from a number or numeric string.
pub(crate) fn de_opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    d.deserialize_any(OptI64Visitor)
}

/// Reads a required integer from a number or numeric string.
pub(crate) fn de_i64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    de_opt_i64(d)?.ok_or_else(|| de::Error::custom("expected an integer, found null or \"\""))
}

/// `Option<i64>` that reads numbers and numeric strings.
pub(crate) mod opt_i64 {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_i64(*v),
            None => s.serialize_none(),
        }
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        de_opt_i64(d)
    }
}

struct OptBoolVisitor;

impl<'de> Visitor<'de> for OptBoolVisitor {
    type Value = Option<bool>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean, 0/1, \"true\"/\"false\" or null")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v != 0))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v != 0))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(v != 0.0))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match v.trim().to_ascii_lowercase().as_str() {
            "" => Ok(None),
            "1" | "true" | "yes" => Ok(Some(true)),
            "0" | "false" | "no" => Ok(Some(false)),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// `Option<bool>` written as JSON `true`/`false`, read from bools, `0`/`1` and strings.
pub(crate) mod opt_bool {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_bool(*v),
            None => s.serialize_none(),
        }
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        d.deserialize_any(OptBoolVisitor)
    }
}

/// `Option<bool>` written as JSON `0`/`1` (the API's integer flags), read leniently.
pub(crate) mod opt_bool01 {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_u8(u8::from(*v)),
            None => s.serialize_none(),
        }
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        d.deserialize_any(OptBoolVisitor)
    }
}

struct OptStringVisitor;

impl<'de> Visitor<'de> for OptStringVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, a number or null")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
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
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// Reads an optional string that may arrive as a number (ids, status codes).
pub(crate) fn de_opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(OptStringVisitor)
}

/// Reads a string that may arrive as a number or `null` (then empty).
pub(crate) fn de_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(de_opt_string(d)?.unwrap_or_default())
}

/// Reads a list that may arrive as `null`.
pub(crate) fn de_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct T {
        #[serde(default, with = "opt_decimal")]
        d: Option<Decimal>,
        #[serde(default, with = "opt_bool01")]
        b: Option<bool>,
        #[serde(default, with = "opt_i64")]
        i: Option<i64>,
    }

    #[test]
    fn lenient_reads() {
        let t: T = serde_json::from_str(r#"{"d":"27.8","b":"1","i":"42"}"#).unwrap();
        assert_eq!(t.d, Some(Decimal::new(278, 1)));
        assert_eq!(t.b, Some(true));
        assert_eq!(t.i, Some(42));
        let t: T = serde_json::from_str(r#"{"d":27.8,"b":false,"i":42.0}"#).unwrap();
        assert_eq!(t.d, Some(Decimal::new(278, 1)));
        assert_eq!(t.b, Some(false));
        let t: T = serde_json::from_str(r#"{"d":"","b":null,"i":""}"#).unwrap();
        assert_eq!(
            t,
            T {
                d: None,
                b: None,
                i: None
            }
        );
        assert!(serde_json::from_str::<T>(r#"{"i":"4.5"}"#).is_err());
    }

    #[test]
    fn keeps_scale_when_writing() {
        let t = T {
            d: Some(Decimal::new(120, 1)),
            b: None,
            i: None,
        };
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"d":12.0,"b":null,"i":null}"#
        );
        let t: T = serde_json::from_str(r#"{"d":"1e2"}"#).unwrap();
        assert_eq!(t.d, Some(Decimal::new(100, 0)));
        let t: T = serde_json::from_str(r#"{"d":"2,5"}"#).unwrap();
        assert_eq!(t.d, Some(Decimal::new(25, 1)));
    }

    #[test]
    fn writes_numbers() {
        let t = T {
            d: Some(Decimal::new(278, 1)),
            b: Some(true),
            i: Some(7),
        };
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"d":27.8,"b":1,"i":7}"#
        );
        let t = T {
            d: Some(Decimal::new(12, 0)),
            b: None,
            i: None,
        };
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"d":12,"b":null,"i":null}"#
        );
    }
}
