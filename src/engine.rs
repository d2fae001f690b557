//! The engine: pure transitions of a run through a [`Definition`].
//!
//! Nothing here touches the store or the terminal, and nothing here knows a
//! particular workflow. The session drives a loop of three phases:
//!
//! 1. fetch: [`needs`] says which query's rows the current step offers and
//!    which sub-workflow a `call` step starts; the session reads them;
//! 2. step: [`step`] turns the state, the rows and (after an [`Step::Ask`])
//!    the person's answer into one [`Step`];
//! 3. commit or ask: the session commits a transition's effects, state and
//!    events in one transaction, or shows the prompt and waits.
//!
//! Sub-workflows are a stack: entering a `call` step pushes the caller's
//! position and starts the callee; the callee's end pops it, copying the
//! callee's declared `returns` back. The session supplies the definitions
//! in a [`Scope`]; the engine never looks one up by name.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::error::Bug;
use crate::value::{Message, Value, Vars};
use crate::workflow::{
    Arg, Call, Choice, Definition, Next, StepKind, SubCall, Text, TextRules, cel_name,
};

/// Where a run stands: its current step and variables, and the callers
/// waiting for the sub-workflow it is in (innermost last).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunState {
    pub step: String,
    pub vars: Vars,
    pub stack: Vec<Frame>,
}

/// A caller suspended at a `call` step, and the callee it waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub workflow: String,
    pub version: u32,
    pub step: String,
    pub vars: Vars,
    pub callee: String,
    pub callee_version: u32,
}

impl RunState {
    /// The workflow (and version) the run is in now: the innermost callee,
    /// or `root`, the workflow the run started.
    pub fn current<'s>(&'s self, root: (&'s str, u32)) -> (&'s str, u32) {
        match self.stack.last() {
            Some(frame) => (&frame.callee, frame.callee_version),
            None => root,
        }
    }
}

/// The definitions one step may involve, loaded by the session beforehand.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'d> {
    /// The workflow the run is in now.
    pub current: &'d Definition,
    /// The innermost caller, when the run is in a sub-workflow.
    pub caller: Option<&'d Definition>,
    /// The workflow the current `call` step starts (see [`Needs::callee`]).
    pub callee: Option<&'d Definition>,
}

/// What the session must fetch before [`step`].
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Needs<'d> {
    /// The query whose rows the current step offers, shows or waits for.
    pub query: Option<Resolved<'d>>,
    /// The workflow a `call` step starts, by id (its current version).
    pub callee: Option<&'d str>,
}

/// A query with its arguments resolved from run variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved<'d> {
    pub op: &'d str,
    pub args: Vars,
}

/// An answer to the step a [`Step::Ask`] showed.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The step the answer is meant for; answers given ahead of time may
    /// name another.
    pub step: &'a str,
    pub value: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownOption {
    /// Stable and language-neutral: what an answer names.
    pub value: String,
    pub label: Message,
}

/// A step waiting for an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    pub prompt: Message,
    /// Empty for a free-text step.
    pub options: Vec<ShownOption>,
    /// The rules of a free-text step; `None` for a choice.
    pub text_rules: Option<TextRules>,
    /// A choice among options written in the definition only (Submit or
    /// Back, Close): a confirmation, which a page shows as buttons.
    pub confirmation: bool,
}

/// What happens next, as one value the session handles exhaustively.
#[derive(Debug)]
pub enum Step<'d> {
    /// The step needs an answer: show it, then call [`step`] again with
    /// the answer.
    Ask(Ask),
    /// The run moves on in the same workflow.
    Advance {
        cause: Cause,
        transition: Transition<'d>,
    },
    /// A `call` step starts [`Scope::callee`]; the transition is into it.
    Enter(Transition<'d>),
    /// A sub-workflow reached its end (`message` says so) and the run goes
    /// back to its caller.
    Return {
        message: Message,
        transition: Transition<'d>,
    },
    /// The answer was refused; the run does not move.
    Reject(Rejection),
    /// Nothing to do until the world changes: a wait whose condition does
    /// not hold yet, or a choice with nothing to choose from.
    Pause(Message),
    /// The run is complete.
    Finished(Message),
}

