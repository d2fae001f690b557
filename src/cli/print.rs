//! Printing command results: aligned text for people, JSON for scripts.

use serde_json::json;

use crate::error::Error;
use crate::l10n::Localizer;
use crate::l10n::check::{EnglishChange, Finding, Severity};
use crate::l10n::preview::PreviewLine;
use crate::l10n::report::{LocaleStats, Shown};
use crate::role::Role;
use crate::session::Outcome;
use crate::store::domain::{Agent, ContactLine, Relationship};
use crate::store::journal::{Event, RunRecord};
use crate::store::support::ServiceRequest;
use crate::transcript::{Said, Status, WorkflowSummary};
use crate::value::Message;
use crate::workflow::{self, Definition};

/// `error: …` / `warning: …` in the current language.
pub fn prefixed(id: &str, text: &str) -> Message {
    Message::new(id).arg("text", text)
}

pub struct Printer<'a> {
    l10n: &'a Localizer,
    json: bool,
    problems: Vec<Message>,
}

impl<'a> Printer<'a> {
    pub fn new(l10n: &'a Localizer, json: bool) -> Self {
        Printer {
            l10n,
            json,
            problems: Vec::new(),
        }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    pub fn l10n(&self) -> &'a Localizer {
        self.l10n
    }

    pub(super) fn t(&self, message: &Message) -> String {
        self.l10n.format(message)
    }

    fn role(&self, role: Role) -> String {
        self.t(&workflow::role_message(role))
    }

    pub fn error(&mut self, error: &Error) {
        self.report(self.l10n, None, error);
    }

    /// An error about `run`, in the run's language (`l10n`), whatever the
    /// language of the environment.
    pub fn run_error(&mut self, l10n: &Localizer, run: Option<i64>, error: &Error) {
        self.report(l10n, run, error);
    }

    fn report(&self, l10n: &Localizer, run: Option<i64>, error: &Error) {
        let text = l10n.format(&error.message());
        let details: Vec<String> = error
            .details()
            .iter()
            .map(|(location, message)| format!("{location} {}", l10n.format(message)))
            .collect();
        if self.json {
            super::frontend::emit(&Said::Error {
                run,
                step: None,
                text,
                details,
            });
        } else {
            eprintln!("{}", l10n.format(&prefixed("cli-error", &text)));
            for detail in details {
                eprintln!("  {detail}");
            }
        }
    }

    /// A new API token: JSON `{"agent", "token"}`, or the message and the
    /// token alone on stdout (the message goes to stderr), for
    /// `TOKEN=$(docflow agents token …)`.
    pub fn token(&mut self, agent: &str, token: &str) {
        if self.json {
            outln!("{}", json!({ "agent": agent, "token": token }));
            return;
        }
        eprintln!(
            "{}",
            self.t(&Message::new("agents-token-created").arg("agent", agent))
        );
        outln!("{token}");
    }

    /// Where `docflow serve` listens, and (for the demo) how to sign in.
    pub fn serving(&mut self, address: std::net::SocketAddr, demo: bool) {
        let url = format!("http://{address}/");
        if self.json {
            outln!("{}", json!({ "type": "listening", "url": url }));
            return;
        }
        outln!(
            "{}",
            self.t(&Message::new("serve-listening").arg("url", url))
        );
        if demo {
            let hint = Message::new("serve-demo-sign-in")
                .arg("agent", super::DEMO_AGENT)
                .arg("password", crate::serve::DEMO_PASSWORD);
            outln!("{}", self.t(&hint));
        }
        outln!("{}", self.t(&Message::new("serve-stop")));
    }

    /// A one-line confirmation that a command did what it was asked.
    pub fn done(&mut self, message: &Message) {
        let text = self.t(message);
        if self.json {
            outln!("{}", json!({ "type": "done", "text": text }));
        } else {
            outln!("{text}");
        }
    }

    pub fn status(&mut self, l10n: &Localizer, run: Option<i64>, outcome: Outcome) {
        if self.json {
            let status = outcome.into();
            super::frontend::emit(&Said::Status { run, status });
            return;
        }
        let id = match outcome {
            Outcome::Completed => "status-completed",
            Outcome::Waiting => "status-waiting",
            Outcome::Refused => "status-refused",
        };
        let message = Message::new(id).arg("run", run.unwrap_or_default().to_string());
        outln!("{}", l10n.format(&message));
    }

