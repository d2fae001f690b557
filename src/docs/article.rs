//! Reading an article: YAML front matter, then Markdown. Two formats:
//!
//! - a translation in the side-by-side format, in which every sentence is a
//!   localized span followed by its English source in an `sxs-lookup` span,
//!   both carrying the same segment id;
//! - the English source itself, plain Markdown with no spans and no
//!   `ms.contentlocale`: read as locale `en`, every sentence its own source,
//!   identified as a source version by a hash of its content and `ms.date`.
//!
//! Markdown structure (headings, lists, block quotes, links, bold) comes
//! from pulldown-cmark; the spans come through as inline HTML and are paired
//! here. What the article *means* (its title anchor, numbered steps and the
//! UI labels they name, notes, role lists) is read from the English source,
//! which every translation carries, so articles of this family in any
//! locale, English included, read the same way.

use std::collections::BTreeMap;

use blake2::digest::consts::U20;
use blake2::{Blake2b, Digest};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::error::{Error, Result};

/// One article, in one locale.
#[derive(Clone, Debug, Serialize)]
pub struct Article {
    pub file: String,
    pub format: Format,
    pub meta: Meta,
    /// The title's anchor: the article's identity across locales.
    pub anchor: String,
    pub title: Text,
    pub roles: Vec<Role>,
    /// How the role list is written, when there is one.
    pub role_form: Option<RoleForm>,
    pub sections: Vec<Section>,
    pub links: Vec<Link>,
    pub segments: Vec<Segment>,
}

impl Article {
    /// The English source itself, not a translation of it.
    pub fn is_source(&self) -> bool {
        self.format == Format::Plain
    }
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A translation: localized and English spans side by side.
    SideBySide,
    /// The English source: plain Markdown.
    Plain,
}

/// The two ways articles write their role list.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RoleForm {
    /// The label, then one bullet per role.
    Bullets,
    /// `**Appropriate roles**: A | B | C`.
    Inline,
}

impl RoleForm {
    pub fn key(self) -> &'static str {
        match self {
            RoleForm::Bullets => "bullets",
            RoleForm::Inline => "inline",
        }
    }
}

/// What the front matter says about the article.
#[derive(Clone, Debug, Serialize)]
pub struct Meta {
    pub locale: String,
    /// Which English source version this is, or was made from: a
    /// translation's `ms.openlocfilehash`; for the English source, a hash of
    /// its content (40 hex digits, as the translations write theirs).
    pub source_hash: Option<String>,
    /// `ms.lasthandoff` as an ISO date.
    pub handoff: Option<String>,
    /// `ms.date` as an ISO date: when the English source was last edited.
    pub date: Option<String>,
    pub title: Option<String>,
    /// Every field, as written.
    pub fields: BTreeMap<String, String>,
}

/// Localized text and the English source it translates.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Text {
    pub localized: String,
    pub source: String,
}

