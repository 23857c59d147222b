//! Billbee's timestamps: ISO 8601 without a zone and with 0 to 3 fraction digits.

use jiff::civil::DateTime;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A wall-clock timestamp as Billbee sends it, e.g. `2023-04-22T15:07:02.36`.
///
/// Billbee writes no zone and does not document which one it means (probably
/// Europe/Berlin), so this keeps the civil date and time exactly as written.
/// Parsing also accepts a trailing `Z` or offset, which some tools send; the
/// offset is dropped and the wall-clock value kept. Serializing never writes a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BillbeeDateTime(pub DateTime);

impl BillbeeDateTime {
    /// Wraps a civil date and time.
    pub fn new(dt: DateTime) -> Self {
        Self(dt)
    }

    /// The civil date and time.
    pub fn datetime(self) -> DateTime {
        self.0
    }

    /// The current time in UTC as a zone-less value (what the fake uses as its clock).
    pub fn now_utc() -> Self {
        Self(jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()))
    }

    /// Reads this wall-clock value as UTC and returns the instant, e.g. for query filters.
    pub fn assume_utc(self) -> crate::Result<jiff::Timestamp> {
        jiff::tz::TimeZone::UTC
            .to_timestamp(self.0)
            .map_err(|e| crate::Error::Config {
                setting: "timestamp",
                reason: e.to_string(),
            })
    }
}

impl From<DateTime> for BillbeeDateTime {
    fn from(dt: DateTime) -> Self {
        Self(dt)
    }
}

/// Error returned when a string is not a Billbee timestamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateTimeError(String);

impl fmt::Display for ParseDateTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a Billbee timestamp: {:?}", self.0)
    }
}

impl std::error::Error for ParseDateTimeError {}

/// Cuts a trailing `Z` or numeric offset after the time part.
fn strip_zone(s: &str) -> &str {
    if let Some(rest) = s.strip_suffix(['Z', 'z']) {
        return rest;
    }
    let Some(t) = s.find(['T', 't', ' ']) else {
        return s;
    };
    match s[t..].rfind(['+', '-']) {
        Some(i) => &s[..t + i],
        None => s,
    }
}

impl FromStr for BillbeeDateTime {
    type Err = ParseDateTimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = strip_zone(s.trim());
        trimmed
            .parse::<DateTime>()
            .map(Self)
            .map_err(|_| ParseDateTimeError(s.to_owned()))
    }
}

impl fmt::Display for BillbeeDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dt = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            dt.year(),
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        )?;
        let nanos = dt.subsec_nanosecond();
        if nanos != 0 {
            let digits = format!("{nanos:09}");
            write!(f, ".{}", digits.trim_end_matches('0'))?;
        }
        Ok(())
    }
}

impl Serialize for BillbeeDateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for BillbeeDateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn p(s: &str) -> BillbeeDateTime {
        s.parse().unwrap()
    }

    #[test]
    fn accepts_every_shape_billbee_sends() {
        assert_eq!(
            p("2023-04-22T15:07:02").0,
            date(2023, 4, 22).at(15, 7, 2, 0)
        );
        assert_eq!(
            p("2023-04-29T13:32:39.36").0,
            date(2023, 4, 29).at(13, 32, 39, 360_000_000)
        );
        assert_eq!(
            p("2023-04-22T14:56:23.843").0,
            date(2023, 4, 22).at(14, 56, 23, 843_000_000)
        );
        assert_eq!(p("2023-03-30T00:00:00").0, date(2023, 3, 30).at(0, 0, 0, 0));
    }

    #[test]
    fn tolerates_zone_suffixes() {
        let want = date(2024, 1, 1).at(10, 0, 0, 0);
        assert_eq!(p("2024-01-01T10:00:00Z").0, want);
        assert_eq!(p("2024-01-01T10:00:00+00:00").0, want);
        assert_eq!(p("2024-01-01T10:00:00-05:00").0, want);
        assert_eq!(
            p("2024-01-01T10:00:00.5+0200").0,
            date(2024, 1, 1).at(10, 0, 0, 500_000_000)
        );
    }

    #[test]
    fn rejects_garbage() {
        assert!("yesterday".parse::<BillbeeDateTime>().is_err());
        assert!(serde_json::from_str::<BillbeeDateTime>("12").is_err());
    }

    #[test]
    fn writes_without_zone_and_trims_fraction() {
        assert_eq!(
            p("2023-04-29T13:32:39.36").to_string(),
            "2023-04-29T13:32:39.36"
        );
        assert_eq!(p("2023-04-22T15:07:02Z").to_string(), "2023-04-22T15:07:02");
        let json = serde_json::to_string(&p("2023-04-22T14:56:23.843")).unwrap();
        assert_eq!(json, "\"2023-04-22T14:56:23.843\"");
    }
}
