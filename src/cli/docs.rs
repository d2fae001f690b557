//! `docflow docs …` and `docflow graph`: documentation in and out.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;

use super::print::{Printer, prefixed};
use super::{Context, EXIT_ERROR};
use crate::docs::drift::{Change, Report, VersionChanges};
use crate::docs::facts::Finding;
use crate::docs::render::{self, Format};
use crate::docs::{self, Article, draft, drift};
use crate::error::{Error, Result};
use crate::role::Role;
use crate::value::Message;
use crate::workflow::{Definition, graph as state_graph, role_message};

#[derive(Subcommand, Debug)]
pub enum DocsCommand {
    /// Read articles (translations in the side-by-side format, or the
    /// English source in plain Markdown) and show what they say.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also write a draft workflow and draft .ftl files into this directory.
        #[arg(long, value_name = "DIR")]
        draft: Option<PathBuf>,
    },
    /// Compare the English sources translations were made from, and check
    /// the workflows that cite each article against its newest source.
    Drift {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also list the English sentences that changed between versions.
        #[arg(long)]
        segments: bool,
        /// Exit with status 1 when a translation is stale or a workflow no
        /// longer matches its article (for writers' CI).
        #[arg(long)]
        deny_stale: bool,
    },
    /// Write localized how-to pages for every workflow.
    Render {
        /// Directory to write the pages into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = PageFormat::Html)]
        format: PageFormat,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PageFormat {
    Html,
    Md,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

pub fn graph(definition: &Definition, format: GraphFormat) {
    let text = match format {
        GraphFormat::Mermaid => state_graph::mermaid(definition),
        GraphFormat::Dot => state_graph::dot(definition),
    };
    outln!("{}", text.trim_end());
}

impl Context<'_> {
    pub(super) fn docs(&self, command: &DocsCommand, out: &mut Printer<'_>) -> Result<ExitCode> {
        match command {
            DocsCommand::Import { files, draft } => self.import(files, draft.as_deref(), out),
            DocsCommand::Drift {
                files,
                segments,
                deny_stale,
            } => self.drift(files, *segments, *deny_stale, out),
            DocsCommand::Render { out: dir, format } => self.render(dir, *format, out),
        }
    }

    fn import(
        &self,
        files: &[PathBuf],
        draft_dir: Option<&Path>,
        out: &mut Printer<'_>,
    ) -> Result<ExitCode> {
        let (articles, errors) = read_all(files);
        let mut written = Vec::new();
        if let Some(dir) = draft_dir {
            for draft in draft::drafts(&articles) {
                draft::write(dir, &draft)?;
                let paths: Vec<String> = draft
                    .files
                    .iter()
                    .map(|(path, _)| dir.join(path).display().to_string())
                    .collect();
                written.push((draft.workflow, paths));
            }
        }
        if out.json() {
            let drafts: Vec<_> = written
                .iter()
                .map(|(workflow, files)| json!({ "workflow": workflow, "files": files }))
                .collect();
            outln!(
                "{}",
                json!({ "articles": articles, "drafts": drafts, "errors": error_list(out, &errors) })
            );
            return Ok(exit_code(&errors));
        }
        for article in &articles {
            print_article(out, article);
        }
        if let Some(dir) = draft_dir {
            for (workflow, files) in &written {
                let message = Message::new("docs-draft-written")
                    .arg("workflow", workflow.as_str())
                    .arg("count", files.len() as i64)
                    .arg("dir", dir.display().to_string());
                outln!("{}", out.t(&message));
            }
        }
        for error in &errors {
            out.error(error);
        }
        Ok(exit_code(&errors))
    }

    fn drift(
        &self,
        files: &[PathBuf],
        segments: bool,
        deny_stale: bool,
        out: &mut Printer<'_>,
    ) -> Result<ExitCode> {
        let (articles, errors) = read_all(files);
        let reports = drift::drift(&articles, &self.definitions()?);
        let stale = reports.iter().any(Report::is_stale);
        if out.json() {
            outln!(
                "{}",
                json!({ "articles": reports, "stale": stale, "errors": error_list(out, &errors) })
            );
        } else {
            for report in &reports {
                print_report(out, report, segments);
            }
            for error in &errors {
                out.error(error);
            }
            if deny_stale && stale {
                print_denied(out, &reports);
            }
        }
        if deny_stale && stale {
            return Ok(ExitCode::from(EXIT_ERROR));
        }
        Ok(exit_code(&errors))
    }

    fn render(&self, dir: &Path, format: PageFormat, out: &mut Printer<'_>) -> Result<ExitCode> {
        let format = match format {
            PageFormat::Html => Format::Html,
            PageFormat::Md => Format::Markdown,
        };
        let locales = self.page_locales(out)?;
        let definitions = self.definitions()?;
        let total = locales.len() * (definitions.len() + 1) + 1;
        let bar = progress_bar(
            total as u64,
            &out.t(&Message::new("docs-render-progress")),
            out.json(),
        );
        let outputs = render::render(&definitions, &self.catalog, &locales, format, &mut |_| {
            bar.inc(1)
        })?;
        bar.finish_and_clear();
        for output in &outputs {
            let path = dir.join(&output.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            std::fs::write(&path, &output.text).map_err(|e| Error::io(&path, e))?;
        }
        out.done(
            &Message::new("docs-render-done")
                .arg("count", outputs.len() as i64)
                .arg("dir", dir.display().to_string()),
        );
        Ok(ExitCode::SUCCESS)
    }

    /// `--locale` values matched to the locales there are (every one when
    /// none is given); one that matches nothing is reported and skipped.
    fn page_locales(&self, out: &mut Printer<'_>) -> Result<Vec<unic_langid::LanguageIdentifier>> {
        let requested = self.requested_locales()?;
        if requested.is_empty() {
            return Ok(self.catalog.available().to_vec());
        }
        let mut locales = Vec::new();
        for wanted in requested {
            let found = self.catalog.negotiate(std::slice::from_ref(&wanted));
            if found.language == wanted.language {
                locales.push(found);
            } else {
                out.l10n().note(
                    Message::new("warning-locale-skipped").arg("requested", wanted.to_string()),
                );
            }
        }
        Ok(locales)
    }
}

fn progress_bar(total: u64, message: &str, json: bool) -> ProgressBar {
    if json || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    // The template is a constant known to be valid.
    if let Ok(style) = ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len}") {
        bar.set_style(style);
    }
    bar.set_message(message.to_owned());
    bar
}