impl Text {
    fn push(&mut self, other: &Text) {
        append(&mut self.localized, &other.localized);
        append(&mut self.source, &other.source);
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Segment {
    pub id: String,
    pub localized: String,
    pub source: String,
    pub line: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Role {
    /// The docflow role id (`admin-agent`) derived from the English name.
    pub id: String,
    #[serde(flatten)]
    pub name: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct Section {
    pub anchor: Option<String>,
    pub level: u8,
    pub title: Text,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub number: u32,
    pub text: Text,
    /// The UI labels it names in bold, in English, in order.
    pub labels: Vec<String>,
    pub notes: Vec<Note>,
    pub links: Vec<Link>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Note {
    /// `NOTE`, `TIP`, `IMPORTANT`, `WARNING`, `CAUTION`.
    pub kind: String,
    pub text: Text,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Link {
    pub target: String,
    pub text: String,
}

/// What makes a file not an article of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    FrontMatter,
    /// Side-by-side spans, but no `ms.contentlocale`.
    Locale,
    /// A translation's `ms.contentlocale`, but no side-by-side spans.
    Segments,
    /// A translation without a title heading carrying its anchor.
    Title,
    /// An English source without a title heading.
    Heading,
    /// An English source without an `ms.date`, or whose `ms.date` is not a
    /// date.
    Date,
}

impl Missing {
    pub fn key(self) -> &'static str {
        match self {
            Missing::FrontMatter => "front-matter",
            Missing::Locale => "locale",
            Missing::Segments => "segments",
            Missing::Title => "title",
            Missing::Heading => "heading",
            Missing::Date => "date",
        }
    }
}

/// Block quote kinds the docs platform renders as callouts.
const NOTE_KINDS: [&str; 5] = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];
/// The English label of a role list.
const ROLES_LABEL: &str = "Appropriate roles";

/// Reads the article in `text`; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Article> {
    let not_an_article = |missing| Error::NotAnArticle {
        file: file.to_owned(),
        missing,
    };
    let (fields, body, body_line) =
        front_matter(text).ok_or(not_an_article(Missing::FrontMatter))?;
    let (format, locale) = format_of(&fields, body).map_err(not_an_article)?;
    let date = fields.get("ms.date").map(|d| iso_date(d));
    let (source_hash, date) = match format {
        Format::SideBySide => (fields.get("ms.openlocfilehash").cloned(), date.flatten()),
        // The source's date is part of its identity: without one, or
        // with one that cannot be read, it would be misplaced among the
        // versions.
        Format::Plain => (
            Some(content_hash(text)),
            Some(date.flatten().ok_or(not_an_article(Missing::Date))?),
        ),
    };
    let leaves = Collector::new(body, body_line, format).run();
    let segments: Vec<Segment> = leaves.iter().flat_map(|l| l.segments.clone()).collect();
    if segments.is_empty() && format == Format::SideBySide {
        return Err(not_an_article(Missing::Segments));
    }
    let mut article = Article {
        file: file.to_owned(),
        format,
        meta: Meta {
            locale,
            source_hash,
            handoff: fields.get("ms.lasthandoff").and_then(|d| iso_date(d)),
            date,
            title: fields.get("title").cloned(),
            fields,
        },
        anchor: String::new(),
        title: Text::default(),
        roles: Vec::new(),
        role_form: None,
        sections: Vec::new(),
        links: leaves.iter().flat_map(|l| l.links.clone()).collect(),
        segments,
    };
    Structure::new(format).read(&leaves, &mut article);
    if article.anchor.is_empty() {
        return Err(not_an_article(match format {
            Format::SideBySide => Missing::Title,
            Format::Plain => Missing::Heading,
        }));
    }
    Ok(article)
}

/// Which format the file is in, and its locale. A file without spans is
/// the English source, whether it names no locale (as published) or an
/// English one; a translation must name its locale and carry spans.
fn format_of(
    fields: &BTreeMap<String, String>,
    body: &str,
) -> std::result::Result<(Format, String), Missing> {
    let spans = body.contains("data-ttu-id") || body.contains("data-stu-id");
    let locale = fields
        .get("ms.contentlocale")
        .map(|l| l.trim())
        .filter(|l| !l.is_empty());
    let english = |locale: &str| {
        let language = locale.split(['-', '_']).next().unwrap_or_default();
        language.eq_ignore_ascii_case("en")
    };
    match (locale, spans) {
        (Some(locale), true) => Ok((Format::SideBySide, locale.to_owned())),
        (None, true) => Err(Missing::Locale),
        (Some(locale), false) if !english(locale) => Err(Missing::Segments),
        (_, false) => Ok((Format::Plain, "en".to_owned())),
    }
}

/// The English source's version hash: BLAKE2b-160 of the file, so it reads
/// like a translation's `ms.openlocfilehash`. A byte order mark and CRLF
/// line ends do not count, so a checkout on another system is the same
/// version.
fn content_hash(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n");
    Blake2b::<U20>::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Splits `---`-delimited front matter of `key: value` lines from the body.
/// Returns the fields, the body and the body's first line number.
fn front_matter(text: &str) -> Option<(BTreeMap<String, String>, &str, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut fields = BTreeMap::new();
    let mut offset = text.find('\n')? + 1;
    let mut line_number = 2;
    for line in lines {
        offset += line.len();
        line_number += 1;
        let trimmed = line.trim_end();
        if trimmed == "---" {
            return Some((fields, &text[offset..], line_number));
        }
        if let Some((key, value)) = trimmed.split_once(':') {
            let value = value.trim().trim_matches('"').trim_matches('\'');
            fields.insert(key.trim().to_owned(), value.to_owned());
        }
    }
    None
}

/// `MM/DD/YYYY` (how the docs platform writes dates) as `YYYY-MM-DD`.
fn iso_date(date: &str) -> Option<String> {
    let mut parts = date.trim().split('/');
    let (month, day, year) = (parts.next()?, parts.next()?, parts.next()?);
    let number = |s: &str, max: u32| s.parse::<u32>().ok().filter(|n| (1..=max).contains(n));
    let (month, day, year) = (number(month, 12)?, number(day, 31)?, number(year, 9999)?);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A run of inline content: a heading, a paragraph, or the text of a tight
/// list item, with where it sits in the block structure.
#[derive(Clone, Debug, Default)]
struct Leaf {
    heading: Option<u8>,
    anchor: Option<String>,
    /// Which block quote it is in (each quote gets a number), if any.
    quote: Option<usize>,
    /// The item it is in, for each enclosing list, outermost first.
    items: Vec<ItemPosition>,
    segments: Vec<Segment>,
    links: Vec<Link>,
    /// English text in bold: the UI labels a step names.
    labels: Vec<String>,
    /// Text outside any span, such as a `[!NOTE]` marker; in the English
    /// source, all of its text until the leaf is cut into sentences.
    loose: String,
    /// Where it starts.
    line: usize,
}

impl Leaf {
    fn text(&self) -> Text {
        let mut text = Text::default();
        for segment in &self.segments {
            text.push(&Text {
                localized: segment.localized.clone(),
                source: segment.source.clone(),
            });
        }
        text
    }
}

#[derive(Clone, Copy, Debug)]
struct ItemPosition {
    /// The item's number in an ordered list.
    number: Option<u32>,
}

#[derive(Clone, Copy, Debug)]
enum Span {
    Localized,
    Lookup,
    Source,
    Other,
}

struct Collector<'a> {
    body: &'a str,
    first_line: usize,
    format: Format,
    leaves: Vec<Leaf>,
    leaf: Option<Leaf>,
    pending_heading: Option<u8>,
    lists: Vec<(Option<u64>, u32)>,
    items: Vec<ItemPosition>,
    quotes: Vec<usize>,
    quote_count: usize,
    spans: Vec<(Span, String)>,
    localized: String,
    source: String,
    /// Localized texts waiting for their English source, by segment id.
    pending: Vec<(String, String)>,
    links: Vec<(String, String, bool)>,
    /// The English text of the bold run being read, if any.
    strong: Option<String>,
    /// Sentences of the English source numbered so far.
    sentences: usize,
    line: usize,
}

impl<'a> Collector<'a> {
    fn new(body: &'a str, first_line: usize, format: Format) -> Self {
        Collector {
            body,
            first_line,
            format,
            leaves: Vec::new(),
            leaf: None,
            pending_heading: None,
            lists: Vec::new(),
            items: Vec::new(),
            quotes: Vec::new(),
            quote_count: 0,
            spans: Vec::new(),
            localized: String::new(),
            source: String::new(),
            pending: Vec::new(),
            links: Vec::new(),
            strong: None,
            sentences: 0,
            line: first_line,
        }
    }

    fn run(mut self) -> Vec<Leaf> {
        let body = self.body;
        for (event, range) in Parser::new(body).into_offset_iter() {
            self.line = self.first_line + body[..range.start].matches('\n').count();
            self.event(event);
        }
        self.close_leaf();
        self.leaves
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.close_leaf();
                self.pending_heading = Some(heading_level(level));
            }
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => self.close_leaf(),
            Event::End(TagEnd::Heading(_)) => {
                self.close_leaf();
                self.pending_heading = None;
            }
            Event::Start(Tag::List(start)) => {
                self.close_leaf();
                self.lists.push((start, 0));
            }
            Event::End(TagEnd::List(_)) => {
                self.close_leaf();
                self.lists.pop();
            }
            Event::Start(Tag::Item) => {
                self.close_leaf();
                let number = self.lists.last_mut().and_then(|(start, index)| {
                    let number = start.map(|s| s as u32 + *index);
                    *index += 1;
                    number
                });
                self.items.push(ItemPosition { number });
            }
            Event::End(TagEnd::Item) => {
                self.close_leaf();
                self.items.pop();
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.close_leaf();
                self.quote_count += 1;
                self.quotes.push(self.quote_count);
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.close_leaf();
                self.quotes.pop();
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let in_source = matches!(self.capturing(), Some(Span::Source));
                self.links
                    .push((dest_url.to_string(), String::new(), in_source));
            }
            Event::End(TagEnd::Link) => {
                if let Some((target, text, in_source)) = self.links.pop()
                    && !in_source
                {
                    let text = normalize(&text);
                    self.open_leaf().links.push(Link { target, text });
                }
            }
            Event::Start(Tag::Strong) => {
                self.strong.get_or_insert_with(String::new);
            }
            Event::End(TagEnd::Strong) => {
                if let Some(label) = self.strong.take().map(|l| normalize(&l))
                    && !label.is_empty()
                {
                    self.open_leaf().labels.push(label);
                }
            }
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            Event::InlineHtml(html) | Event::Html(html) => self.html(&html),
            _ => {}
        }
    }

    fn capturing(&self) -> Option<Span> {
        self.spans
            .iter()
            .rev()
            .map(|(span, _)| *span)
            .find(|span| matches!(span, Span::Localized | Span::Source))
    }

    fn text(&mut self, text: &str) {
        let in_source = matches!(self.capturing(), Some(Span::Source));
        let english = in_source || self.format == Format::Plain;
        if let Some(strong) = self.strong.as_mut().filter(|_| english) {
            strong.push_str(text);
        }
        for (_, link_text, link_in_source) in &mut self.links {
            // A link around both spans is named in the article's language.
            if *link_in_source == in_source {
                link_text.push_str(text);
            }
        }
        match self.capturing() {
            Some(Span::Localized) => self.localized.push_str(text),
            Some(Span::Source) => self.source.push_str(text),
            _ => self.open_leaf().loose.push_str(text),
        }
    }

    /// Handles each tag in a piece of inline or block HTML.
    fn html(&mut self, html: &str) {
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let Some(end) = rest[start..].find('>') else {
                break;
            };
            let tag = &rest[start..start + end + 1];
            rest = &rest[start + end + 1..];
            self.tag(tag);
        }
    }

