//! `docflow l10n check`: compares every locale with `en`, and the workflow
//! definitions and the program with the `en` messages.
//!
//! It reads the files as a translator wrote them (fluent-syntax, comments
//! kept), so it sees what the runtime would silently paper over: a missing
//! message that falls back to English, a variable that renders as `{$x}`,
//! a plural form that can never be chosen.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use fluent_syntax::ast;
use fluent_syntax::{parser, serializer};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::program::program_messages;
use super::record::{self, RECORD_FILE, Record};
use super::style::{self, GLOSSARY_FILE, Glossary};
use super::{FALLBACK, line_column};
use crate::assets::{Source, TextFile};
use crate::error::Result;
use crate::store::ops;
use crate::value::Message;
use crate::workflow::{Definition, DefinitionError, Problem, StepKind};

/// A translator's comment containing this marks a message whose text is
/// meant to be the same as in English (a brand name, say).
pub const SAME_AS_EN: &str = "@same-as-en";

/// An English comment line containing this, followed by `$variables`, says
/// those numbers are never 0 where they are selected on, so no language
/// needs a `[0]` variant for them.
pub const NEVER_ZERO: &str = "@never-zero";

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, where it is, and what to tell the translator.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub locale: String,
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub id: Option<String>,
    /// The step, for a finding in a workflow definition.
    pub step: Option<String>,
    pub check: &'static str,
    pub severity: Severity,
    /// For `stale-translation`: the English then and now (`was`, `now`).
    #[serde(flatten)]
    pub english: Option<EnglishChange>,
    /// The text a person reads; filled in by the caller in their language.
    #[serde(skip)]
    pub message: Message,
    /// The offending line of the file, for syntax errors.
    #[serde(skip)]
    pub source_line: Option<String>,
}

/// The English a translation was made from, and today's.
#[derive(Clone, Debug, Serialize)]
pub struct EnglishChange {
    pub was: String,
    pub now: String,
}

/// What one message or term of one locale looks like.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub file: String,
    pub line: usize,
    /// The entry as written, value and attributes.
    pub source: String,
    /// Its value and attributes, laid out by fluent-syntax's serializer,
    /// without the id and the comment ([`record::english`]): what a
    /// translation's record keeps of `en`.
    pub english: String,
    /// The translator comment above it.
    pub comment: Option<String>,
    pub attributes: BTreeSet<String>,
    pub variables: BTreeSet<String>,
    pub references: BTreeSet<String>,
    pub selectors: Vec<Selector>,
    /// The words of the value and attributes, to compare with English.
    pub text: String,
    /// The same words as a reader sees them: each placeable an object
    /// replacement character, each variant on a line of its own.
    pub prose: String,
    pub empty: bool,
    pub same_as_en: bool,
}

#[derive(Clone, Debug)]
pub struct Selector {
    /// The variable selected on, when it is one (`$n` or `NUMBER($n)`).
    pub variable: Option<String>,
    pub keys: Vec<String>,
    pub default: String,
    pub numeric: bool,
}

/// All entries of one locale, its glossary when it has one, and the record
/// of the English its translations were made from.
#[derive(Clone, Default)]
pub struct Locale {
    pub entries: BTreeMap<String, Entry>,
    pub glossary: Option<Glossary>,
    /// `None` when there is none, or it cannot be read.
    pub record: Option<Record>,
    /// Where the record is, or would be.
    pub record_file: String,
}

/// Every locale of `locales`, read as written, with the syntax and duplicate
/// findings met on the way.
pub fn read_locales(locales: &Source) -> Result<(BTreeMap<String, Locale>, Vec<Finding>)> {
    let mut findings = Vec::new();
    let mut parsed = BTreeMap::new();
    for name in locales.subdirs()? {
        let mut locale = Locale::default();
        for file in locales.files(&name, "ftl")? {
            read_file(&name, &file, &mut locale, &mut findings);
        }
        locale.record_file = locales.name_of(&name, RECORD_FILE);
        for file in locales.files(&name, "toml")? {
            if file.name == locale.record_file {
                locale.record = record::read(&name, &file, &mut findings);
            } else if file.name.ends_with(GLOSSARY_FILE) {
                locale.glossary =
                    style::read_glossary(&name, &file.name, &file.text, &mut findings);
            }
        }
        parsed.insert(name, locale);
    }
    Ok((parsed, findings))
}

