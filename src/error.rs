//! The library's error type, split by whose fault it is:
//!
//! - a person's invalid answer is not an error at all: the engine returns it
//!   as a [`crate::engine::Rejection`] and the person is asked again;
//! - [`Error::Refused`] is a domain refusal an effect reports (an ineligible
//!   contact, an unknown subscription): recorded, and the person is asked
//!   again;
//! - [`Error::Bug`] is a broken invariant inside docflow (an operation this
//!   build lacks, a variable a definition promised but never bound): nothing
//!   is committed, and the person is told it is a bug;
//! - every other variant is an environment problem (a missing database, an
//!   unreadable file, an unknown id on the command line).
//!
//! Every variant knows the [`Message`] that explains it to a person; the
//! English `Display` is for logs only.

use std::io;
use std::path::PathBuf;

use crate::value::Message;
use crate::workflow::DefinitionError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no database at {0}")]
    NoDatabase(PathBuf),
    #[error("{0} is not a docflow database")]
    NotADocflowDatabase(PathBuf),
    #[error("{path} has schema version {found}, newer than the {supported} this docflow knows")]
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database error: {}", postgres_detail(.0))]
    Postgres(#[from] postgres::Error),
    /// A stored value docflow cannot read (a hand-edited database).
    #[error("database error: {0}")]
    StoredValue(String),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("unknown workflow {0}")]
    UnknownWorkflow(String),
    #[error("unknown agent {0}")]
    UnknownAgent(String),
    #[error("unknown run {0}")]
    UnknownRun(i64),
    #[error("unknown customer {0}")]
    UnknownCustomer(String),
    #[error("unknown message {0}")]
    UnknownMessage(String),
    #[error("unknown reseller {0}")]
    UnknownReseller(String),
    #[error("run {run} is {status} and cannot continue")]
    RunFinished { run: i64, status: String },
    #[error("run {0} was changed by another process")]
    RunChanged(i64),
    #[error("run {0} belongs to another agent")]
    NotYourRun(i64),
    #[error("workflow {workflow} version {version} changed without a new version number")]
    DefinitionChanged { workflow: String, version: u32 },
    #[error("{} invalid workflow definition(s)", .0.len())]
    InvalidDefinitions(Vec<DefinitionError>),
    /// A domain rule refused an effect.
    #[error("{0:?}")]
    Refused(Message),
    #[error("internal error: {0}")]
    Bug(#[from] Bug),
    #[error("invalid locale {0}")]
    InvalidLocale(String),
    #[error("no locale {locale} (there are {available:?})")]
    UnknownLocale {
        locale: String,
        available: Vec<String>,
    },
    /// `en` has no record of the English it was made from: it is the English.
    #[error("{0} is the reference locale")]
    ReferenceLocale(String),
    #[error("{locale} translates none of {ids:?}")]
    NotTranslated { locale: String, ids: Vec<String> },
    /// Only locale files on disk (`--locales`) can be written.
    #[error("the built-in locale files cannot be changed")]
    BuiltInLocales,
    #[error("page template: {0}")]
    Template(String),
    #[error("a password needs at least {0} characters")]
    PasswordTooShort(usize),
    #[error("{0} is not a valid HTTP header name")]
    InvalidHeaderName(String),
    #[error("{0} already holds data; a copy goes only into an empty database")]
    CopyTargetNotEmpty(PathBuf),
    #[error("table {table}: {from} rows copied as {to}")]
    CopyCountsDiffer { table: String, from: i64, to: i64 },
    #[error("cannot listen on {address}: {source}")]
    Listen { address: String, source: io::Error },
    #[error("{file} is not a side-by-side article: no {missing:?}")]
    NotAnArticle {
        file: String,
        missing: crate::docs::article::Missing,
    },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// What a person is told.
    pub fn message(&self) -> Message {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::NoDatabase(p) => Message::new("error-no-database").arg("path", path(p)),
            Error::NotADocflowDatabase(p) => {
                Message::new("error-not-a-database").arg("path", path(p))
            }
            Error::DatabaseTooNew {
                path: p,
                found,
                supported,
            } => Message::new("error-database-too-new")
                .arg("path", path(p))
                .arg("found", *found)
                .arg("supported", *supported),
            Error::Sqlite(e) => Message::new("error-database").arg("detail", e.to_string()),
            Error::Postgres(e) => Message::new("error-database").arg("detail", postgres_detail(e)),
            Error::StoredValue(detail) => {
                Message::new("error-database").arg("detail", detail.as_str())
            }
            Error::Migration(detail) => {
                Message::new("error-database").arg("detail", detail.as_str())
            }
            Error::Io { path: p, source } => Message::new("error-io")
                .arg("path", path(p))
                .arg("detail", source.to_string()),
            Error::UnknownWorkflow(id) => {
                Message::new("error-unknown-workflow").arg("id", id.as_str())
            }
            Error::UnknownAgent(id) => Message::new("error-unknown-agent").arg("id", id.as_str()),
            Error::UnknownRun(id) => Message::new("error-unknown-run").arg("id", id.to_string()),
            Error::UnknownCustomer(id) => {
                Message::new("error-unknown-customer").arg("id", id.as_str())
            }
            Error::UnknownMessage(id) => {
                Message::new("error-unknown-message").arg("id", id.as_str())
            }
            Error::UnknownReseller(id) => {
                Message::new("error-unknown-reseller").arg("id", id.as_str())
            }
            Error::RunFinished { run, status } => Message::new("error-run-finished")
                .arg("run", run.to_string())
                .arg("status", status.as_str()),
            Error::RunChanged(run) => Message::new("error-run-changed").arg("run", run.to_string()),
            Error::DefinitionChanged { workflow, version } => {
                Message::new("error-definition-changed")
                    .arg("workflow", workflow.as_str())
                    .arg("version", i64::from(*version))
            }
            Error::InvalidDefinitions(errors) => {
                Message::new("error-invalid-definitions").arg("count", errors.len() as i64)
            }
            Error::Refused(message) => message.clone(),
            Error::Bug(bug) => Message::new("error-bug").arg("detail", bug.to_string()),
            Error::NotYourRun(run) => {
                Message::new("error-run-not-yours").arg("run", run.to_string())
            }
            Error::InvalidLocale(tag) => {
                Message::new("error-invalid-locale").arg("tag", tag.as_str())
            }
            Error::UnknownLocale { locale, available } => Message::new("error-unknown-locale")
                .arg("locale", locale.as_str())
                .arg("locales", available.join(", ")),
            Error::ReferenceLocale(locale) => {
                Message::new("error-reference-locale").arg("locale", locale.as_str())
            }
            Error::NotTranslated { locale, ids } => Message::new("error-not-translated")
                .arg("locale", locale.as_str())
                .arg("ids", ids.join(", ")),
            Error::BuiltInLocales => Message::new("error-built-in-locales"),
            Error::Template(detail) => {
                Message::new("error-template").arg("detail", detail.as_str())
            }
            Error::PasswordTooShort(min) => {
                Message::new("error-password-too-short").arg("min", *min as i64)
            }
            Error::InvalidHeaderName(name) => {
                Message::new("error-header-name").arg("name", name.as_str())
            }
            Error::CopyTargetNotEmpty(p) => {
                Message::new("error-copy-target-not-empty").arg("path", path(p))
            }
            Error::CopyCountsDiffer { table, from, to } => Message::new("error-copy-counts")
                .arg("table", table.as_str())
                .arg("from", *from)
                .arg("to", *to),
            Error::Listen { address, source } => Message::new("error-listen")
                .arg("address", address.as_str())
                .arg("detail", source.to_string()),
            Error::NotAnArticle { file, missing } => Message::new("error-not-an-article")
                .arg("path", file.as_str())
                .arg("missing", missing.key()),
        }
    }

    /// Further lines under the main message, one per problem, each with a
    /// language-neutral location (`file:line:column: [step]`).
    pub fn details(&self) -> Vec<(String, Message)> {
        match self {
            Error::InvalidDefinitions(errors) => {
                errors.iter().map(|e| (e.location(), e.message())).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// Something that cannot happen unless docflow itself is wrong: a validated
/// definition, the operation registry and the engine disagree. Like cargo's
/// internal errors, it is reported as a bug, never as the person's fault.
/// The detail is English: it is for the bug report, not for the person.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Bug {
    #[error("variable ${0} is not bound at this point of the run")]
    Unbound(String),
    #[error("guard `{guard}` failed: {detail}")]
    Guard { guard: String, detail: String },
    #[error("no branch of step {0}'s next applies")]
    NoBranch(String),
    #[error("step {step} is not in workflow {workflow}")]
    MissingStep { workflow: String, step: String },
    #[error("step {step} of workflow {workflow} is not a {expected} step")]
    WrongKind {
        workflow: String,
        step: String,
        expected: &'static str,
    },
    #[error("workflow {0} was not loaded for this step")]
    NotLoaded(String),
    #[error("operation {0} is not in this build")]
    UnknownOperation(String),
    #[error("argument {arg} of operation {op} is missing or of the wrong type")]
    BadArgument { op: String, arg: String },
    #[error("the engine broke its contract: {0}")]
    Contract(&'static str),
    #[error("stored run state cannot be read: {0}")]
    StoredState(String),
}

/// What PostgreSQL said: the server's own message (a rule's text), not the
/// client's "db error" wrapper.
fn postgres_detail(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => db.message().to_owned(),
        None => error.to_string(),
    }
}
