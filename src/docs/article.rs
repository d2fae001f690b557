//! Reading a localized article in the side-by-side format: YAML front
//! matter, then Markdown in which every sentence is a localized span
//! followed by its English source in an `sxs-lookup` span, both carrying
//! the same segment id.
//!
//! Markdown structure (headings, lists, block quotes, links) comes from
//! pulldown-cmark; the spans come through as inline HTML and are paired
//! here. What the article *means* (its title anchor, numbered steps, notes,
//! role lists) is read from the English source, which every translation
//! carries, so articles of this family in any locale read the same way.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::error::{Error, Result};

/// One article, in one locale.
#[derive(Clone, Debug, Serialize)]
pub struct Article {
    pub file: String,
    pub meta: Meta,
    /// The title's anchor: the article's identity across locales.
    pub anchor: String,
    pub title: Text,
    pub roles: Vec<Role>,
    pub sections: Vec<Section>,
    pub links: Vec<Link>,
    pub segments: Vec<Segment>,
}

/// What the front matter says about the translation.
#[derive(Clone, Debug, Serialize)]
pub struct Meta {
    pub locale: String,
    /// `ms.openlocfilehash`: which English source the translation was made from.
    pub source_hash: Option<String>,
    /// `ms.lasthandoff` as an ISO date.
    pub handoff: Option<String>,
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
    Locale,
    Segments,
    Title,
}

impl Missing {
    pub fn key(self) -> &'static str {
        match self {
            Missing::FrontMatter => "front-matter",
            Missing::Locale => "locale",
            Missing::Segments => "segments",
            Missing::Title => "title",
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
    let locale = fields
        .get("ms.contentlocale")
        .filter(|l| !l.is_empty())
        .ok_or(not_an_article(Missing::Locale))?
        .clone();
    let leaves = Collector::new(body, body_line).run();
    let segments: Vec<Segment> = leaves.iter().flat_map(|l| l.segments.clone()).collect();
    if segments.is_empty() {
        return Err(not_an_article(Missing::Segments));
    }
    let mut article = Article {
        file: file.to_owned(),
        meta: Meta {
            locale,
            source_hash: fields.get("ms.openlocfilehash").cloned(),
            handoff: fields.get("ms.lasthandoff").and_then(|d| iso_date(d)),
            title: fields.get("title").cloned(),
            fields,
        },
        anchor: String::new(),
        title: Text::default(),
        roles: Vec::new(),
        sections: Vec::new(),
        links: leaves.iter().flat_map(|l| l.links.clone()).collect(),
        segments,
    };
    Structure::default().read(&leaves, &mut article);
    if article.anchor.is_empty() {
        return Err(not_an_article(Missing::Title));
    }
    Ok(article)
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
    /// Text outside any span, such as a `[!NOTE]` marker.
    loose: String,
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
    line: usize,
}

impl<'a> Collector<'a> {
    fn new(body: &'a str, first_line: usize) -> Self {
        Collector {
            body,
            first_line,
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
        self.leaf.get_or_insert_with(|| Leaf {
            heading,
            quote,
            items,
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
        if let Some(leaf) = self.leaf.take() {
            self.leaves.push(leaf);
        }
    }
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
#[derive(Default)]
struct Structure {
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
                article.anchor = leaf.anchor.clone().unwrap_or_default();
                article.title = text;
            } else if level > 1 {
                article.sections.push(Section {
                    anchor: leaf.anchor.clone(),
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
        } else {
            section.steps.push(Step {
                number,
                text,
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
                self.roles = RolesState::None;
            } else {
                self.roles = RolesState::Expecting;
            }
            return true;
        }
        let in_bullet = leaf.items.len() == 1 && leaf.items[0].number.is_none();
        if self.roles != RolesState::None && in_bullet {
            article.roles.push(role(&text.source, &text.localized));
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
}
