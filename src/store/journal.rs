//! The run journal: runs, the definition each run started with, and the
//! append-only history of everything that happened in them.
//!
//! What is written here is read back by later versions of docflow, so the
//! stored forms are declared here, apart from the engine's types:
//! [`RunEvent`] for history entries and [`StoredFrame`] for the call stack.
//! Renaming an engine field cannot change them; changing them needs a
//! schema migration (the schema version versions the stored form).

use super::sql::{Param, Row};
use serde::{Deserialize, Serialize};

use super::Tx;
use crate::engine::{Frame, RunState};
use crate::error::{Bug, Error, Result};
use crate::value::Vars;
use crate::workflow::Definition;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    Waiting,
    Completed,
    Cancelled,
}

impl RunStatus {
    pub const ALL: [RunStatus; 3] = [
        RunStatus::Waiting,
        RunStatus::Completed,
        RunStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Waiting => "waiting",
            RunStatus::Completed => "completed",
            RunStatus::Cancelled => "cancelled",
        }
    }

    /// The Fluent message that names the status.
    pub fn message_id(self) -> &'static str {
        match self {
            RunStatus::Waiting => "run-status-waiting",
            RunStatus::Completed => "run-status-completed",
            RunStatus::Cancelled => "run-status-cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<RunStatus> {
        RunStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
    }
}

/// A run as stored: who runs which workflow version, and where it stands.
#[derive(Clone, Debug)]
pub struct RunRecord {
    pub id: i64,
    pub workflow: String,
    pub version: u32,
    pub agent: String,
    pub locale: String,
    pub status: RunStatus,
    pub state: RunState,
    /// Bumped by every change: a writer holding an older one lost a race.
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl RunRecord {
    /// The workflow (and version) the run is in now.
    pub fn current(&self) -> (&str, u32) {
        self.state.current((&self.workflow, self.version))
    }
}

/// The JSON a run is listed as (`runs --json`, `runs show --json`).
impl Serialize for RunRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Listed<'a> {
            id: i64,
            workflow: &'a str,
            version: u32,
            agent: &'a str,
            locale: &'a str,
            status: RunStatus,
            step: &'a str,
            /// What an answer made for this state names (`POST
            /// /api/runs/{id}/answers` with `revision`).
            revision: i64,
            created_at: &'a str,
            updated_at: &'a str,
        }
        Listed {
            id: self.id,
            workflow: &self.workflow,
            version: self.version,
            agent: &self.agent,
            locale: &self.locale,
            status: self.status,
            step: &self.state.step,
            revision: self.revision,
            created_at: &self.created_at,
            updated_at: &self.updated_at,
        }
        .serialize(serializer)
    }
}

/// One entry of a run's history. The variant is the stored `kind`, its
/// fields the stored `detail`; texts are as the person saw them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "kebab-case")]
pub enum RunEvent {
    Started {
        workflow: String,
        version: u32,
    },
    /// A prompt shown, with its options as (value, label).
    Prompt {
        run: i64,
        step: String,
        text: String,
        options: Vec<PromptOption>,
    },
    Answer {
        value: String,
    },
    /// An answer refused, or an effect a domain rule refused.
    Rejected {
        step: String,
        value: String,
        reason: String,
    },
    Effect {
        op: String,
        args: Vars,
        result: Vars,
    },
    Advanced {
        to: String,
    },
    Info {
        text: String,
    },
    Waiting {
        text: String,
    },
    ConditionMet {},
    Called {
        workflow: String,
        version: u32,
    },
    Returned {
        workflow: String,
        to: String,
    },
    Completed {},
    Cancelled {},
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptOption {
    pub value: String,
    pub label: String,
}

impl RunEvent {
    /// The Fluent message that names this kind of event in a history.
    pub fn message_id(&self) -> &'static str {
        match self {
            RunEvent::Started { .. } => "event-started",
            RunEvent::Prompt { .. } => "event-prompt",
            RunEvent::Answer { .. } => "event-answer",
            RunEvent::Rejected { .. } => "event-rejected",
            RunEvent::Effect { .. } => "event-effect",
            RunEvent::Advanced { .. } => "event-advanced",
            RunEvent::Info { .. } => "event-info",
            RunEvent::Waiting { .. } => "event-waiting",
            RunEvent::ConditionMet {} => "event-condition-met",
            RunEvent::Called { .. } => "event-called",
            RunEvent::Returned { .. } => "event-returned",
            RunEvent::Completed {} => "event-completed",
            RunEvent::Cancelled {} => "event-cancelled",
        }
    }

