//! The engine: pure transitions of a run through a [`Definition`].
//!
//! Nothing here touches the store or the terminal. The session asks the
//! engine what data a step needs ([`data_needed`]), fetches it, and hands it
//! back; the engine answers with what to show ([`view`]) or with the
//! [`Transition`] an answer causes: the next state and the effects to apply,
//! which the session commits in one transaction.
//!
//! Sub-workflows are a stack: [`enter`] pushes the caller's position and
//! starts the callee; [`leave`] pops it when the callee ends, copying the
//! callee's declared `returns` back. The session supplies the definitions;
//! the engine never looks one up by name.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::value::{Message, Value, Vars};
use crate::workflow::{
    Arg, Call, Choice, Definition, Next, StepKind, SubCall, Text, TextRules, cel_name,
};

/// Where a run stands: its current step and variables, and the callers
/// waiting for the sub-workflow it is in (innermost last).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunState {
    pub step: String,
    pub vars: Vars,
    pub stack: Vec<Frame>,
}

/// A caller suspended at a `call` step, and the callee it waits for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    pub workflow: String,
    pub version: u32,
    pub step: String,
    pub vars: Vars,
    pub callee: String,
    pub callee_version: u32,
}

/// A query or effect with its arguments resolved from run variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub op: String,
    pub args: Vars,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownOption {
    /// Stable and language-neutral: what an answer names.
    pub value: String,
    pub label: Message,
}

/// What the current step shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    Ask {
        prompt: Message,
        options: Vec<ShownOption>,
    },
    /// A request for free text.
    Input { prompt: Message },
    /// Data to show; the run goes on by itself ([`info`]).
    Info { message: Message },
    /// A sub-workflow to start ([`enter`]).
    Call { workflow: String },
    /// A choice with nothing to choose from: the run waits.
    Empty { message: Message },
    /// A wait step whose condition does not hold yet.
    Wait { message: Message },
    /// An end step: the run, or the sub-workflow, is complete.
    Done { message: Message },
}

/// The result of an accepted answer, a met condition or an automatic step.
#[derive(Clone, Debug)]
pub struct Transition {
    /// The state to move to. Effect outputs are bound into its variables
    /// with [`bind`] as the session applies [`Transition::effects`] in order.
    pub state: RunState,
    pub effects: Vec<Call>,
}

/// Why an answer or a step could not go on. The run does not move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    NotAnOption { value: String },
    WrongStep { expected: String, given: String },
    UnknownStep { given: String },
    NoInputHere,
    Unbound { name: String },
    TextRequired,
    TextTooShort { min: usize },
    TextTooLong { max: usize, length: usize },
    Guard { source: String, detail: String },
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
            Rejection::NoInputHere => Message::new("error-no-input-here"),
            Rejection::Unbound { name } => {
                Message::new("error-unbound-variable").arg("name", name.as_str())
            }
            Rejection::TextRequired => Message::new("error-text-required"),
            Rejection::TextTooShort { min } => {
                Message::new("error-text-too-short").arg("min", *min as i64)
            }
            Rejection::TextTooLong { max, length } => Message::new("error-text-too-long")
                .arg("max", *max as i64)
                .arg("length", *length as i64),
            Rejection::Guard { source, detail } => Message::new("error-guard")
                .arg("guard", source.as_str())
                .arg("detail", detail.as_str()),
        }
    }
}

fn kind<'d>(definition: &'d Definition, state: &RunState) -> Option<&'d StepKind> {
    definition.step(&state.step).map(|s| &s.kind)
}

/// The query whose rows the current step needs, if any.
pub fn data_needed(
    definition: &Definition,
    state: &RunState,
) -> Result<Option<Resolved>, Rejection> {
    let call = match kind(definition, state) {
        Some(StepKind::Choice(Choice {
            from: Some(source), ..
        })) => &source.query,
        Some(StepKind::Info(info)) => match &info.from {
            Some(query) => query,
            None => return Ok(None),
        },
        Some(StepKind::Wait(wait)) => &wait.until,
        _ => return Ok(None),
    };
    Ok(Some(Resolved {
        op: call.op.clone(),
        args: resolve(&call.args, &state.vars)?,
    }))
}

