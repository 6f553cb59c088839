//! [`Timestamp`], and the three formats AWS's protocols write timestamps
//! in: epoch seconds, date-time (RFC 3339) and http-date (RFC 9110's
//! IMF-fixdate).
//!
//! A `Timestamp` takes the format of the place it is in, as the Smithy
//! restJson1 protocol does: epoch seconds in a JSON body, a date-time in a
//! path label or the query, an http-date in a header. A member the model
//! gives another format (`@timestampFormat`) is declared with the wrapper
//! of that format, [`EpochSeconds`], [`DateTime`] or [`HttpDate`], which
//! writes it the same way everywhere.
//!
//! Precision is the millisecond, as AWS services and the protocol tests
//! use it: digits of a second beyond the third are read and dropped.
//!
//! The calendar arithmetic is `calendar.rs`'s.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::calendar::{civil_from_days, days_from_civil, days_in_month};
use crate::text::{HeaderField, PathLabel, QueryParam};

/// A point in time, to the millisecond: what a Smithy `timestamp` member
/// holds.
///
/// On the wire it takes the format of its place: epoch seconds in a JSON
/// body (`1576540098`, or `1576540098.123`), a date-time in a path label or
/// query parameter (`2019-12-16T23:48:18Z`), an http-date in a header
/// (`Mon, 16 Dec 2019 23:48:18 GMT`).
///
/// ```
/// use opwire::Timestamp;
///
/// let t = Timestamp::from_millis(1_576_540_098_123);
/// assert_eq!(t.date_time().to_string(), "2019-12-16T23:48:18.123Z");
/// assert_eq!(t.http_date().to_string(), "Mon, 16 Dec 2019 23:48:18 GMT");
/// assert_eq!(serde_json::to_string(&t).unwrap(), "1576540098.123");
/// assert_eq!(Timestamp::parse_date_time("2019-12-16T22:48:18-01:00"), Ok(Timestamp::from_secs(1_576_540_098)));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp {
    millis: i64,
}

/// Why text is not a timestamp in the format asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError {
    expected: &'static str,
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}", self.expected)
    }
}

impl std::error::Error for TimestampError {}

const EPOCH_SECONDS: TimestampError = TimestampError {
    expected: "epoch seconds, such as 1576540098 or 1576540098.123",
};
const DATE_TIME: TimestampError = TimestampError {
    expected: "an RFC 3339 date-time, such as 2019-12-16T23:48:18Z",
};
const HTTP_DATE: TimestampError = TimestampError {
    expected: "an http-date, such as Mon, 16 Dec 2019 23:48:18 GMT",
};

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MILLIS_PER_DAY: i64 = 86_400_000;

impl Timestamp {
    /// 1970-01-01T00:00:00Z.
    pub const UNIX_EPOCH: Timestamp = Timestamp { millis: 0 };

    /// `secs` seconds after the epoch (before it when negative); saturates
    /// at the range of milliseconds an `i64` holds.
    pub const fn from_secs(secs: i64) -> Self {
        Timestamp {
            millis: secs.saturating_mul(1000),
        }
    }

    /// `millis` milliseconds after the epoch.
    pub const fn from_millis(millis: i64) -> Self {
        Timestamp { millis }
    }

    /// Milliseconds since the epoch.
    pub const fn as_millis(self) -> i64 {
        self.millis
    }

    /// Whole seconds since the epoch, rounded down.
    pub const fn as_secs(self) -> i64 {
        self.millis.div_euclid(1000)
    }

    /// The milliseconds past [`as_secs`](Self::as_secs), `0..1000`.
    pub const fn subsec_millis(self) -> u32 {
        self.millis.rem_euclid(1000) as u32
    }

    /// The current time, to the millisecond.
    pub fn now() -> Self {
        Timestamp::from(SystemTime::now())
    }

    /// The value as epoch seconds: `1576540098`, or `1576540098.123`.
    pub const fn epoch_seconds(self) -> EpochSeconds {
        EpochSeconds(self)
    }

    /// The value as an RFC 3339 date-time in UTC: `2019-12-16T23:48:18Z`,
    /// with three digits of fraction when there are milliseconds. Years
    /// outside `0000..=9999` are written with a sign and more digits, as
    /// ISO 8601 extends them (and no format reads them back).
    pub const fn date_time(self) -> DateTime {
        DateTime(self)
    }