    /// The closing status of a run command that stopped on an error. Text
    /// output has already said why, so only JSON gets a line.
    pub fn failed(&mut self, run: Option<i64>) {
        if self.json {
            let status = Status::Failed;
            super::frontend::emit(&Said::Status { run, status });
        }
    }

    /// Prints findings; whether they fail the check (`strict`: warnings too).
    pub fn findings(&mut self, findings: &[Finding], strict: bool) -> bool {
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        let warnings = findings.len() - errors;
        if self.json {
            let list: Vec<_> = findings
                .iter()
                .map(|f| {
                    let mut value = json!(f);
                    value["text"] = json!(self.t(&f.message));
                    value
                })
                .collect();
            outln!("{}", json!(list));
        } else {
            for f in findings {
                let (word, styled) = match f.severity {
                    Severity::Error => ("l10n-severity-error", console::Style::new().red().bold()),
                    Severity::Warning => (
                        "l10n-severity-warning",
                        console::Style::new().yellow().bold(),
                    ),
                };
                let head = format!("{}[{}]", self.l10n.text(word), f.check);
                let id =
                    f.id.as_deref()
                        .map(|id| format!(" {id}:"))
                        .unwrap_or_default();
                outln!(
                    "{}{} {} ({})",
                    styled.apply_to(head),
                    id,
                    self.t(&f.message),
                    f.locale
                );
                let at = match (f.line, f.column) {
                    (Some(line), Some(column)) => format!("{}:{line}:{column}", f.file),
                    (Some(line), None) => format!("{}:{line}", f.file),
                    _ => f.file.clone(),
                };
                let step = f
                    .step
                    .as_deref()
                    .map(|s| format!(" [{s}]"))
                    .unwrap_or_default();
                outln!("  --> {at}{step}");
                if let (Some(line), Some(source)) = (f.line, &f.source_line) {
                    outln!("   {line} | {source}");
                }
                if let Some(english) = &f.english {
                    self.english_change(english);
                }
            }
            let summary = Message::new("l10n-summary")
                .arg("errors", errors as i64)
                .arg("warnings", warnings as i64);
            outln!("{}", self.t(&summary));
        }
        errors > 0 || (strict && warnings > 0)
    }

    /// The English a translation was made from and today's, labelled and
    /// aligned, each line of a text under the first.
    fn english_change(&self, english: &EnglishChange) {
        let then = self.l10n.text("l10n-english-then");
        let now = self.l10n.text("l10n-english-now");
        let width = console::measure_text_width(&then).max(console::measure_text_width(&now));
        for (label, text) in [(then, &english.was), (now, &english.now)] {
            let pad = " ".repeat(width - console::measure_text_width(&label));
            let mut lines = text.lines();
            outln!("   {label}{pad}  {}", lines.next().unwrap_or_default());
            for line in lines {
                outln!("   {}  {line}", " ".repeat(width));
            }
        }
    }

    pub fn stats(&mut self, stats: &[LocaleStats]) {
        if self.json {
            outln!("{}", json!(stats));
            return;
        }
        let rows: Vec<Vec<String>> = stats
            .iter()
            .map(|s| {
                let n = |count| self.l10n.count(count);
                vec![
                    s.locale.clone(),
                    format!("{}/{}", n(s.translated), n(s.total)),
                    self.l10n.percent(s.percent),
                    n(s.words),
                    n(s.errors),
                    n(s.warnings),
                ]
            })
            .collect();
        self.table(
            &[
                "column-locale",
                "column-translated",
                "column-percent",
                "column-words",
                "column-errors",
                "column-warnings",
            ],
            &rows,
        );
    }