/// What to show at the current step, given the rows of [`data_needed`].
pub fn view(definition: &Definition, state: &RunState, rows: &[Vars]) -> View {
    let with_vars = |id: &str| Message::new(id).with_args(&state.vars);
    match kind(definition, state) {
        Some(StepKind::Choice(choice)) => {
            let options = options(choice, state, rows);
            if options.is_empty() {
                let id = choice.empty.as_deref().unwrap_or("run-nothing-to-choose");
                View::Empty {
                    message: with_vars(id),
                }
            } else {
                View::Ask {
                    prompt: with_vars(&choice.prompt),
                    options,
                }
            }
        }
        Some(StepKind::Text(text)) => View::Input {
            prompt: with_vars(&text.prompt),
        },
        Some(StepKind::Info(info)) => {
            let mut vars = state.vars.clone();
            bind_rows(&mut vars, info.bind.as_deref(), rows);
            View::Info {
                message: Message::new(info.message.as_str()).with_args(&vars),
            }
        }
        Some(StepKind::Call(call)) => View::Call {
            workflow: call.workflow.clone(),
        },
        Some(StepKind::Wait(wait)) => View::Wait {
            message: with_vars(&wait.message),
        },
        Some(StepKind::End { message }) => View::Done {
            message: with_vars(message),
        },
        // A validated definition names only its own steps.
        None => View::Done {
            message: Message::new("run-nothing-to-choose"),
        },
    }
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

/// The state after moving to `next` with `vars`, in the same frame.
fn moved(state: &RunState, next: &Next, vars: Vars) -> Result<RunState, Rejection> {
    Ok(RunState {
        step: resolve_next(next, &vars)?,
        vars,
        stack: state.stack.clone(),
    })
}

/// Accepts or rejects `value` given for `step` at the current step.
pub fn answer(
    definition: &Definition,
    state: &RunState,
    step: &str,
    value: &str,
    rows: &[Vars],
) -> Result<Transition, Rejection> {
    if step != state.step {
        return Err(match definition.step(step) {
            Some(_) => Rejection::WrongStep {
                expected: state.step.clone(),
                given: step.to_owned(),
            },
            None => Rejection::UnknownStep {
                given: step.to_owned(),
            },
        });
    }
    let choice = match kind(definition, state) {
        Some(StepKind::Choice(choice)) => choice,
        Some(StepKind::Text(text)) => return answer_text(text, state, value),
        _ => return Err(Rejection::NoInputHere),
    };
    let mut vars = state.vars.clone();
    let (effects, next) = if let Some(row) = choice
        .from
        .as_ref()
        .and_then(|_| rows.iter().find(|row| row_id(row) == value))
    {
        bind(&mut vars, choice.bind.as_deref(), row);
        (&choice.effects, choice.next.as_ref())
    } else if let Some(option) = choice.options.iter().find(|o| o.value == value) {
        let row = Vars::from([("id".to_owned(), Value::from(value))]);
        bind(&mut vars, choice.bind.as_deref(), &row);
        (
            &option.effects,
            option.next.as_ref().or(choice.next.as_ref()),
        )
    } else {
        return Err(Rejection::NotAnOption {
            value: value.to_owned(),
        });
    };
    // Validation rejects choices whose options lack a next step.
    let next = next
        .cloned()
        .unwrap_or_else(|| Next::Step(state.step.clone()));
    Ok(Transition {
        state: moved(state, &next, vars)?,
        effects: effects.clone(),
    })
}

fn answer_text(text: &Text, state: &RunState, value: &str) -> Result<Transition, Rejection> {
    let value = check_text(&text.rules, value)?;
    let mut vars = state.vars.clone();
    vars.insert(format!("{}-text", text.bind), Value::from(value));
    Ok(Transition {
        state: moved(state, &text.next, vars)?,
        effects: text.effects.clone(),
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

/// The transition out of an info step: its rows are bound and it goes on.
pub fn info(
    definition: &Definition,
    state: &RunState,
    rows: &[Vars],
) -> Result<Transition, Rejection> {
    let Some(StepKind::Info(info)) = kind(definition, state) else {
        return Err(Rejection::NoInputHere);
    };
    let mut vars = state.vars.clone();
    bind_rows(&mut vars, info.bind.as_deref(), rows);
    Ok(Transition {
        state: moved(state, &info.next, vars)?,
        effects: Vec::new(),
    })
}

/// The transition out of a wait step once its query returns a row.
pub fn check_wait(
    definition: &Definition,
    state: &RunState,
    rows: &[Vars],
) -> Option<Result<Transition, Rejection>> {
    let Some(StepKind::Wait(wait)) = kind(definition, state) else {
        return None;
    };
    let row = rows.first()?;
    let mut vars = state.vars.clone();
    bind(&mut vars, wait.bind.as_deref(), row);
    Some(moved(state, &wait.next, vars).map(|state| Transition {
        state,
        effects: wait.effects.clone(),
    }))
}

/// Starts `callee` from the current `call` step of `definition`: the
/// caller's position is pushed, and the callee begins with its parameters
/// (and who runs it) as its only variables.
pub fn enter(
    definition: &Definition,
    state: &RunState,
    callee: &Definition,
) -> Result<Transition, Rejection> {
    let Some(StepKind::Call(SubCall { args, .. })) = kind(definition, state) else {
        return Err(Rejection::NoInputHere);
    };
    let mut vars = resolve(args, &state.vars)?;
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
        effects: Vec::new(),
    })
}

/// Returns from a finished sub-workflow (`callee`, at an end step) to its
/// caller (`caller`, the definition of the innermost frame).
pub fn leave(
    caller: &Definition,
    callee: &Definition,
    state: &RunState,
) -> Result<Transition, Rejection> {
    let mut stack = state.stack.clone();
    let Some(frame) = stack.pop() else {
        return Err(Rejection::NoInputHere);
    };
    let Some(StepKind::Call(call)) = caller.step(&frame.step).map(|s| &s.kind) else {
        return Err(Rejection::NoInputHere);
    };
    let mut vars = frame.vars;
    for name in callee.returns.iter().filter(|r| call.returns.contains(r)) {
        if let Some(value) = state.vars.get(name) {
            vars.insert(name.clone(), value.clone());
        }
    }
    Ok(Transition {
        state: RunState {
            step: resolve_next(&call.next, &vars)?,
            vars,
            stack,
        },
        effects: Vec::new(),
    })
}

/// The step a `next` leads to: the first branch whose guard holds.
pub fn resolve_next(next: &Next, vars: &Vars) -> Result<String, Rejection> {
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
        let failed = |detail: String| Rejection::Guard {
            source: guard.source.clone(),
            detail,
        };
        match guard.program.execute(&context) {
            Ok(cel::Value::Bool(true)) => return Ok(branch.goto.clone()),
            Ok(cel::Value::Bool(false)) => {}
            Ok(other) => return Err(failed(format!("{other:?} is not a boolean"))),
            Err(e) => return Err(failed(e.to_string())),
        }
    }
    // Validation makes the last branch a default; an empty list cannot load.
    Err(Rejection::NoInputHere)
}

/// Resolves `$variables` in arguments.
pub fn resolve(args: &BTreeMap<String, Arg>, vars: &Vars) -> Result<Vars, Rejection> {
    args.iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Literal(value) => value.clone(),
                Arg::Var(var) => vars
                    .get(var)
                    .cloned()
                    .ok_or_else(|| Rejection::Unbound { name: var.clone() })?,
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

/// Whether the current step ends the run or its sub-workflow.
pub fn is_end(definition: &Definition, state: &RunState) -> bool {
    matches!(kind(definition, state), Some(StepKind::End { .. }))
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