    /// The value as an http-date: `Mon, 16 Dec 2019 23:48:18 GMT` (whole
    /// seconds: IMF-fixdate has no fraction).
    pub const fn http_date(self) -> HttpDate {
        HttpDate(self)
    }

    /// Reads epoch seconds: an optional `-`, digits, and an optional
    /// fraction.
    ///
    /// # Errors
    ///
    /// Any other text, or a value out of range.
    pub fn parse_epoch_seconds(text: &str) -> Result<Self, TimestampError> {
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(EPOCH_SECONDS);
        }
        if digits.ends_with('.') {
            return Err(EPOCH_SECONDS);
        }
        let secs: i64 = whole.parse().map_err(|_| EPOCH_SECONDS)?;
        let millis = secs
            .checked_mul(1000)
            .and_then(|m| m.checked_add(fraction_millis(fraction)))
            .ok_or(EPOCH_SECONDS)?;
        Ok(Timestamp {
            millis: if negative { -millis } else { millis },
        })
    }

    /// Reads an RFC 3339 date-time: `2019-12-16T23:48:18Z`, with an
    /// optional fraction of a second and a `Z` or `±hh:mm` offset (`T` and
    /// `Z` in either case).
    ///
    /// # Errors
    ///
    /// Any other text, or a date or time that does not exist.
    pub fn parse_date_time(text: &str) -> Result<Self, TimestampError> {
        let b = text.as_bytes();
        let at = |i: usize, c: u8| b.get(i).is_some_and(|x| x.eq_ignore_ascii_case(&c));
        if b.len() < 20
            || !at(4, b'-')
            || !at(7, b'-')
            || !at(10, b'T')
            || !at(13, b':')
            || !at(16, b':')
        {
            return Err(DATE_TIME);
        }
        // `get`, not indexing: a multi-byte character may straddle a field.
        let field = |at: std::ops::Range<usize>| text.get(at).and_then(number).ok_or(DATE_TIME);
        let (year, month, day) = (field(0..4)?, field(5..7)?, field(8..10)?);
        let (hour, minute, second) = (field(11..13)?, field(14..16)?, field(17..19)?);
        let mut rest = text.get(19..).ok_or(DATE_TIME)?;
        let mut millis = 0;
        if let Some(fraction) = rest.strip_prefix('.') {
            let end = fraction
                .bytes()
                .position(|b| !b.is_ascii_digit())
                .unwrap_or(fraction.len());
            if end == 0 {
                return Err(DATE_TIME);
            }
            millis = fraction_millis(&fraction[..end]);
            rest = &fraction[end..];
        }
        let offset_minutes = match rest.as_bytes() {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let hours =
                    number(std::str::from_utf8(&[*h1, *h2]).unwrap_or("")).ok_or(DATE_TIME)?;
                let minutes =
                    number(std::str::from_utf8(&[*m1, *m2]).unwrap_or("")).ok_or(DATE_TIME)?;
                if hours > 23 || minutes > 59 {
                    return Err(DATE_TIME);
                }
                let offset = hours * 60 + minutes;
                if *sign == b'-' { -offset } else { offset }
            }
            _ => return Err(DATE_TIME),
        };
        let local =
            civil_millis(year, month, day, hour, minute, second, millis).ok_or(DATE_TIME)?;
        Ok(Timestamp {
            millis: local - offset_minutes * 60_000,
        })
    }

    /// Reads an http-date in IMF-fixdate form, `Mon, 16 Dec 2019 23:48:18
    /// GMT` (a fraction of a second before ` GMT` is read too); the day's
    /// name must be the date's.
    ///
    /// # Errors
    ///
    /// Any other text (RFC 850 and asctime dates among it), or a date that
    /// does not exist.
    pub fn parse_http_date(text: &str) -> Result<Self, TimestampError> {
        let (weekday, rest) = text.split_once(", ").ok_or(HTTP_DATE)?;
        let rest = rest.strip_suffix(" GMT").ok_or(HTTP_DATE)?;
        let mut parts = rest.split(' ');
        let (Some(day), Some(month), Some(year), Some(time), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(HTTP_DATE);
        };
        if day.len() != 2 || year.len() != 4 {
            return Err(HTTP_DATE);
        }
        let month = MONTHS.iter().position(|m| *m == month).ok_or(HTTP_DATE)? as i64 + 1;
        let (time, fraction) = time.split_once('.').unwrap_or((time, ""));
        let t = time.as_bytes();
        if t.len() != 8
            || t[2] != b':'
            || t[5] != b':'
            || (!fraction.is_empty() && !fraction.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(HTTP_DATE);
        }
        if text.contains(".") && fraction.is_empty() {
            return Err(HTTP_DATE);
        }
        let millis = civil_millis(
            number(year).ok_or(HTTP_DATE)?,
            month,
            number(day).ok_or(HTTP_DATE)?,
            number(&time[0..2]).ok_or(HTTP_DATE)?,
            number(&time[3..5]).ok_or(HTTP_DATE)?,
            number(&time[6..8]).ok_or(HTTP_DATE)?,
            fraction_millis(fraction),
        )
        .ok_or(HTTP_DATE)?;
        let stamp = Timestamp { millis };
        if DAYS[stamp.weekday()] != weekday {
            return Err(HTTP_DATE);
        }
        Ok(stamp)
    }

    /// 0 for Sunday.
    fn weekday(self) -> usize {
        (self.millis.div_euclid(MILLIS_PER_DAY) + 4).rem_euclid(7) as usize
    }

    /// (year, month, day, hour, minute, second, millisecond) in UTC.
    fn civil(self) -> (i64, i64, i64, i64, i64, i64, i64) {
        let days = self.millis.div_euclid(MILLIS_PER_DAY);
        let of_day = self.millis.rem_euclid(MILLIS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        (
            year,
            month,
            day,
            of_day / 3_600_000,
            of_day / 60_000 % 60,
            of_day / 1000 % 60,
            of_day % 1000,
        )
    }
}

