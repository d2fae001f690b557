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

use std::cell::RefCell;
use std::collections::VecDeque;
use std::ops::Deref;
use std::rc::Rc;

use serde::Serialize;

use crate::assets::TextFile;
use crate::engine::{self, Ask, Cause, Input, RunState, Scope, Step, Transition};
use crate::error::{Bug, Error, Result};
use crate::l10n::Localizer;
use crate::store::domain::{self, Agent};
use crate::store::journal::{self, Author, History, RunEvent, RunRecord, RunStatus};
use crate::store::{Store, Tx, ops};
use crate::value::{Message, Value, Vars};
use crate::workflow::{self, Definition, Definitions, TextRules};

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
    /// What a free-text answer must satisfy; `None` for a choice.
    #[serde(skip)]
    pub text_rules: Option<TextRules>,
    /// Options written in the definition only: see [`engine::Ask`].
    #[serde(skip)]
    pub confirmation: bool,
}

impl Prompt {
    pub fn is_free_text(&self) -> bool {
        self.text_rules.is_some()
    }
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

/// A run [`Session::start`] created, if it created one, and how driving it
/// ended: an error here comes after the run exists, so it names the run.
#[derive(Debug)]
pub struct Started {
    pub run: Option<i64>,
    pub outcome: Result<Outcome>,
}

/// How an invocation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Completed,
    Waiting,
    Refused,
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
    /// Stored versions already parsed, kept by a caller that outlives
    /// sessions (the server's workers), so no request parses one again.
    stored: Option<&'a StoredDefinitions>,
    /// Who acts, when it is not the run's own agent (a Global admin).
    actor: Option<String>,
    /// The answers were made for the run as the caller read it (a form,
    /// or a request naming the revision): if another writer moves the run
    /// first, they fail rather than being taken against the new state.
    bound: bool,
}

/// Definitions read back from the journal, by (id, version). A stored
/// version never changes, so they can be kept for as long as the caller
/// lives.
#[derive(Debug, Default)]
pub struct StoredDefinitions {
    parsed: RefCell<Vec<Rc<Definition>>>,
}

impl StoredDefinitions {
    fn get(&self, id: &str, version: u32) -> Option<Rc<Definition>> {
        self.parsed
            .borrow()
            .iter()
            .find(|d| d.id == id && d.version == version)
            .cloned()
    }

    fn keep(&self, definition: Rc<Definition>) {
        self.parsed.borrow_mut().push(definition);
    }
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

/// A run being driven, with what drives it.
struct Live<'f> {
    run: RunRecord,
    /// Answers given ahead of time, in order.
    answers: VecDeque<Answer>,
    frontend: &'f mut dyn Frontend,
    /// Events that wait for the next commit.
    pending: Vec<Pending>,
    /// The prompt recorded when the run last stopped, until the first
    /// prompt of this drive: the same prompt is not recorded twice.
    shown: Option<RunEvent>,
    /// An answer lost a race and was put back to be taken again against
    /// where the run now stands.
    requeued: bool,
}

impl Live<'_> {
    fn info(&mut self, text: &str) {
        self.frontend.info(self.run.id, &self.run.state.step, text);
    }
}

/// The definitions in scope of a run's current step, and its rows.
struct Fetched<'a> {
    current: Loaded<'a>,
    caller: Option<Loaded<'a>>,
    callee: Option<&'a Definition>,
    rows: Vec<Vars>,
}

impl Fetched<'_> {
    fn scope(&self) -> Scope<'_> {
        Scope {
            current: &self.current,
            caller: self.caller.as_deref(),
            callee: self.callee,
        }
    }
}

