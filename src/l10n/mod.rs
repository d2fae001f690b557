//! Localization: which locales exist, which one a person gets, and turning a
//! [`Message`] into text in that locale with a fallback to English.
//!
//! Formatting never fails: a message missing in the chosen locale is taken
//! from `en`, a message missing everywhere shows its id, and every such event
//! is remembered so the CLI can report it after the command's own output.

pub mod check;
pub mod dates;
pub mod numbers;
pub mod preview;
mod program;
pub mod record;
pub mod report;
pub mod style;

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::assets::Source;
use crate::error::{Error, Result};
use crate::value::{Message, Value, Vars};

/// The locale every message must exist in and that every other falls back to.
pub const FALLBACK: &str = "en";

/// Bundles share parsed resources, so `en`, behind every locale, is parsed
/// once per process however many localizers are made.
type Bundle = FluentBundle<Rc<FluentResource>>;

/// One locale's files, parsed, with the syntax problems parsing met.
struct Parsed {
    files: Vec<(String, Rc<FluentResource>)>,
    problems: Vec<Message>,
}

/// The locale directories available from one [`Source`].
pub struct Catalog {
    source: Source,
    available: Vec<LanguageIdentifier>,
    parsed: RefCell<BTreeMap<String, Rc<Parsed>>>,
}

impl Catalog {
    pub fn new(source: Source) -> Result<Catalog> {
        let available = source
            .subdirs()?
            .iter()
            .filter_map(|name| name.parse().ok())
            .collect();
        Ok(Catalog {
            source,
            available,
            parsed: RefCell::default(),
        })
    }

    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.available
    }

    /// Picks the best available locale for what a person asked for, in
    /// order of preference; `en` when nothing matches.
    pub fn negotiate(&self, requested: &[LanguageIdentifier]) -> LanguageIdentifier {
        let fallback = fallback_locale();
        negotiate_languages(
            requested,
            &self.available,
            Some(&fallback),
            NegotiationStrategy::Filtering,
        )
        .first()
        .map_or(fallback.clone(), |l| (*l).clone())
    }

    /// A localizer for `locale` (already negotiated) with `en` behind it.
    pub fn localizer(&self, locale: &LanguageIdentifier) -> Result<Localizer> {
        let fallback = fallback_locale();
        let mut chain = Vec::new();
        let mut problems = Vec::new();
        if *locale != fallback && self.available.contains(locale) {
            chain.push(self.bundle(locale, &mut problems)?);
        }
        chain.push(self.bundle(&fallback, &mut problems)?);
        Ok(Localizer {
            numbers: numbers::Numbers::new(locale),
            dates: OnceCell::new(),
            locale: locale.clone(),
            chain,
            problems: RefCell::new(problems),
            reported: RefCell::new(BTreeSet::new()),
        })
    }

    /// Ids of every message and term in `en`: what definitions may name.
    pub fn fallback_ids(&self) -> Result<BTreeSet<String>> {
        let mut ids = BTreeSet::new();
        for (_, resource) in &self.parsed(FALLBACK)?.files {
            for entry in resource.entries() {
                match entry {
                    fluent_syntax::ast::Entry::Message(m) => {
                        ids.insert(m.id.name.to_owned());
                    }
                    fluent_syntax::ast::Entry::Term(t) => {
                        ids.insert(format!("-{}", t.id.name));
                    }
                    _ => {}
                }
            }
        }
        Ok(ids)
    }

    /// A locale's files, parsed the first time they are asked for.
    fn parsed(&self, locale: &str) -> Result<Rc<Parsed>> {
        if let Some(parsed) = self.parsed.borrow().get(locale) {
            return Ok(Rc::clone(parsed));
        }
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for file in self.source.files(locale, "ftl")? {
            let resource = match FluentResource::try_new(file.text) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        let (line, column) = line_column(resource.source(), error.pos.start);
                        problems.push(
                            Message::new("warning-ftl-syntax")
                                .arg("file", file.name.as_str())
                                .arg("line", line.to_string())
                                .arg("column", column.to_string())
                                .arg("detail", error.kind.to_string()),
                        );
                    }
                    resource
                }
            };
            files.push((file.name, Rc::new(resource)));
        }
        let parsed = Rc::new(Parsed { files, problems });
        self.parsed
            .borrow_mut()
            .insert(locale.to_owned(), Rc::clone(&parsed));
        Ok(parsed)
    }

    fn bundle(&self, locale: &LanguageIdentifier, problems: &mut Vec<Message>) -> Result<Bundle> {
        let mut bundle = Bundle::new(vec![locale.clone()]);
        // Isolation marks show as boxes in consoles and break comparisons
        // in scripts; our output is never mixed into bidirectional text.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(numbers::fluent_formatter));
        add_functions(&mut bundle, locale);
        let parsed = self.parsed(&locale.to_string())?;
        problems.extend(parsed.problems.iter().cloned());
        for (name, resource) in &parsed.files {
            if let Err(errors) = bundle.add_resource(Rc::clone(resource)) {
                for error in errors {
                    problems.push(
                        Message::new("warning-ftl-duplicate")
                            .arg("file", name.as_str())
                            .arg("detail", error.to_string()),
                    );
                }
            }
        }
        Ok(bundle)
    }
}