/// Checks every locale of `locales` against `en` and `definitions`; the
/// `problems` met loading the definitions are findings too.
pub fn check(
    locales: &Source,
    definitions: &[Definition],
    problems: &[DefinitionError],
) -> Result<Vec<Finding>> {
    let (parsed, findings) = read_locales(locales)?;
    Ok(check_read(&parsed, findings, definitions, problems))
}

/// The checks on locales already read, after the `findings` met reading them.
pub fn check_read(
    parsed: &BTreeMap<String, Locale>,
    mut findings: Vec<Finding>,
    definitions: &[Definition],
    problems: &[DefinitionError],
) -> Vec<Finding> {
    findings.extend(problems.iter().map(workflow_finding));
    let empty = Locale::default();
    let en = parsed.get(FALLBACK).unwrap_or(&empty);
    for (name, locale) in parsed {
        check_entries(name, locale, en, &mut findings);
        style::check_typography(name, locale, &mut findings);
        if name != FALLBACK {
            compare(name, locale, en, &mut findings);
            check_record(name, locale, en, &mut findings);
            if let Some(glossary) = &locale.glossary {
                style::check_glossary(name, glossary, locale, en, &mut findings);
            }
        }
    }
    check_comments(en, &mut findings);
    // A workflow that cannot be read, or was read without some of its
    // steps, names messages no one can see: they are not called unused.
    // An unknown message id drops nothing.
    let all_read = problems
        .iter()
        .all(|p| matches!(p.problem, crate::workflow::Problem::UnknownMessage(_)));
    check_usage(en, definitions, all_read, &mut findings);
    findings.sort_by(|a, b| {
        (&a.locale, &a.file, a.line, a.check).cmp(&(&b.locale, &b.file, b.line, b.check))
    });
    findings
}

fn finding(
    locale: &str,
    file: &str,
    line: Option<usize>,
    id: Option<&str>,
    check: &'static str,
    severity: Severity,
    message: Message,
) -> Finding {
    Finding {
        locale: locale.to_owned(),
        file: file.to_owned(),
        line,
        column: line.map(|_| 1),
        id: id.map(str::to_owned),
        step: None,
        check,
        severity,
        english: None,
        message,
        source_line: None,
    }
}

/// A problem of a workflow definition, where it is: a message it names
/// that `en` lacks is `unknown-message`, anything else (a file that does
/// not parse, an unknown step) `workflow`.
fn workflow_finding(problem: &DefinitionError) -> Finding {
    let (check, id, message) = match &problem.problem {
        Problem::UnknownMessage(id) => (
            "unknown-message",
            Some(id.as_str()),
            Message::new("l10n-unknown-message"),
        ),
        _ => ("workflow", None, problem.message()),
    };
    Finding {
        column: Some(problem.column),
        step: problem.step.clone(),
        ..finding(
            FALLBACK,
            &problem.file,
            Some(problem.line),
            id,
            check,
            Severity::Error,
            message,
        )
    }
}

/// A finding about the definition of `id` in `locale`.
fn at_entry(
    locale: &str,
    id: &str,
    entry: &Entry,
    check: &'static str,
    severity: Severity,
    message: Message,
) -> Finding {
    finding(
        locale,
        &entry.file,
        Some(entry.line),
        Some(id),
        check,
        severity,
        message,
    )
}

fn read_file(locale: &str, file: &TextFile, into: &mut Locale, findings: &mut Vec<Finding>) {
    let resource = match parser::parse(file.text.as_str()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = line_column(&file.text, error.pos.start);
                findings.push(Finding {
                    column: Some(column),
                    source_line: file.text.lines().nth(line - 1).map(str::to_owned),
                    ..finding(
                        locale,
                        &file.name,
                        Some(line),
                        None,
                        "syntax",
                        Severity::Error,
                        Message::new("l10n-syntax").arg("detail", error.kind.to_string()),
                    )
                });
            }
            resource
        }
    };
    let mut lines = definition_lines(&file.text);
    for entry in &resource.body {
        let (id, value, attributes, comment) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_owned(),
                m.value.as_ref(),
                &m.attributes,
                m.comment.as_ref(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                Some(&t.value),
                &t.attributes,
                t.comment.as_ref(),
            ),
            _ => continue,
        };
        let line = lines
            .get_mut(&id)
            .and_then(VecDeque::pop_front)
            .unwrap_or(1);
        let mut info = Entry {
            file: file.name.clone(),
            line,
            source: entry_source(&file.text, line),
            english: record::english(&serialized_without_comment(entry)),
            comment: comment.map(|c| c.content.join("\n")),
            same_as_en: comment.is_some_and(|c| c.content.iter().any(|l| l.contains(SAME_AS_EN))),
            ..Entry::default()
        };
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            walk_pattern(pattern, &mut info);
        }
        info.attributes = attributes.iter().map(|a| a.id.name.to_owned()).collect();
        info.empty = value.is_none_or(pattern_is_blank) && attributes.is_empty();
        if let Some(first) = into.entries.get(&id) {
            findings.push(finding(
                locale,
                &file.name,
                Some(line),
                Some(&id),
                "duplicate",
                Severity::Error,
                Message::new("l10n-duplicate")
                    .arg("first", format!("{}:{}", first.file, first.line)),
            ));
            continue;
        }
        into.entries.insert(id, info);
    }
}