/// Where a waiting run stands (see [`Session::peek`]).
#[derive(Clone, Debug)]
pub enum Peek {
    Ask(Prompt),
    /// Why it waits: nothing to do until the world changes.
    Waits(String),
    /// It goes on without an answer when resumed.
    Moves,
    /// How it ended, with what its end step says.
    Finished(RunStatus, Option<String>),
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
    store_callee: Option<&'d Definition>,
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
            stored: None,
            actor: None,
            bound: false,
        }
    }

    /// Binds the answers to the revision of the run passed to
    /// [`Session::resume`]: one that loses a race to another writer fails
    /// with [`Error::RunChanged`] instead of being taken again.
    pub fn answers_bound_to_revision(mut self) -> Self {
        self.bound = true;
        self
    }

    /// Records what this session does as done by `agent`.
    pub fn acting_as(mut self, agent: &str) -> Self {
        self.actor = Some(agent.to_owned());
        self
    }

    /// Keeps the stored definitions this session parses in `stored`, and
    /// takes those already there.
    pub fn with_stored(mut self, stored: &'a StoredDefinitions) -> Self {
        self.stored = Some(stored);
        self
    }

    /// Starts `definition` for `agent`. An agent whose role may not run it
    /// is refused before anything is written.
    pub fn start(
        &mut self,
        definition: &'a Definition,
        agent: &Agent,
        answers: VecDeque<Answer>,
        frontend: &mut dyn Frontend,
    ) -> Result<Started> {
        if !definition.allows(agent.role) {
            let text = self.l10n.format(&refusal(definition, agent, self.l10n));
            frontend.error(None, None, &text);
            return Ok(Started {
                run: None,
                outcome: Ok(Outcome::Refused),
            });
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
        let author = Author {
            agent: &agent.id,
            locale: &self.locale,
        };
        let started = RunEvent::Started {
            workflow: definition.id.clone(),
            version: definition.version,
        };
        let known = self.is_stored(definition);
        let run = self.store.write(|tx| {
            if !known {
                journal::store_definition(tx, definition)?;
            }
            let run = journal::create_run(tx, definition, &agent.id, author.locale, state.clone())?;
            journal::append_event(tx, &run, author, Some(&run.state.step), &started)?;
            Ok(run)
        })?;
        self.remember(Loaded::Current(definition));
        let id = run.id;
        Ok(Started {
            run: Some(id),
            outcome: self.drive(run, answers, None, frontend),
        })
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
        // The prompt the run stopped at is in the history already: an
        // answer to it is not a second showing.
        let shown = match answers.is_empty() {
            true => None,
            false => self.store.query(|tx| journal::last_event(tx, run.id))?,
        };
        self.drive(run, answers, shown, frontend)
    }

    fn drive(
        &mut self,
        run: RunRecord,
        answers: VecDeque<Answer>,
        shown: Option<RunEvent>,
        frontend: &mut dyn Frontend,
    ) -> Result<Outcome> {
        let mut live = Live {
            run,
            answers,
            frontend,
            pending: Vec::new(),
            shown,
            requeued: false,
        };
        let outcome = self.steps(&mut live);
        if outcome.is_err() {
            // The prompts shown and answers refused before the failure are
            // history, whatever failed after them. Writing them changes no
            // run, so it is safe even after a bug; if it fails too, the
            // first error is the one to report.
            let _ = self.flush(&mut live);
        }
        outcome
    }

    /// What the run's current step needs: the definitions in scope and the
    /// rows it offers, shows or waits for.
    fn fetch(&mut self, run: &RunRecord) -> Result<Fetched<'a>> {
        let (id, version) = run.current();
        let current = self.definition(id, version)?;
        let caller = match run.state.stack.last() {
            Some(frame) => Some(self.definition(&frame.workflow, frame.version)?),
            None => None,
        };
        let needs = engine::needs(&current, &run.state)?;
        let callee = match needs.callee {
            Some(workflow) => Some(self.definitions.get(workflow)?),
            None => None,
        };
        let rows = match &needs.query {
            Some(query) => self
                .store
                .query(|tx| ops::query(tx, query.op, &query.args))?,
            None => Vec::new(),
        };
        Ok(Fetched {
            current,
            caller,
            callee,
            rows,
        })
    }

    /// Where a waiting run stands, without changing it or its history: the
    /// prompt its step shows, or why it waits. `Moves` when it can go on
    /// without an answer, which the next [`Session::resume`] does.
    pub fn peek(&mut self, run: &RunRecord) -> Result<Peek> {
        if run.status != RunStatus::Waiting {
            let (id, version) = run.current();
            let ended = match run.status {
                RunStatus::Completed => {
                    engine::end_message(&*self.definition(id, version)?, &run.state)
                }
                RunStatus::Cancelled | RunStatus::Waiting => None,
            };
            let told = ended.map(|message| self.l10n.format(&message));
            return Ok(Peek::Finished(run.status, told));
        }
        let fetched = self.fetch(run)?;
        Ok(
            match engine::step(fetched.scope(), &run.state, &fetched.rows, None)? {
                Step::Ask(ask) => Peek::Ask(self.localize(run, &ask)),
                Step::Pause(message) => Peek::Waits(self.l10n.format(&message)),
                _ => Peek::Moves,
            },
        )
    }

    /// Fetch → step → commit or ask, until the run completes or waits.
    fn steps(&mut self, live: &mut Live<'_>) -> Result<Outcome> {
        loop {
            let fetched = self.fetch(&live.run)?;
            let (current, rows) = (&*fetched.current, &fetched.rows[..]);
            let (callee, scope) = (fetched.callee, fetched.scope());
            // Step, then commit or ask.
            match engine::step(scope, &live.run.state, rows, None)? {
                Step::Ask(ask) => {
                    if let Some(outcome) = self.ask(live, scope, rows, &ask)? {
                        return Ok(outcome);
                    }
                }
                Step::Advance { cause, transition } => {
                    self.advance(live, current, cause, transition)?;
                }
                Step::Enter(transition) => self.enter(live, callee, transition)?,
                Step::Return {
                    message,
                    transition,
                } => self.leave(live, scope, message, transition)?,
                Step::Pause(message) => {
                    self.tell_unused(live);
                    return self.pause(live, &message);
                }
                Step::Finished(message) => {
                    self.tell_unused(live);
                    self.flush(live)?;
                    live.info(&self.l10n.format(&message));
                    return Ok(Outcome::Completed);
                }
                Step::Reject(_) => {
                    return Err(Bug::Contract("a refusal without an answer").into());
                }
            }
        }
    }

    /// Says that an answer put back after a lost race was never taken: the
    /// run moved on without a step to answer.
    fn tell_unused(&mut self, live: &mut Live<'_>) {
        if live.requeued && !live.answers.is_empty() {
            let text = self.l10n.format(&Error::RunChanged(live.run.id).message());
            live.frontend.error(Some(live.run.id), None, &text);
        }
    }

    /// Shows a prompt and takes the next answer (given ahead of time, or
    /// asked for), then applies it. `Some` when the run stops here.
    fn ask(
        &mut self,
        live: &mut Live<'_>,
        scope: Scope<'_>,
        rows: &[Vars],
        ask: &Ask,
    ) -> Result<Option<Outcome>> {
        let prompt = self.localize(&live.run, ask);
        let recorded = live.shown.take();
        if let Some(answer) = live.answers.pop_front() {
            live.frontend.show(&prompt);
            let shown = prompt_shown(prompt);
            if recorded.as_ref() != Some(&shown.event) {
                live.pending.push(shown);
            }
            self.apply(live, scope, rows, answer)?;
            return Ok(None);
        }
        // Nobody answered ahead of time: the prompt goes into the history
        // before anyone is asked, since a person may take long, or leave.
        let step = prompt.step.clone();
        let asked = prompt.clone();
        live.pending.push(prompt_shown(prompt));
        self.flush(live)?;
        match live.frontend.ask(&asked) {
            Some(value) => {
                self.apply(live, scope, rows, Answer { step, value })?;
                Ok(None)
            }
            None => Ok(Some(Outcome::Waiting)),
        }
    }

    /// Commits an accepted answer; tells why a refused one was refused and
    /// keeps the refusal for the history.
    fn apply(
        &mut self,
        live: &mut Live<'_>,
        scope: Scope<'_>,
        rows: &[Vars],
        answer: Answer,
    ) -> Result<()> {
        let input = Input {
            step: &answer.step,
            value: &answer.value,
        };
        let refused = match engine::step(scope, &live.run.state, rows, Some(input))? {
            Step::Advance { cause, transition } => {
                let commit = Commit {
                    transition,
                    target: scope.current,
                    cause: self.cause_event(cause),
                    store_callee: None,
                };
                match self.commit(live, commit) {
                    Ok(()) => return Ok(()),
                    Err(Error::Refused(reason)) => reason,
                    Err(Error::RunChanged(id)) => {
                        if self.bound {
                            return Err(Error::RunChanged(id));
                        }
                        // Another writer moved the run between our read and
                        // our write (another process or server): the answer
                        // is taken again against where the run now stands,
                        // as if it had arrived a moment later.
                        self.reload(live, id)?;
                        if live.run.status != RunStatus::Waiting {
                            // Finished meanwhile: nothing is left to answer.
                            return Err(Error::RunFinished {
                                run: id,
                                status: live.run.status.as_str().to_owned(),
                            });
                        }
                        live.answers.push_front(answer);
                        live.requeued = true;
                        return Ok(());
                    }
                    Err(other) => return Err(other),
                }
            }
            Step::Reject(rejection) => rejection.message(),
            _ => {
                let broken = "an answer neither advanced nor was refused";
                return Err(Bug::Contract(broken).into());
            }
        };
        let reason = self.l10n.format(&refused);
        let step = live.run.state.step.clone();
        live.frontend.error(Some(live.run.id), Some(&step), &reason);
        live.pending.push(Pending {
            step,
            event: RunEvent::Rejected {
                step: answer.step,
                value: answer.value,
                reason,
            },
        });
        Ok(())
    }

    /// An info step shown, or a wait whose condition holds.
    fn advance(
        &mut self,
        live: &mut Live<'_>,
        current: &Definition,
        cause: Cause,
        transition: Transition<'_>,
    ) -> Result<()> {
        let cause = self.cause_event(cause);
        if let RunEvent::Info { text } = &cause {
            live.info(text);
        }
        let commit = Commit {
            transition,
            target: current,
            cause,
            store_callee: None,
        };
        self.commit_automatic(live, commit).map(drop)
    }

    /// Enters the callee of a `call` step.
    fn enter(
        &mut self,
        live: &mut Live<'_>,
        callee: Option<&'a Definition>,
        transition: Transition<'_>,
    ) -> Result<()> {
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
            store_callee: (!self.is_stored(callee)).then_some(callee),
        };
        // Only a callee this process stored is known to be in the journal.
        if self.commit_automatic(live, commit)? {
            self.remember(Loaded::Current(callee));
        }
        Ok(())
    }

    /// Returns from a finished sub-workflow to its caller.
    fn leave(
        &mut self,
        live: &mut Live<'_>,
        scope: Scope<'_>,
        message: Message,
        transition: Transition<'_>,
    ) -> Result<()> {
        live.info(&self.l10n.format(&message));
        let Some(caller) = scope.caller else {
            return Err(Bug::Contract("returned to a caller it was not given").into());
        };
        let commit = Commit {
            transition,
            target: caller,
            cause: RunEvent::Returned {
                workflow: scope.current.id.clone(),
                to: caller.id.clone(),
            },
            store_callee: None,
        };
        self.commit_automatic(live, commit).map(drop)
    }

    /// Tells why the run stops here and records it.
    fn pause(&mut self, live: &mut Live<'_>, message: &Message) -> Result<Outcome> {
        let text = self.l10n.format(message);
        live.pending.push(Pending {
            step: live.run.state.step.clone(),
            event: RunEvent::Waiting { text: text.clone() },
        });
        self.flush(live)?;
        live.info(&text);
        Ok(Outcome::Waiting)
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
        let kept = self.stored.and_then(|stored| stored.get(id, version));
        let definition = match kept {
            Some(definition) => definition,
            None => {
                let source = self
                    .store
                    .query(|tx| journal::definition_source(tx, id, version))?;
                let file = TextFile {
                    name: format!("{id}@{version}"),
                    text: source,
                };
                let parsed =
                    workflow::parse_stored(&file, id).map_err(Error::InvalidDefinitions)?;
                let parsed = Rc::new(parsed);
                if let Some(stored) = self.stored {
                    stored.keep(Rc::clone(&parsed));
                }
                parsed
            }
        };
        let loaded = Loaded::Stored(definition);
        self.remember(loaded.clone());
        Ok(loaded)
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
            text_rules: ask.text_rules.clone(),
            confirmation: ask.confirmation,
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
    fn flush(&mut self, live: &mut Live<'_>) -> Result<()> {
        if live.pending.is_empty() {
            return Ok(());
        }
        let (run, pending) = (&live.run, &live.pending);
        let author = Author {
            agent: self.actor.as_deref().unwrap_or(&run.agent),
            locale: &self.locale,
        };
        self.store
            .write(|tx| append_pending(tx, run, author, pending))?;
        live.pending.clear();
        Ok(())
    }

    /// Commits a step nobody answered (info, a met condition, a call, a
    /// return). Another process resuming the same run may have taken the
    /// same step first: then the run is read again and goes on from where
    /// that process left it, since no answer of this one was lost.
    ///
    /// Returns whether this process committed the step.
    fn commit_automatic(&mut self, live: &mut Live<'_>, commit: Commit<'_>) -> Result<bool> {
        match self.commit(live, commit) {
            Ok(()) => Ok(true),
            Err(Error::RunChanged(id)) => {
                self.reload(live, id)?;
                Ok(false)
            }
            Err(other) => Err(other),
        }
    }

    /// Reads the run again after another writer changed it; refuses to go
    /// on with a run that was cancelled meanwhile.
    fn reload(&mut self, live: &mut Live<'_>, id: i64) -> Result<()> {
        let reloaded = self.store.query(|tx| journal::load_run(tx, id))?;
        if reloaded.status == RunStatus::Cancelled {
            return Err(Error::RunFinished {
                run: id,
                status: reloaded.status.as_str().to_owned(),
            });
        }
        live.run = reloaded;
        Ok(())
    }

    /// Applies a transition's effects, saves the new state and records it
    /// all, with the events kept in memory, in one transaction: either
    /// everything happens or nothing does.
    fn commit(&mut self, live: &mut Live<'_>, commit: Commit<'_>) -> Result<()> {
        let (run, pending) = (&live.run, &live.pending);
        let author = Author {
            agent: self.actor.as_deref().unwrap_or(&run.agent),
            locale: &self.locale,
        };
        let from = run.state.step.as_str();
        let (state, status, revision) = self.store.write(|tx| {
            if let Some(callee) = commit.store_callee {
                journal::store_definition(tx, callee)?;
            }
            let mut history = History::new(run, author);
            for Pending { step, event } in pending {
                history.push(Some(step), event)?;
            }
            history.push(Some(from), &commit.cause)?;
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
                history.push(Some(from), &applied)?;
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
            history.push(Some(from), &advanced)?;
            if status == RunStatus::Completed {
                history.push(Some(&next.step), &RunEvent::Completed {})?;
            }
            history.write(tx)?;
            Ok((next, status, revision))
        })?;
        live.pending.clear();
        live.run.state = state;
        live.run.status = status;
        live.run.revision = revision;
        Ok(())
    }
}