/// Why a run advances without entering or leaving a workflow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cause {
    /// An accepted answer.
    Answer { value: String },
    /// An info step was shown.
    Info { message: Message },
    /// A wait step's condition holds.
    ConditionMet,
}

/// The result of an accepted answer, a met condition or an automatic step.
#[derive(Clone, Debug)]
pub struct Transition<'d> {
    /// The state to move to. Effect outputs are bound into its variables
    /// with [`bind`] as the session applies [`Transition::effects`] in order.
    pub state: RunState,
    pub effects: &'d [Call],
}

/// Why a person's answer was refused: their input, not docflow, is wrong,
/// so they are told why and asked again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    NotAnOption { value: String },
    WrongStep { expected: String, given: String },
    UnknownStep { given: String },
    TextRequired,
    TextTooShort { min: usize },
    TextTooLong { max: usize, length: usize },
}

impl Rejection {
    pub fn message(&self) -> Message {
        match self {
            Rejection::NotAnOption { value } => {
                Message::new("error-not-an-option").arg("value", value.as_str())
            }
            Rejection::WrongStep { expected, given } => Message::new("error-wrong-step")
                .arg("expected", expected.as_str())
                .arg("given", given.as_str()),
            Rejection::UnknownStep { given } => {
                Message::new("error-unknown-step").arg("given", given.as_str())
            }
            Rejection::TextRequired => Message::new("error-text-required"),
            Rejection::TextTooShort { min } => {
                Message::new("error-text-too-short").arg("min", *min as i64)
            }
            Rejection::TextTooLong { max, length } => Message::new("error-text-too-long")
                .arg("max", *max as i64)
                .arg("length", *length as i64),
        }
    }
}

fn kind<'d>(definition: &'d Definition, state: &RunState) -> Result<&'d StepKind, Bug> {
    definition
        .step(&state.step)
        .map(|s| &s.kind)
        .ok_or_else(|| Bug::MissingStep {
            workflow: definition.id.clone(),
            step: state.step.clone(),
        })
}

/// What the current step needs fetched before [`step`] can run.
pub fn needs<'d>(definition: &'d Definition, state: &RunState) -> Result<Needs<'d>, Bug> {
    let query = match kind(definition, state)? {
        StepKind::Choice(Choice {
            from: Some(source), ..
        }) => Some(&source.query),
        StepKind::Info(info) => info.from.as_ref(),
        StepKind::Wait(wait) => Some(&wait.until),
        StepKind::Call(call) => {
            return Ok(Needs {
                query: None,
                callee: Some(&call.workflow),
            });
        }
        StepKind::Choice(_) | StepKind::Text(_) | StepKind::End { .. } => None,
    };
    let query = query
        .map(|call| {
            Ok::<_, Bug>(Resolved {
                op: &call.op,
                args: resolve(&call.args, &state.vars)?,
            })
        })
        .transpose()?;
    Ok(Needs {
        query,
        callee: None,
    })
}

/// The one step function: given where the run stands, the rows [`needs`]
/// asked for and, after an [`Step::Ask`], the answer, says what happens.
///
/// `Err` is a [`Bug`]: the definition, the registry and the engine disagree
/// in a way validation should have made impossible.
pub fn step<'d>(
    scope: Scope<'d>,
    state: &RunState,
    rows: &[Vars],
    input: Option<Input<'_>>,
) -> Result<Step<'d>, Bug> {
    let definition = scope.current;
    let with_vars = |id: &str| Message::new(id).with_args(&state.vars);
    match kind(definition, state)? {
        StepKind::Choice(choice) => match input {
            Some(input) => answer_choice(definition, choice, state, rows, input),
            None => Ok(ask_choice(choice, state, rows)),
        },
        StepKind::Text(text) => match input {
            Some(input) => answer_text(definition, text, state, input),
            None => Ok(Step::Ask(Ask {
                prompt: with_vars(&text.prompt),
                options: Vec::new(),
                text_rules: Some(text.rules.clone()),
                confirmation: false,
            })),
        },
        StepKind::Info(info) => {
            let mut vars = state.vars.clone();
            bind_rows(&mut vars, info.bind.as_deref(), rows);
            let message = Message::new(info.message.as_str()).with_args(&vars);
            Ok(Step::Advance {
                cause: Cause::Info { message },
                transition: moved(definition, state, &info.next, vars, &[])?,
            })
        }
        StepKind::Wait(wait) => {
            let Some(row) = rows.first() else {
                return Ok(Step::Pause(with_vars(&wait.message)));
            };
            let mut vars = state.vars.clone();
            bind(&mut vars, wait.bind.as_deref(), row);
            Ok(Step::Advance {
                cause: Cause::ConditionMet,
                transition: moved(definition, state, &wait.next, vars, &wait.effects)?,
            })
        }
        StepKind::Call(call) => enter(definition, call, state, scope.callee).map(Step::Enter),
        StepKind::End { message } => {
            let message = with_vars(message);
            if state.stack.is_empty() {
                return Ok(Step::Finished(message));
            }
            let transition = leave(definition, scope.caller, state)?;
            Ok(Step::Return {
                message,
                transition,
            })
        }
    }
}