    fn tag(&mut self, tag: &str) {
        if tag.starts_with("</span") {
            match self.spans.pop() {
                Some((Span::Localized, id)) => {
                    let text = normalize(&std::mem::take(&mut self.localized));
                    self.pending.push((id, text));
                }
                Some((Span::Source, id)) => {
                    let source = normalize(&std::mem::take(&mut self.source));
                    let localized = self.take_pending(&id).unwrap_or_default();
                    let line = self.line;
                    self.open_leaf().segments.push(Segment {
                        id,
                        localized,
                        source,
                        line,
                    });
                }
                _ => {}
            }
        } else if tag.starts_with("<span") {
            let span = if let Some(id) = attribute(tag, "data-ttu-id") {
                (Span::Localized, id.to_owned())
            } else if let Some(id) = attribute(tag, "data-stu-id") {
                (Span::Source, id.to_owned())
            } else if attribute(tag, "class") == Some("sxs-lookup") {
                (Span::Lookup, String::new())
            } else {
                (Span::Other, String::new())
            };
            self.spans.push(span);
        } else if tag.starts_with("<a ")
            && let Some(name) = attribute(tag, "name")
        {
            self.open_leaf()
                .anchor
                .get_or_insert_with(|| name.to_owned());
        }
    }

    fn take_pending(&mut self, id: &str) -> Option<String> {
        let index = self.pending.iter().position(|(pending, _)| pending == id)?;
        Some(self.pending.remove(index).1)
    }

