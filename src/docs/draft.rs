//! A first draft of a workflow from an article: one step per numbered step
//! of the article, the roles of its role list, and `.ftl` files per locale
//! whose comments carry the article's sentences for the writer and the
//! translators to rewrite. The draft loads as is; making it do something
//! (choices, operations) is the writer's job.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::article::{Article, Section, Text};
use crate::error::{Error, Result};
use crate::role::Role;

/// Files of one draft, relative to the draft directory.
pub struct Draft {
    pub workflow: String,
    pub files: Vec<(PathBuf, String)>,
}

/// Drafts one workflow per article identity in `articles`.
pub fn drafts(articles: &[Article]) -> Vec<Draft> {
    let mut groups: BTreeMap<&str, Vec<&Article>> = BTreeMap::new();
    for article in articles {
        groups.entry(&article.anchor).or_default().push(article);
    }
    groups
        .into_values()
        .map(|mut group| {
            // The newest source decides the steps (the English source when
            // it is given: it is what writers edit); every locale gets a file.
            group.sort_by(|a, b| {
                (b.is_source(), &b.meta.handoff, &a.meta.locale).cmp(&(
                    a.is_source(),
                    &a.meta.handoff,
                    &b.meta.locale,
                ))
            });
            draft(&group)
        })
        .collect()
}

pub fn write(dir: &Path, draft: &Draft) -> Result<()> {
    for (path, text) in &draft.files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

/// The sections whose numbered steps become the workflow's steps.
fn procedure(article: &Article) -> Vec<&Section> {
    article
        .sections
        .iter()
        .filter(|s| !s.steps.is_empty() && s.anchor.is_some())
        .collect()
}

struct DraftStep {
    id: String,
    message: String,
    section: String,
    number: u32,
}

fn draft(group: &[&Article]) -> Draft {
    let newest = group[0];
    let id = newest.anchor.clone();
    let prefix = message_prefix(&id);
    let sections = procedure(newest);
    let several = sections.len() > 1;
    let mut steps = Vec::new();
    for section in &sections {
        let anchor = section.anchor.clone().unwrap_or_default();
        for step in &section.steps {
            let id = if several {
                format!("{anchor}-{}", step.number)
            } else {
                format!("step-{}", step.number)
            };
            steps.push(DraftStep {
                message: format!("{prefix}-{id}"),
                id,
                section: anchor.clone(),
                number: step.number,
            });
        }
    }
    let mut files = vec![(
        PathBuf::from("workflows").join(format!("{id}.toml")),
        definition(&id, &prefix, newest, &steps),
    )];
    let en = english(newest);
    files.push((
        PathBuf::from("locales")
            .join("en")
            .join(format!("{id}.ftl")),
        messages(&prefix, &en, &steps, None),
    ));
    let mut seen = vec!["en".to_owned()];
    for article in group {
        if seen.contains(&article.meta.locale) {
            continue;
        }
        seen.push(article.meta.locale.clone());
        files.push((
            PathBuf::from("locales")
                .join(&article.meta.locale)
                .join(format!("{id}.ftl")),
            messages(&prefix, article, &steps, Some(&en)),
        ));
    }
    Draft {
        workflow: id,
        files,
    }
}

/// Message ids get a short prefix: the anchor's first word and initials.
fn message_prefix(anchor: &str) -> String {
    let mut words = anchor.split('-').filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("draft").to_owned();
    let initials: String = words.filter_map(|w| w.chars().next()).take(4).collect();
    if initials.is_empty() {
        first
    } else {
        format!("{first}-{initials}")
    }
}

fn definition(id: &str, prefix: &str, article: &Article, steps: &[DraftStep]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Draft made by `docflow docs import --draft` from {}.",
        article.file
    );
    let _ = writeln!(
        out,
        "# Each step shows the article's text and goes on. Turn the steps that"
    );
    let _ = writeln!(
        out,
        "# ask for something into `choice` or `text` steps with operations."
    );
    let _ = writeln!(out, "id = {}", quoted(id));
    out.push_str("version = 1\n");
    let _ = writeln!(out, "title = \"{prefix}-title\"");
    let _ = writeln!(out, "description = \"{prefix}-description\"");
    let (known, unknown): (Vec<_>, Vec<_>) = article
        .roles
        .iter()
        .partition(|r| r.id.parse::<Role>().is_ok());
    for role in unknown {
        let _ = writeln!(
            out,
            "# The article also lists {:?}, which docflow does not know.",
            role.name.source
        );
    }
    let roles: Vec<String> = if known.is_empty() {
        vec![quoted(Role::AdminAgent.as_str())]
    } else {
        known.iter().map(|r| quoted(&r.id)).collect()
    };
    let _ = writeln!(out, "roles = [{}]", roles.join(", "));
    let start = steps.first().map_or("done", |s| s.id.as_str());
    let _ = writeln!(out, "start = {}", quoted(start));
    out.push_str("\n[article]\n");
    let _ = writeln!(out, "anchor = {}", quoted(&article.anchor));
    if let Some(first) = steps.first() {
        let _ = writeln!(out, "section = {}", quoted(&first.section));
    }
    for (index, step) in steps.iter().enumerate() {
        let next = steps.get(index + 1).map_or("done", |s| s.id.as_str());
        out.push_str("\n[[steps]]\n");
        let _ = writeln!(out, "id = {}", quoted(&step.id));
        out.push_str("kind = \"info\"\n");
        let _ = writeln!(out, "message = {}", quoted(&step.message));
        let _ = writeln!(out, "next = {}", quoted(next));
        let _ = writeln!(
            out,
            "doc = {{ section = {}, step = {} }}",
            quoted(&step.section),
            step.number
        );
    }
    out.push_str("\n[[steps]]\nid = \"done\"\nkind = \"end\"\n");
    let _ = writeln!(out, "message = \"{prefix}-done\"");
    out
}

