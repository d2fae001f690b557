//! `docflow preview`: every text a workflow shows, in one locale, without a
//! database. Variables get sample values: each key of a selector on text,
//! and several counts (0, 1, 2, 5, 21) on numbers, so a translator sees
//! every plural form an agent can meet.

use std::collections::BTreeSet;

use serde::Serialize;

use super::Localizer;
use super::check::{Entry, Locale, workflow_messages};
use crate::value::{Message, Value, Vars};
use crate::workflow::{Definition, StepKind};

/// Counts that reach every plural form of the five locales (21 is "one"
/// and 22 "few" in Russian, 5 "many").
const COUNTS: [i64; 6] = [0, 1, 2, 5, 21, 22];
/// More combinations than this per message would drown the reader.
const MAX_SAMPLES: usize = 24;

#[derive(Clone, Debug, Serialize)]
pub struct PreviewLine {
    pub step: Option<String>,
    pub id: String,
    pub args: Vars,
    pub text: String,
}

/// The texts of `definition` in `l10n`'s locale. `en` tells which
/// variables each message uses and how it selects on them.
pub fn preview(definition: &Definition, en: &Locale, l10n: &Localizer) -> Vec<PreviewLine> {
    let mut uses: Vec<(Option<String>, String)> = workflow_messages(definition)
        .into_iter()
        .map(|u| (u.step, u.id))
        .collect();
    uses.extend(run_messages(definition));
    let mut lines = Vec::new();
    let mut seen = BTreeSet::new();
    for (step, id) in uses {
        if !seen.insert((step.clone(), id.clone())) {
            continue;
        }
        let samples = en
            .entries
            .get(&id)
            .map(samples)
            .unwrap_or_else(|| vec![Vars::new()]);
        for args in samples {
            let text = l10n.format(&Message {
                id: id.clone(),
                args: args.clone(),
            });
            lines.push(PreviewLine {
                step: step.clone(),
                id: id.clone(),
                args,
                text,
            });
        }
    }
    lines
}

/// What a run of any workflow can also show: refused answers, and where
/// the run stands when it stops.
fn run_messages(definition: &Definition) -> Vec<(Option<String>, String)> {
    let mut ids = vec!["error-not-an-option", "error-wrong-step"];
    if definition
        .steps
        .iter()
        .any(|s| matches!(s.kind, StepKind::Text(_)))
    {
        ids.extend([
            "error-text-required",
            "error-text-too-short",
            "error-text-too-long",
        ]);
    }
    ids.extend(["status-waiting", "status-completed", "error-role-refused"]);
    ids.into_iter().map(|id| (None, id.to_owned())).collect()
}

/// Argument sets that together show every variant of the message.
fn samples(entry: &Entry) -> Vec<Vars> {
    let mut choices: Vec<(String, Vec<Value>)> = Vec::new();
    for variable in &entry.variables {
        let selectors: Vec<_> = entry
            .selectors
            .iter()
            .filter(|s| s.variable.as_deref() == Some(variable))
            .collect();
        let values: Vec<Value> = if selectors.iter().any(|s| s.numeric) {
            COUNTS.iter().map(|n| Value::Int(*n)).collect()
        } else if selectors.is_empty() {
            vec![Value::Text(format!("‹{variable}›"))]
        } else {
            let keys: BTreeSet<&String> = selectors.iter().flat_map(|s| &s.keys).collect();
            keys.into_iter().map(|k| Value::Text(k.clone())).collect()
        };
        choices.push((variable.clone(), values));
    }
    let mut samples = vec![Vars::new()];
    for (variable, values) in choices {
        let mut next = Vec::new();
        for sample in &samples {
            for value in &values {
                let mut sample = sample.clone();
                sample.insert(variable.clone(), value.clone());
                next.push(sample);
            }
        }
        next.truncate(MAX_SAMPLES);
        samples = next;
    }
    samples
}