    /// One empty event of each kind: what names their messages for
    /// translators (`l10n check`). A new kind goes here too, and its
    /// `message_id` arm makes it name its message.
    pub fn kinds() -> [RunEvent; 13] {
        let text = String::new;
        [
            RunEvent::Started {
                workflow: text(),
                version: 0,
            },
            RunEvent::Prompt {
                run: 0,
                step: text(),
                text: text(),
                options: Vec::new(),
            },
            RunEvent::Answer { value: text() },
            RunEvent::Rejected {
                step: text(),
                value: text(),
                reason: text(),
            },
            RunEvent::Effect {
                op: text(),
                args: Vars::new(),
                result: Vars::new(),
            },
            RunEvent::Advanced { to: text() },
            RunEvent::Info { text: text() },
            RunEvent::Waiting { text: text() },
            RunEvent::ConditionMet {},
            RunEvent::Called {
                workflow: text(),
                version: 0,
            },
            RunEvent::Returned {
                workflow: text(),
                to: text(),
            },
            RunEvent::Completed {},
            RunEvent::Cancelled {},
        ]
    }

    /// The stored form: `kind` and the `detail` JSON object, split out of
    /// serde's one serialization so the names are declared only on the enum
    /// and the hot path serializes once.
    fn stored(&self) -> Result<(String, String), Bug> {
        let json = serde_json::to_string(self).map_err(|e| Bug::StoredState(e.to_string()))?;
        // Adjacently tagged, with every variant a struct: serde writes
        // `{"kind":"<kind>","detail":{…}}`, the tag first.
        let split = json
            .strip_prefix(r#"{"kind":""#)
            .and_then(|rest| rest.split_once('"'))
            .and_then(|(kind, rest)| {
                let detail = rest.strip_prefix(r#","detail":"#)?.strip_suffix('}')?;
                Some((kind.to_owned(), detail.to_owned()))
            });
        split.ok_or(Bug::StoredState(json))
    }

    fn from_stored(kind: &str, detail: serde_json::Value) -> serde_json::Result<RunEvent> {
        serde_json::from_value(serde_json::json!({ "kind": kind, "detail": detail }))
    }
}

/// A history entry as read back.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub agent: String,
    pub locale: String,
    pub step: Option<String>,
    pub event: RunEvent,
}

impl Event {
    /// A short, language-neutral line of what happened: the texts it
    /// recorded (already in the language of the person who acted), values
    /// and ids.
    pub fn summary(&self) -> String {
        match &self.event {
            RunEvent::Prompt { text, .. } => text.lines().next().unwrap_or_default().to_owned(),
            RunEvent::Answer { value } => value.clone(),
            RunEvent::Rejected { value, reason, .. } => format!("{value} ({reason})"),
            RunEvent::Effect { op, args, .. } => {
                format!("{op} {}", serde_json::to_string(args).unwrap_or_default())
            }
            RunEvent::Advanced { to } => format!("→ {to}"),
            RunEvent::Started { workflow, version } => format!("{workflow}@{version}"),
            RunEvent::Waiting { text } | RunEvent::Info { text } => text.clone(),
            RunEvent::ConditionMet {}
            | RunEvent::Called { .. }
            | RunEvent::Returned { .. }
            | RunEvent::Completed {}
            | RunEvent::Cancelled {} => String::new(),
        }
    }
}

/// The JSON an event is listed as: `kind` and `detail` beside the rest.
impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Listed<'a> {
            id: i64,
            at: &'a str,
            agent: &'a str,
            locale: &'a str,
            kind: String,
            step: Option<&'a str>,
            detail: serde_json::Value,
        }
        let (kind, detail) = self.event.stored().map_err(serde::ser::Error::custom)?;
        let detail: serde_json::Value =
            serde_json::from_str(&detail).map_err(serde::ser::Error::custom)?;
        Listed {
            id: self.id,
            at: &self.at,
            agent: &self.agent,
            locale: &self.locale,
            kind,
            step: self.step.as_deref(),
            detail,
        }
        .serialize(serializer)
    }
}