/// A message or term as fluent-syntax's serializer writes it, without its
/// comment.
fn serialized_without_comment(entry: &ast::Entry<&str>) -> String {
    let entry = match entry {
        ast::Entry::Message(m) => ast::Entry::Message(ast::Message {
            comment: None,
            ..m.clone()
        }),
        ast::Entry::Term(t) => ast::Entry::Term(ast::Term {
            comment: None,
            ..t.clone()
        }),
        other => other.clone(),
    };
    serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// The text of the entry starting at `line`: that line and the indented
/// lines that continue it.
fn entry_source(text: &str, line: usize) -> String {
    let mut lines = text.lines().skip(line.saturating_sub(1));
    let first = lines.next().unwrap_or_default();
    let rest = lines.take_while(|l| l.starts_with(' '));
    std::iter::once(first)
        .chain(rest)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The lines each id is defined on (`id =` at the start of a line), in
/// order, so a duplicate gets its own line.
fn definition_lines(text: &str) -> BTreeMap<String, VecDeque<usize>> {
    let mut lines = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let valid = id
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && !line.starts_with(' ');
        if valid {
            lines
                .entry(id.to_owned())
                .or_insert_with(VecDeque::new)
                .push_back(index + 1);
        }
    }
    lines
}

/// Nothing but white space, literally or as `{ "" }`.
fn pattern_is_blank(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|e| match e {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}

fn walk_pattern(pattern: &ast::Pattern<&str>, info: &mut Entry) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                info.text.push_str(value);
                info.prose.push_str(value);
            }
            ast::PatternElement::Placeable { expression } => {
                // A select's variants are words; any other placeable is a
                // value the reader sees in its place.
                match expression {
                    ast::Expression::Select { .. } => info.prose.push('\n'),
                    ast::Expression::Inline(_) => info.prose.push('\u{FFFC}'),
                }
                walk_expression(expression, info);
            }
        }
    }
    info.prose.push('\n');
}

fn walk_expression(expression: &ast::Expression<&str>, info: &mut Entry) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            let keys: Vec<String> = variants.iter().map(|v| variant_key(&v.key)).collect();
            let numeric = matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER")
                || variants.iter().any(|v| match &v.key {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => category(name).is_some(),
                });
            let default = variants
                .iter()
                .find(|v| v.default)
                .map(|v| variant_key(&v.key))
                .unwrap_or_default();
            let variable = match selector {
                ast::InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    match arguments.positional.first() {
                        Some(ast::InlineExpression::VariableReference { id }) => {
                            Some(id.name.to_owned())
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            info.selectors.push(Selector {
                variable,
                keys,
                default,
                numeric,
            });
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, info),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, info: &mut Entry) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            info.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.references.insert(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, info);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, info)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, info: &mut Entry) {
    for argument in &arguments.positional {
        walk_inline(argument, info);
    }
    for argument in &arguments.named {
        walk_inline(&argument.value, info);
    }
}