fn ask_choice<'d>(choice: &Choice, state: &RunState, rows: &[Vars]) -> Step<'d> {
    let options = options(choice, state, rows);
    if options.is_empty() {
        let id = choice.empty.as_deref().unwrap_or("run-nothing-to-choose");
        return Step::Pause(Message::new(id).with_args(&state.vars));
    }
    Step::Ask(Ask {
        prompt: Message::new(choice.prompt.as_str()).with_args(&state.vars),
        options,
        text_rules: None,
        confirmation: choice.from.is_none(),
    })
}

fn options(choice: &Choice, state: &RunState, rows: &[Vars]) -> Vec<ShownOption> {
    let from_store = choice.from.iter().flat_map(|source| {
        rows.iter().map(|row| ShownOption {
            value: row_id(row),
            label: Message::new(source.label.as_str())
                .with_args(&state.vars)
                .with_args(row),
        })
    });
    let written = choice.options.iter().map(|o| ShownOption {
        value: o.value.clone(),
        label: Message::new(o.label.as_str()).with_args(&state.vars),
    });
    from_store.chain(written).collect()
}

fn row_id(row: &Vars) -> String {
    row.get("id").map(Value::to_string).unwrap_or_default()
}

/// Refuses an answer meant for another step than the current one.
fn check_step(definition: &Definition, state: &RunState, input: Input<'_>) -> Option<Rejection> {
    if input.step == state.step {
        return None;
    }
    Some(match definition.step(input.step) {
        Some(_) => Rejection::WrongStep {
            expected: state.step.clone(),
            given: input.step.to_owned(),
        },
        None => Rejection::UnknownStep {
            given: input.step.to_owned(),
        },
    })
}

fn answer_choice<'d>(
    definition: &'d Definition,
    choice: &'d Choice,
    state: &RunState,
    rows: &[Vars],
    input: Input<'_>,
) -> Result<Step<'d>, Bug> {
    if let Some(rejection) = check_step(definition, state, input) {
        return Ok(Step::Reject(rejection));
    }
    let mut vars = state.vars.clone();
    let from_store = choice
        .from
        .as_ref()
        .and_then(|_| rows.iter().find(|row| row_id(row) == input.value));
    let (effects, next) = if let Some(row) = from_store {
        bind(&mut vars, choice.bind.as_deref(), row);
        (&choice.effects, choice.next.as_ref())
    } else if let Some(option) = choice.options.iter().find(|o| o.value == input.value) {
        if let Some(name) = choice.bind.as_deref() {
            vars.insert(format!("{name}-id"), Value::from(input.value));
        }
        (
            &option.effects,
            option.next.as_ref().or(choice.next.as_ref()),
        )
    } else {
        return Ok(Step::Reject(Rejection::NotAnOption {
            value: input.value.to_owned(),
        }));
    };
    // Validation gives every option a way out; staying put is the
    // harmless reading of one that has none.
    let stay = Next::Step(state.step.clone());
    let transition = moved(definition, state, next.unwrap_or(&stay), vars, effects)?;
    Ok(Step::Advance {
        cause: Cause::Answer {
            value: input.value.to_owned(),
        },
        transition,
    })
}

