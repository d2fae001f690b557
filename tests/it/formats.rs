//! Numbers and times as each language writes them, one snapshot for all
//! five: what tables, messages and the run history show.

use docflow::assets::Source;
use docflow::l10n::Catalog;
use docflow::l10n::dates::Dates;
use docflow::value::Message;
use jiff::tz::TimeZone;

use crate::common::LOCALES;

#[test]
fn numbers_percentages_and_times_in_every_locale() {
    let catalog = Catalog::new(Source::locales(None)).unwrap();
    let mut table = String::new();
    for locale in LOCALES {
        let l10n = catalog.localizer(&locale.parse().unwrap()).unwrap();
        // A message with a count: Fluent's formatter hook, through ICU4X.
        let summary = l10n.format(
            &Message::new("l10n-summary")
                .arg("errors", 2000)
                .arg("warnings", 1_234_567),
        );
        // A stored time, in UTC and three hours ahead.
        let stored = "2026-11-22T22:51:20.580Z";
        let id = locale.parse().unwrap();
        let utc = Dates::in_zone(&id, TimeZone::UTC).local(stored);
        let moscow = Dates::in_zone(&id, TimeZone::posix("MSK-3").unwrap()).local(stored);
        table.push_str(&format!(
            "{locale}\n  counts   {} · {}\n  percent  {} · {}\n  message  {summary}\n  time     {utc} · {moscow}\n",
            l10n.count(2000),
            l10n.count(1_234_567),
            l10n.percent(100.0),
            l10n.percent(12.345),
        ));
    }
    insta::assert_snapshot!(table);
}