fn append_pending(tx: &Tx, run: &RunRecord, author: Author<'_>, pending: &[Pending]) -> Result<()> {
    let mut history = History::new(run, author);
    for Pending { step, event } in pending {
        history.push(Some(step), event)?;
    }
    history.write(tx)
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
pub fn refusal(definition: &Definition, agent: &Agent, l10n: &Localizer) -> Message {
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

/// Cancels a waiting run; the event is recorded for `actor` (else the
/// run's own agent) in `locale`, the language of whoever cancels it.
pub fn cancel(store: &mut Store, actor: Option<&str>, locale: &str, run: i64) -> Result<()> {
    store.write(|tx| {
        let record = journal::load_run(tx, run)?;
        if record.status != RunStatus::Waiting {
            return Err(Error::RunFinished {
                run,
                status: record.status.as_str().to_owned(),
            });
        }
        journal::save_state(tx, &record, &record.state, RunStatus::Cancelled)?;
        let step = Some(record.state.step.as_str());
        let author = Author {
            agent: actor.unwrap_or(&record.agent),
            locale,
        };
        journal::append_event(tx, &record, author, step, &RunEvent::Cancelled {})
    })
}

/// The visibility rule: a run is the business of the agent who started it,
/// and of Global admins, who oversee every agent's work.
pub fn may_see(agent: &Agent, run: &RunRecord) -> bool {
    run.agent == agent.id || agent.role == crate::role::Role::GlobalAdmin
}

/// Whose runs `agent` lists: their own, or everyone's for a Global admin.
pub fn runs_listed_for(agent: &Agent) -> Option<&str> {
    (agent.role != crate::role::Role::GlobalAdmin).then_some(agent.id.as_str())
}

/// Looks up the agent a run is started for.
pub fn agent(store: &mut Store, id: &str) -> Result<Agent> {
    store.query(|tx| domain::agent(tx, id))
}
