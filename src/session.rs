//! A session drives runs: a loop of fetch → step → commit-or-ask. For each
//! step it asks the engine what the step needs, reads it from the store,
//! lets the engine decide ([`engine::step`]), and either commits the
//! transition (its effects, the new state and their events in one
//! transaction) or shows the prompt through a [`Frontend`] and waits for an
//! answer. A run interrupted at any point resumes from its last commit.
//!
//! Events that change nothing (a prompt shown, an answer refused) are kept
//! in memory and written with the next commit, or when the run pauses, so
//! an accepted step costs one write transaction.

use std::collections::VecDeque;
use std::ops::Deref;
use std::rc::Rc;

use serde::Serialize;

use crate::assets::TextFile;
use crate::engine::{self, Ask, Cause, Input, RunState, Scope, Step, Transition};
use crate::error::{Bug, Error, Result};
use crate::l10n::Localizer;
use crate::store::domain::{self, Agent};
use crate::store::journal::{self, RunEvent, RunRecord, RunStatus};
use crate::store::{Store, ops};
use crate::value::{Message, Value};
use crate::workflow::{self, Definition, Definitions};

pub use crate::store::journal::PromptOption;

/// An answer given ahead of time: `STEP=VALUE` on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub step: String,
    pub value: String,
}

/// A step shown to a person, already localized.
#[derive(Clone, Debug, Serialize)]
pub struct Prompt {
    pub run: i64,
    pub step: String,
    pub text: String,
    /// Empty for a free-text step.
    pub options: Vec<PromptOption>,
    #[serde(skip)]
    pub free_text: bool,
}

/// How a session talks to whoever runs it: a terminal, a script, JSON.
pub trait Frontend {
    /// Shows a prompt that an answer given ahead of time will answer.
    fn show(&mut self, prompt: &Prompt);
    /// Asks for an answer; `None` when nobody can be asked or they stopped.
    fn ask(&mut self, prompt: &Prompt) -> Option<String>;
    fn info(&mut self, run: i64, step: &str, text: &str);
    fn error(&mut self, run: Option<i64>, step: Option<&str>, text: &str);
}

/// How an invocation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Completed,
    Waiting,
    Refused,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Completed => "completed",
            Outcome::Waiting => "waiting",
            Outcome::Refused => "refused",
        }
    }
}

pub struct Session<'a> {
    store: &'a mut Store,
    l10n: &'a Localizer,
    /// The language events are recorded in.
    locale: String,
    /// The current definitions: what a `call` step enters.
    definitions: &'a Definitions<'a>,
    /// Definitions in use, by (id, version), kept for the session's life so
    /// no step parses or copies one.
    loaded: Vec<Loaded<'a>>,
}

/// A definition a run uses: a current file, or an older version read back
/// from the journal.
#[derive(Clone)]
enum Loaded<'a> {
    Current(&'a Definition),
    Stored(Rc<Definition>),
}

impl Deref for Loaded<'_> {
    type Target = Definition;

    fn deref(&self) -> &Definition {
        match self {
            Loaded::Current(definition) => definition,
            Loaded::Stored(definition) => definition,
        }
    }
}

/// An event waiting for the next commit.
struct Pending {
    step: String,
    event: RunEvent,
}

/// One transition to commit, and what caused it.
struct Commit<'d> {
    transition: Transition<'d>,
    /// The definition the new state is in.
    target: &'d Definition,
    cause: RunEvent,
    /// A callee to record in the journal before the run enters it, unless
    /// this session already did.
    entering: Option<&'d Definition>,
}

impl<'a> Session<'a> {
    pub fn new(
        store: &'a mut Store,
        l10n: &'a Localizer,
        definitions: &'a Definitions<'a>,
    ) -> Self {
        Session {
            store,
            l10n,
            locale: l10n.locale().to_string(),
            definitions,
            loaded: Vec::new(),
        }
    }

