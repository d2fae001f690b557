//! `docflow l10n stats` and `docflow l10n show`: how far each locale is,
//! and one message in every locale side by side.

use serde::Serialize;

use super::FALLBACK;
use super::check::{self, Entry, Locale, Severity};
use super::program::program_messages;
use super::record;
use crate::assets::Source;
use crate::error::Result;
use crate::workflow::{Definition, DefinitionError};

#[derive(Clone, Debug, Serialize)]
pub struct LocaleStats {
    pub locale: String,
    /// Messages and terms of `en` this locale has, not empty.
    pub translated: usize,
    pub total: usize,
    pub percent: f64,
    pub words: usize,
    pub errors: usize,
    pub warnings: usize,
}

pub fn stats(
    locales: &Source,
    definitions: &[Definition],
    problems: &[DefinitionError],
) -> Result<Vec<LocaleStats>> {
    let (parsed, read_findings) = check::read_locales(locales)?;
    let findings = check::check_read(&parsed, read_findings, definitions, problems);
    let empty = Locale::default();
    let en = parsed.get(FALLBACK).unwrap_or(&empty);
    let total = en.entries.len();
    Ok(parsed
        .iter()
        .map(|(name, locale)| {
            let translated = en
                .entries
                .keys()
                .filter(|id| locale.entries.get(*id).is_some_and(|e| !e.empty))
                .count();
            let count = |severity| {
                findings
                    .iter()
                    .filter(|f| &f.locale == name && f.severity == severity)
                    .count()
            };
            LocaleStats {
                locale: name.clone(),
                translated,
                total,
                percent: if total == 0 {
                    0.0
                } else {
                    (translated as f64 * 1000.0 / total as f64).round() / 10.0
                },
                words: locale.entries.values().map(|e| words(&e.text)).sum(),
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
            }
        })
        .collect())
}

/// Words as a translator counts them: runs of letters, and each Han or
/// kana character on its own.
fn words(text: &str) -> usize {
    let ideographs = text.chars().filter(|c| is_ideograph(*c)).count();
    let spaced = text
        .split(|c: char| c.is_whitespace() || is_ideograph(c))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    ideographs + spaced
}

fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

#[derive(Clone, Debug, Serialize)]
pub struct Shown {
    pub id: String,
    /// The translator comment in `en`.
    pub comment: Option<String>,
    /// Where it appears: workflow and step, or the program itself.
    pub used_by: Vec<UsedBy>,
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Serialize)]
pub struct UsedBy {
    pub workflow: Option<String>,
    pub step: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Translation {
    pub locale: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    /// As written; `None` when the locale lacks it.
    pub source: Option<String>,
    /// The English it was made from, when that is not today's English.
    pub made_from: Option<String>,
}

/// The English `locale`'s translation of `id` was made from, as its record
/// says, when that is not the English of `reference` today.
fn made_from(locale: &Locale, id: &str, reference: Option<&Entry>) -> Option<String> {
    let was = locale.record.as_ref()?.get(id)?;
    let now = record::reviewed(reference?);
    (was.hash != now.hash).then(|| was.en.clone())
}

/// The message `id` in every locale; `None` when no locale has it.
pub fn show(locales: &Source, definitions: &[Definition], id: &str) -> Result<Option<Shown>> {
    let (parsed, _) = check::read_locales(locales)?;
    if !parsed.values().any(|l| l.entries.contains_key(id)) {
        return Ok(None);
    }
    let mut used_by: Vec<UsedBy> = definitions
        .iter()
        .flat_map(|d| {
            check::workflow_messages(d)
                .into_iter()
                .filter(|u| u.id == id)
                .map(|u| UsedBy {
                    workflow: Some(d.id.clone()),
                    step: u.step,
                })
        })
        .collect();
    if program_messages().any(|(m, _)| m == id) {
        used_by.push(UsedBy {
            workflow: None,
            step: None,
        });
    }
    let reference = parsed.get(FALLBACK).and_then(|en| en.entries.get(id));
    let comment = reference.and_then(|e| e.comment.clone());
    let mut translations: Vec<Translation> = parsed
        .iter()
        .map(|(locale, entries)| {
            let entry = entries.entries.get(id);
            Translation {
                locale: locale.clone(),
                file: entry.map(|e| e.file.clone()),
                line: entry.map(|e| e.line),
                source: entry.map(|e| e.source.clone()),
                made_from: entry.and(made_from(entries, id, reference)),
            }
        })
        .collect();
    // `en`, the reference, first.
    translations.sort_by_key(|t| (t.locale != FALLBACK, t.locale.clone()));
    Ok(Some(Shown {
        id: id.to_owned(),
        comment,
        used_by,
        translations,
    }))
}