/// The stored form of a caller waiting in a run's call stack.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredFrame {
    workflow: String,
    version: u32,
    step: String,
    vars: Vars,
    callee: String,
    callee_version: u32,
}

impl From<&Frame> for StoredFrame {
    fn from(frame: &Frame) -> Self {
        StoredFrame {
            workflow: frame.workflow.clone(),
            version: frame.version,
            step: frame.step.clone(),
            vars: frame.vars.clone(),
            callee: frame.callee.clone(),
            callee_version: frame.callee_version,
        }
    }
}

impl From<StoredFrame> for Frame {
    fn from(frame: StoredFrame) -> Self {
        Frame {
            workflow: frame.workflow,
            version: frame.version,
            step: frame.step,
            vars: frame.vars,
            callee: frame.callee,
            callee_version: frame.callee_version,
        }
    }
}

const DEFINITION_SOURCE: &str =
    "SELECT source FROM workflow_definitions WHERE workflow = ?1 AND version = ?2";

/// Stores the definition a run is about to use. The same version with other
/// text is refused: runs already started on it must keep meaning the same.
pub fn store_definition(tx: &Tx, definition: &Definition) -> Result<()> {
    let stored: Option<String> = tx.query_opt(
        DEFINITION_SOURCE,
        params![&definition.id, definition.version],
        |r| r.text(0),
    )?;
    match stored {
        Some(source) if source == definition.source => Ok(()),
        Some(_) => Err(Error::DefinitionChanged {
            workflow: definition.id.clone(),
            version: definition.version,
        }),
        None => {
            tx.execute(
                concat!(
                    "INSERT INTO workflow_definitions (workflow, version, source, stored_at)
                     VALUES (?1, ?2, ?3, ",
                    now!(),
                    ")"
                ),
                params![&definition.id, definition.version, &definition.source],
            )?;
            Ok(())
        }
    }
}

pub fn definition_source(tx: &Tx, workflow: &str, version: u32) -> Result<String> {
    tx.query_one(DEFINITION_SOURCE, params![workflow, version], |r| r.text(0))
}

/// Creates a waiting run at `state` and returns it.
pub fn create_run(
    tx: &Tx,
    definition: &Definition,
    agent: &str,
    locale: &str,
    state: RunState,
) -> Result<RunRecord> {
    let (vars, stack) = (to_json(&state.vars)?, stack_json(&state.stack)?);
    let (id, created_at) = tx.query_one(
        concat!(
            "INSERT INTO runs (workflow, version, agent, locale, status, step, vars, stack,
                               created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'waiting', ?5, ?6, ?7, ",
            now!(),
            ", ",
            now!(),
            ") RETURNING id, created_at"
        ),
        params![
            &definition.id,
            definition.version,
            agent,
            locale,
            &state.step,
            &vars,
            &stack
        ],
        |r| Ok((r.int(0)?, r.text(1)?)),
    )?;
    Ok(RunRecord {
        id,
        workflow: definition.id.clone(),
        version: definition.version,
        agent: agent.to_owned(),
        locale: locale.to_owned(),
        status: RunStatus::Waiting,
        state,
        revision: 0,
        updated_at: created_at.clone(),
        created_at,
    })
}

/// Saves where the run stands, provided nobody moved it since `run` was
/// read, and returns the new revision.
pub fn save_state(tx: &Tx, run: &RunRecord, state: &RunState, status: RunStatus) -> Result<i64> {
    let (vars, stack) = (to_json(&state.vars)?, stack_json(&state.stack)?);
    let changed = tx.execute(
        concat!(
            "UPDATE runs SET step = ?3, vars = ?4, status = ?5, stack = ?6,
                             revision = revision + 1, updated_at = ",
            now!(),
            " WHERE id = ?1 AND revision = ?2"
        ),
        params![
            run.id,
            run.revision,
            &state.step,
            &vars,
            status.as_str(),
            &stack
        ],
    )?;
    if changed == 0 {
        return Err(Error::RunChanged(run.id));
    }
    Ok(run.revision + 1)
}

/// Who an event is recorded for: the agent who acted (the run's own agent,
/// or a Global admin acting on it), in the language they saw.
#[derive(Clone, Copy, Debug)]
pub struct Author<'a> {
    pub agent: &'a str,
    pub locale: &'a str,
}