    /// Starts `definition` for `agent`. An agent whose role may not run it
    /// is refused before anything is written.
    pub fn start(
        &mut self,
        definition: &'a Definition,
        agent: &Agent,
        answers: VecDeque<Answer>,
        frontend: &mut dyn Frontend,
    ) -> Result<(Option<i64>, Outcome)> {
        if !definition.allows(agent.role) {
            let text = self.l10n.format(&refusal(definition, agent, self.l10n));
            frontend.error(None, None, &text);
            return Ok((None, Outcome::Refused));
        }
        let state = RunState {
            stack: Vec::new(),
            step: definition.start.clone(),
            vars: [
                ("agent-id".to_owned(), Value::from(agent.id.as_str())),
                ("agent-name".to_owned(), Value::from(agent.name.as_str())),
            ]
            .into(),
        };
        let locale = &self.locale;
        let started = RunEvent::Started {
            workflow: definition.id.clone(),
            version: definition.version,
        };
        let known = self.is_stored(definition);
        let run = self.store.write(|tx| {
            if !known {
                journal::store_definition(tx, definition)?;
            }
            let run = journal::create_run(tx, definition, &agent.id, locale, state.clone())?;
            journal::append_event(tx, &run, locale, Some(&run.state.step), &started)?;
            Ok(run)
        })?;
        self.remember(Loaded::Current(definition));
        let id = run.id;
        let outcome = self.drive(run, answers, frontend)?;
        Ok((Some(id), outcome))
    }

    /// Continues a waiting run with the definition versions it started.
    pub fn resume(
        &mut self,
        run: RunRecord,
        answers: VecDeque<Answer>,
        frontend: &mut dyn Frontend,
    ) -> Result<Outcome> {
        if run.status != RunStatus::Waiting {
            return Err(Error::RunFinished {
                run: run.id,
                status: run.status.as_str().to_owned(),
            });
        }
        self.drive(run, answers, frontend)
    }

    /// Cancels a waiting run.
    pub fn cancel(&mut self, run: i64) -> Result<()> {
        let locale = &self.locale;
        self.store.write(|tx| {
            let record = journal::load_run(tx, run)?;
            if record.status != RunStatus::Waiting {
                return Err(Error::RunFinished {
                    run,
                    status: record.status.as_str().to_owned(),
                });
            }
            journal::save_state(tx, &record, &record.state, RunStatus::Cancelled)?;
            let step = Some(record.state.step.as_str());
            journal::append_event(tx, &record, locale, step, &RunEvent::Cancelled {})
        })
    }

    fn drive(
        &mut self,
        mut run: RunRecord,
        mut answers: VecDeque<Answer>,
        frontend: &mut dyn Frontend,
    ) -> Result<Outcome> {
        let mut pending = Vec::new();
        loop {
            let (id, version) = run.current();
            let current = self.definition(id, version)?;
            let caller = match run.state.stack.last() {
                Some(frame) => Some(self.definition(&frame.workflow, frame.version)?),
                None => None,
            };
            let needs = engine::needs(&current, &run.state)?;
            let callee = match needs.callee {
                Some(workflow) => Some(self.current_definition(workflow)?),
                None => None,
            };
            let rows = match &needs.query {
                Some(query) => self
                    .store
                    .read(|tx| ops::query(tx, &query.op, &query.args))?,
                None => Vec::new(),
            };
            let scope = Scope {
                current: &current,
                caller: caller.as_deref(),
                callee,
            };
            let step = run.state.step.clone();
            match engine::step(scope, &run.state, &rows, None)? {
                Step::Ask(ask) => {
                    let prompt = self.localize(&run, &ask);
                    let answer = match answers.pop_front() {
                        Some(answer) => {
                            frontend.show(&prompt);
                            answer
                        }
                        None => match frontend.ask(&prompt) {
                            Some(value) => Answer { step, value },
                            None => {
                                pending.push(prompt_shown(prompt));
                                self.flush(&run, &mut pending)?;
                                return Ok(Outcome::Waiting);
                            }
                        },
                    };
                    pending.push(prompt_shown(prompt));
                    let input = Input {
                        step: &answer.step,
                        value: &answer.value,
                    };
                    let refused = match engine::step(scope, &run.state, &rows, Some(input))? {
                        Step::Advance { cause, transition } => {
                            let commit = Commit {
                                transition,
                                target: &current,
                                cause: self.cause_event(cause),
                                entering: None,
                            };
                            match self.commit(&mut run, commit, &mut pending) {
                                Ok(()) => continue,
                                Err(Error::Refused(reason)) => reason,
                                Err(other) => return Err(other),
                            }
                        }
                        Step::Reject(rejection) => rejection.message(),
                        _ => {
                            return Err(Bug::Contract(
                                "an answer neither advanced nor was refused",
                            )
                            .into());
                        }
                    };
                    let reason = self.l10n.format(&refused);
                    frontend.error(Some(run.id), Some(&run.state.step), &reason);
                    pending.push(Pending {
                        step: run.state.step.clone(),
                        event: RunEvent::Rejected {
                            step: answer.step,
                            value: answer.value,
                            reason,
                        },
                    });
                }
                Step::Advance { cause, transition } => {
                    if let Cause::Info { message } = &cause {
                        frontend.info(run.id, &step, &self.l10n.format(message));
                    }
                    let commit = Commit {
                        transition,
                        target: &current,
                        cause: self.cause_event(cause),
                        entering: None,
                    };
                    self.commit_automatic(&mut run, commit, &mut pending)?;
                }
                Step::Enter(transition) => {
                    let Some(callee) = callee else {
                        return Err(Bug::Contract("entered a workflow it was not given").into());
                    };
                    let commit = Commit {
                        transition,
                        target: callee,
                        cause: RunEvent::Called {
                            workflow: callee.id.clone(),
                            version: callee.version,
                        },
                        entering: (!self.is_stored(callee)).then_some(callee),
                    };
                    self.commit_automatic(&mut run, commit, &mut pending)?;
                    self.remember(Loaded::Current(callee));
                }
                Step::Return {
                    message,
                    transition,
                } => {
                    frontend.info(run.id, &step, &self.l10n.format(&message));
                    let Some(caller) = caller.as_deref() else {
                        return Err(Bug::Contract("returned to a caller it was not given").into());
                    };
                    let commit = Commit {
                        transition,
                        target: caller,
                        cause: RunEvent::Returned {
                            workflow: current.id.clone(),
                            to: caller.id.clone(),
                        },
                        entering: None,
                    };
                    self.commit_automatic(&mut run, commit, &mut pending)?;
                }
                Step::Pause(message) => {
                    let text = self.l10n.format(&message);
                    pending.push(Pending {
                        step: step.clone(),
                        event: RunEvent::Waiting { text: text.clone() },
                    });
                    self.flush(&run, &mut pending)?;
                    frontend.info(run.id, &step, &text);
                    return Ok(Outcome::Waiting);
                }
                Step::Finished(message) => {
                    self.flush(&run, &mut pending)?;
                    frontend.info(run.id, &step, &self.l10n.format(&message));
                    return Ok(Outcome::Completed);
                }
                Step::Reject(_) => {
                    return Err(Bug::Contract("a refusal without an answer").into());
                }
            }
        }
    }