fn variant_key(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn category(name: &str) -> Option<PluralCategory> {
    Some(match name {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        "other" => PluralCategory::OTHER,
        _ => return None,
    })
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The CLDR plural categories numbers fall into in `locale`, found by asking
/// the same rules the runtime uses about a spread of numbers.
fn plural_categories(locale: &str) -> BTreeSet<&'static str> {
    // The rules are per language: "ru", not "ru-RU".
    let language = super::language_of(locale);
    let Ok(langid) = language.parse::<LanguageIdentifier>() else {
        return BTreeSet::new();
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::new();
    };
    let integers = (0..=200u64)
        .chain([1000, 100_000, 1_000_000])
        .map(|n| n.to_string());
    let decimals = ["0.5", "1.5", "2.5", "5.5", "1.25"].map(str::to_owned);
    integers
        .chain(decimals)
        .filter_map(|n| rules.select(n.as_str()).ok())
        .map(category_name)
        .collect()
}

/// The variables an English comment declares never 0 ([`NEVER_ZERO`]).
fn never_zero(en: Option<&Entry>) -> BTreeSet<String> {
    let comment = en.and_then(|e| e.comment.as_deref()).unwrap_or_default();
    comment
        .lines()
        .filter_map(|line| line.split_once(NEVER_ZERO))
        .flat_map(|(_, names)| names.split([' ', ',']))
        .filter_map(|name| name.strip_prefix('$'))
        .map(str::to_owned)
        .collect()
}

/// The plural category 0 falls into in `locale`.
fn zero_category(locale: &str) -> Option<PluralCategory> {
    let language = super::language_of(locale);
    let langid: LanguageIdentifier = language.parse().ok()?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).ok()?;
    rules.select("0").ok()
}

/// Checks that need only the locale itself.
fn check_entries(locale: &str, entries: &Locale, en: &Locale, findings: &mut Vec<Finding>) {
    let categories = plural_categories(locale);
    let zero_is_one = zero_category(locale) == Some(PluralCategory::ONE);
    for (id, entry) in &entries.entries {
        let at = |check, severity, message| at_entry(locale, id, entry, check, severity, message);
        for reference in &entry.references {
            if !entries.entries.contains_key(reference) {
                findings.push(at(
                    "unknown-reference",
                    Severity::Error,
                    Message::new("l10n-unknown-reference").arg("reference", reference.as_str()),
                ));
            }
        }
        if entry.empty {
            findings.push(at("empty", Severity::Warning, Message::new("l10n-empty")));
        }
        for selector in entry.selectors.iter().filter(|s| s.numeric) {
            let missing: Vec<&str> = categories
                .iter()
                .filter(|c| **c != selector.default && !selector.keys.iter().any(|k| k == *c))
                .copied()
                .collect();
            if !missing.is_empty() {
                findings.push(at(
                    "plural-categories",
                    Severity::Warning,
                    Message::new("l10n-plural-missing").arg("categories", missing.join(", ")),
                ));
            }
            // Where 0 falls into `one` (Portuguese), "[one] { $n } erro"
            // reads "0 erro": zero needs words of its own.
            let never_zero = selector
                .variable
                .as_ref()
                .is_some_and(|v| never_zero(en.entries.get(id)).contains(v));
            if zero_is_one && !never_zero && !selector.keys.iter().any(|k| k == "0") {
                findings.push(at(
                    "plural-zero",
                    Severity::Warning,
                    Message::new("l10n-plural-zero"),
                ));
            }
            for key in &selector.keys {
                if category(key).is_some() && !categories.contains(key.as_str()) {
                    findings.push(at(
                        "plural-unreachable",
                        Severity::Warning,
                        Message::new("l10n-plural-unreachable").arg("key", key.as_str()),
                    ));
                }
            }
        }
    }
}

