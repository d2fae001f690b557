//! A session drives one run: it asks the engine what each step needs, reads
//! it from the store, shows the step through a [`Frontend`], and commits each
//! accepted answer with its effects and events in one transaction. A run
//! interrupted at any point resumes from its last committed step.

use std::collections::VecDeque;

use serde_json::json;

use crate::assets::TextFile;
use crate::engine::{self, RunState, Transition, View};
use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::store::domain::{self, Agent};
use crate::store::journal::{self, RunRecord, RunStatus};
use crate::store::{Store, ops};
use crate::value::{Message, Value};
use crate::workflow::{self, Definition};

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

#[derive(Clone, Debug, Serialize)]
pub struct PromptOption {
    pub value: String,
    pub label: String,
}

use serde::Serialize;

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
    pub store: &'a mut Store,
    pub l10n: &'a Localizer,
    /// The current definitions: what a `call` step starts.
    pub definitions: &'a [Definition],
}

impl Session<'_> {
    /// Starts `definition` for `agent`. An agent whose role may not run it
    /// is refused before anything is written.
    pub fn start(
        &mut self,
        definition: &Definition,
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
        let locale = self.l10n.locale().to_string();
        let run = self.store.write(|tx| {
            journal::store_definition(tx, definition)?;
            let id = journal::create_run(tx, definition, &agent.id, &locale, &state)?;
            let run = journal::load_run(tx, id)?;
            journal::append_event(
                tx,
                &run,
                &locale,
                "started",
                Some(&state.step),
                json!({ "workflow": definition.id, "version": definition.version }),
            )?;
            Ok(run)
        })?;
        let id = run.id;
        let outcome = self.drive(definition, run, answers, frontend)?;
        Ok((Some(id), outcome))
    }

    /// Continues a waiting run with the definition version it started with.
    pub fn resume(
        &mut self,
        run: i64,
        answers: VecDeque<Answer>,
        frontend: &mut dyn Frontend,
    ) -> Result<Outcome> {
        let run = self.store.read(|tx| journal::load_run(tx, run))?;
        if run.status != RunStatus::Waiting {
            return Err(Error::RunFinished {
                run: run.id,
                status: run.status.as_str().to_owned(),
            });
        }
        let root = self.definition(
            &mut Loaded(Vec::new()),
            &(run.workflow.clone(), run.version),
        )?;
        self.drive(&root, run, answers, frontend)
    }

    /// Cancels a waiting run.
    pub fn cancel(&mut self, run: i64) -> Result<()> {
        let locale = self.l10n.locale().to_string();
        self.store.write(|tx| {
            let record = journal::load_run(tx, run)?;
            if record.status != RunStatus::Waiting {
                return Err(Error::RunFinished {
                    run,
                    status: record.status.as_str().to_owned(),
                });
            }
            journal::save_state(tx, &record, &record.state(), RunStatus::Cancelled)?;
            journal::append_event(
                tx,
                &record,
                &locale,
                "cancelled",
                Some(&record.step),
                json!({}),
            )
        })
    }

    fn drive(
        &mut self,
        root: &Definition,
        mut run: RunRecord,
        mut answers: VecDeque<Answer>,
        frontend: &mut dyn Frontend,
    ) -> Result<Outcome> {
        let mut loaded = Loaded::new(root);
        loop {
            let state = run.state();
            let definition = self.definition(&mut loaded, &current_identity(&run))?;
            let refused = |r: engine::Rejection| Error::Refused(r.message());
            let rows = match engine::data_needed(&definition, &state).map_err(refused)? {
                Some(query) => self
                    .store
                    .read(|tx| ops::query(tx, &query.op, &query.args))?,
                None => Vec::new(),
            };
            let view = engine::view(&definition, &state, &rows);
            match view.clone() {
                View::Done { message } => {
                    frontend.info(run.id, &state.step, &self.l10n.format(&message));
                    let Some(frame) = state.stack.last() else {
                        return Ok(Outcome::Completed);
                    };
                    let caller =
                        self.definition(&mut loaded, &(frame.workflow.clone(), frame.version))?;
                    let transition =
                        engine::leave(&caller, &definition, &state).map_err(refused)?;
                    let detail = json!({ "workflow": definition.id, "to": frame.workflow });
                    run = self.commit(&caller, &run, transition, ("returned", detail))?;
                }
                View::Info { message } => {
                    let text = self.l10n.format(&message);
                    frontend.info(run.id, &state.step, &text);
                    let transition = engine::info(&definition, &state, &rows).map_err(refused)?;
                    run = self.commit(
                        &definition,
                        &run,
                        transition,
                        ("info", json!({ "text": text })),
                    )?;
                }
                View::Call { workflow } => {
                    let callee = self
                        .definitions
                        .iter()
                        .find(|d| d.id == workflow)
                        .ok_or_else(|| Error::UnknownWorkflow(workflow.clone()))?;
                    self.store
                        .write(|tx| journal::store_definition(tx, callee))?;
                    let transition = engine::enter(&definition, &state, callee).map_err(refused)?;
                    let detail = json!({ "workflow": callee.id, "version": callee.version });
                    loaded.insert(callee.clone());
                    run = self.commit(callee, &run, transition, ("called", detail))?;
                }
                View::Wait { message } => match engine::check_wait(&definition, &state, &rows) {
                    Some(transition) => {
                        let transition = transition.map_err(refused)?;
                        run = self.commit(
                            &definition,
                            &run,
                            transition,
                            ("condition-met", json!({})),
                        )?;
                    }
                    None => {
                        self.pause(&run, &message, frontend)?;
                        return Ok(Outcome::Waiting);
                    }
                },
                View::Empty { message } => {
                    self.pause(&run, &message, frontend)?;
                    return Ok(Outcome::Waiting);
                }
                View::Ask { .. } | View::Input { .. } => {
                    let prompt = self.localize_prompt(&run, &view);
                    self.record(&run, "prompt", json!(prompt))?;
                    let answer = match answers.pop_front() {
                        Some(answer) => {
                            frontend.show(&prompt);
                            answer
                        }
                        None => match frontend.ask(&prompt) {
                            Some(value) => Answer {
                                step: state.step.clone(),
                                value,
                            },
                            None => return Ok(Outcome::Waiting),
                        },
                    };
                    let detail = json!({ "value": answer.value });
                    let accepted =
                        engine::answer(&definition, &state, &answer.step, &answer.value, &rows)
                            .map_err(refused)
                            .and_then(|t| self.commit(&definition, &run, t, ("answer", detail)));
                    match accepted {
                        Ok(next) => run = next,
                        Err(Error::Refused(reason)) => {
                            let text = self.l10n.format(&reason);
                            self.record(
                                &run,
                                "rejected",
                                json!({ "step": answer.step, "value": answer.value, "reason": text }),
                            )?;
                            frontend.error(Some(run.id), Some(&state.step), &text);
                        }
                        Err(other) => return Err(other),
                    }
                }
            }
        }
    }

    /// The definition a run uses at `identity`: the version it stored when
    /// the run (or the call) started, never a newer file.
    fn definition(&mut self, loaded: &mut Loaded, identity: &(String, u32)) -> Result<Definition> {
        if let Some(definition) = loaded.get(identity) {
            return Ok(definition.clone());
        }
        let (workflow, version) = identity;
        let source = self
            .store
            .read(|tx| journal::definition_source(tx, workflow, *version))?;
        let file = TextFile {
            name: format!("{workflow}@{version}"),
            text: source,
        };
        let definition =
            workflow::parse_stored(&file, workflow).map_err(Error::InvalidDefinitions)?;
        loaded.insert(definition.clone());
        Ok(definition)
    }

    fn localize_prompt(&self, run: &RunRecord, view: &View) -> Prompt {
        let (text, options, free_text) = match view {
            View::Ask { prompt, options } => (self.l10n.format(prompt), options.as_slice(), false),
            View::Input { prompt } => (self.l10n.format(prompt), &[][..], true),
            _ => (String::new(), &[][..], false),
        };
        Prompt {
            run: run.id,
            step: run.step.clone(),
            text,
            options: options
                .iter()
                .map(|o| PromptOption {
                    value: o.value.clone(),
                    label: self.l10n.format(&o.label),
                })
                .collect(),
            free_text,
        }
    }

    /// Tells why the run stops here and records it.
    fn pause(
        &mut self,
        run: &RunRecord,
        message: &Message,
        frontend: &mut dyn Frontend,
    ) -> Result<()> {
        let text = self.l10n.format(message);
        self.record(run, "waiting", json!({ "text": text }))?;
        frontend.info(run.id, &run.step, &text);
        Ok(())
    }

    fn record(&mut self, run: &RunRecord, kind: &str, detail: serde_json::Value) -> Result<()> {
        let locale = self.l10n.locale().to_string();
        self.store.write(|tx| {
            journal::append_event(tx, run, &locale, kind, Some(&run.step), detail.clone())
        })
    }

    /// Applies a transition's effects, saves the new state and records it
    /// all, in one transaction: either everything happens or nothing does.
    /// `target` is the definition the new state is in.
    fn commit(
        &mut self,
        target: &Definition,
        run: &RunRecord,
        transition: Transition,
        (cause, detail): (&str, serde_json::Value),
    ) -> Result<RunRecord> {
        let locale = self.l10n.locale().to_string();
        self.store.write(|tx| {
            let step = Some(run.step.as_str());
            journal::append_event(tx, run, &locale, cause, step, detail.clone())?;
            let mut next = transition.state.clone();
            for effect in &transition.effects {
                let args = engine::resolve(&effect.args, &next.vars)
                    .map_err(|r| Error::Refused(r.message()))?;
                let output = ops::apply(tx, &effect.op, &args)?;
                journal::append_event(
                    tx,
                    run,
                    &locale,
                    "effect",
                    step,
                    json!({ "op": effect.op, "args": args, "result": output }),
                )?;
                engine::bind(&mut next.vars, effect.bind.as_deref(), &output);
            }
            let status = if next.stack.is_empty() && engine::is_end(target, &next) {
                RunStatus::Completed
            } else {
                RunStatus::Waiting
            };
            journal::save_state(tx, run, &next, status)?;
            journal::append_event(
                tx,
                run,
                &locale,
                "advanced",
                step,
                json!({ "to": next.step }),
            )?;
            if status == RunStatus::Completed {
                journal::append_event(tx, run, &locale, "completed", Some(&next.step), json!({}))?;
            }
            journal::load_run(tx, run.id)
        })
    }
}

/// Definitions already parsed in this session, by (id, version).
struct Loaded(Vec<Definition>);

impl Loaded {
    fn new(root: &Definition) -> Self {
        Loaded(vec![root.clone()])
    }

    fn get(&self, (id, version): &(String, u32)) -> Option<&Definition> {
        self.0.iter().find(|d| &d.id == id && d.version == *version)
    }

    fn insert(&mut self, definition: Definition) {
        if self
            .get(&(definition.id.clone(), definition.version))
            .is_none()
        {
            self.0.push(definition);
        }
    }
}

/// The workflow (and version) the run is in now: the innermost callee, or
/// the workflow it started.
fn current_identity(run: &RunRecord) -> (String, u32) {
    match run.stack.last() {
        Some(frame) => (frame.callee.clone(), frame.callee_version),
        None => (run.workflow.clone(), run.version),
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