    /// The definition a run uses at (`id`, `version`): the version it
    /// stored when the run (or the call) started, never a newer file.
    fn definition(&mut self, id: &str, version: u32) -> Result<Loaded<'a>> {
        if let Some(loaded) = self
            .loaded
            .iter()
            .find(|d| d.id == id && d.version == version)
        {
            return Ok(loaded.clone());
        }
        let source = self
            .store
            .read(|tx| journal::definition_source(tx, id, version))?;
        let file = TextFile {
            name: format!("{id}@{version}"),
            text: source,
        };
        let definition = workflow::parse_stored(&file, id).map_err(Error::InvalidDefinitions)?;
        let loaded = Loaded::Stored(Rc::new(definition));
        self.remember(loaded.clone());
        Ok(loaded)
    }

    /// The current file of `workflow`: what a `call` step starts.
    fn current_definition(&self, workflow: &str) -> Result<&'a Definition> {
        self.definitions.get(workflow)
    }

    /// Whether this session already stored (or checked) `definition` in
    /// the journal: the stored text of a version never changes.
    fn is_stored(&self, definition: &Definition) -> bool {
        self.loaded
            .iter()
            .any(|d| matches!(d, Loaded::Current(c) if std::ptr::eq(*c, definition)))
    }

    fn remember(&mut self, definition: Loaded<'a>) {
        let known = self
            .loaded
            .iter()
            .any(|d| d.id == definition.id && d.version == definition.version);
        if !known {
            self.loaded.push(definition);
        }
    }

    fn localize(&self, run: &RunRecord, ask: &Ask) -> Prompt {
        Prompt {
            run: run.id,
            step: run.state.step.clone(),
            text: self.l10n.format(&ask.prompt),
            options: ask
                .options
                .iter()
                .map(|o| PromptOption {
                    value: o.value.clone(),
                    label: self.l10n.format(&o.label),
                })
                .collect(),
            free_text: ask.free_text,
        }
    }

    fn cause_event(&self, cause: Cause) -> RunEvent {
        match cause {
            Cause::Answer { value } => RunEvent::Answer { value },
            Cause::Info { message } => RunEvent::Info {
                text: self.l10n.format(&message),
            },
            Cause::ConditionMet => RunEvent::ConditionMet {},
        }
    }

    /// Writes the events kept in memory, when the run stops without a
    /// commit to carry them.
    fn flush(&mut self, run: &RunRecord, pending: &mut Vec<Pending>) -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let locale = &self.locale;
        self.store
            .write(|tx| append_pending(tx, run, locale, pending))?;
        pending.clear();
        Ok(())
    }

    /// Commits a step nobody answered (info, a met condition, a call, a
    /// return). Another process resuming the same run may have taken the
    /// same step first: then the run is read again and goes on from where
    /// that process left it, since no answer of this one was lost.
    fn commit_automatic(
        &mut self,
        run: &mut RunRecord,
        commit: Commit<'_>,
        pending: &mut Vec<Pending>,
    ) -> Result<()> {
        match self.commit(run, commit, pending) {
            Err(Error::RunChanged(id)) => {
                let reloaded = self.store.read(|tx| journal::load_run(tx, id))?;
                if reloaded.status == RunStatus::Cancelled {
                    return Err(Error::RunFinished {
                        run: id,
                        status: reloaded.status.as_str().to_owned(),
                    });
                }
                *run = reloaded;
                Ok(())
            }
            other => other,
        }
    }

    /// Applies a transition's effects, saves the new state and records it
    /// all, with the events kept in memory, in one transaction: either
    /// everything happens or nothing does.
    fn commit(
        &mut self,
        run: &mut RunRecord,
        commit: Commit<'_>,
        pending: &mut Vec<Pending>,
    ) -> Result<()> {
        let locale = &self.locale;
        let from = run.state.step.as_str();
        let (state, status, revision) = self.store.write(|tx| {
            append_pending(tx, run, locale, pending)?;
            if let Some(callee) = commit.entering {
                journal::store_definition(tx, callee)?;
            }
            journal::append_event(tx, run, locale, Some(from), &commit.cause)?;
            let mut next = commit.transition.state.clone();
            for effect in commit.transition.effects {
                let args = engine::resolve(&effect.args, &next.vars)?;
                let result = ops::apply(tx, &effect.op, &args)?;
                engine::bind(&mut next.vars, effect.bind.as_deref(), &result);
                let applied = RunEvent::Effect {
                    op: effect.op.clone(),
                    args,
                    result,
                };
                journal::append_event(tx, run, locale, Some(from), &applied)?;
            }
            let status = if engine::is_complete(commit.target, &next) {
                RunStatus::Completed
            } else {
                RunStatus::Waiting
            };
            let revision = journal::save_state(tx, run, &next, status)?;
            let advanced = RunEvent::Advanced {
                to: next.step.clone(),
            };
            journal::append_event(tx, run, locale, Some(from), &advanced)?;
            if status == RunStatus::Completed {
                let completed = RunEvent::Completed {};
                journal::append_event(tx, run, locale, Some(&next.step), &completed)?;
            }
            Ok((next, status, revision))
        })?;
        pending.clear();
        run.state = state;
        run.status = status;
        run.revision = revision;
        Ok(())
    }
}