/// Checks of a translation against `en`.
fn compare(locale: &str, translation: &Locale, en: &Locale, findings: &mut Vec<Finding>) {
    for (id, reference) in &en.entries {
        let Some(entry) = translation.entries.get(id) else {
            // Where the translator would add it: the file of the same name.
            let file = reference
                .file
                .replacen(&format!("/{FALLBACK}/"), &format!("/{locale}/"), 1);
            findings.push(finding(
                locale,
                &file,
                None,
                Some(id),
                "missing-message",
                Severity::Error,
                Message::new("l10n-missing-message"),
            ));
            continue;
        };
        let at = |check, severity, message| at_entry(locale, id, entry, check, severity, message);
        // (names in one, not in the other, check, severity, message, argument)
        let differences = [
            (
                &reference.attributes,
                &entry.attributes,
                "missing-attribute",
                Severity::Error,
                "l10n-missing-attribute",
                "attribute",
            ),
            (
                &entry.attributes,
                &reference.attributes,
                "obsolete-attribute",
                Severity::Warning,
                "l10n-obsolete-attribute",
                "attribute",
            ),
            (
                &entry.variables,
                &reference.variables,
                "unknown-variable",
                Severity::Error,
                "l10n-unknown-variable",
                "variable",
            ),
            (
                &reference.variables,
                &entry.variables,
                "dropped-variable",
                Severity::Warning,
                "l10n-dropped-variable",
                "variable",
            ),
        ];
        // A term's $variables are its own parameters, passed by the messages
        // that use it (`{ -support-contact(case: "gen") }`), never by the
        // program: each language has the ones its grammar needs, or none.
        let is_term = id.starts_with('-');
        for (have, lack, check, severity, message, arg) in differences {
            if is_term && arg == "variable" {
                continue;
            }
            for name in have.difference(lack) {
                findings.push(at(
                    check,
                    severity,
                    Message::new(message).arg(arg, name.as_str()),
                ));
            }
        }
        let has_words = entry.text.chars().any(char::is_alphabetic);
        if has_words && entry.text.trim() == reference.text.trim() && !entry.same_as_en {
            findings.push(at(
                "untranslated",
                Severity::Warning,
                Message::new("l10n-untranslated").arg("marker", SAME_AS_EN),
            ));
        }
    }
    for (id, entry) in &translation.entries {
        if !en.entries.contains_key(id) {
            findings.push(finding(
                locale,
                &entry.file,
                Some(entry.line),
                Some(id),
                "obsolete-message",
                Severity::Warning,
                Message::new("l10n-obsolete-message"),
            ));
        }
    }
}

/// Each translation was made from today's English, as its record says.
/// A translation the record lacks is `unrecorded-translation`: nothing
/// tells which English it was made from, so a later change in English
/// could not be told either.
fn check_record(locale: &str, translation: &Locale, en: &Locale, findings: &mut Vec<Finding>) {
    let Some(record) = &translation.record else {
        // Missing or unreadable (that is a `syntax` finding already).
        if !findings.iter().any(|f| f.file == translation.record_file) {
            findings.push(finding(
                locale,
                &translation.record_file,
                None,
                None,
                "unrecorded-translation",
                Severity::Warning,
                Message::new("l10n-no-record").arg("locale", locale),
            ));
        }
        return;
    };
    for (id, entry) in &translation.entries {
        let Some(reference) = en.entries.get(id) else {
            continue;
        };
        let now = record::reviewed(reference);
        let at = |check, message| at_entry(locale, id, entry, check, Severity::Warning, message);
        let review = |message_id| {
            Message::new(message_id)
                .arg("locale", locale)
                .arg("id", id.as_str())
        };
        match record.get(id) {
            None => findings.push(at(
                "unrecorded-translation",
                review("l10n-unrecorded-translation"),
            )),
            Some(was) if was.hash != now.hash => findings.push(Finding {
                english: Some(EnglishChange {
                    was: was.en.clone(),
                    now: now.en,
                }),
                ..at("stale-translation", review("l10n-stale-translation"))
            }),
            Some(_) => {}
        }
    }
}

/// Translators read `en`'s comments to learn what each variable holds.
fn check_comments(en: &Locale, findings: &mut Vec<Finding>) {
    for (id, entry) in &en.entries {
        let comment = entry.comment.as_deref().unwrap_or_default();
        for variable in &entry.variables {
            if !comment.contains(&format!("${variable}")) {
                findings.push(finding(
                    FALLBACK,
                    &entry.file,
                    Some(entry.line),
                    Some(id),
                    "undocumented-variable",
                    Severity::Warning,
                    Message::new("l10n-undocumented-variable").arg("variable", variable.as_str()),
                ));
            }
        }
    }
}

/// Where a message is used: a workflow file (line, step) or the program.
struct UsedAt {
    id: String,
    file: String,
    line: Option<usize>,
    step: Option<String>,
    /// The variables it is given.
    available: BTreeSet<String>,
}

