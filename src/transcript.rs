//! What a run says to whoever drives it, as data: the objects `run --json`
//! prints one per line, and the HTTP API returns as one array. Declared once
//! here, so the command line and the server cannot drift apart.

use serde::Serialize;

use crate::l10n::Localizer;
use crate::role::Role;
use crate::session::{Frontend, Outcome, Prompt, PromptOption};
use crate::value::Message;
use crate::workflow::Definition;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Said {
    /// A step waiting for an answer; `options` is absent for free text.
    Prompt {
        run: i64,
        step: String,
        text: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        options: Option<Vec<PromptOption>>,
    },
    /// Something the run tells and goes on from.
    Info {
        run: i64,
        step: String,
        text: String,
    },
    /// A refused answer, a refusal, or a failure; `details` name places.
    Error {
        run: Option<i64>,
        step: Option<String>,
        text: String,
        details: Vec<String>,
    },
    /// How the request ended: the last object of every run command.
    Status { run: Option<i64>, status: Status },
}

/// How a run command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Completed,
    Waiting,
    Refused,
    /// The run was cancelled.
    Cancelled,
    /// Stopped on an error, told in the `error` before it.
    Failed,
}

impl From<Outcome> for Status {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Completed => Status::Completed,
            Outcome::Waiting => Status::Waiting,
            Outcome::Refused => Status::Refused,
        }
    }
}

impl Said {
    pub fn prompt(prompt: &Prompt) -> Said {
        Said::Prompt {
            run: prompt.run,
            step: prompt.step.clone(),
            text: prompt.text.clone(),
            options: (!prompt.is_free_text()).then(|| prompt.options.clone()),
        }
    }

    pub fn info(run: i64, step: &str, text: &str) -> Said {
        Said::Info {
            run,
            step: step.to_owned(),
            text: text.to_owned(),
        }
    }

    pub fn error(run: Option<i64>, step: Option<&str>, text: &str) -> Said {
        Said::Error {
            run,
            step: step.map(str::to_owned),
            text: text.to_owned(),
            details: Vec::new(),
        }
    }

    /// How a request that stopped on an error ends: the error, then
    /// `failed`.
    pub fn failed(run: Option<i64>, text: String) -> [Said; 2] {
        [
            Said::Error {
                run,
                step: None,
                text,
                details: Vec::new(),
            },
            Said::Status {
                run,
                status: Status::Failed,
            },
        ]
    }

    /// What cancelling run `run`, waiting at `step`, says.
    pub fn cancelled(run: i64, step: &str, l10n: &Localizer) -> [Said; 2] {
        let text = l10n.format(&Message::new("run-cancelled").arg("run", run.to_string()));
        [
            Said::info(run, step, &text),
            Said::Status {
                run: Some(run),
                status: Status::Cancelled,
            },
        ]
    }
}

/// A frontend that keeps what the run says, for a caller that answers
/// whole requests (the HTTP API, the web pages). It never asks: a run stops
/// where the answers given ahead of time run out.
#[derive(Debug, Default)]
pub struct Transcript {
    pub said: Vec<Said>,
}

impl Transcript {
    /// What the run said, ended by how driving it ended.
    pub fn ended(mut self, run: Option<i64>, outcome: Outcome) -> Vec<Said> {
        self.said.push(Said::Status {
            run,
            status: outcome.into(),
        });
        self.said
    }
}

impl Frontend for Transcript {
    fn show(&mut self, prompt: &Prompt) {
        self.said.push(Said::prompt(prompt));
    }

    fn ask(&mut self, prompt: &Prompt) -> Option<String> {
        self.show(prompt);
        None
    }

    fn info(&mut self, run: i64, step: &str, text: &str) {
        self.said.push(Said::info(run, step, text));
    }

    fn error(&mut self, run: Option<i64>, step: Option<&str>, text: &str) {
        self.said.push(Said::error(run, step, text));
    }
}

/// A workflow as listings show it: `workflows --json` and `GET
/// /api/workflows`.
#[derive(Clone, Debug, Serialize)]
pub struct WorkflowSummary {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub description: String,
    pub roles: Vec<Role>,
}

impl WorkflowSummary {
    pub fn new(definition: &Definition, l10n: &Localizer) -> WorkflowSummary {
        WorkflowSummary {
            id: definition.id.clone(),
            version: definition.version,
            title: l10n.text(&definition.title),
            description: l10n.text(&definition.description),
            roles: definition.roles.clone(),
        }
    }
}