    fn open_leaf(&mut self) -> &mut Leaf {
        let heading = self.pending_heading.take();
        let items = self.items.clone();
        let quote = self.quotes.last().copied();
        let line = self.line;
        self.leaf.get_or_insert_with(|| Leaf {
            heading,
            quote,
            items,
            line,
            ..Leaf::default()
        })
    }

    fn close_leaf(&mut self) {
        // A localized sentence whose English span never came still counts.
        for (id, localized) in std::mem::take(&mut self.pending) {
            let line = self.line;
            self.open_leaf().segments.push(Segment {
                id,
                localized,
                source: String::new(),
                line,
            });
        }
        if let Some(mut leaf) = self.leaf.take() {
            if self.format == Format::Plain {
                self.sentences_of(&mut leaf);
            }
            self.leaves.push(leaf);
        }
    }

    /// Cuts the English source's text into sentences, each its own source,
    /// numbered through the article as a translation's segments are; a
    /// leading `[!NOTE]` marker stays loose, as in a translation.
    fn sentences_of(&mut self, leaf: &mut Leaf) {
        let text = normalize(&std::mem::take(&mut leaf.loose));
        let (marker, rest) = split_marker(&text);
        leaf.loose = marker.to_owned();
        for sentence in sentences(rest) {
            self.sentences += 1;
            leaf.segments.push(Segment {
                id: format!("en-{}", self.sentences),
                localized: sentence.clone(),
                source: sentence,
                line: leaf.line,
            });
        }
    }
}