fn read_all(files: &[PathBuf]) -> (Vec<Article>, Vec<Error>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match docs::read(file) {
            Ok(article) => articles.push(article),
            Err(error) => errors.push(error),
        }
    }
    (articles, errors)
}

fn error_list(out: &Printer<'_>, errors: &[Error]) -> Vec<String> {
    errors.iter().map(|e| out.t(&e.message())).collect()
}

fn exit_code(errors: &[Error]) -> ExitCode {
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_ERROR)
    }
}

fn unknown(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "?".into())
}

/// Items joined the way the current language joins a list.
fn joined(out: &Printer<'_>, items: &[impl AsRef<str>]) -> String {
    let separator = out.l10n().text("list-separator");
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&separator)
}

/// A role an article lists, by docflow's name for it; one docflow does not
/// know has no message, so it shows as the article's id for it.
fn article_role_name(out: &Printer<'_>, id: &str) -> String {
    match id.parse::<Role>() {
        Ok(role) => out.t(&role_message(role)),
        Err(_) => id.to_owned(),
    }
}

fn short(hash: &str) -> &str {
    hash.get(..7).unwrap_or(hash)
}

fn print_article(out: &Printer<'_>, article: &Article) {
    outln!("{}", article.file);
    let t = |m: Message| out.t(&m);
    outln!(
        "  {}",
        t(Message::new("docs-import-article")
            .arg("title", article.title.localized.as_str())
            .arg("anchor", article.anchor.as_str()))
    );
    let hash = unknown(&article.meta.source_hash);
    let meta = if article.is_source() {
        Message::new("docs-import-source")
            .arg("hash", short(&hash))
            .arg("date", unknown(&article.meta.date))
    } else {
        Message::new("docs-import-meta")
            .arg("locale", article.meta.locale.as_str())
            .arg("hash", short(&hash))
            .arg("date", unknown(&article.meta.handoff))
    };
    outln!("  {}", t(meta));
    if !article.roles.is_empty() {
        let roles: Vec<&str> = article
            .roles
            .iter()
            .map(|r| r.name.localized.as_str())
            .collect();
        outln!(
            "  {}",
            t(Message::new("docs-import-roles").arg("roles", joined(out, &roles)))
        );
    }
    for section in &article.sections {
        outln!(
            "  {}",
            t(Message::new("docs-import-section")
                .arg(
                    "anchor",
                    section.anchor.clone().unwrap_or_else(|| "-".into())
                )
                .arg("title", section.title.localized.as_str())
                .arg("steps", section.steps.len() as i64))
        );
        for step in &section.steps {
            outln!("    {}. {}", step.number, step.text.localized);
            for note in &step.notes {
                outln!("       [{}] {}", note.kind, note.text.localized);
            }
        }
        for note in &section.notes {
            outln!("    [{}] {}", note.kind, note.text.localized);
        }
    }
    let unpaired = article
        .segments
        .iter()
        .filter(|s| s.source.is_empty())
        .count();
    outln!(
        "  {}",
        t(Message::new("docs-import-segments")
            .arg("count", article.segments.len() as i64)
            .arg("unpaired", unpaired as i64))
    );
}

