//! The English each translation was made from, kept beside it:
//! `locales/<locale>/reviewed.toml`, one table per message id with a short
//! hash of the English text and the text itself, sorted by id.
//!
//! `docflow l10n reviewed` writes it, `l10n check` compares it with today's
//! `en` (`stale-translation`, `unrecorded-translation`), and `l10n show`
//! shows the English a stale translation was made from. The hash decides;
//! the text is there for people: the checker's report, and the reviewer of
//! a change, who sees the old and the new English side by side in the diff.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use blake2::digest::consts::U8;
use blake2::{Blake2b, Digest};
use serde::{Deserialize, Serialize};

use super::check::{Entry, Finding, Locale, Severity};
use crate::assets::TextFile;
use crate::error::{Error, Result};
use crate::value::Message;

/// The record's file name in each translation's directory.
pub const RECORD_FILE: &str = "reviewed.toml";

/// The English one translation was made from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewed {
    pub hash: String,
    pub en: String,
}

/// A locale's record, by message (or `-term`) id.
pub type Record = BTreeMap<String, Reviewed>;

/// An entry's text as the record keeps it, from the entry serialized
/// without its comment (`id = value`, attributes below): the value and
/// attributes without the id, the common indentation removed. A changed
/// comment, or layout alone, leaves translations current.
pub fn english(serialized: &str) -> String {
    let value = serialized
        .split_once('=')
        .map_or(serialized, |(_, value)| value);
    let mut lines = value.lines();
    let first = lines.next().unwrap_or_default().trim();
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let rest = rest
        .iter()
        .map(|line| line.get(indent..).unwrap_or(line.trim_start()).trim_end());
    std::iter::once(first)
        .filter(|first| !first.is_empty())
        .chain(rest)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A short, stable hash of an English text (BLAKE2b, 64 bits, in hex).
pub fn hash(english: &str) -> String {
    Blake2b::<U8>::digest(english.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// What the record keeps for the `en` entry `reference`.
pub fn reviewed(reference: &Entry) -> Reviewed {
    Reviewed {
        hash: hash(&reference.english),
        en: reference.english.clone(),
    }
}

/// Reads a record; a file that cannot be read is a `syntax` finding at
/// its place.
pub fn read(locale: &str, file: &TextFile, findings: &mut Vec<Finding>) -> Option<Record> {
    match parse(&file.text) {
        Ok(record) => Some(record),
        Err(error) => {
            let (line, column) = error
                .span()
                .map(|s| super::line_column(&file.text, s.start))
                .unwrap_or((1, 1));
            findings.push(Finding {
                locale: locale.to_owned(),
                file: file.name.clone(),
                line: Some(line),
                column: Some(column),
                id: None,
                step: None,
                check: "syntax",
                severity: Severity::Error,
                english: None,
                message: Message::new("l10n-record-syntax").arg("detail", error.message()),
                source_line: file.text.lines().nth(line - 1).map(str::to_owned),
            });
            None
        }
    }
}

fn parse(text: &str) -> std::result::Result<Record, toml::de::Error> {
    toml::from_str(text)
}

/// The record as written to disk: a header saying what it is, then one
/// table per id, sorted.
pub fn render(locale: &str, record: &Record) -> Result<String> {
    let header = format!(
        "# The English each {locale} translation was made from, by message id:\n\
         # written by `docflow l10n reviewed {locale}`, read by `docflow l10n check`.\n\n"
    );
    // A map of strings always serializes; were it ever not to, nothing is
    // written rather than an empty record.
    let body = toml::to_string(record)
        .map_err(|_| crate::error::Bug::Contract("a review record that TOML cannot write"))?;
    Ok(header + &body)
}

/// Marks translations of `locale` as reviewed against today's `en`: the
/// messages `ids`, or, when there are none, every message the locale
/// translates (the record is then made anew). `locales` is the directory
/// holding `en` and `locale`, already read into `parsed`. Returns how many
/// messages were recorded; nothing is written when an id or the locale is
/// unknown.
pub fn review(
    locales: &Path,
    parsed: &BTreeMap<String, Locale>,
    locale: &str,
    ids: &[String],
) -> Result<usize> {
    let (en, translation) = translation_of(parsed, locale)?;
    let translated =
        |id: &String| translation.entries.contains_key(id) && en.entries.contains_key(id);
    let unknown: Vec<String> = ids.iter().filter(|id| !translated(id)).cloned().collect();
    if !unknown.is_empty() {
        return Err(Error::NotTranslated {
            locale: locale.to_owned(),
            ids: unknown,
        });
    }
    let path = locales.join(locale).join(RECORD_FILE);
    let (mut record, chosen): (Record, BTreeSet<&String>) = if ids.is_empty() {
        let all = translation.entries.keys().filter(|id| translated(id));
        (Record::new(), all.collect())
    } else {
        (read_for_update(&path)?, ids.iter().collect())
    };
    for id in &chosen {
        if let Some(reference) = en.entries.get(*id) {
            record.insert((*id).clone(), reviewed(reference));
        }
    }
    write(&path, &render(locale, &record)?)?;
    Ok(chosen.len())
}

/// `en` and the translation `locale`, or why there is none to review.
fn translation_of<'a>(
    parsed: &'a BTreeMap<String, Locale>,
    locale: &str,
) -> Result<(&'a Locale, &'a Locale)> {
    let unknown = |locale: &str| Error::UnknownLocale {
        locale: locale.to_owned(),
        available: parsed.keys().cloned().collect(),
    };
    let en = parsed
        .get(super::FALLBACK)
        .ok_or_else(|| unknown(super::FALLBACK))?;
    if locale == super::FALLBACK {
        return Err(Error::ReferenceLocale(locale.to_owned()));
    }
    let translation = parsed.get(locale).ok_or_else(|| unknown(locale))?;
    Ok((en, translation))
}

/// Writes `text` beside `path` first, then puts it in place: an
/// interrupted write never leaves half a record.
fn write(path: &Path, text: &str) -> Result<()> {
    let partial = path.with_extension("toml.partial");
    std::fs::write(&partial, text).map_err(|e| Error::io(&partial, e))?;
    std::fs::rename(&partial, path).map_err(|e| Error::io(path, e))
}

/// The record to add ids to: empty when there is none yet; one that
/// cannot be read is an error, so nothing in it is lost.
fn read_for_update(path: &Path) -> Result<Record> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Record::new()),
        Err(error) => return Err(Error::io(path, error)),
    };
    parse(&text).map_err(|e| {
        Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidData, e.message().to_owned()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_value_without_the_id_or_the_indentation() {
        assert_eq!(english("value-yes = Yes\n"), "Yes");
        let selector = "count =\n    { $n ->\n        [one] one item\n       *[other] { $n } items\n    }\n    .title = Items";
        assert_eq!(
            english(selector),
            "{ $n ->\n    [one] one item\n   *[other] { $n } items\n}\n.title = Items"
        );
        // `=` inside the text stays.
        assert_eq!(english("eq = a = b"), "a = b");
    }

    #[test]
    fn the_hash_is_short_and_stable() {
        assert_eq!(hash("Yes"), hash("Yes"));
        assert_ne!(hash("Yes"), hash("Yes."));
        assert_eq!(hash("Yes").len(), 16);
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let mut record = Record::new();
        for (id, en) in [
            ("value-yes", "Yes"),
            ("-brand", "docflow"),
            (
                "count",
                "{ $n ->\n    [one] one \"item\"\n   *[other] items\n}",
            ),
        ] {
            record.insert(
                id.to_owned(),
                Reviewed {
                    hash: hash(en),
                    en: en.to_owned(),
                },
            );
        }
        let text = render("ru-RU", &record).unwrap();
        assert!(text.starts_with("# The English each ru-RU"), "{text}");
        assert_eq!(parse(&text).unwrap(), record, "{text}");
        // Sorted by id, one table each, multi-line English kept readable.
        let ids: Vec<&str> = text.lines().filter(|l| l.starts_with('[')).collect();
        assert_eq!(ids, ["[-brand]", "[count]", "[value-yes]"], "{text}");
        assert!(text.contains("   *[other] items"), "{text}");
    }
}