/// A callout marker (`[!NOTE]`) at the start of `text`, and the rest.
fn split_marker(text: &str) -> (&str, &str) {
    let marker = NOTE_KINDS
        .iter()
        .map(|kind| format!("[!{kind}]"))
        .find(|marker| text.starts_with(marker.as_str()));
    match marker {
        Some(marker) => (&text[..marker.len()], text[marker.len()..].trim_start()),
        None => ("", text),
    }
}

/// Sentences as translation jobs cut them: after `.`, `!` or `?` and a
/// space, when the next word does not go on in lower case. A word with a
/// dot inside (`e.g.`) ends no sentence.
fn sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut start = 0;
    // Where the current word starts, kept while scanning so that a long
    // run of marks without spaces is not searched again for each mark.
    let mut word_start = 0;
    for (at, c) in text.char_indices() {
        if c == ' ' {
            word_start = at + 1;
            continue;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let end = at + c.len_utf8();
        let rest = &text[end..];
        let next_word_starts = rest
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(|n| !n.is_lowercase());
        let word = &text[word_start.max(start)..at];
        if next_word_starts && !word.contains('.') {
            sentences.push(text[start..end].trim().to_owned());
            start = end;
        }
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        sentences.push(last.to_owned());
    }
    sentences
}

/// The anchor the docs platform gives a heading: lower case, spaces as
/// hyphens, punctuation dropped. The English source names its title and
/// sections this way; translations carry the result as `<a name>`.
pub(crate) fn slug(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            word.chars()
                .flat_map(char::to_lowercase)
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The value of `name="…"` (or single-quoted) in an HTML tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        if quote == '"' || quote == '\'' {
            let value = &value[1..];
            return value.find(quote).map(|end| &value[..end]);
        }
    }
    None
}

/// Collapses runs of whitespace (the format doubles spaces) and trims.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn append(to: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !to.is_empty() {
        to.push(' ');
    }
    to.push_str(text);
}

/// Turns leaves into the article's structure.
struct Structure {
    /// Headings without an `<a name>` get the platform's anchor (the
    /// English source); a translation's headings carry theirs.
    derive_anchors: bool,
    /// The quote the last note came from, to join its paragraphs.
    note_quote: Option<usize>,
    /// The step the last leaf belonged to, for notes that follow it.
    last_step: Option<u32>,
    roles: RolesState,
}

#[derive(Default, PartialEq, Eq)]
enum RolesState {
    #[default]
    None,
    /// The label was seen; its list comes next.
    Expecting,
    Reading,
}

impl Structure {
    fn new(format: Format) -> Self {
        Structure {
            derive_anchors: format == Format::Plain,
            note_quote: None,
            last_step: None,
            roles: RolesState::None,
        }
    }

    fn anchor(&self, leaf: &Leaf, title: &Text) -> Option<String> {
        leaf.anchor.clone().or_else(|| {
            let slug = slug(&title.source);
            (self.derive_anchors && !slug.is_empty()).then_some(slug)
        })
    }

    fn read(&mut self, leaves: &[Leaf], article: &mut Article) {
        for leaf in leaves {
            self.leaf(leaf, article);
        }
    }