fn print_report(out: &Printer<'_>, report: &Report, segments: bool) {
    outln!(
        "{}",
        out.t(&Message::new("drift-article")
            .arg("title", report.title.as_str())
            .arg("anchor", report.anchor.as_str()))
    );
    print_versions(out, report);
    print_locales(out, report);
    for changes in &report.changes {
        print_facts(out, changes);
        if segments {
            print_sentences(out, changes);
        }
    }
    print_workflows(out, report);
}

fn print_versions(out: &Printer<'_>, report: &Report) {
    let newest = report.versions.last().map(|v| v.hash.as_str());
    for version in &report.versions {
        let is_newest = (Some(version.hash.as_str()) == newest).to_string();
        let message = match &version.english {
            Some(file) => Message::new("drift-source")
                .arg("hash", short(&version.hash))
                .arg("date", unknown(&version.date))
                .arg("file", file.as_str())
                .arg("translated", (!version.locales.is_empty()).to_string())
                .arg("locales", joined(out, &version.locales))
                .arg("newest", is_newest),
            None => Message::new("drift-version")
                .arg("hash", short(&version.hash))
                .arg("date", unknown(&version.handoff))
                .arg("locales", joined(out, &version.locales))
                .arg("newest", is_newest),
        };
        outln!("  {}", out.t(&message));
    }
}

/// Each locale by its newest hand-off, then the stale ones together.
fn print_locales(out: &Printer<'_>, report: &Report) {
    for locale in &report.locales {
        outln!(
            "  {}",
            out.t(&Message::new("drift-locale")
                .arg("locale", locale.locale.as_str())
                .arg("date", unknown(&locale.handoff))
                .arg("hash", short(&locale.hash))
                .arg("behind", locale.behind as i64)
                .arg("file", locale.file.as_str()))
        );
    }
    let stale: Vec<&str> = report.stale_locales().map(|l| l.locale.as_str()).collect();
    outln!(
        "  {}",
        out.t(&Message::new("drift-stale")
            .arg("count", stale.len() as i64)
            .arg("locales", joined(out, &stale)))
    );
}

fn print_facts(out: &Printer<'_>, changes: &VersionChanges) {
    outln!(
        "  {}",
        out.t(&Message::new("drift-facts")
            .arg("from", short(&changes.from))
            .arg("to", short(&changes.to))
            .arg("count", changes.facts.len() as i64))
    );
    for finding in &changes.facts {
        let (message, details) = fact(out, finding);
        outln!("    {}", out.t(&message));
        for detail in details {
            outln!("      {detail}");
        }
    }
}