/// `NUMBER()` (formatted by [`numbers::fluent_formatter`]) and
/// `DATETIME()`, which shows a stored timestamp in the bundle's locale and
/// the reader's time zone: `{ DATETIME($at) }`.
fn add_functions(bundle: &mut Bundle, locale: &LanguageIdentifier) {
    // A new bundle has no functions yet, so neither name is taken.
    let added = bundle
        .add_builtins()
        .and_then(|()| bundle.add_function("DATETIME", datetime_function(locale.clone())));
    debug_assert!(added.is_ok(), "a new bundle has no functions");
}

/// `DATETIME()` for `locale`; its formatter is made on first use, so a
/// process that shows no date does not pay for one.
fn datetime_function(
    locale: LanguageIdentifier,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    let dates = std::sync::OnceLock::new();
    move |positional, _| match positional.first() {
        Some(FluentValue::String(stored)) => {
            let dates = dates.get_or_init(|| dates::Dates::new(&locale));
            FluentValue::from(dates.local(stored))
        }
        _ => FluentValue::Error,
    }
}

/// The language of a locale tag, which plural rules and typography go by:
/// "ru" for "ru-RU" or "ru_RU".
pub fn language_of(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

pub fn fallback_locale() -> LanguageIdentifier {
    // A constant, well-formed tag: parsing cannot fail.
    FALLBACK.parse().expect("'en' is a valid language tag")
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Parses a locale tag the way people write them: `pt-BR`, `pt_BR`,
/// `ru_RU.UTF-8`, `zh-Hant`. `C` and `POSIX` mean "no preference".
pub fn parse_locale(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.split(['.', '@']).next().unwrap_or_default().trim();
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    tag.replace('_', "-").parse().ok()
}

/// The locale the environment asks for: `LC_ALL`, then `LC_MESSAGES`,
/// then `LANG`, as POSIX orders them.
pub fn environment_locale() -> Option<LanguageIdentifier> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| parse_locale(&value))
}

/// An explicit `--locale` value must at least be a language tag.
pub fn parse_requested(tag: &str) -> Result<LanguageIdentifier> {
    parse_locale(tag).ok_or_else(|| Error::InvalidLocale(tag.to_owned()))
}

/// Formats messages in one locale, falling back to `en`.
pub struct Localizer {
    locale: LanguageIdentifier,
    numbers: numbers::Numbers,
    /// Made on first use: most commands show no date.
    dates: OnceCell<dates::Dates>,
    chain: Vec<Bundle>,
    problems: RefCell<Vec<Message>>,
    reported: RefCell<BTreeSet<String>>,
}