/// A two- or four-digit field.
fn number(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The first three digits of a fraction of a second, as milliseconds.
fn fraction_millis(fraction: &str) -> i64 {
    let mut millis = 0;
    for (i, digit) in fraction.bytes().take(3).enumerate() {
        millis += i64::from(digit - b'0') * [100, 10, 1][i];
    }
    millis
}

/// Milliseconds since the epoch of a UTC date and time, if it exists.
fn civil_millis(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
) -> Option<i64> {
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(days * MILLIS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis)
}

fn write_year(f: &mut fmt::Formatter<'_>, year: i64) -> fmt::Result {
    match year {
        0..=9999 => write!(f, "{year:04}"),
        _ => write!(f, "{year:+05}"),
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({})", self.date_time())
    }
}

impl From<SystemTime> for Timestamp {
    /// To the millisecond, rounded down.
    fn from(time: SystemTime) -> Self {
        let millis = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
            Err(before) => {
                let before = before.duration();
                let whole = i64::try_from(before.as_millis()).unwrap_or(i64::MAX);
                // Rounded down: a part of a millisecond before is one more.
                let part = i64::from(before.subsec_nanos() % 1_000_000 != 0);
                whole.saturating_add(part).saturating_neg()
            }
        };
        Timestamp { millis }
    }
}

impl From<Timestamp> for SystemTime {
    fn from(stamp: Timestamp) -> Self {
        let magnitude = Duration::from_millis(stamp.millis.unsigned_abs());
        match stamp.millis >= 0 {
            true => UNIX_EPOCH + magnitude,
            false => UNIX_EPOCH - magnitude,
        }
    }
}

/// A timestamp written as epoch seconds everywhere (`@timestampFormat("epoch-seconds")`):
/// a JSON number in a body, `1576540098.123` as text.
///
/// ```
/// use opwire::Timestamp;
/// use opwire::timestamp::EpochSeconds;
///
/// let t: EpochSeconds = "1576540098.5".parse().unwrap();
/// assert_eq!(t.0, Timestamp::from_millis(1_576_540_098_500));
/// assert_eq!(t.to_string(), "1576540098.5");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
pub struct EpochSeconds(pub Timestamp);

/// A timestamp written as an RFC 3339 date-time everywhere
/// (`@timestampFormat("date-time")`): a JSON string in a body.
///
/// ```
/// use opwire::Timestamp;
/// use opwire::timestamp::DateTime;
///
/// let t = DateTime(Timestamp::from_secs(1_398_796_238));
/// assert_eq!(serde_json::to_string(&t).unwrap(), r#""2014-04-29T18:30:38Z""#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
pub struct DateTime(pub Timestamp);

