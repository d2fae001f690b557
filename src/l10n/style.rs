//! What a native reader holds a translation to, beyond its being complete:
//! the locale's glossary of key terms, and its typography.
//!
//! The glossary is data a translator keeps, `locales/<locale>/glossary.toml`;
//! the typography rules are a table here, one row per language.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::check::{Entry, Finding, Locale, Severity};
use crate::value::Message;

/// The file, in each locale's directory, that holds its glossary.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// A locale's key terms: when the English text of a message uses one, the
/// translation uses the locale's word for it, and never a word marked wrong.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The English term, matched case-insensitively where a word starts
    /// (so "reseller" also finds "resellers").
    pub en: String,
    /// The locale's term, in the forms it may take; any one of them counts.
    /// Matched case-insensitively anywhere, so a stem covers its endings.
    #[serde(rename = "use")]
    pub forms: Vec<String>,
    /// Words a translator must not use for it (another term's word, say).
    #[serde(default)]
    pub avoid: Vec<String>,
}

/// How a language sets its text.
struct Typography {
    language: &'static str,
    /// The quotation marks it opens and closes with.
    quotes: (char, char),
    /// Quotation marks of other languages that must not appear...
    foreign: &'static [char],
    /// ...except these, which the language nests inside its own quotes
    /// (Russian „…“ inside «…», Spanish “…” inside «…»).
    nested: &'static [char],
    /// Whether half-width punctuation must not touch its (CJK) letters.
    full_width: bool,
}

const TYPOGRAPHY: &[Typography] = &[
    Typography {
        language: "en",
        quotes: ('“', '”'),
        foreign: &['«', '»', '„', '「', '」'],
        nested: &[],
        full_width: false,
    },
    Typography {
        language: "pt",
        quotes: ('“', '”'),
        foreign: &['«', '»', '„', '「', '」'],
        nested: &[],
        full_width: false,
    },
    Typography {
        language: "es",
        quotes: ('«', '»'),
        foreign: &['“', '”', '„', '「', '」'],
        nested: &['“', '”'],
        full_width: false,
    },
    Typography {
        language: "ru",
        quotes: ('«', '»'),
        foreign: &['“', '”', '„', '「', '」'],
        nested: &['„', '“'],
        full_width: false,
    },
    Typography {
        language: "zh",
        quotes: ('「', '」'),
        foreign: &['“', '”', '«', '»', '„'],
        nested: &[],
        full_width: true,
    },
];

/// Half-width punctuation that a CJK text writes full-width.
const HALF_WIDTH: &[char] = &[',', ':', ';', '!', '?', '(', ')'];

fn typography(locale: &str) -> Option<&'static Typography> {
    let language = super::language_of(locale);
    TYPOGRAPHY.iter().find(|t| t.language == language)
}

/// Checks the typography of every entry of `locale`.
pub fn check_typography(locale: &str, entries: &Locale, findings: &mut Vec<Finding>) {
    let Some(rules) = typography(locale) else {
        return;
    };
    let (open, close) = rules.quotes;
    for (id, entry) in &entries.entries {
        let foreign = foreign_quotes(&entry.prose, rules);
        if !foreign.is_empty() {
            let found: String = foreign.into_iter().collect();
            findings.push(entry_finding(
                locale,
                id,
                entry,
                "typography",
                Message::new("l10n-typography-quotes")
                    .arg("found", found)
                    .arg("quotes", format!("{open}…{close}")),
            ));
        }
        if rules.full_width
            && let Some(mark) = half_width_by_cjk(&entry.prose)
        {
            findings.push(entry_finding(
                locale,
                id,
                entry,
                "typography",
                Message::new("l10n-typography-half-width").arg("mark", mark.to_string()),
            ));
        }
    }
}

/// Quotation marks of other languages in `text`, leaving out the ones the
/// language nests inside its own quotes.
fn foreign_quotes(text: &str, rules: &Typography) -> BTreeSet<char> {
    let (open, close) = rules.quotes;
    let mut depth = 0usize;
    let mut found = BTreeSet::new();
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
        } else if rules.foreign.contains(&c) && !(depth > 0 && rules.nested.contains(&c)) {
            found.insert(c);
        }
    }
    found
}