impl Localizer {
    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    pub fn format(&self, message: &Message) -> String {
        let args = fluent_args(&message.args);
        for (depth, bundle) in self.chain.iter().enumerate() {
            let Some(pattern) = bundle.get_message(&message.id).and_then(|m| m.value()) else {
                continue;
            };
            if depth > 0 {
                self.note_once(&message.id, || {
                    Message::new("warning-message-missing")
                        .arg("id", message.id.as_str())
                        .arg("locale", self.locale.to_string())
                });
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if let Some(error) = errors.first() {
                self.note_once(&format!("{}#format", message.id), || {
                    Message::new("warning-message-broken")
                        .arg("id", message.id.as_str())
                        .arg("locale", bundle.locales[0].to_string())
                        .arg("detail", error.to_string())
                });
            }
            return text.into_owned();
        }
        self.note_once(&message.id, || {
            Message::new("warning-message-unknown").arg("id", message.id.as_str())
        });
        message.id.clone()
    }

    /// A count as this locale writes it (`2.000` in Portuguese).
    pub fn count(&self, n: usize) -> String {
        self.numbers.integer(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// A percentage with one decimal, as this locale writes it (`100,0 %`
    /// in Russian).
    pub fn percent(&self, value: f64) -> String {
        let number = self.numbers.fixed(value, 1);
        self.format(&Message::new("l10n-percent").arg("value", number))
    }

    /// A stored timestamp in this locale and the reader's time zone.
    pub fn datetime(&self, stored: &str) -> String {
        self.dates
            .get_or_init(|| dates::Dates::new(&self.locale))
            .local(stored)
    }

    pub fn text(&self, id: &str) -> String {
        self.format(&Message::new(id))
    }

    /// Adds a problem to report after the command's output.
    pub fn note(&self, problem: Message) {
        self.problems.borrow_mut().push(problem);
    }

    /// Problems met so far (broken files, missing or broken messages), each
    /// once, as messages to show after the command's own output.
    pub fn take_problems(&self) -> Vec<Message> {
        std::mem::take(&mut *self.problems.borrow_mut())
    }

    fn note_once(&self, key: &str, problem: impl FnOnce() -> Message) {
        if self.reported.borrow_mut().insert(key.to_owned()) {
            self.problems.borrow_mut().push(problem());
        }
    }
}

fn fluent_args(vars: &Vars) -> FluentArgs<'_> {
    let mut args = FluentArgs::with_capacity(vars.len());
    for (name, value) in vars {
        let value = match value {
            Value::Int(n) => FluentValue::from(*n),
            Value::Text(s) => FluentValue::from(s.as_str()),
            Value::Bool(b) => FluentValue::from(if *b { "true" } else { "false" }),
        };
        args.set(name.as_str(), value);
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::new(Source::locales(None)).expect("embedded locales load")
    }

    fn negotiated(tag: &str) -> String {
        let requested: Vec<_> = parse_locale(tag).into_iter().collect();
        catalog().negotiate(&requested).to_string()
    }

    #[test]
    fn negotiation_follows_what_people_write() {
        assert_eq!(negotiated("pt"), "pt-BR");
        assert_eq!(negotiated("pt_PT.UTF-8"), "pt-BR");
        assert_eq!(negotiated("ru_RU.UTF-8"), "ru-RU");
        assert_eq!(negotiated("zh-Hant"), "zh-TW");
        assert_eq!(negotiated("es"), "es-ES");
        assert_eq!(negotiated("fr-FR"), "en");
        assert_eq!(negotiated("C"), "en");
    }

    #[test]
    fn messages_format_numbers_and_dates_for_their_locale() {
        let dir = tempfile::tempdir().unwrap();
        for (locale, text) in [
            (
                "en",
                "when = { DATETIME($at) }\ncount = { $n } items, { NUMBER($share, minimumFractionDigits: 1) }\n",
            ),
            (
                "ru-RU",
                "when = { DATETIME($at) }\ncount = { $n } шт., { NUMBER($share, minimumFractionDigits: 1) }\n",
            ),
        ] {
            std::fs::create_dir_all(dir.path().join(locale)).unwrap();
            std::fs::write(dir.path().join(locale).join("t.ftl"), text).unwrap();
        }
        let catalog = Catalog::new(Source::locales(Some(dir.path().to_owned()))).unwrap();
        let russian = catalog.localizer(&"ru-RU".parse().unwrap()).unwrap();
        let when = russian.format(&Message::new("when").arg("at", "2026-06-15T12:00:00.000Z"));
        assert!(when.contains("июн") && when.contains("2026"), "{when}");
        let count = russian.format(&Message::new("count").arg("n", 1_234_567).arg("share", 50));
        assert_eq!(count, "1\u{a0}234\u{a0}567 шт., 50,0");
        let english = catalog.localizer(&"en".parse().unwrap()).unwrap();
        let count = english.format(&Message::new("count").arg("n", 1_234_567).arg("share", 50));
        assert_eq!(count, "1,234,567 items, 50.0");
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("a\nбв = x", 6), (2, 3));
        assert_eq!(line_column("abc", 0), (1, 1));
    }
}
