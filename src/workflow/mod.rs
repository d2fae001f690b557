//! Workflow definitions: the data model of a guided procedure and its
//! loading and validation (see [`load`]). Definitions are plain data; the
//! engine interprets them and knows no particular workflow.

mod load;

use std::collections::BTreeMap;

pub use load::{BUILTIN_VARS, DefinitionError, Problem, load_all, parse, parse_stored, successors};

use crate::value::{Message, Value};

/// Roles named in the Partner Center documentation.
pub const ROLES: [&str; 5] = [
    "admin-agent",
    "global-admin",
    "helpdesk-agent",
    "sales-agent",
    "user-management-admin",
];

/// The Fluent message that names a role.
pub fn role_message(role: &str) -> Message {
    Message::new(format!("role-{role}"))
}

#[derive(Clone, Debug)]
pub struct Definition {
    pub id: String,
    pub version: u32,
    /// Message ids.
    pub title: String,
    pub description: String,
    pub roles: Vec<String>,
    pub start: String,
    pub article: Option<Article>,
    pub steps: Vec<Step>,
    /// Where it was loaded from, for messages; its text, for the run journal.
    pub file: String,
    pub source: String,
}

impl Definition {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn allows(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }
}

/// The documentation article a workflow follows.
#[derive(Clone, Debug)]
pub struct Article {
    pub anchor: String,
    pub section: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub id: String,
    pub line: usize,
    pub kind: StepKind,
    /// The numbered step of the article section this step comes from.
    pub doc: Option<DocRef>,
}

#[derive(Clone, Debug)]
pub struct DocRef {
    pub section: String,
    pub step: u32,
}

#[derive(Clone, Debug)]
pub enum StepKind {
    /// Ask the person to pick one option.
    Choice(Choice),
    /// Ask for free text, checked against declarative rules.
    Text(Text),
    /// Stop until a query in the store returns a row; re-checked on resume.
    Wait(Wait),
    /// The run is complete; `message` says so.
    End { message: String },
}

#[derive(Clone, Debug)]
pub struct Choice {
    pub prompt: String,
    /// Options drawn from the store, one per row.
    pub from: Option<OptionSource>,
    /// Options written in the definition, offered after the store's.
    pub options: Vec<StaticOption>,
    /// The chosen row's fields become variables `<bind>-<field>`.
    pub bind: Option<String>,
    /// Effects of picking one of the store's options (written options carry
    /// their own).
    pub effects: Vec<Call>,
    pub next: Option<String>,
    /// Shown instead of the prompt when there is nothing to choose from.
    pub empty: Option<String>,
}

#[derive(Clone, Debug)]
pub struct OptionSource {
    pub query: Call,
    /// Message id of an option's caption; the row's fields are its arguments.
    pub label: String,
}

#[derive(Clone, Debug)]
pub struct StaticOption {
    pub value: String,
    pub label: String,
    pub effects: Vec<Call>,
    pub next: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Text {
    pub prompt: String,
    /// The trimmed answer becomes the variable `<bind>-text`.
    pub bind: String,
    pub rules: TextRules,
    pub effects: Vec<Call>,
    pub next: String,
}

/// What a free-text answer must satisfy, after trimming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRules {
    pub required: bool,
    pub min_length: usize,
    /// In characters. Always bounded, so no answer can flood the journal.
    pub max_length: usize,
}

impl Default for TextRules {
    fn default() -> Self {
        TextRules {
            required: true,
            min_length: 0,
            max_length: 2000,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Wait {
    pub message: String,
    pub until: Call,
    pub bind: Option<String>,
    pub effects: Vec<Call>,
    pub next: String,
}

/// A named domain operation (query or effect) with its arguments.
#[derive(Clone, Debug, Default)]
pub struct Call {
    pub op: String,
    pub args: BTreeMap<String, Arg>,
    /// For effects: the output row becomes variables `<bind>-<field>`.
    pub bind: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// `"$name"` in the definition: a run variable.
    Var(String),
    Literal(Value),
}
