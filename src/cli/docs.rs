//! `docflow docs …` and `docflow graph`: documentation in and out.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;

use super::print::Printer;
use super::{Context, EXIT_ERROR};
use crate::docs::drift::{Change, Report};
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
            DocsCommand::Drift { files } => self.drift(files, out),
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

    fn drift(&self, files: &[PathBuf], out: &mut Printer<'_>) -> Result<ExitCode> {
        let (articles, errors) = read_all(files);
        let reports = drift::drift(&articles, &self.definitions()?);
        if out.json() {
            outln!(
                "{}",
                json!({ "articles": reports, "errors": error_list(out, &errors) })
            );
        } else {
            for report in &reports {
                print_report(out, report);
            }
            for error in &errors {
                out.error(error);
            }
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

fn print_report(out: &Printer<'_>, report: &Report) {
    let t = |m: Message| out.t(&m);
    outln!(
        "{}",
        t(Message::new("drift-article")
            .arg("title", report.title.as_str())
            .arg("anchor", report.anchor.as_str()))
    );
    let newest = report.versions.last().map(|v| v.hash.as_str());
    for version in &report.versions {
        outln!(
            "  {}",
            t(Message::new("drift-version")
                .arg("hash", short(&version.hash))
                .arg("date", unknown(&version.handoff))
                .arg("locales", joined(out, &version.locales))
                .arg(
                    "newest",
                    (Some(version.hash.as_str()) == newest).to_string()
                ))
        );
    }
    let mut stale: Vec<&str> = report.stale_locales().map(|l| l.locale.as_str()).collect();
    stale.dedup();
    outln!(
        "  {}",
        t(Message::new("drift-stale")
            .arg("count", stale.len() as i64)
            .arg("locales", joined(out, &stale)))
    );
    for changes in &report.changes {
        outln!(
            "  {}",
            t(Message::new("drift-changes")
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
    for check in &report.workflows {
        let status = if check.in_step() { "ok" } else { "differs" };
        outln!(
            "  {}",
            t(Message::new("drift-workflow")
                .arg("workflow", check.workflow.as_str())
                .arg("status", status))
        );
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
                        .arg("steps", numbers(&section.uncovered)))
                );
            }
            if !section.beyond.is_empty() {
                outln!(
                    "    {}",
                    t(Message::new("drift-beyond")
                        .arg("section", section.section.as_str())
                        .arg("steps", numbers(&section.beyond)))
                );
            }
        }
    }
}