/// Every message a workflow or the program uses exists in `en` and needs no
/// variable it is not given; every `en` message is used by something (told
/// only when `all_read`: every workflow file could be read). A message the
/// workflow loader already reported missing is not reported again.
fn check_usage(
    en: &Locale,
    definitions: &[Definition],
    all_read: bool,
    findings: &mut Vec<Finding>,
) {
    let reported: BTreeSet<(String, String)> = findings
        .iter()
        .filter(|f| f.check == "unknown-message")
        .filter_map(|f| Some((f.file.clone(), f.id.clone()?)))
        .collect();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for at in uses(definitions) {
        match en.entries.get(&at.id) {
            None if reported.contains(&(at.file.clone(), at.id.clone())) => {}
            None => findings.push(Finding {
                step: at.step.clone(),
                ..finding(
                    FALLBACK,
                    &at.file,
                    at.line,
                    Some(&at.id),
                    "unknown-message",
                    Severity::Error,
                    Message::new("l10n-unknown-message"),
                )
            }),
            Some(entry) => unpassed_variables(&at, entry, findings),
        }
        used.insert(at.id);
    }
    if !all_read {
        return;
    }
    for entry in en.entries.values() {
        used.extend(entry.references.iter().cloned());
    }
    for (id, entry) in &en.entries {
        if !used.contains(id) {
            findings.push(finding(
                FALLBACK,
                &entry.file,
                Some(entry.line),
                Some(id),
                "unused",
                Severity::Warning,
                Message::new("l10n-unused"),
            ));
        }
    }
}

/// Every use of a message by the workflows, then by the program.
fn uses(definitions: &[Definition]) -> Vec<UsedAt> {
    let mut uses = Vec::new();
    for definition in definitions {
        for used in workflow_messages(definition) {
            uses.push(UsedAt {
                id: used.id,
                file: definition.file.clone(),
                line: (used.line > 0).then_some(used.line),
                step: used.step,
                available: used.variables,
            });
        }
    }
    for (id, args) in program_messages() {
        uses.push(UsedAt {
            id: id.into_owned(),
            file: "src".to_owned(),
            line: None,
            step: None,
            available: args.iter().map(|a| (*a).to_owned()).collect(),
        });
    }
    uses
}

/// The variables `entry` (in `en`) needs that the use `at` does not pass.
fn unpassed_variables(at: &UsedAt, entry: &Entry, findings: &mut Vec<Finding>) {
    let user = format!(
        "{}{}",
        at.file,
        at.line.map(|l| format!(":{l}")).unwrap_or_default()
    );
    for variable in entry.variables.difference(&at.available) {
        findings.push(finding(
            FALLBACK,
            &entry.file,
            Some(entry.line),
            Some(&at.id),
            "unpassed-variable",
            Severity::Error,
            Message::new("l10n-unpassed-variable")
                .arg("variable", variable.as_str())
                .arg("user", user.as_str()),
        ));
    }
}

/// A message a workflow shows.
pub struct Use {
    pub id: String,
    /// `None` for the title and description.
    pub step: Option<String>,
    pub line: usize,
    /// The variables it is formatted with.
    pub variables: BTreeSet<String>,
}

/// The messages a definition shows, each with the line that names it and
/// the variables it is formatted with.
pub fn workflow_messages(definition: &Definition) -> Vec<Use> {
    let vars = &definition.variables;
    let with = |extra: &[&str]| -> BTreeSet<String> {
        vars.iter()
            .cloned()
            .chain(extra.iter().map(|f| (*f).to_owned()))
            .collect()
    };
    let header = |id: &str| Use {
        id: id.to_owned(),
        step: None,
        line: 1,
        variables: BTreeSet::new(),
    };
    let mut messages = vec![header(&definition.title), header(&definition.description)];
    // How-to pages are not about one run: their texts take no variables.
    messages.extend(definition.rules.iter().map(|id| header(id)));
    for step in &definition.steps {
        if let Some(howto) = &step.howto {
            messages.push(Use {
                id: howto.clone(),
                step: Some(step.id.clone()),
                line: step.line,
                variables: BTreeSet::new(),
            });
        }
        let mut add = |id: &str, variables: BTreeSet<String>| {
            messages.push(Use {
                id: id.to_owned(),
                step: Some(step.id.clone()),
                line: step.line,
                variables,
            });
        };
        match &step.kind {
            StepKind::Choice(choice) => {
                add(&choice.prompt, with(&[]));
                if let Some(source) = &choice.from {
                    let fields = ops::spec(&source.query.op).map_or(&[][..], |s| s.fields);
                    add(&source.label, with(fields));
                }
                for option in &choice.options {
                    add(&option.label, with(&[]));
                }
                if let Some(empty) = &choice.empty {
                    add(empty, with(&[]));
                }
            }
            StepKind::Text(text) => add(&text.prompt, with(&[])),
            StepKind::Info(info) => add(&info.message, with(&[])),
            StepKind::Wait(wait) => add(&wait.message, with(&[])),
            StepKind::End { message } => add(message, with(&[])),
            StepKind::Call(_) => {}
        }
    }
    messages
}