/// A timestamp written as an http-date everywhere
/// (`@timestampFormat("http-date")`): a JSON string in a body.
///
/// ```
/// use opwire::Timestamp;
/// use opwire::timestamp::HttpDate;
///
/// let t = HttpDate(Timestamp::from_secs(1_398_796_238));
/// assert_eq!(t.to_string(), "Tue, 29 Apr 2014 18:30:38 GMT");
/// assert_eq!(Timestamp::parse_http_date("Tue, 29 Apr 2014 18:30:38 GMT"), Ok(t.0));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
pub struct HttpDate(pub Timestamp);

impl fmt::Display for EpochSeconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let stamp = self.0;
        let (secs, millis) = (stamp.millis / 1000, (stamp.millis % 1000).unsigned_abs());
        let sign = if stamp.millis < 0 && secs == 0 {
            "-"
        } else {
            ""
        };
        write!(f, "{sign}{secs}")?;
        match millis {
            0 => Ok(()),
            _ => {
                let text = format!("{millis:03}");
                write!(f, ".{}", text.trim_end_matches('0'))
            }
        }
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day, hour, minute, second, millis) = self.0.civil();
        write_year(f, year)?;
        write!(f, "-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}")?;
        if millis != 0 {
            write!(f, ".{millis:03}")?;
        }
        f.write_str("Z")
    }
}

impl fmt::Display for HttpDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day, hour, minute, second, _) = self.0.civil();
        write!(
            f,
            "{}, {day:02} {} ",
            DAYS[self.0.weekday()],
            MONTHS[month as usize - 1]
        )?;
        write_year(f, year)?;
        write!(f, " {hour:02}:{minute:02}:{second:02} GMT")
    }
}

impl FromStr for EpochSeconds {
    type Err = TimestampError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Timestamp::parse_epoch_seconds(text).map(EpochSeconds)
    }
}

impl FromStr for DateTime {
    type Err = TimestampError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Timestamp::parse_date_time(text).map(DateTime)
    }
}

impl From<Timestamp> for EpochSeconds {
    fn from(stamp: Timestamp) -> Self {
        EpochSeconds(stamp)
    }
}

impl From<Timestamp> for DateTime {
    fn from(stamp: Timestamp) -> Self {
        DateTime(stamp)
    }
}

impl From<Timestamp> for HttpDate {
    fn from(stamp: Timestamp) -> Self {
        HttpDate(stamp)
    }
}

// In a path label or the query a `Timestamp` is a date-time; in a header,
// an http-date.
impl PathLabel for Timestamp {
    fn parse_label(text: &str, expected: &str) -> Result<Self, String> {
        Timestamp::parse_date_time(text).map_err(|err| invalid(text, err, expected))
    }
    fn write_label(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{}", self.date_time())
    }
}

impl QueryParam for Timestamp {
    fn parse_query(text: &str, expected: &str) -> Result<Self, String> {
        Timestamp::parse_date_time(text).map_err(|err| invalid(text, err, expected))
    }
    fn write_query(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{}", self.date_time())
    }
}

impl HeaderField for Timestamp {
    fn parse_header(text: &str, expected: &str) -> Result<Self, String> {
        Timestamp::parse_http_date(text).map_err(|err| invalid(text, err, expected))
    }
    fn write_header(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{}", self.http_date())
    }
    // An http-date's comma is its own: list items are not quoted, and a
    // list splits at every other comma.
    fn write_list_item(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.write_header(out)
    }
    fn split_list(text: &str) -> Result<Vec<String>, String> {
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() % 2 != 0 {
            return Err("expected a comma-separated list of http-dates".to_owned());
        }
        Ok(parts
            .chunks(2)
            .map(|pair| format!("{},{}", pair[0].trim_start(), pair[1].trim_end()))
            .collect())
    }
}

// `HttpDate` is not `FromStr` (it would be its own `HeaderField`, whose
// lists would split at its comma): it is a `Timestamp`'s header text in
// every place.
impl PathLabel for HttpDate {
    fn parse_label(text: &str, expected: &str) -> Result<Self, String> {
        Timestamp::parse_header(text, expected).map(HttpDate)
    }
    fn write_label(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.0.write_header(out)
    }
}

impl QueryParam for HttpDate {
    fn parse_query(text: &str, expected: &str) -> Result<Self, String> {
        Timestamp::parse_header(text, expected).map(HttpDate)
    }
    fn write_query(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.0.write_header(out)
    }
}

