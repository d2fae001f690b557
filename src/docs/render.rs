//! How-to pages: for every workflow and locale, a page built from the
//! definition and the Fluent messages agents see (never from the articles),
//! plus an index per locale and a language chooser at the root.
//!
//! Pages are plain data (`Page`, `Index`) rendered through minijinja
//! templates, so the structure is readable in `templates/` and the
//! escaping is the template engine's. Output depends only on the
//! definitions and messages: no dates, no paths, sorted everywhere.

use std::collections::BTreeMap;
use std::path::PathBuf;

use minijinja::Environment;
use minijinja::value::Serde;
use serde::Serialize;

use super::diagram;
use crate::error::{Error, Result};
use crate::l10n::{Catalog, Localizer};
use crate::value::{Message, Value};
use crate::workflow::{self, Definition, StepKind, graph};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }
}

/// One file to write, relative to the output directory.
pub struct Output {
    pub path: PathBuf,
    pub text: String,
}

/// Every page for `locales` (all available when empty), in a fixed order.
/// `progress` is told of each file as it is made.
pub fn render(
    definitions: &[Definition],
    catalog: &Catalog,
    locales: &[unic_langid::LanguageIdentifier],
    format: Format,
    progress: &mut dyn FnMut(&Output),
) -> Result<Vec<Output>> {
    let mut locales: Vec<String> = if locales.is_empty() {
        catalog
            .available()
            .iter()
            .map(ToString::to_string)
            .collect()
    } else {
        locales.iter().map(ToString::to_string).collect()
    };
    locales.sort();
    locales.dedup();
    let mut definitions: Vec<&Definition> = definitions.iter().collect();
    definitions.sort_by(|a, b| a.id.cmp(&b.id));

    let localizers = locales
        .iter()
        .map(|tag| {
            let id = tag.parse().map_err(|_| Error::InvalidLocale(tag.clone()))?;
            catalog.localizer(&id)
        })
        .collect::<Result<Vec<_>>>()?;
    let languages: Vec<Language> = localizers
        .iter()
        .map(|l| Language {
            tag: l.locale().to_string(),
            name: l.text("locale-name"),
        })
        .collect();
    let templates = templates(format)?;
    let ext = format.extension();
    let mut outputs = Vec::new();
    let mut emit = |path: PathBuf, text: String, outputs: &mut Vec<Output>| {
        let output = Output { path, text };
        progress(&output);
        outputs.push(output);
    };
    for l10n in &localizers {
        let tag = l10n.locale().to_string();
        for definition in &definitions {
            let page = page(definition, &definitions, l10n, &languages, ext);
            let text = render_template(&templates, "page", &page)?;
            emit(
                PathBuf::from(&tag).join(format!("{}.{ext}", definition.id)),
                text,
                &mut outputs,
            );
        }
        let index = index(&definitions, l10n, &languages, ext);
        let text = render_template(&templates, "index", &index)?;
        emit(
            PathBuf::from(&tag).join(format!("index.{ext}")),
            text,
            &mut outputs,
        );
    }
    let root = Root {
        languages: languages.clone(),
        ext,
    };
    let text = render_template(&templates, "root", &root)?;
    emit(PathBuf::from(format!("index.{ext}")), text, &mut outputs);
    Ok(outputs)
}

#[derive(Clone, Debug, Serialize)]
struct Language {
    tag: String,
    /// The language's name in itself.
    name: String,
}