    fn leaf(&mut self, leaf: &Leaf, article: &mut Article) {
        let text = leaf.text();
        if let Some(level) = leaf.heading {
            self.last_step = None;
            self.roles = RolesState::None;
            if level == 1 && article.anchor.is_empty() {
                article.anchor = self.anchor(leaf, &text).unwrap_or_default();
                article.title = text;
            } else if level > 1 {
                article.sections.push(Section {
                    anchor: self.anchor(leaf, &text),
                    level,
                    title: text,
                    steps: Vec::new(),
                    notes: Vec::new(),
                });
            }
            return;
        }
        if leaf.quote.is_some() {
            self.note(leaf, text, article);
            return;
        }
        self.note_quote = None;
        if self.role_leaf(leaf, &text, article) {
            return;
        }
        let step_number = leaf.items.first().and_then(|item| item.number);
        let Some(number) = step_number else {
            if leaf.items.is_empty() {
                self.last_step = None;
            }
            return;
        };
        let Some(section) = article.sections.last_mut() else {
            return;
        };
        self.last_step = Some(number);
        if let Some(step) = section.steps.iter_mut().find(|s| s.number == number) {
            step.text.push(&text);
            step.links.extend(leaf.links.iter().cloned());
            step.labels.extend(leaf.labels.iter().cloned());
        } else {
            section.steps.push(Step {
                number,
                text,
                labels: leaf.labels.clone(),
                notes: Vec::new(),
                links: leaf.links.clone(),
            });
        }
    }

    /// A role label, or an entry of the list that follows one.
    fn role_leaf(&mut self, leaf: &Leaf, text: &Text, article: &mut Article) -> bool {
        let label = text.source.trim_start_matches('*');
        if let Some(rest) = label.strip_prefix(ROLES_LABEL) {
            let inline_source = rest.trim_start_matches('*').trim_start_matches(':');
            let inline_localized = text.localized.split_once(':').map(|(_, r)| r);
            if inline_source.contains('|')
                && let Some(localized) = inline_localized
            {
                let names = inline_source.split('|').zip(localized.split('|'));
                article
                    .roles
                    .extend(names.map(|(source, localized)| role(source, localized)));
                article.role_form = Some(RoleForm::Inline);
                self.roles = RolesState::None;
            } else {
                self.roles = RolesState::Expecting;
            }
            return true;
        }
        let in_bullet = leaf.items.len() == 1 && leaf.items[0].number.is_none();
        if self.roles != RolesState::None && in_bullet {
            article.roles.push(role(&text.source, &text.localized));
            article.role_form.get_or_insert(RoleForm::Bullets);
            self.roles = RolesState::Reading;
            return true;
        }
        self.roles = RolesState::None;
        false
    }

    fn note(&mut self, leaf: &Leaf, text: Text, article: &mut Article) {
        let Some(section) = article.sections.last_mut() else {
            return;
        };
        let marker = leaf.loose.trim();
        let kind = NOTE_KINDS
            .iter()
            .find(|kind| marker.starts_with(&format!("[!{kind}]")))
            .map(|kind| kind.to_string());
        let continues = self.note_quote == leaf.quote && kind.is_none();
        self.note_quote = leaf.quote;
        // Notes belong to the step they sit in, or to the step they follow
        // when their indentation took them out of the list.
        let step_number = leaf.items.first().and_then(|i| i.number).or(self.last_step);
        let notes = match step_number.and_then(|n| section.steps.iter_mut().find(|s| s.number == n))
        {
            Some(step) => &mut step.notes,
            None => &mut section.notes,
        };
        match notes.last_mut() {
            Some(last) if continues => last.text.push(&text),
            _ => notes.push(Note {
                kind: kind.unwrap_or_else(|| "NOTE".to_owned()),
                text,
            }),
        }
    }
}