/// A finding's line, and the article text under it (`-` before, `+` after).
fn fact(out: &Printer<'_>, finding: &Finding) -> (Message, Vec<String>) {
    let roles = |ids: &[String]| {
        let names: Vec<String> = ids.iter().map(|id| article_role_name(out, id)).collect();
        joined(out, &names)
    };
    // UI labels as the article writes them, in bold, whatever the language.
    let labels = |labels: &[String]| {
        let labels: Vec<String> = labels.iter().map(|l| format!("**{l}**")).collect();
        joined(out, &labels)
    };
    let at = |step: &Option<u32>| step.map_or_else(|| "none".to_owned(), |n| n.to_string());
    let noted = |kind: &str, text: &str| format!("[{kind}] {text}");
    match finding {
        Finding::RolesReshaped {
            from,
            to,
            roles_unchanged,
        } => (
            Message::new("fact-roles-reshaped")
                .arg("from", from.key())
                .arg("to", to.key())
                .arg("unchanged", roles_unchanged.to_string()),
            vec![],
        ),
        Finding::RolesAdded { roles: ids } => (
            Message::new("fact-roles-added").arg("roles", roles(ids)),
            vec![],
        ),
        Finding::RolesRemoved { roles: ids } => (
            Message::new("fact-roles-removed").arg("roles", roles(ids)),
            vec![],
        ),
        Finding::SectionAdded { section } => (
            Message::new("fact-section-added").arg("section", section.as_str()),
            vec![],
        ),
        Finding::SectionRemoved { section } => (
            Message::new("fact-section-removed").arg("section", section.as_str()),
            vec![],
        ),
        Finding::StepCount { section, from, to } => (
            Message::new("fact-step-count")
                .arg("section", section.as_str())
                .arg("from", *from as i64)
                .arg("to", *to as i64),
            vec![],
        ),
        Finding::StepAdded {
            section,
            step,
            text,
            ..
        } => (
            Message::new("fact-step-added")
                .arg("section", section.as_str())
                .arg("step", step.to_string()),
            vec![format!("+ {text}")],
        ),
        Finding::StepRemoved {
            section,
            old_step,
            text,
        } => (
            Message::new("fact-step-removed")
                .arg("section", section.as_str())
                .arg("step", old_step.to_string()),
            vec![format!("- {text}")],
        ),
        Finding::StepReworded {
            section,
            old_step,
            step,
            old,
            new,
        } => (
            Message::new("fact-step-reworded")
                .arg("section", section.as_str())
                .arg("step", step.to_string())
                .arg(
                    "old",
                    if old_step == step {
                        "same".to_owned()
                    } else {
                        old_step.to_string()
                    },
                ),
            vec![format!("- {old}"), format!("+ {new}")],
        ),
        Finding::StepMoved {
            section,
            old_step,
            step,
        } => (
            Message::new("fact-step-moved")
                .arg("section", section.as_str())
                .arg("old", old_step.to_string())
                .arg("step", step.to_string()),
            vec![],
        ),
        Finding::StepRenumbered {
            section,
            old_step,
            step,
        } => (
            Message::new("fact-step-renumbered")
                .arg("section", section.as_str())
                .arg("old", old_step.to_string())
                .arg("step", step.to_string()),
            vec![],
        ),
        Finding::StepLabels {
            section,
            step,
            added,
            removed,
            ..
        } => (
            Message::new("fact-step-labels")
                .arg("section", section.as_str())
                .arg("step", step.to_string())
                .arg("added", labels(added))
                .arg("removed", labels(removed))
                .arg(
                    "change",
                    match (added.is_empty(), removed.is_empty()) {
                        (false, false) => "both",
                        (false, true) => "added",
                        _ => "removed",
                    },
                ),
            vec![],
        ),
        Finding::NoteAdded {
            section,
            step,
            kind,
            text,
        } => (
            Message::new("fact-note-added")
                .arg("section", section.as_str())
                .arg("step", at(step)),
            vec![format!("+ {}", noted(kind, text))],
        ),
        Finding::NoteRemoved {
            section,
            step,
            kind,
            text,
        } => (
            Message::new("fact-note-removed")
                .arg("section", section.as_str())
                .arg("step", at(step)),
            vec![format!("- {}", noted(kind, text))],
        ),
        Finding::NoteChanged {
            section,
            step,
            old_kind,
            kind,
            old,
            new,
        } => (
            Message::new("fact-note-changed")
                .arg("section", section.as_str())
                .arg("step", at(step)),
            vec![
                format!("- {}", noted(old_kind, old)),
                format!("+ {}", noted(kind, new)),
            ],
        ),
    }
}