impl HeaderField for HttpDate {
    fn parse_header(text: &str, expected: &str) -> Result<Self, String> {
        Timestamp::parse_header(text, expected).map(HttpDate)
    }
    fn write_header(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.0.write_header(out)
    }
    fn write_list_item(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.0.write_list_item(out)
    }
    fn split_list(text: &str) -> Result<Vec<String>, String> {
        Timestamp::split_list(text)
    }
}

/// The message `crate::request::parse` gives other types.
fn invalid(text: &str, err: TimestampError, expected: &str) -> String {
    format!(
        "`{}` is not a valid {expected} ({err})",
        text.escape_debug()
    )
}

// In a JSON body: a `Timestamp` and `EpochSeconds` are numbers of seconds
// (whole when they can be), `DateTime` and `HttpDate` strings.
impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.millis % 1000 {
            0 => serializer.serialize_i64(self.millis / 1000),
            _ => serializer.serialize_f64(self.millis as f64 / 1000.0),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Seconds;
        impl Visitor<'_> for Seconds {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a timestamp in epoch seconds, such as 1576540098")
            }
            fn visit_i64<E: de::Error>(self, secs: i64) -> Result<Timestamp, E> {
                secs.checked_mul(1000)
                    .map(Timestamp::from_millis)
                    .ok_or_else(|| E::custom("epoch seconds out of range"))
            }
            fn visit_u64<E: de::Error>(self, secs: u64) -> Result<Timestamp, E> {
                i64::try_from(secs)
                    .map_err(|_| E::custom("epoch seconds out of range"))
                    .and_then(|secs| self.visit_i64(secs))
            }
            fn visit_f64<E: de::Error>(self, secs: f64) -> Result<Timestamp, E> {
                // Rounded: `1515531081.123` is 1515531081.1229999 as an f64.
                let millis = (secs * 1000.0).round();
                if !millis.is_finite() || millis.abs() > i64::MAX as f64 / 2.0 {
                    return Err(E::custom("epoch seconds out of range"));
                }
                Ok(Timestamp::from_millis(millis as i64))
            }
        }
        deserializer.deserialize_any(Seconds)
    }
}

impl Serialize for EpochSeconds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for EpochSeconds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Timestamp::deserialize(deserializer).map(EpochSeconds)
    }
}

macro_rules! as_string {
    ($($ty:ident, $parse:path: $expecting:literal),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Text;
                impl Visitor<'_> for Text {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: de::Error>(self, text: &str) -> Result<$ty, E> {
                        $parse(text).map($ty).map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Text)
            }
        }
    )*};
}

as_string!(
    DateTime, Timestamp::parse_date_time: "a date-time string, such as \"2019-12-16T23:48:18Z\"",
    HttpDate, Timestamp::parse_http_date: "an http-date string, such as \"Mon, 16 Dec 2019 23:48:18 GMT\""
);

// The wrappers have one format everywhere, so one schema. A `Timestamp`'s
// text depends on its place, which a type's schema cannot say: it has none
// (`Schema::Any`, as for other types without `Describe`).
impl crate::Describe for EpochSeconds {
    const SCHEMA: crate::Schema = crate::Schema::Number { format: "double" };
}

impl crate::Describe for DateTime {
    const SCHEMA: crate::Schema = crate::Schema::String;
}

impl crate::Describe for HttpDate {
    const SCHEMA: crate::Schema = crate::Schema::String;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_writes_and_reads_the_same_instant() {
        for millis in [
            0,
            1_576_540_098_000,
            1_576_540_098_123,
            -1,
            -1_500,
            946_845_296_123,
            253_402_300_799_999,
        ] {
            let t = Timestamp::from_millis(millis);
            assert_eq!(
                Timestamp::parse_date_time(&t.date_time().to_string()),
                Ok(t),
                "{t:?}"
            );
            assert_eq!(
                Timestamp::parse_epoch_seconds(&t.epoch_seconds().to_string()),
                Ok(t),
                "{t:?}"
            );
            let whole = Timestamp::from_secs(t.as_secs());
            assert_eq!(
                Timestamp::parse_http_date(&t.http_date().to_string()),
                Ok(whole),
                "{t:?}"
            );
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(
                serde_json::from_str::<Timestamp>(&json).unwrap(),
                t,
                "{json}"
            );
        }
    }

