//! The run journal: runs, the definition each run started with, and the
//! append-only history of everything that happened in them.

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

use super::NOW;
use crate::engine::{Frame, RunState};
use crate::error::{Error, Result};
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
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Waiting => "waiting",
            RunStatus::Completed => "completed",
            RunStatus::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> RunStatus {
        match s {
            "completed" => RunStatus::Completed,
            "cancelled" => RunStatus::Cancelled,
            // The schema's CHECK allows only these three.
            _ => RunStatus::Waiting,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct RunRecord {
    pub id: i64,
    pub workflow: String,
    pub version: u32,
    pub agent: String,
    pub locale: String,
    pub status: RunStatus,
    pub step: String,
    #[serde(skip)]
    pub vars: Vars,
    /// Callers waiting for the sub-workflow the run is in.
    #[serde(skip)]
    pub stack: Vec<Frame>,
    #[serde(skip)]
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl RunRecord {
    pub fn state(&self) -> RunState {
        RunState {
            step: self.step.clone(),
            vars: self.vars.clone(),
            stack: self.stack.clone(),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub agent: String,
    pub locale: String,
    pub kind: String,
    pub step: Option<String>,
    pub detail: serde_json::Value,
}

/// Stores the definition a run is about to use. The same version with other
/// text is refused: runs already started on it must keep meaning the same.
pub fn store_definition(tx: &Transaction<'_>, definition: &Definition) -> Result<()> {
    let stored: Option<String> = tx
        .query_row(
            "SELECT source FROM workflow_definitions WHERE workflow = ?1 AND version = ?2",
            params![definition.id, definition.version],
            |r| r.get(0),
        )
        .optional()?;
    match stored {
        Some(source) if source == definition.source => Ok(()),
        Some(_) => Err(Error::DefinitionChanged {
            workflow: definition.id.clone(),
            version: definition.version,
        }),
        None => {
            tx.execute(
                &format!(
                    "INSERT INTO workflow_definitions (workflow, version, source, stored_at)
                     VALUES (?1, ?2, ?3, {NOW})"
                ),
                params![definition.id, definition.version, definition.source],
            )?;
            Ok(())
        }
    }
}

pub fn definition_source(tx: &Transaction<'_>, workflow: &str, version: u32) -> Result<String> {
    Ok(tx.query_row(
        "SELECT source FROM workflow_definitions WHERE workflow = ?1 AND version = ?2",
        params![workflow, version],
        |r| r.get(0),
    )?)
}

pub fn create_run(
    tx: &Transaction<'_>,
    definition: &Definition,
    agent: &str,
    locale: &str,
    state: &RunState,
) -> Result<i64> {
    tx.execute(
        &format!(
            "INSERT INTO runs (workflow, version, agent, locale, status, step, vars, stack,
                               created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'waiting', ?5, ?6, ?7, {NOW}, {NOW})"
        ),
        params![
            definition.id,
            definition.version,
            agent,
            locale,
            state.step,
            to_json(&state.vars),
            to_json(&state.stack)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Saves where the run stands, provided nobody moved it since `run` was read.
pub fn save_state(
    tx: &Transaction<'_>,
    run: &RunRecord,
    state: &RunState,
    status: RunStatus,
) -> Result<i64> {
    let changed = tx.execute(
        &format!(
            "UPDATE runs SET step = ?3, vars = ?4, status = ?5, stack = ?6,
                             revision = revision + 1, updated_at = {NOW}
              WHERE id = ?1 AND revision = ?2"
        ),
        params![
            run.id,
            run.revision,
            state.step,
            to_json(&state.vars),
            status.as_str(),
            to_json(&state.stack)
        ],
    )?;
    if changed == 0 {
        return Err(Error::RunChanged(run.id));
    }
    Ok(run.revision + 1)
}

pub fn append_event(
    tx: &Transaction<'_>,
    run: &RunRecord,
    locale: &str,
    kind: &str,
    step: Option<&str>,
    detail: serde_json::Value,
) -> Result<()> {
    tx.execute(
        &format!(
            "INSERT INTO run_events (run, at, agent, locale, kind, step, detail)
             VALUES (?1, {NOW}, ?2, ?3, ?4, ?5, ?6)"
        ),
        params![run.id, run.agent, locale, kind, step, detail.to_string()],
    )?;
    Ok(())
}

const RUN_COLUMNS: &str = "id, workflow, version, agent, locale, status, step, vars, revision,
     created_at, updated_at, stack";

pub fn load_run(tx: &Transaction<'_>, id: i64) -> Result<RunRecord> {
    tx.query_row(
        &format!("SELECT {RUN_COLUMNS} FROM runs WHERE id = ?1"),
        [id],
        run_from_row,
    )
    .optional()?
    .ok_or(Error::UnknownRun(id))
}

pub fn list_runs(tx: &Transaction<'_>) -> Result<Vec<RunRecord>> {
    let mut stmt = tx.prepare(&format!("SELECT {RUN_COLUMNS} FROM runs ORDER BY id"))?;
    let rows = stmt.query_map([], run_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn events(tx: &Transaction<'_>, run: i64) -> Result<Vec<Event>> {
    let mut stmt = tx.prepare(
        "SELECT id, at, agent, locale, kind, step, detail FROM run_events
          WHERE run = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([run], |r| {
        let detail: String = r.get(6)?;
        Ok(Event {
            id: r.get(0)?,
            at: r.get(1)?,
            agent: r.get(2)?,
            locale: r.get(3)?,
            kind: r.get(4)?,
            step: r.get(5)?,
            // The schema checks json_valid on insert.
            detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn run_from_row(r: &Row<'_>) -> rusqlite::Result<RunRecord> {
    let status: String = r.get(5)?;
    let vars: String = r.get(7)?;
    Ok(RunRecord {
        id: r.get(0)?,
        workflow: r.get(1)?,
        version: r.get(2)?,
        agent: r.get(3)?,
        locale: r.get(4)?,
        status: RunStatus::parse(&status),
        step: r.get(6)?,
        vars: from_json(7, &vars)?,
        stack: from_json(11, &r.get::<_, String>(11)?)?,
        revision: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn to_json(value: &impl Serialize) -> String {
    // Maps of strings, integers and booleans, and lists of them, always
    // serialize.
    serde_json::to_string(value).expect("run state serializes to JSON")
}

fn from_json<T: serde::de::DeserializeOwned>(column: usize, text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, demo};
    use crate::workflow::Definition;

    fn definition() -> Definition {
        Definition {
            id: "w".into(),
            version: 1,
            title: String::new(),
            description: String::new(),
            roles: vec!["admin-agent".into()],
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

    #[test]
    fn a_writer_that_read_an_older_revision_cannot_move_the_run() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create_or_open(&dir.path().join("t.db")).unwrap();
        store.write(demo::seed).unwrap();
        let state = RunState {
            step: "a".into(),
            ..RunState::default()
        };
        let (first, second) = store
            .write(|tx| {
                store_definition(tx, &definition())?;
                let id = create_run(tx, &definition(), "megan", "en", &state)?;
                Ok((load_run(tx, id)?, load_run(tx, id)?))
            })
            .unwrap();
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
        assert_eq!((run.step.as_str(), run.status), ("b", RunStatus::Waiting));
    }
}
