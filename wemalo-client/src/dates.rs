//! The three date formats wemalo-connect uses, in one place.
//!
//! - `ddMMyyyyHH` (`0103202508`): the `fromDate` query of `product/getAll` and
//!   `product/availableStock`; [`format_hour_stamp`], [`parse_hour_stamp`].
//! - `dd.MM.yyyy HH:mm:ss` (`01.03.2025 08:15:00`): dates of bookings, sent packages and
//!   returns, in queries and answers; [`format_dotted`], [`parse_dotted`].
//! - `yyyy-MM-dd` (`2025-03-01`): `meta.expectedDeliveryDate`; [`format_date`],
//!   [`parse_date`].
//!
//! Wemalo sends no time zone; values are civil (wall clock) times in the warehouse's
//! zone, which is why they are [`jiff::civil`] types and not instants.

use std::fmt;

use jiff::civil::{Date, DateTime};

/// A date or time text that is not in the format Wemalo uses at that place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateParseError {
    input: String,
    expected: &'static str,
}

impl DateParseError {
    fn new(input: &str, expected: &'static str) -> Self {
        let input = input.chars().take(64).collect();
        DateParseError { input, expected }
    }
}

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "date {:?} is not in the format {}",
            self.input, self.expected
        )
    }
}

impl std::error::Error for DateParseError {}

const HOUR_STAMP: &str = "ddMMyyyyHH";
const DOTTED: &str = "dd.MM.yyyy HH:mm:ss";
const ISO_DATE: &str = "yyyy-MM-dd";

/// Formats the `fromDate` query value `ddMMyyyyHH`; minutes and seconds are dropped.
///
/// Dropping them rounds down, so a "changed since" query never misses a change.
pub fn format_hour_stamp(dt: DateTime) -> String {
    format!(
        "{:02}{:02}{:04}{:02}",
        dt.day(),
        dt.month(),
        dt.year(),
        dt.hour()
    )
}

/// Parses a `ddMMyyyyHH` value (ten digits) into a civil date-time at the full hour.
pub fn parse_hour_stamp(s: &str) -> Result<DateTime, DateParseError> {
    let err = || DateParseError::new(s, HOUR_STAMP);
    let t = s.trim();
    if t.len() != 10 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err());
    }
    let num = |r: std::ops::Range<usize>| t.get(r).and_then(|x| x.parse::<i16>().ok());
    let (Some(d), Some(m), Some(y), Some(h)) = (num(0..2), num(2..4), num(4..8), num(8..10)) else {
        return Err(err());
    };
    let (Ok(d), Ok(m), Ok(h)) = (i8::try_from(d), i8::try_from(m), i8::try_from(h)) else {
        return Err(err());
    };
    DateTime::new(y, m, d, h, 0, 0, 0).map_err(|_| err())
}