#[derive(Serialize)]
struct Page {
    lang: String,
    id: String,
    version: u32,
    title: String,
    description: String,
    roles: Vec<String>,
    steps: Vec<PageStep>,
    outcomes: Vec<String>,
    rules: Vec<String>,
    diagram: String,
    mermaid: String,
    languages: Vec<Language>,
    file: String,
    source: Option<String>,
    labels: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct PageStep {
    number: usize,
    id: String,
    text: String,
    /// What the person selects or enters, and what happens.
    details: Vec<String>,
    /// Choices written in the definition ("Submit", "Back").
    options: Vec<String>,
    /// The guide this step follows, for `call` steps.
    link: Option<PageLink>,
    /// Which step of the source article it comes from.
    cites: Option<String>,
}

#[derive(Serialize)]
struct PageLink {
    title: String,
    href: String,
}

#[derive(Serialize)]
struct Index {
    lang: String,
    /// The index's own file name, for the language links the frame writes.
    file: String,
    title: String,
    description: String,
    guides: Vec<IndexEntry>,
    languages: Vec<Language>,
    labels: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct IndexEntry {
    href: String,
    title: String,
    description: String,
    roles: Vec<String>,
}

#[derive(Serialize)]
struct Root {
    languages: Vec<Language>,
    ext: &'static str,
}

/// Headings and captions shared by every page of a locale.
fn labels(l10n: &Localizer) -> BTreeMap<&'static str, String> {
    [
        ("all_guides", "page-all-guides"),
        ("who", "page-who"),
        ("achieves", "page-achieves"),
        ("steps", "page-steps"),
        ("rules", "page-rules"),
        ("states", "page-states"),
        ("states_caption", "page-states-caption"),
        ("mermaid", "page-mermaid"),
        ("languages", "page-languages"),
        ("source", "page-source"),
        ("options", "page-options"),
        ("guides", "page-index-title"),
    ]
    .into_iter()
    .map(|(key, id)| (key, l10n.text(id)))
    .collect()
}

fn page(
    definition: &Definition,
    all: &[&Definition],
    l10n: &Localizer,
    languages: &[Language],
    ext: &str,
) -> Page {
    let order = graph::reading_order(definition);
    let numbered: Vec<&workflow::Step> = order
        .iter()
        .filter_map(|id| definition.step(id))
        .filter(|s| !matches!(s.kind, StepKind::End { .. }))
        .collect();
    let numbers: BTreeMap<String, usize> = numbered
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i + 1))
        .collect();
    let steps = numbered
        .iter()
        .enumerate()
        .map(|(i, step)| page_step(i + 1, step, definition, all, l10n, ext))
        .collect();
    let outcomes = order
        .iter()
        .filter_map(|id| definition.step(id))
        .filter_map(|s| match &s.kind {
            StepKind::End { message } => Some(step_text(s, message, definition, l10n)),
            _ => None,
        })
        .collect();
    let title = l10n.text(&definition.title);
    let diagram_title =
        l10n.format(&Message::new("page-diagram-title").arg("title", title.as_str()));
    Page {
        lang: l10n.locale().to_string(),
        id: definition.id.clone(),
        version: definition.version,
        description: l10n.text(&definition.description),
        roles: definition
            .roles
            .iter()
            .map(|r| l10n.format(&workflow::role_message(*r)))
            .collect(),
        steps,
        outcomes,
        rules: definition.rules.iter().map(|id| l10n.text(id)).collect(),
        diagram: diagram::svg(definition, &numbers, &diagram_title),
        mermaid: graph::mermaid_labelled(definition, |id| match numbers.get(id) {
            Some(number) => format!("{number}. {id}"),
            None => id.to_owned(),
        }),
        languages: languages.to_vec(),
        file: format!("{}.{ext}", definition.id),
        source: definition.article.as_ref().map(|article| {
            l10n.format(
                &Message::new("page-source-text")
                    .arg("article", article.anchor.as_str())
                    .arg(
                        "section",
                        article.section.clone().unwrap_or_else(|| "none".into()),
                    ),
            )
        }),
        labels: labels(l10n),
        title,
    }
}