fn answer_text<'d>(
    definition: &'d Definition,
    text: &'d Text,
    state: &RunState,
    input: Input<'_>,
) -> Result<Step<'d>, Bug> {
    if let Some(rejection) = check_step(definition, state, input) {
        return Ok(Step::Reject(rejection));
    }
    let value = match check_text(&text.rules, input.value) {
        Ok(value) => value,
        Err(rejection) => return Ok(Step::Reject(rejection)),
    };
    let mut vars = state.vars.clone();
    vars.insert(format!("{}-text", text.bind), Value::from(value));
    Ok(Step::Advance {
        cause: Cause::Answer {
            value: input.value.to_owned(),
        },
        transition: moved(definition, state, &text.next, vars, &text.effects)?,
    })
}

/// The trimmed text, if it satisfies the rules.
pub fn check_text<'v>(rules: &TextRules, value: &'v str) -> Result<&'v str, Rejection> {
    let value = value.trim();
    let length = value.chars().count();
    if value.is_empty() {
        return if rules.required {
            Err(Rejection::TextRequired)
        } else {
            Ok(value)
        };
    }
    if length < rules.min_length {
        return Err(Rejection::TextTooShort {
            min: rules.min_length,
        });
    }
    if length > rules.max_length {
        return Err(Rejection::TextTooLong {
            max: rules.max_length,
            length,
        });
    }
    Ok(value)
}

/// The transition to `next` with `vars`, in the same frame.
fn moved<'d>(
    definition: &Definition,
    state: &RunState,
    next: &Next,
    vars: Vars,
    effects: &'d [Call],
) -> Result<Transition<'d>, Bug> {
    Ok(Transition {
        state: RunState {
            step: resolve_next(definition, &state.step, next, &vars)?,
            vars,
            stack: state.stack.clone(),
        },
        effects,
    })
}

/// Starts `callee` from the current `call` step: the caller's position is
/// pushed, and the callee begins with its parameters (and who runs it) as
/// its only variables.
fn enter<'d>(
    definition: &Definition,
    call: &SubCall,
    state: &RunState,
    callee: Option<&'d Definition>,
) -> Result<Transition<'d>, Bug> {
    let callee = callee
        .filter(|c| c.id == call.workflow)
        .ok_or_else(|| Bug::NotLoaded(call.workflow.clone()))?;
    let mut vars = resolve(&call.args, &state.vars)?;
    for builtin in crate::workflow::BUILTIN_VARS {
        if let Some(value) = state.vars.get(builtin) {
            vars.insert(builtin.to_owned(), value.clone());
        }
    }
    let mut stack = state.stack.clone();
    stack.push(Frame {
        workflow: definition.id.clone(),
        version: definition.version,
        step: state.step.clone(),
        vars: state.vars.clone(),
        callee: callee.id.clone(),
        callee_version: callee.version,
    });
    Ok(Transition {
        state: RunState {
            step: callee.start.clone(),
            vars,
            stack,
        },
        effects: &[],
    })
}

/// Returns from a finished sub-workflow (`callee`, at an end step) to its
/// caller, the definition of the innermost frame.
fn leave<'d>(
    callee: &Definition,
    caller: Option<&Definition>,
    state: &RunState,
) -> Result<Transition<'d>, Bug> {
    let mut stack = state.stack.clone();
    // `step` only leaves when the stack is not empty.
    let Some(frame) = stack.pop() else {
        return Err(Bug::Contract("left a workflow nobody called"));
    };
    let caller = caller
        .filter(|c| c.id == frame.workflow && c.version == frame.version)
        .ok_or_else(|| Bug::NotLoaded(frame.workflow.clone()))?;
    let Some(StepKind::Call(call)) = caller.step(&frame.step).map(|s| &s.kind) else {
        return Err(Bug::WrongKind {
            workflow: caller.id.clone(),
            step: frame.step.clone(),
            expected: "call",
        });
    };
    let mut vars = frame.vars;
    for name in callee.returns.iter().filter(|r| call.returns.contains(r)) {
        if let Some(value) = state.vars.get(name) {
            vars.insert(name.clone(), value.clone());
        }
    }
    Ok(Transition {
        state: RunState {
            step: resolve_next(caller, &frame.step, &call.next, &vars)?,
            vars,
            stack,
        },
        effects: &[],
    })
}