fn append_pending(
    tx: &rusqlite::Transaction<'_>,
    run: &RunRecord,
    locale: &str,
    pending: &[Pending],
) -> Result<()> {
    for Pending { step, event } in pending {
        journal::append_event(tx, run, locale, Some(step), event)?;
    }
    Ok(())
}

fn prompt_shown(prompt: Prompt) -> Pending {
    Pending {
        step: prompt.step.clone(),
        event: RunEvent::Prompt {
            run: prompt.run,
            step: prompt.step,
            text: prompt.text,
            options: prompt.options,
        },
    }
}

/// "Only Admin agent, Global admin or Helpdesk agent may run …"
fn refusal(definition: &Definition, agent: &Agent, l10n: &Localizer) -> Message {
    let separator = l10n.text("list-separator");
    let roles = definition
        .roles
        .iter()
        .map(|r| l10n.format(&workflow::role_message(*r)))
        .collect::<Vec<_>>()
        .join(&separator);
    Message::new("error-role-refused")
        .arg("agent", agent.name.as_str())
        .arg("role", l10n.format(&workflow::role_message(agent.role)))
        .arg("workflow", l10n.text(&definition.title))
        .arg("roles", roles)
}

/// Looks up the agent a run is started for.
pub fn agent(store: &mut Store, id: &str) -> Result<Agent> {
    store.read(|tx| domain::agent(tx, id))
}