fn print_sentences(out: &Printer<'_>, changes: &VersionChanges) {
    outln!(
        "  {}",
        out.t(&Message::new("drift-changes")
            .arg("from", short(&changes.from))
            .arg("to", short(&changes.to))
            .arg("count", changes.changes.len() as i64))
    );
    for change in &changes.changes {
        match change {
            Change::Removed { old } => outln!("    - {old}"),
            Change::Added { new } => outln!("    + {new}"),
            Change::Changed { old, new } => {
                outln!("    - {old}");
                outln!("    + {new}");
            }
        }
    }
}

/// Why `--deny-stale` fails, on stderr after the report.
fn print_denied(out: &Printer<'_>, reports: &[Report]) {
    let stale: usize = reports.iter().map(|r| r.stale_locales().count()).sum();
    let workflows: usize = reports.iter().map(|r| r.outdated_workflows().count()).sum();
    let text = out.t(&Message::new("drift-denied")
        .arg("stale", stale as i64)
        .arg("workflows", workflows as i64));
    eprintln!("{}", out.t(&prefixed("cli-error", &text)));
}

fn print_workflows(out: &Printer<'_>, report: &Report) {
    let t = |m: Message| out.t(&m);
    for check in &report.workflows {
        let status = if check.in_step() { "ok" } else { "differs" };
        outln!(
            "  {}",
            t(Message::new("drift-workflow")
                .arg("workflow", check.workflow.as_str())
                .arg("status", status))
        );
        if let Some(follows) = &check.follows {
            let message = match follows.behind {
                Some(behind) => Message::new("drift-follows")
                    .arg("source", follows.source.as_str())
                    .arg("behind", behind as i64),
                None => {
                    Message::new("drift-follows-unknown").arg("source", follows.source.as_str())
                }
            };
            outln!("    {}", t(message));
        }
        if !check.extra_roles.is_empty() {
            let names: Vec<String> = check
                .extra_roles
                .iter()
                .map(|r| out.t(&role_message(*r)))
                .collect();
            outln!(
                "    {}",
                t(Message::new("drift-extra-roles").arg("roles", joined(out, &names)))
            );
        }
        if !check.missing_roles.is_empty() {
            let names: Vec<String> = check
                .missing_roles
                .iter()
                .map(|id| article_role_name(out, id))
                .collect();
            outln!(
                "    {}",
                t(Message::new("drift-missing-roles").arg("roles", joined(out, &names)))
            );
        }
        for section in &check.sections {
            let numbers = |n: &[u32]| {
                let numbers: Vec<String> = n.iter().map(u32::to_string).collect();
                joined(out, &numbers)
            };
            outln!(
                "    {}",
                t(Message::new("drift-section")
                    .arg("section", section.section.as_str())
                    .arg("found", section.found.to_string())
                    .arg("covered", section.covered.len() as i64)
                    .arg("steps", i64::from(section.steps)))
            );
            if section.found && !section.uncovered.is_empty() {
                outln!(
                    "    {}",
                    t(Message::new("drift-uncovered")
                        .arg("section", section.section.as_str())
                        .arg("count", section.uncovered.len() as i64)
                        .arg("steps", numbers(&section.uncovered)))
                );
            }
            if !section.beyond.is_empty() {
                outln!(
                    "    {}",
                    t(Message::new("drift-beyond")
                        .arg("section", section.section.as_str())
                        .arg("count", section.beyond.len() as i64)
                        .arg("steps", numbers(&section.beyond)))
                );
            }
        }
    }
}