/// Formats `dd.MM.yyyy HH:mm:ss` (whole seconds).
pub fn format_dotted(dt: DateTime) -> String {
    format!(
        "{:02}.{:02}.{:04} {:02}:{:02}:{:02}",
        dt.day(),
        dt.month(),
        dt.year(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// Parses `dd.MM.yyyy HH:mm:ss`, also accepting 1–9 fraction digits, a missing
/// seconds part, and a bare `dd.MM.yyyy` (midnight).
pub fn parse_dotted(s: &str) -> Result<DateTime, DateParseError> {
    let t = s.trim();
    for fmt in ["%d.%m.%Y %H:%M:%S%.f", "%d.%m.%Y %H:%M"] {
        if let Ok(dt) = jiff::fmt::strtime::parse(fmt, t).and_then(|b| b.to_datetime()) {
            return Ok(dt);
        }
    }
    if let Ok(d) = jiff::fmt::strtime::parse("%d.%m.%Y", t).and_then(|b| b.to_date()) {
        return Ok(d.to_datetime(jiff::civil::Time::midnight()));
    }
    Err(DateParseError::new(s, DOTTED))
}

/// Formats `yyyy-MM-dd`.
pub fn format_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Parses `yyyy-MM-dd`; a trailing time part (`2025-03-01 00:00:00` or `T…`) is ignored.
pub fn parse_date(s: &str) -> Result<Date, DateParseError> {
    let t = s.trim();
    let head = t.get(..10).unwrap_or(t);
    head.parse::<Date>()
        .map_err(|_| DateParseError::new(s, ISO_DATE))
}

/// serde for `Option<Date>` as `yyyy-MM-dd`; `""` and `null` read as `None`.
pub(crate) mod opt_date {
    use super::*;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(v: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => s.serialize_str(&format_date(*d)),
            None => s.serialize_none(),
        }
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => parse_date(&s).map(Some).map_err(serde::de::Error::custom),
        }
    }
}

/// serde for `Option<DateTime>` as `dd.MM.yyyy HH:mm:ss`; `""` and `null` read as `None`.
pub(crate) mod opt_dotted {
    use super::*;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(v: &Option<DateTime>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => s.serialize_str(&format_dotted(*d)),
            None => s.serialize_none(),
        }
    }
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => parse_dotted(&s).map(Some).map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, datetime};

    proptest::proptest! {
        #[test]
        fn formats_parse_back(
            y in 1900i16..2100, mo in 1i8..=12, d in 1i8..=28,
            h in 0i8..24, mi in 0i8..60, se in 0i8..60,
        ) {
            let dt = datetime(y, mo, d, h, mi, se, 0);
            proptest::prop_assert_eq!(parse_dotted(&format_dotted(dt)).ok(), Some(dt));
            let hour = datetime(y, mo, d, h, 0, 0, 0);
            proptest::prop_assert_eq!(parse_hour_stamp(&format_hour_stamp(dt)).ok(), Some(hour));
            proptest::prop_assert_eq!(parse_date(&format_date(dt.date())).ok(), Some(dt.date()));
        }

        #[test]
        fn parsers_never_panic(s in "\\PC{0,30}") {
            let _ = (parse_dotted(&s), parse_hour_stamp(&s), parse_date(&s));
        }
    }

    #[test]
    fn hour_stamp() {
        let dt = datetime(2025, 3, 1, 8, 59, 30, 0);
        assert_eq!(format_hour_stamp(dt), "0103202508");
        assert_eq!(
            parse_hour_stamp("0103202508").unwrap(),
            datetime(2025, 3, 1, 8, 0, 0, 0)
        );
        assert_eq!(
            format_hour_stamp(datetime(1999, 12, 31, 23, 0, 0, 0)),
            "3112199923"
        );
        assert!(parse_hour_stamp("3102202508").is_err());
        assert!(parse_hour_stamp("010320250").is_err());
        assert!(parse_hour_stamp("01032025a8").is_err());
        assert!(parse_hour_stamp("0103202524").is_err());
    }

    #[test]
    fn dotted() {
        let dt = datetime(2025, 3, 1, 8, 5, 9, 0);
        assert_eq!(format_dotted(dt), "01.03.2025 08:05:09");
        assert_eq!(parse_dotted("01.03.2025 08:05:09").unwrap(), dt);
        assert_eq!(
            parse_dotted("01.03.2025 08:05:09.120").unwrap(),
            datetime(2025, 3, 1, 8, 5, 9, 120_000_000)
        );
        assert_eq!(
            parse_dotted("01.03.2025 08:05").unwrap(),
            datetime(2025, 3, 1, 8, 5, 0, 0)
        );
        assert_eq!(
            parse_dotted("01.03.2025").unwrap(),
            datetime(2025, 3, 1, 0, 0, 0, 0)
        );
        assert!(parse_dotted("2025-03-01 08:05:09").is_err());
        assert!(parse_dotted("32.03.2025 08:05:09").is_err());
    }

    #[test]
    fn iso_date() {
        assert_eq!(format_date(date(2025, 3, 1)), "2025-03-01");
        assert_eq!(parse_date("2025-03-01").unwrap(), date(2025, 3, 1));
        assert_eq!(parse_date("2025-03-01 00:00:00").unwrap(), date(2025, 3, 1));
        assert!(parse_date("01.03.2025").is_err());
        let e = parse_date("nope").unwrap_err();
        assert!(e.to_string().contains("yyyy-MM-dd"));
    }
}
