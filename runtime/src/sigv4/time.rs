//! SigV4's timestamps (`20150830T123600Z`), to and from `SystemTime`; the
//! calendar arithmetic is `calendar.rs`'s.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::calendar::{civil_from_days, days_from_civil, days_in_month};

/// A UTC second as SigV4 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct AmzDate {
    /// Seconds since the Unix epoch.
    seconds: i64,
}

impl AmzDate {
    pub(super) fn from_system(time: SystemTime) -> Self {
        let seconds = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
        };
        AmzDate { seconds }
    }

    /// `YYYYMMDDTHHMMSSZ`, or `None` for anything else.
    pub(super) fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        // ASCII first: the slices below are then on character boundaries.
        if !text.is_ascii() || bytes.len() != 16 || bytes[8] != b'T' || bytes[15] != b'Z' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<i64> {
            let digits = &text[range];
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse().ok())?
        };
        let (year, month, day) = (number(0..4)?, number(4..6)?, number(6..8)?);
        let (hour, minute, second) = (number(9..11)?, number(11..13)?, number(13..15)?);
        let valid = (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then(|| AmzDate {
            seconds: days_from_civil(year, month, day) * 86_400
                + hour * 3600
                + minute * 60
                + second,
        })
    }

    /// `20150830T123600Z`.
    pub(super) fn timestamp(&self) -> String {
        let (year, month, day) = civil_from_days(self.seconds.div_euclid(86_400));
        let second_of_day = self.seconds.rem_euclid(86_400);
        if !(0..=9999).contains(&year) {
            return format!(
                "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
                second_of_day / 3600,
                second_of_day / 60 % 60,
                second_of_day % 60
            );
        }
        // Digit by digit: once per signature, where `format!` costs more
        // than the rest of the date.
        let mut text = String::with_capacity(16);
        let digits = |text: &mut String, value: i64, width: u32| {
            for place in (0..width).rev() {
                let digit = (value / 10_i64.pow(place)) % 10;
                text.push(char::from(b'0' + u8::try_from(digit).unwrap_or(0)));
            }
        };
        digits(&mut text, year, 4);
        digits(&mut text, month, 2);
        digits(&mut text, day, 2);
        text.push('T');
        digits(&mut text, second_of_day / 3600, 2);
        digits(&mut text, second_of_day / 60 % 60, 2);
        digits(&mut text, second_of_day % 60, 2);
        text.push('Z');
        text
    }

    /// `20150830`: the credential scope's date.
    pub(super) fn day(&self) -> String {
        let (year, month, day) = civil_from_days(self.seconds.div_euclid(86_400));
        format!("{year:04}{month:02}{day:02}")
    }

    /// How far apart two times are.
    pub(super) fn distance(&self, other: &AmzDate) -> Duration {
        Duration::from_secs(self.seconds.abs_diff(other.seconds))
    }

    pub(super) fn plus(&self, seconds: i64) -> AmzDate {
        AmzDate {
            seconds: self.seconds.saturating_add(seconds),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_through_system_time() {
        let at = UNIX_EPOCH + Duration::from_secs(1_440_938_160); // 2015-08-30T12:36:00Z
        let date = AmzDate::from_system(at);
        assert_eq!(date.timestamp(), "20150830T123600Z");
        assert_eq!(date.day(), "20150830");
        assert_eq!(AmzDate::parse("20150830T123600Z"), Some(date));
        assert_eq!(
            AmzDate::from_system(UNIX_EPOCH).timestamp(),
            "19700101T000000Z"
        );
        let leap = AmzDate::parse("20240229T235959Z").unwrap();
        assert_eq!(leap.plus(1).timestamp(), "20240301T000000Z");
        assert_eq!(
            AmzDate::parse("20991231T235959Z")
                .unwrap()
                .plus(1)
                .timestamp(),
            "21000101T000000Z"
        );
    }

    #[test]
    fn malformed_timestamps_are_refused() {
        for bad in [
            "",
            "20150830T123600",
            "20150830 123600Z",
            "2015083OT123600Z",
            "20150230T123600Z",
            "20230229T000000Z",
            "20151330T123600Z",
            "20150830T246000Z",
            "+0150830T123600Z",
            "２015083T123600Z",
        ] {
            assert_eq!(AmzDate::parse(bad), None, "{bad}");
        }
    }
}