fn role(source: &str, localized: &str) -> Role {
    let source = source.trim().trim_matches('*').trim();
    Role {
        id: source
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-"),
        name: Text {
            localized: localized.trim().trim_matches('*').trim().to_owned(),
            source: source.to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_iso() {
        assert_eq!(iso_date("12/01/2020").as_deref(), Some("2020-12-01"));
        assert_eq!(iso_date("13/01/2020"), None);
        assert_eq!(iso_date("2020"), None);
    }

    #[test]
    fn attributes_are_read_in_either_quote() {
        assert_eq!(
            attribute(r#"<span data-ttu-id="a-1">"#, "data-ttu-id"),
            Some("a-1")
        );
        assert_eq!(attribute("<a name='x'></a>", "name"), Some("x"));
        assert_eq!(attribute(r#"<a href="" id="y">"#, "name"), None);
    }

    #[test]
    fn sentences_end_where_the_next_word_starts_anew() {
        assert_eq!(
            sentences("Pick a plan, e.g. the basic one. Then click Save! Done? yes."),
            [
                "Pick a plan, e.g. the basic one.",
                "Then click Save!",
                "Done? yes."
            ]
        );
        assert_eq!(sentences("No full stop"), ["No full stop"]);
        assert!(sentences("").is_empty());
    }

    #[test]
    fn headings_get_the_platforms_anchor() {
        assert_eq!(
            slug("Configure, manage, and use your plan"),
            "configure-manage-and-use-your-plan"
        );
        assert_eq!(slug("Don't  stop_now"), "dont-stop_now");
    }

    const ENGLISH: &str = "---\ntitle: Do it\nms.date: 03/04/2021\n---\n\
        # Do it well\n\n\
        **Appropriate roles**: Global admin | Admin agent\n\n\
        ## The steps\n\n\
        1. Open **Settings**. Then pick **Plan**.\n\n\
        \x20  > [!TIP]\n\
        \x20  > Pick the cheaper plan.\n\n\
        2. Click **Save**.\n";

    #[test]
    fn an_english_source_reads_like_a_translation_of_itself() {
        let article = parse("do-it.md", ENGLISH).unwrap();
        assert_eq!(article.format, Format::Plain);
        assert_eq!(article.meta.locale, "en");
        assert_eq!(article.meta.date.as_deref(), Some("2021-03-04"));
        assert_eq!(article.meta.source_hash.as_ref().map(String::len), Some(40));
        assert_eq!(article.anchor, "do-it-well");
        assert_eq!(article.role_form, Some(RoleForm::Inline));
        let roles: Vec<&str> = article.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(roles, ["global-admin", "admin-agent"]);
        let section = &article.sections[0];
        assert_eq!(section.anchor.as_deref(), Some("the-steps"));
        assert_eq!(section.steps[0].labels, ["Settings", "Plan"]);
        assert_eq!(section.steps[0].notes[0].kind, "TIP");
        assert_eq!(
            section.steps[0].notes[0].text.source,
            "Pick the cheaper plan."
        );
        assert_eq!(section.steps[1].labels, ["Save"]);
        let ids: Vec<&str> = article.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["en-1", "en-2", "en-3", "en-4", "en-5", "en-6", "en-7"]
        );
        assert!(article.segments.iter().all(|s| s.source == s.localized));
    }

    #[test]
    fn the_hash_ignores_line_ends_but_not_content() {
        let hash = |text: &str| parse("x.md", text).unwrap().meta.source_hash.unwrap();
        assert_eq!(hash(ENGLISH), hash(&ENGLISH.replace('\n', "\r\n")));
        assert_ne!(hash(ENGLISH), hash(&ENGLISH.replace("cheaper", "cheapest")));
    }

    #[test]
    fn what_is_missing_is_named() {
        let missing = |text: &str| match parse("x.md", text) {
            Err(Error::NotAnArticle { missing, .. }) => Some(missing),
            _ => None,
        };
        assert_eq!(missing("# Title\n"), Some(Missing::FrontMatter));
        assert_eq!(missing("---\ntitle: x\n"), Some(Missing::FrontMatter));
        assert_eq!(
            missing("---\ntitle: x\nms.date: 05/02/2021\n---\nJust text.\n"),
            Some(Missing::Heading)
        );
        assert_eq!(
            missing("---\ntitle: x\n---\n# T\n\nText.\n"),
            Some(Missing::Date),
            "an English source needs its date"
        );
        assert_eq!(
            missing("---\nms.date: 2021-03-04\n---\n# T\n"),
            Some(Missing::Date)
        );
        assert_eq!(
            missing("---\nms.contentlocale: pt-BR\n---\n# T\n"),
            Some(Missing::Segments)
        );
        assert_eq!(
            missing("---\n---\n# <span data-ttu-id=\"a-1\">T</span>\n"),
            Some(Missing::Locale)
        );
        assert_eq!(
            missing("---\nms.contentlocale: en-us\nms.date: 05/02/2021\n---\n# T\n"),
            None
        );
    }
}