/// Appends one entry to a run's history, in the language it was shown in.
pub fn append_event(
    tx: &Tx,
    run: &RunRecord,
    author: Author<'_>,
    step: Option<&str>,
    event: &RunEvent,
) -> Result<()> {
    let mut history = History::new(run, author);
    history.push(step, event)?;
    history.write(tx)
}

/// A step's entries in a run's history, in order, written with one
/// statement when the step commits: one round trip to a database server
/// however many there are.
pub struct History<'a> {
    run: i64,
    author: Author<'a>,
    /// Step, kind and stored detail of each entry.
    entries: Vec<(Option<String>, String, String)>,
}

/// The most entries one statement inserts (SQLite binds at most 32,766
/// parameters; a step has a handful of entries).
const HISTORY_ROWS_PER_STATEMENT: usize = 200;

impl<'a> History<'a> {
    pub fn new(run: &RunRecord, author: Author<'a>) -> History<'a> {
        History {
            run: run.id,
            author,
            entries: Vec::new(),
        }
    }

    pub fn push(&mut self, step: Option<&str>, event: &RunEvent) -> Result<()> {
        let (kind, detail) = event.stored()?;
        self.entries
            .push((step.map(str::to_owned), kind.to_owned(), detail));
        Ok(())
    }

    /// Inserts the entries, in the order they were pushed.
    pub fn write(self, tx: &Tx) -> Result<()> {
        for chunk in self.entries.chunks(HISTORY_ROWS_PER_STATEMENT) {
            let mut params = Vec::with_capacity(3 + chunk.len() * 3);
            params.extend([
                Param::from(self.run),
                Param::from(self.author.agent),
                Param::from(self.author.locale),
            ]);
            let rows: Vec<String> = chunk
                .iter()
                .enumerate()
                .map(|(n, (step, kind, detail))| {
                    params.extend([
                        Param::from(kind.as_str()),
                        Param::from(step.as_deref()),
                        Param::from(detail.as_str()),
                    ]);
                    let first = 4 + n * 3;
                    format!(
                        concat!("(?1, ", now!(), ", ?2, ?3, ?{}, ?{}, ?{})"),
                        first,
                        first + 1,
                        first + 2
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO run_events (run, at, agent, locale, kind, step, detail) VALUES {}",
                rows.join(", ")
            );
            tx.execute(&sql, &params)?;
        }
        Ok(())
    }
}

const RUN_COLUMNS: &str = "id, workflow, version, agent, locale, status, step, vars, revision,
     created_at, updated_at, stack";

/// The newest event of a run, if it has any.
pub fn last_event(tx: &Tx, run: i64) -> Result<Option<RunEvent>> {
    tx.query_opt(
        "SELECT id, kind, detail FROM run_events WHERE run = ?1 ORDER BY id DESC LIMIT 1",
        params![run],
        |r| stored_event(r.int(0)?, &r.text(1)?, &r.text(2)?),
    )
}

pub fn load_run(tx: &Tx, id: i64) -> Result<RunRecord> {
    tx.query_opt(
        &format!("SELECT {RUN_COLUMNS} FROM runs WHERE id = ?1"),
        params![id],
        run_from_row,
    )?
    .ok_or(Error::UnknownRun(id))
}

pub fn list_runs(tx: &Tx) -> Result<Vec<RunRecord>> {
    tx.query_rows(
        &format!("SELECT {RUN_COLUMNS} FROM runs ORDER BY id"),
        params![],
        run_from_row,
    )
}

/// Runs, newest first: an agent's (or everyone's), with one status (or
/// any), at most `limit`.
pub fn find_runs(
    tx: &Tx,
    agent: Option<&str>,
    status: Option<RunStatus>,
    limit: u32,
) -> Result<Vec<RunRecord>> {
    tx.query_rows(
        &format!(
            "SELECT {RUN_COLUMNS} FROM runs
              WHERE agent = coalesce(?1, agent) AND status = coalesce(?2, status)
              ORDER BY updated_at DESC, id DESC LIMIT ?3"
        ),
        params![agent, status.map(RunStatus::as_str), limit],
        run_from_row,
    )
}

pub fn events(tx: &Tx, run: i64) -> Result<Vec<Event>> {
    tx.query_rows(
        "SELECT id, at, agent, locale, kind, step, detail FROM run_events
          WHERE run = ?1 ORDER BY id",
        params![run],
        |r| {
            let id = r.int(0)?;
            Ok(Event {
                id,
                at: r.text(1)?,
                agent: r.text(2)?,
                locale: r.text(3)?,
                step: r.opt_text(5)?,
                event: stored_event(id, &r.text(4)?, &r.text(6)?)?,
            })
        },
    )
}

/// An event as stored. Only docflow writes events, append-only; a row it
/// cannot read was written by hand, and the error names it.
fn stored_event(id: i64, kind: &str, detail: &str) -> Result<RunEvent> {
    let unreadable = |e: String| Error::StoredValue(format!("history event {id} ({kind}): {e}"));
    let detail = serde_json::from_str(detail).map_err(|e| unreadable(e.to_string()))?;
    RunEvent::from_stored(kind, detail).map_err(|e| unreadable(e.to_string()))
}

fn run_from_row(r: &Row<'_>) -> Result<RunRecord> {
    let status = r.text(5)?;
    let stack: Vec<StoredFrame> = from_json("stack", &r.text(11)?)?;
    Ok(RunRecord {
        id: r.int(0)?,
        workflow: r.text(1)?,
        version: u32::try_from(r.int(2)?)
            .map_err(|e| Error::StoredValue(format!("run version: {e}")))?,
        agent: r.text(3)?,
        locale: r.text(4)?,
        // The schema's CHECK allows only the statuses this build knows.
        status: RunStatus::parse(&status)
            .ok_or_else(|| Error::StoredValue(format!("unknown run status {status}")))?,
        state: RunState {
            step: r.text(6)?,
            vars: from_json("vars", &r.text(7)?)?,
            stack: stack.into_iter().map(Frame::from).collect(),
        },
        revision: r.int(8)?,
        created_at: r.text(9)?,
        updated_at: r.text(10)?,
    })
}

fn to_json(value: &impl Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Bug::StoredState(e.to_string()).into())
}

fn stack_json(stack: &[Frame]) -> Result<String> {
    if stack.is_empty() {
        return Ok("[]".to_owned());
    }
    to_json(&stack.iter().map(StoredFrame::from).collect::<Vec<_>>())
}

fn from_json<T: serde::de::DeserializeOwned>(column: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::StoredValue(format!("run {column}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Durability, Store, demo};
    use crate::workflow::Definition;

    fn definition() -> Definition {
        Definition {
            id: "w".into(),
            version: 1,
            title: String::new(),
            description: String::new(),
            roles: vec![crate::role::Role::AdminAgent],
            start: "a".into(),
            params: Vec::new(),
            returns: Vec::new(),
            variables: Default::default(),
            article: None,
            rules: Vec::new(),
            steps: Vec::new(),
            file: "w.toml".into(),
            source: "id = \"w\"".into(),
        }
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::create_or_open(&dir.path().join("t.db"), Durability::Normal).unwrap();
        store.write(demo::seed).unwrap();
        (dir, store)
    }

    #[test]
    fn a_writer_that_read_an_older_revision_cannot_move_the_run() {
        let (_dir, mut store) = store();
        let state = RunState {
            step: "a".into(),
            ..RunState::default()
        };
        let first = store
            .write(|tx| {
                store_definition(tx, &definition())?;
                create_run(tx, &definition(), "megan", "en", state.clone())
            })
            .unwrap();
        let second = first.clone();
        let moved = RunState {
            step: "b".into(),
            ..RunState::default()
        };
        store
            .write(|tx| save_state(tx, &first, &moved, RunStatus::Waiting))
            .unwrap();
        let stale = store.write(|tx| save_state(tx, &second, &state, RunStatus::Completed));
        assert!(matches!(stale, Err(Error::RunChanged(_))));
        let run = store.read(|tx| load_run(tx, first.id)).unwrap();
        assert_eq!(
            (run.state.step.as_str(), run.status),
            ("b", RunStatus::Waiting)
        );
    }

    #[test]
    fn every_event_reads_back_as_it_was_written() {
        let (_dir, mut store) = store();
        let vars = Vars::from([("id".to_owned(), crate::value::Value::from("x"))]);
        let written = vec![
            RunEvent::Started {
                workflow: "w".into(),
                version: 1,
            },
            RunEvent::Prompt {
                run: 1,
                step: "a".into(),
                text: "Pick".into(),
                options: vec![PromptOption {
                    value: "x".into(),
                    label: "X".into(),
                }],
            },
            RunEvent::Answer { value: "x".into() },
            RunEvent::Rejected {
                step: "a".into(),
                value: "y".into(),
                reason: "no".into(),
            },
            RunEvent::Effect {
                op: "op".into(),
                args: vars.clone(),
                result: vars,
            },
            RunEvent::Advanced { to: "b".into() },
            RunEvent::Info { text: "i".into() },
            RunEvent::Waiting { text: "w".into() },
            RunEvent::ConditionMet {},
            RunEvent::Called {
                workflow: "c".into(),
                version: 2,
            },
            RunEvent::Returned {
                workflow: "c".into(),
                to: "w".into(),
            },
            RunEvent::Completed {},
            RunEvent::Cancelled {},
        ];
        let run = store
            .write(|tx| {
                store_definition(tx, &definition())?;
                let run = create_run(tx, &definition(), "megan", "en", RunState::default())?;
                for event in &written {
                    let author = Author {
                        agent: "megan",
                        locale: "en",
                    };
                    append_event(tx, &run, author, Some("a"), event)?;
                }
                Ok(run)
            })
            .unwrap();
        let read: Vec<RunEvent> = store
            .read(|tx| events(tx, run.id))
            .unwrap()
            .into_iter()
            .map(|e| e.event)
            .collect();
        assert_eq!(read, written);
        let ids: std::collections::BTreeSet<_> = read.iter().map(RunEvent::message_id).collect();
        assert_eq!(ids.len(), written.len(), "each kind names its own message");
        let kinds: std::collections::BTreeSet<_> =
            RunEvent::kinds().iter().map(RunEvent::message_id).collect();
        assert_eq!(kinds, ids, "kinds() has one event of each kind");
    }

    /// Runs written by today's docflow, with a caller waiting in the stack,
    /// must stay readable whatever the engine's types are renamed to.
    #[test]
    fn a_run_stored_in_todays_format_loads() {
        let (_dir, mut store) = store();
        let run = store
            .write(|tx| {
                store_definition(tx, &definition())?;
                let id = tx.query_one(
                    r#"INSERT INTO runs (workflow, version, agent, locale, status, step, vars,
                                         stack, created_at, updated_at)
                       VALUES ('w', 1, 'megan', 'ru-RU', 'waiting', 'reseller',
                               '{"agent-id":"megan","n":3,"ok":true}',
                               '[{"workflow":"w","version":1,"step":"request",
                                  "vars":{"customer-id":"contoso"},
                                  "callee":"request-relationship","callee_version":2}]',
                               '2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00.000Z')
                       RETURNING id"#,
                    params![],
                    |r| r.int(0),
                )?;
                load_run(tx, id)
            })
            .unwrap();
        assert_eq!(run.state.step, "reseller");
        assert_eq!(run.state.vars["n"], crate::value::Value::Int(3));
        let frame = &run.state.stack[0];
        assert_eq!(
            (
                frame.step.as_str(),
                frame.callee.as_str(),
                frame.callee_version
            ),
            ("request", "request-relationship", 2)
        );
        assert_eq!(run.current(), ("request-relationship", 2));
    }
}
