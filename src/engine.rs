//! The engine: pure transitions of a run through a [`Definition`].
//!
//! Nothing here touches the store or the terminal. The session asks the
//! engine what data a step needs ([`data_needed`]), fetches it, and hands it
//! back; the engine answers with what to show ([`view`]) or with the
//! [`Transition`] an answer causes: the next step, the new variables and the
//! effects to apply, which the session commits in one transaction.

use crate::value::{Message, Value, Vars};
use crate::workflow::{Arg, Call, Choice, Definition, StepKind, Text, TextRules};

/// Where a run stands: its current step and its variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunState {
    pub step: String,
    pub vars: Vars,
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
    /// A choice with nothing to choose from: the run waits.
    Empty { message: Message },
    /// A wait step whose condition does not hold yet.
    Wait { message: Message },
    /// An end step: the run is complete.
    Done { message: Message },
}

/// The result of an accepted answer or a met wait condition.
#[derive(Clone, Debug)]
pub struct Transition {
    pub next: String,
    /// Variables after binding the answer; effect outputs are bound into them
    /// with [`bind`] as the session applies [`Transition::effects`] in order.
    pub vars: Vars,
    pub effects: Vec<Call>,
}

/// Why an answer was not accepted. The run does not move.
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
        }
    }
}

/// The query whose rows the current step needs, if any.
pub fn data_needed(
    definition: &Definition,
    state: &RunState,
) -> Result<Option<Resolved>, Rejection> {
    let call = match definition.step(&state.step).map(|s| &s.kind) {
        Some(StepKind::Choice(Choice {
            from: Some(source), ..
        })) => &source.query,
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
    match definition.step(&state.step).map(|s| &s.kind) {
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
    let choice = match definition.step(step).map(|s| &s.kind) {
        Some(StepKind::Choice(choice)) => choice,
        Some(StepKind::Text(text)) => return answer_text(text, state, value),
        _ => return Err(Rejection::NoInputHere),
    };
    let mut vars = state.vars.clone();
    let (effects, next);
    if let Some(row) = choice
        .from
        .as_ref()
        .and_then(|_| rows.iter().find(|row| row_id(row) == value))
    {
        bind(&mut vars, choice.bind.as_deref(), row);
        effects = choice.effects.clone();
        next = choice.next.clone();
    } else if let Some(option) = choice.options.iter().find(|o| o.value == value) {
        let row = Vars::from([("id".to_owned(), Value::from(value))]);
        bind(&mut vars, choice.bind.as_deref(), &row);
        effects = option.effects.clone();
        next = option.next.clone().or_else(|| choice.next.clone());
    } else {
        return Err(Rejection::NotAnOption {
            value: value.to_owned(),
        });
    }
    Ok(Transition {
        // Validation rejects choices whose options lack a next step.
        next: next.unwrap_or_else(|| state.step.clone()),
        vars,
        effects,
    })
}

fn answer_text(text: &Text, state: &RunState, value: &str) -> Result<Transition, Rejection> {
    let value = check_text(&text.rules, value)?;
    let mut vars = state.vars.clone();
    vars.insert(format!("{}-text", text.bind), Value::from(value));
    Ok(Transition {
        next: text.next.clone(),
        vars,
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

/// The transition out of a wait step once its query returns a row.
pub fn check_wait(definition: &Definition, state: &RunState, rows: &[Vars]) -> Option<Transition> {
    let Some(StepKind::Wait(wait)) = definition.step(&state.step).map(|s| &s.kind) else {
        return None;
    };
    let row = rows.first()?;
    let mut vars = state.vars.clone();
    bind(&mut vars, wait.bind.as_deref(), row);
    Some(Transition {
        next: wait.next.clone(),
        vars,
        effects: wait.effects.clone(),
    })
}

/// Resolves `$variables` in arguments.
pub fn resolve(
    args: &std::collections::BTreeMap<String, Arg>,
    vars: &Vars,
) -> Result<Vars, Rejection> {
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

/// Whether the current step ends the run.
pub fn is_end(definition: &Definition, state: &RunState) -> bool {
    matches!(
        definition.step(&state.step).map(|s| &s.kind),
        Some(StepKind::End { .. })
    )
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