fn page_step(
    number: usize,
    step: &workflow::Step,
    definition: &Definition,
    all: &[&Definition],
    l10n: &Localizer,
    ext: &str,
) -> PageStep {
    let mut details = Vec::new();
    let mut options = Vec::new();
    let mut link = None;
    let text = match &step.kind {
        StepKind::Choice(choice) => {
            if choice.from.is_some() {
                details.push(l10n.text("page-choice-list"));
            }
            options = choice
                .options
                .iter()
                .map(|o| placeholder_text(&o.label, definition, l10n))
                .collect();
            step_text(step, &choice.prompt, definition, l10n)
        }
        StepKind::Text(text) => {
            let max = text.rules.max_length as i64;
            let entry = match text.rules.min_length {
                0 | 1 => Message::new("page-text-up-to").arg("max", max),
                min => Message::new("page-text-between")
                    .arg("min", min as i64)
                    .arg("max", max),
            };
            details.push(l10n.format(&entry));
            step_text(step, &text.prompt, definition, l10n)
        }
        StepKind::Info(info) => {
            details.push(l10n.text("page-info"));
            step_text(step, &info.message, definition, l10n)
        }
        StepKind::Wait(wait) => {
            details.push(l10n.text("page-wait"));
            step_text(step, &wait.message, definition, l10n)
        }
        StepKind::Call(call) => {
            let callee = all.iter().find(|d| d.id == call.workflow);
            let title = callee.map_or(call.workflow.clone(), |d| l10n.text(&d.title));
            details.push(l10n.format(&Message::new("page-call").arg("title", title.as_str())));
            link = Some(PageLink {
                title: title.clone(),
                href: format!("{}.{ext}", call.workflow),
            });
            match &step.howto {
                Some(id) => l10n.text(id),
                None => title,
            }
        }
        StepKind::End { message } => step_text(step, message, definition, l10n),
    };
    PageStep {
        number,
        id: step.id.clone(),
        text,
        details,
        options,
        link,
        cites: step.doc.as_ref().map(|doc| {
            let message = match doc.step {
                Some(number) => Message::new("page-cites-step").arg("step", i64::from(number)),
                None => Message::new("page-cites-section"),
            };
            l10n.format(&message.arg("section", doc.section.as_str()))
        }),
    }
}

/// The step's how-to text, or else its run-time message with each
/// variable shown as a placeholder.
fn step_text(
    step: &workflow::Step,
    message: &str,
    definition: &Definition,
    l10n: &Localizer,
) -> String {
    match &step.howto {
        Some(id) => l10n.text(id),
        None => placeholder_text(message, definition, l10n),
    }
}

fn placeholder_text(id: &str, definition: &Definition, l10n: &Localizer) -> String {
    let args = definition
        .variables
        .iter()
        .map(|v| (v.clone(), Value::Text(format!("‹{v}›"))))
        .collect();
    l10n.format(&Message {
        id: id.to_owned(),
        args,
    })
}

fn index(
    definitions: &[&Definition],
    l10n: &Localizer,
    languages: &[Language],
    ext: &str,
) -> Index {
    Index {
        lang: l10n.locale().to_string(),
        file: format!("index.{ext}"),
        title: l10n.text("page-index-title"),
        description: l10n.text("page-index-intro"),
        guides: definitions
            .iter()
            .map(|d| IndexEntry {
                href: format!("{}.{ext}", d.id),
                title: l10n.text(&d.title),
                description: l10n.text(&d.description),
                roles: d
                    .roles
                    .iter()
                    .map(|r| l10n.format(&workflow::role_message(*r)))
                    .collect(),
            })
            .collect(),
        languages: languages.to_vec(),
        labels: labels(l10n),
    }
}

fn templates(format: Format) -> Result<Environment<'static>> {
    let mut env = Environment::new();
    let sources: [(&str, &str); 4] = match format {
        Format::Html => [
            ("base", include_str!("templates/base.html")),
            ("page", include_str!("templates/page.html")),
            ("index", include_str!("templates/index.html")),
            ("root", include_str!("templates/root.html")),
        ],
        Format::Markdown => [
            ("base", ""),
            ("page", include_str!("templates/page.md")),
            ("index", include_str!("templates/index.md")),
            ("root", include_str!("templates/root.md")),
        ],
    };
    if format == Format::Html {
        env.add_template("style", include_str!("templates/style.css"))
            .map_err(template_error)?;
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    } else {
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    }
    for (name, source) in sources {
        env.add_template(name, source).map_err(template_error)?;
    }
    Ok(env)
}

fn render_template(env: &Environment<'_>, name: &str, data: &impl Serialize) -> Result<String> {
    env.get_template(name)
        .and_then(|t| t.render(Serde(data)))
        .map_err(template_error)
}

/// The templates are part of the program: an error in one is a bug, but
/// it is reported, not panicked on.
fn template_error(error: minijinja::Error) -> Error {
    Error::Template(error.to_string())
}