/// The first half-width punctuation mark written next to a CJK character,
/// spaces between them not counting ("名稱: 值" as much as "名稱:值").
fn half_width_by_cjk(text: &str) -> Option<char> {
    let chars: Vec<char> = text.chars().collect();
    let neighbour = |mut at: usize, step: isize| loop {
        at = at.checked_add_signed(step)?;
        match chars.get(at) {
            Some(' ') => continue,
            other => return other.copied(),
        }
    };
    chars.iter().enumerate().find_map(|(i, c)| {
        let touches = [neighbour(i, -1), neighbour(i, 1)]
            .into_iter()
            .flatten()
            .any(is_cjk);
        (HALF_WIDTH.contains(c) && touches).then_some(*c)
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}')
}

/// Checks `locale`'s translations against its glossary.
pub fn check_glossary(
    locale: &str,
    glossary: &Glossary,
    translation: &Locale,
    en: &Locale,
    findings: &mut Vec<Finding>,
) {
    for (id, entry) in &translation.entries {
        // Terms are the glossary's subject, not its users.
        let Some(english) = en.entries.get(id).filter(|_| !id.starts_with('-')) else {
            continue;
        };
        if entry.same_as_en {
            continue;
        }
        let english = expanded(english, en).to_lowercase();
        let text = expanded(entry, translation).to_lowercase();
        for term in &glossary.terms {
            let at = |check, message| entry_finding(locale, id, entry, check, message);
            if uses_word(&english, &term.en.to_lowercase())
                && !term.forms.iter().any(|f| text.contains(&f.to_lowercase()))
            {
                findings.push(at(
                    "glossary",
                    Message::new("l10n-glossary-missing")
                        .arg("en", term.en.as_str())
                        .arg("term", term.forms.first().map_or("", String::as_str)),
                ));
            }
            for wrong in term
                .avoid
                .iter()
                .filter(|w| text.contains(&w.to_lowercase()))
            {
                findings.push(at(
                    "glossary",
                    Message::new("l10n-glossary-avoid")
                        .arg("word", wrong.as_str())
                        .arg("en", term.en.as_str())
                        .arg("term", term.forms.first().map_or("", String::as_str)),
                ));
            }
        }
    }
}

/// Whether `text` has `word` where a word starts.
fn uses_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// An entry's words with the terms it references written out (in the same
/// locale), so "{ -support-contact }" counts as the term's words.
fn expanded(entry: &Entry, locale: &Locale) -> String {
    let mut text = entry.prose.clone();
    let mut seen = BTreeSet::new();
    let mut queue: Vec<&String> = entry.references.iter().collect();
    while let Some(reference) = queue.pop() {
        if !reference.starts_with('-') || !seen.insert(reference.clone()) {
            continue;
        }
        if let Some(term) = locale.entries.get(reference) {
            text.push('\n');
            text.push_str(&term.prose);
            queue.extend(term.references.iter());
        }
    }
    text
}

fn entry_finding(
    locale: &str,
    id: &str,
    entry: &Entry,
    check: &'static str,
    message: Message,
) -> Finding {
    Finding {
        locale: locale.to_owned(),
        file: entry.file.clone(),
        line: Some(entry.line),
        column: Some(1),
        id: Some(id.to_owned()),
        step: None,
        check,
        severity: Severity::Warning,
        english: None,
        message,
        source_line: None,
    }
}

/// Parses a glossary file; a problem is an error finding at its place.
pub fn read_glossary(
    locale: &str,
    name: &str,
    text: &str,
    findings: &mut Vec<Finding>,
) -> Option<Glossary> {
    let parsed = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| super::line_column(text, s.start))
            .unwrap_or((1, 1));
        Finding {
            locale: locale.to_owned(),
            file: name.to_owned(),
            line: Some(line),
            column: Some(column),
            id: None,
            step: None,
            check: "glossary",
            severity: Severity::Error,
            english: None,
            message: Message::new("l10n-glossary-syntax").arg("detail", e.message().to_owned()),
            source_line: text.lines().nth(line.saturating_sub(1)).map(str::to_owned),
        }
    });
    match parsed {
        Ok(glossary) => Some(glossary),
        Err(finding) => {
            findings.push(finding);
            None
        }
    }
}