    #[test]
    fn the_protocol_tests_texts() {
        let t = Timestamp::from_secs(1_576_540_098);
        assert_eq!(t.date_time().to_string(), "2019-12-16T23:48:18Z");
        assert_eq!(t.http_date().to_string(), "Mon, 16 Dec 2019 23:48:18 GMT");
        assert_eq!(t.epoch_seconds().to_string(), "1576540098");
        assert_eq!(
            Timestamp::parse_date_time("2019-12-17T00:48:18+01:00"),
            Ok(t)
        );
        assert_eq!(Timestamp::parse_date_time("2019-12-16t23:48:18z"), Ok(t));
        assert_eq!(
            Timestamp::parse_date_time("2000-01-02T20:34:56.123456789Z"),
            Ok(Timestamp::from_millis(946_845_296_123))
        );
        assert_eq!(
            Timestamp::from_millis(-1_500).epoch_seconds().to_string(),
            "-1.5"
        );
        assert_eq!(
            Timestamp::from_millis(-500).epoch_seconds().to_string(),
            "-0.5"
        );
        assert_eq!(
            serde_json::from_str::<Timestamp>("1.515531081123E9")
                .unwrap()
                .as_millis(),
            1_515_531_081_123
        );
    }

    #[test]
    fn text_that_is_not_a_timestamp_is_refused_with_what_was_expected() {
        for bad in [
            "",
            "2019-12-16",
            "2019-12-16T23:48:18",
            "2019-02-30T00:00:00Z",
            "2019-12-16T24:00:00Z",
            "2019-12-16T23:48:18.Z",
            "2019-12-16T23:48:18+1:00",
            "+2019-12-16T23:48:18Z",
            "2019-12-16 23:48:18Z",
            "2019-12-16T23:48:1\u{e9}Z",
            "2019-12-16T23:48:18.1\u{e9}",
            "\u{e9}019-12-16T23:48:18Z",
            "2019-12-16T23:48:18+01:\u{e9}",
        ] {
            assert_eq!(Timestamp::parse_date_time(bad), Err(DATE_TIME), "{bad}");
        }
        for bad in [
            "Tue, 16 Dec 2019 23:48:18 GMT",
            "Mon, 16 Dec 2019 23:48:18",
            "Monday, 16-Dec-19 23:48:18 GMT",
            "Mon Dec 16 23:48:18 2019",
            "Mon, 6 Dec 2019 23:48:18 GMT",
            "Mon, 16 Dec 2019 23:48:18. GMT",
            "Mon, 16 Dec 2019 23:48:1\u{e9} GMT",
            "Mon, 1\u{e9} Dec 2019 23:48:18 GMT",
        ] {
            assert_eq!(Timestamp::parse_http_date(bad), Err(HTTP_DATE), "{bad}");
        }
        for bad in [
            "",
            "-",
            "1.",
            ".5",
            "1e9",
            "1,5",
            "+1",
            "99999999999999999999",
        ] {
            assert_eq!(
                Timestamp::parse_epoch_seconds(bad),
                Err(EPOCH_SECONDS),
                "{bad}"
            );
        }
        let err = <Timestamp as HeaderField>::parse_header("yesterday", "Timestamp").unwrap_err();
        assert_eq!(
            err,
            "`yesterday` is not a valid Timestamp (expected an http-date, such as Mon, 16 Dec 2019 23:48:18 GMT)"
        );
    }

    #[test]
    fn a_list_of_http_dates_splits_at_every_other_comma() {
        assert_eq!(
            <Timestamp as HeaderField>::split_list(
                "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 00:00:00 GMT"
            )
            .unwrap(),
            [
                "Mon, 16 Dec 2019 23:48:18 GMT",
                "Tue, 17 Dec 2019 00:00:00 GMT"
            ]
        );
        assert!(<HttpDate as HeaderField>::split_list("Mon, 16 Dec 2019 23:48:18 GMT, x").is_err());
    }

    #[test]
    fn system_time_converts_to_the_millisecond_rounded_down() {
        let before = UNIX_EPOCH - Duration::from_micros(1_500);
        assert_eq!(Timestamp::from(before).as_millis(), -2);
        let after = UNIX_EPOCH + Duration::from_micros(1_500);
        assert_eq!(Timestamp::from(after).as_millis(), 1);
        assert_eq!(
            SystemTime::from(Timestamp::from_millis(-2)),
            UNIX_EPOCH - Duration::from_millis(2)
        );
    }
}