/// The article as if it were in English: the source side of every text.
fn english(article: &Article) -> Article {
    let mut en = article.clone();
    let source = |t: &mut Text| t.localized = t.source.clone();
    source(&mut en.title);
    for section in &mut en.sections {
        for step in &mut section.steps {
            source(&mut step.text);
            for note in &mut step.notes {
                source(&mut note.text);
            }
        }
    }
    en.meta.locale = "en".into();
    en
}

fn messages(prefix: &str, article: &Article, steps: &[DraftStep], en: Option<&Article>) -> String {
    let locale = &article.meta.locale;
    let mut out = String::new();
    let _ = writeln!(out, "### Draft messages ({locale}) from {}.", article.file);
    out.push_str(
        "### Each comment holds the article's text: rewrite the message in your own words.\n\n",
    );
    let title = &article.title.localized;
    comment(&mut out, "Workflow title.", title);
    let _ = writeln!(out, "{prefix}-title = {}", value(title));
    comment(&mut out, "One-line summary.", title);
    let _ = writeln!(out, "{prefix}-description = {}", value(title));
    for step in steps {
        let text = article
            .sections
            .iter()
            .find(|s| s.anchor.as_deref() == Some(&step.section))
            .and_then(|s| s.steps.iter().find(|a| a.number == step.number));
        // A translation made from another source may lack the step: the
        // English draft says what it should be.
        let text = text.or_else(|| {
            en.and_then(|en| {
                en.sections
                    .iter()
                    .find(|s| s.anchor.as_deref() == Some(&step.section))
            })
            .and_then(|s| s.steps.iter().find(|a| a.number == step.number))
        });
        out.push('\n');
        let Some(text) = text else { continue };
        let mut said = text.text.localized.clone();
        for note in &text.notes {
            let _ = write!(said, " [{}] {}", note.kind, note.text.localized);
        }
        comment(
            &mut out,
            &format!(
                "Step \"{}\": article section {}, step {}.",
                step.id, step.section, step.number
            ),
            &said,
        );
        let _ = writeln!(out, "{} = {}", step.message, value(&text.text.localized));
    }
    out.push('\n');
    comment(&mut out, "Shown when the run completes.", title);
    let _ = writeln!(out, "{prefix}-done = {}", value(title));
    out
}

fn comment(out: &mut String, what: &str, article_text: &str) {
    let _ = writeln!(out, "# {what}");
    for line in wrap(article_text, 76) {
        let _ = writeln!(out, "# > {line}");
    }
}

/// A Fluent value on one line: braces are Fluent syntax, so they are quoted.
fn value(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => quoted.push_str("{\"{\"}"),
            '}' => quoted.push_str("{\"}\"}"),
            c => quoted.push(c),
        }
    }
    let text = quoted;
    if text.trim().is_empty() {
        "{\"\"}".to_owned()
    } else {
        text
    }
}

fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        // `lines` starts with one line and only grows.
        let line = lines.last_mut().expect("lines is never empty");
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > width {
            lines.push(word.to_owned());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}