    pub fn shown(&mut self, shown: &Shown) {
        if self.json {
            outln!("{}", json!(shown));
            return;
        }
        outln!("{}", console::style(&shown.id).bold());
        if let Some(comment) = &shown.comment {
            for line in comment.lines() {
                outln!("  # {line}");
            }
        }
        for used in &shown.used_by {
            let message = match (&used.workflow, &used.step) {
                (Some(workflow), step) => Message::new("show-used-by-workflow")
                    .arg("workflow", workflow.as_str())
                    .arg("step", step.clone().unwrap_or_default()),
                (None, _) => Message::new("show-used-by-program"),
            };
            outln!("  {}", self.t(&message));
        }
        let width = shown
            .translations
            .iter()
            .map(|t| t.locale.len())
            .max()
            .unwrap_or(0);
        for translation in &shown.translations {
            let source = translation
                .source
                .clone()
                .unwrap_or_else(|| self.l10n.text("show-missing"));
            let mut lines = source.lines();
            outln!(
                "{:width$}  {}",
                translation.locale,
                lines.next().unwrap_or_default()
            );
            for line in lines {
                outln!("{:width$}  {line}", "");
            }
            if let Some(english) = &translation.made_from {
                outln!("{:width$}  {}", "", self.l10n.text("show-made-from"));
                for line in english.lines() {
                    outln!("{:width$}    {line}", "");
                }
            }
        }
    }

    pub fn preview(&mut self, lines: &[PreviewLine]) {
        if self.json {
            outln!("{}", json!(lines));
            return;
        }
        for line in lines {
            let step = line
                .step
                .as_deref()
                .map(|s| format!("[{s}] "))
                .unwrap_or_default();
            let args: Vec<String> = line
                .args
                .iter()
                .filter(|(_, v)| !matches!(v, crate::value::Value::Text(t) if t.starts_with('‹')))
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            let args = if args.is_empty() {
                String::new()
            } else {
                format!("  ({})", args.join(", "))
            };
            outln!(
                "{}",
                console::style(format!("{step}{}{args}", line.id)).dim()
            );
            for text in line.text.lines() {
                outln!("    {text}");
            }
        }
    }

