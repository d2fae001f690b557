//! Dates and times as the reader writes them, in the reader's time zone:
//! the store keeps RFC 3339 UTC (`2026-11-22T22:51:20.580Z`), a person sees
//! `22 нояб. 2026 г., 22:51:20` in Moscow. ICU4X formats (CLDR data);
//! jiff finds the local zone (`TZ`, else the system's).

use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMDT;
use icu_datetime::input::{Date, DateTime, Time};
use icu_locale_core::Locale;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use unic_langid::LanguageIdentifier;

/// A locale's date-and-time formatter, and the zone it shows times in.
pub struct Dates {
    formatter: Option<DateTimeFormatter<YMDT>>,
    zone: TimeZone,
}

impl Dates {
    /// Times in the reader's zone: `TZ`, else the system's.
    pub fn new(locale: &LanguageIdentifier) -> Dates {
        Dates::in_zone(locale, TimeZone::system())
    }

    pub fn in_zone(locale: &LanguageIdentifier, zone: TimeZone) -> Dates {
        let locale: Locale = with_hour_cycle(locale).parse().unwrap_or(Locale::UNKNOWN);
        Dates {
            // Compiled data has every locale, falling back to root; `None`
            // only if that ever fails, and then times show as stored.
            formatter: DateTimeFormatter::try_new(locale.into(), YMDT::medium()).ok(),
            zone,
        }
    }

    /// A stored timestamp in the reader's locale and time zone; the stored
    /// text itself when it is not one.
    pub fn local(&self, stored: &str) -> String {
        self.try_local(stored).unwrap_or_else(|| stored.to_owned())
    }

    fn try_local(&self, stored: &str) -> Option<String> {
        let formatter = self.formatter.as_ref()?;
        let zoned = self.zone.to_datetime(stored.parse::<Timestamp>().ok()?);
        let date = Date::try_new_iso(
            i32::from(zoned.year()),
            u8::try_from(zoned.month()).ok()?,
            u8::try_from(zoned.day()).ok()?,
        )
        .ok()?;
        let time = Time::try_new(
            u8::try_from(zoned.hour()).ok()?,
            u8::try_from(zoned.minute()).ok()?,
            u8::try_from(zoned.second()).ok()?,
            0,
        )
        .ok()?;
        Some(formatter.format(&DateTime { date, time }).to_string())
    }
}

/// The locale as ICU4X should format its times. Chinese patterns use the
/// flexible day period (`B`: 晚上10:51), which this ICU4X renders as a bare
/// "B"; the 24-hour cycle (22:51) has no day period to show.
fn with_hour_cycle(locale: &LanguageIdentifier) -> String {
    let tag = locale.to_string();
    if locale.language.as_str() == "zh" {
        format!("{tag}-u-hc-h23")
    } else {
        tag
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(tag: &str, zone: &str) -> Dates {
        Dates::in_zone(&tag.parse().unwrap(), TimeZone::posix(zone).unwrap())
    }

    #[test]
    fn a_stored_time_reads_in_the_readers_locale_and_zone() {
        let stored = "2026-11-22T22:51:20.580Z";
        let utc = at("en", "UTC0");
        assert!(utc.local(stored).contains("2026"), "{}", utc.local(stored));
        assert!(
            utc.local(stored).contains("10:51:20"),
            "{}",
            utc.local(stored)
        );
        // Moscow is three hours ahead: the next day, on a 24-hour clock.
        let moscow = at("ru-RU", "MSK-3");
        let text = moscow.local(stored);
        assert!(text.contains("23") && text.contains("01:51:20"), "{text}");
        assert!(text.contains("нояб"), "{text}");
        let taipei = at("zh-TW", "CST-8").local(stored);
        assert!(taipei.contains("2026年11月23日"), "{taipei}");
        assert_eq!(utc.local("not a time"), "not a time");
    }
}
