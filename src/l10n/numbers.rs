//! Numbers as the reader writes them, through ICU4X's CLDR data: `2.000`
//! in Portuguese, `1 234 567,5` in Russian, `100,0` before a Russian `%`.
//!
//! fluent-rs formats numbers the same in every locale, so the bundles get
//! [`fluent_formatter`] as their formatter, and tables and text output call
//! [`Numbers`] directly. JSON output keeps plain numbers.

use fixed_decimal::{Decimal, FloatPrecision};
use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

/// A locale's decimal formatter.
pub struct Numbers {
    formatter: DecimalFormatter,
    /// Whether this locale writes 0 to 999 as plain ASCII digits, so the
    /// small counts most messages carry need no formatting.
    plain_below_1000: bool,
}

impl Numbers {
    /// The formatter for `locale`; a locale ICU4X does not know gets the
    /// root locale's digits and separators.
    pub fn new(locale: &LanguageIdentifier) -> Numbers {
        let locale: Locale = locale.to_string().parse().unwrap_or(Locale::UNKNOWN);
        // Compiled data covers every locale, falling back to root: the
        // constructor fails only with a custom data provider.
        let formatter = DecimalFormatter::try_new(locale.into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("compiled CLDR data has root decimal symbols");
        let plain_below_1000 = formatter.format(&Decimal::from(987)).to_string() == "987";
        Numbers {
            formatter,
            plain_below_1000,
        }
    }

    /// A whole number, grouped as the locale groups digits.
    pub fn integer(&self, n: i64) -> String {
        if self.plain_below_1000 && (0..1000).contains(&n) {
            return n.to_string();
        }
        self.formatter.format(&Decimal::from(n)).to_string()
    }

    /// A number with exactly `fraction_digits` digits after the separator.
    pub fn fixed(&self, n: f64, fraction_digits: i16) -> String {
        self.format(n, Some(fraction_digits), Some(fraction_digits))
    }

    fn format(&self, n: f64, min_fraction: Option<i16>, max_fraction: Option<i16>) -> String {
        let Ok(mut decimal) = Decimal::try_from_f64(n, FloatPrecision::RoundTrip) else {
            // Not finite: nothing a reader can be shown better than Rust's.
            return n.to_string();
        };
        if let Some(max) = max_fraction {
            decimal.round(-max);
        }
        if let Some(min) = min_fraction {
            decimal.pad_end(-min);
        }
        self.formatter.format(&decimal).to_string()
    }
}

impl Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: Self::Args) -> Result<Self, Self::Error> {
        Ok(Numbers::new(&lang))
    }
}

/// The bundles' formatter: numbers in the bundle's locale, honouring the
/// fraction-digit options of `NUMBER()`. Everything else is left to Fluent.
pub fn fluent_formatter(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    memoizer
        .with_try_get::<Numbers, _, _>((), |numbers| format_fluent(numbers, number))
        .ok()
}

fn format_fluent(numbers: &Numbers, number: &FluentNumber) -> String {
    let digits = |d: Option<usize>| d.and_then(|d| i16::try_from(d).ok());
    let options = &number.options;
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    if whole && options.minimum_fraction_digits.is_none() {
        // Counts: the common case, on every step's prompts.
        return numbers.integer(number.value as i64);
    }
    numbers.format(
        number.value,
        digits(options.minimum_fraction_digits),
        digits(options.maximum_fraction_digits),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(tag: &str) -> Numbers {
        Numbers::new(&tag.parse().unwrap())
    }

    #[test]
    fn each_locale_writes_numbers_its_own_way() {
        assert_eq!(numbers("en").integer(1_234_567), "1,234,567");
        assert_eq!(numbers("pt-BR").integer(2000), "2.000");
        assert_eq!(
            numbers("es-ES").integer(2000),
            "2000",
            "Spanish groups from 5 digits"
        );
        assert_eq!(numbers("es-ES").integer(20000), "20.000");
        assert_eq!(
            numbers("ru-RU").fixed(1_234_567.5, 1),
            "1\u{a0}234\u{a0}567,5"
        );
        assert_eq!(numbers("ru-RU").fixed(100.0, 1), "100,0");
        assert_eq!(numbers("zh-TW").integer(1_234_567), "1,234,567");
    }
}