    pub fn agents(&mut self, agents: &[Agent]) {
        if self.json {
            let list: Vec<_> = agents
                .iter()
                .map(|a| {
                    json!({
                        "id": a.id, "name": a.name, "role": a.role,
                        "role_name": self.role(a.role), "locale": a.locale,
                    })
                })
                .collect();
            outln!("{}", json!(list));
            return;
        }
        let rows: Vec<Vec<String>> = agents
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    a.name.clone(),
                    self.role(a.role),
                    a.locale.clone(),
                ]
            })
            .collect();
        self.table(
            &["column-id", "column-name", "column-role", "column-locale"],
            &rows,
        );
    }

    pub fn workflows(&mut self, definitions: &[Definition]) {
        if self.json {
            let list: Vec<_> = definitions
                .iter()
                .map(|d| WorkflowSummary::new(d, self.l10n))
                .collect();
            outln!("{}", json!(list));
            return;
        }
        let separator = self.l10n.text("list-separator");
        let rows: Vec<Vec<String>> = definitions
            .iter()
            .map(|d| {
                let roles: Vec<String> = d.roles.iter().map(|r| self.role(*r)).collect();
                vec![
                    d.id.clone(),
                    self.l10n.text(&d.title),
                    roles.join(&separator),
                ]
            })
            .collect();
        self.table(&["column-id", "column-title", "column-roles"], &rows);
    }

    pub fn runs(&mut self, runs: &[RunRecord]) {
        if self.json {
            outln!("{}", json!(runs));
            return;
        }
        let rows: Vec<Vec<String>> = runs
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    format!("{}@{}", r.workflow, r.version),
                    r.agent.clone(),
                    self.l10n.text(r.status.message_id()),
                    r.state.step.clone(),
                    self.l10n.datetime(&r.updated_at),
                ]
            })
            .collect();
        self.table(
            &[
                "column-run",
                "column-workflow",
                "column-agent",
                "column-status",
                "column-step",
                "column-updated",
            ],
            &rows,
        );
    }

    pub fn run_history(&mut self, run: &RunRecord, events: &[Event]) {
        if self.json {
            let mut value = json!(run);
            value["events"] = json!(events);
            outln!("{value}");
            return;
        }
        outln!(
            "{}",
            self.t(&Message::new("run-header")
                .arg("run", run.id.to_string())
                .arg("workflow", run.workflow.as_str())
                .arg("version", i64::from(run.version))
                .arg("agent", run.agent.as_str())
                .arg("status", self.l10n.text(run.status.message_id())))
        );
        let rows: Vec<Vec<String>> = events
            .iter()
            .map(|e| {
                vec![
                    self.l10n.datetime(&e.at),
                    self.l10n.text(e.event.message_id()),
                    e.step.clone().unwrap_or_default(),
                    e.locale.clone(),
                    e.summary(),
                ]
            })
            .collect();
        self.table(
            &[
                "column-time",
                "column-event",
                "column-step",
                "column-locale",
                "column-detail",
            ],
            &rows,
        );
    }

    pub fn contacts(&mut self, customer: &str, lines: &[ContactLine]) {
        if self.json {
            outln!("{}", json!(lines));
            return;
        }
        outln!(
            "{}",
            self.t(&Message::new("contacts-header").arg("customer", customer))
        );
        let rows: Vec<Vec<String>> = lines
            .iter()
            .map(|l| {
                vec![
                    l.product.clone(),
                    l.contact_name.clone(),
                    l.subscription.clone(),
                ]
            })
            .collect();
        self.table(
            &["column-product", "column-contact", "column-subscription"],
            &rows,
        );
    }

    pub fn requests(&mut self, requests: &[ServiceRequest]) {
        if self.json {
            outln!("{}", json!(requests));
            return;
        }
        let rows: Vec<Vec<String>> = requests
            .iter()
            .map(|r| {
                vec![
                    r.id.clone(),
                    r.customer.clone(),
                    r.service_name.clone(),
                    self.l10n.text(&format!("issue-kind-{}", r.kind)),
                    self.l10n.text(&format!("vehicle-{}", r.vehicle)),
                    self.l10n.text(&format!("request-status-{}", r.status)),
                ]
            })
            .collect();
        self.table(
            &[
                "column-request",
                "column-customer",
                "column-service",
                "column-kind",
                "column-vehicle",
                "column-status",
            ],
            &rows,
        );
    }

    pub fn relationships(&mut self, relationships: &[Relationship]) {
        if self.json {
            outln!("{}", json!(relationships));
            return;
        }
        let yes_no = |b: bool| self.l10n.text(if b { "value-yes" } else { "value-no" });
        let rows: Vec<Vec<String>> = relationships
            .iter()
            .map(|r| {
                vec![
                    r.reseller.clone(),
                    r.name.clone(),
                    self.t(&Message::new(format!("relationship-state-{}", r.state))),
                    yes_no(r.delegated_admin),
                    yes_no(r.support_agreement),
                ]
            })
            .collect();
        self.table(
            &[
                "column-id",
                "column-name",
                "column-state",
                "column-delegated-admin",
                "column-support-agreement",
            ],
            &rows,
        );
    }

    /// Columns padded by display width, so CJK and Cyrillic text lines up.
    fn table(&self, headers: &[&str], rows: &[Vec<String>]) {
        let headers: Vec<String> = headers.iter().map(|h| self.l10n.text(h)).collect();
        let mut widths: Vec<usize> = headers
            .iter()
            .map(|h| console::measure_text_width(h))
            .collect();
        for row in rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(console::measure_text_width(cell));
            }
        }
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| console::pad_str(c, *w, console::Alignment::Left, None).into_owned())
                .collect();
            padded.join("  ").trim_end().to_owned()
        };
        outln!("{}", console::style(line(&headers)).bold());
        for row in rows {
            outln!("{}", line(row));
        }
    }

    /// Keeps the problems a run's own localizer met, to report with ours.
    pub fn absorb_problems(&mut self, l10n: &Localizer) {
        self.problems.extend(l10n.take_problems());
    }

    /// Warnings about locale files, after the command's own output.
    pub fn flush_problems(&mut self) {
        self.problems.extend(self.l10n.take_problems());
        for problem in std::mem::take(&mut self.problems) {
            let text = self.t(&problem);
            eprintln!("{}", self.t(&prefixed("cli-warning", &text)));
        }
    }
}