/// The step a `next` of step `from` leads to: the first branch whose guard
/// holds.
fn resolve_next(
    definition: &Definition,
    from: &str,
    next: &Next,
    vars: &Vars,
) -> Result<String, Bug> {
    let branches = match next {
        Next::Step(step) => return Ok(step.clone()),
        Next::Branches(branches) => branches,
    };
    let mut context = cel::Context::default();
    for (name, value) in vars {
        let value = match value {
            Value::Bool(b) => cel::Value::Bool(*b),
            Value::Int(n) => cel::Value::Int(*n),
            Value::Text(s) => cel::Value::String(Arc::new(s.clone())),
        };
        context.add_variable_from_value(cel_name(name), value);
    }
    for branch in branches {
        let Some(guard) = &branch.when else {
            return Ok(branch.goto.clone());
        };
        let failed = |detail: String| Bug::Guard {
            guard: guard.source.clone(),
            detail,
        };
        match guard.program.execute(&context) {
            Ok(cel::Value::Bool(true)) => return Ok(branch.goto.clone()),
            Ok(cel::Value::Bool(false)) => {}
            Ok(other) => return Err(failed(format!("{other:?} is not a boolean"))),
            Err(e) => return Err(failed(e.to_string())),
        }
    }
    // Validation makes the last branch a default.
    Err(Bug::NoBranch(format!("{}/{from}", definition.id)))
}

/// Resolves `$variables` in arguments. An unbound one is a bug: validation
/// checks that some step binds every variable a definition uses, so the
/// definition let a path reach this step without binding it.
pub fn resolve(args: &BTreeMap<String, Arg>, vars: &Vars) -> Result<Vars, Bug> {
    args.iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Literal(value) => value.clone(),
                Arg::Var(var) => vars
                    .get(var)
                    .cloned()
                    .ok_or_else(|| Bug::Unbound(var.clone()))?,
            };
            Ok((name.clone(), value))
        })
        .collect()
}

/// Binds a row's fields as `<bind>-<field>`; without a bind name, nothing.
pub fn bind(vars: &mut Vars, bind: Option<&str>, row: &Vars) {
    if let Some(bind) = bind {
        for (field, value) in row {
            vars.insert(format!("{bind}-{field}"), value.clone());
        }
    }
}

/// Binds the first row and the number of rows (`<bind>-count`).
fn bind_rows(vars: &mut Vars, name: Option<&str>, rows: &[Vars]) {
    if let Some(first) = rows.first() {
        bind(vars, name, first);
    }
    if let Some(name) = name {
        vars.insert(format!("{name}-count"), Value::Int(rows.len() as i64));
    }
}

/// Whether `state` is at an end step of `definition` with no caller
/// waiting: the run is complete.
pub fn is_complete(definition: &Definition, state: &RunState) -> bool {
    state.stack.is_empty()
        && matches!(
            definition.step(&state.step).map(|s| &s.kind),
            Some(StepKind::End { .. })
        )
}

/// What a completed run says at its end step: the message a run that just
/// finished tells, for whoever looks at the run later.
pub fn end_message(definition: &Definition, state: &RunState) -> Option<Message> {
    match definition.step(&state.step).map(|s| &s.kind) {
        Some(StepKind::End { message }) => Some(Message::new(message).with_args(&state.vars)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(required: bool, min: usize, max: usize) -> TextRules {
        TextRules {
            required,
            min_length: min,
            max_length: max,
        }
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        let r = rules(true, 3, 5);
        assert_eq!(check_text(&r, "  abc \n"), Ok("abc"));
        assert_eq!(check_text(&r, "   "), Err(Rejection::TextRequired));
        assert_eq!(
            check_text(&r, "ab"),
            Err(Rejection::TextTooShort { min: 3 })
        );
        assert_eq!(
            check_text(&r, "абвгде"),
            Err(Rejection::TextTooLong { max: 5, length: 6 }),
            "characters, not bytes"
        );
        assert_eq!(check_text(&rules(false, 3, 5), " "), Ok(""));
    }
}
