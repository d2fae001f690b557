//! Workflow definitions: the data model of a guided procedure and its
//! loading and validation (see [`load`]). Definitions are plain data; the
//! engine interprets them and knows no particular workflow.

pub mod graph;
mod load;

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

pub use load::{
    BUILTIN_VARS, DefinitionError, Problem, load_all, load_with_problems, parse, parse_stored,
    successors,
};

use crate::error::{Error, Result};
use crate::role::Role;
use crate::value::{Message, Value};

/// The Fluent message that names a role.
pub fn role_message(role: Role) -> Message {
    Message::new(role.message_id())
}

/// The current definitions, loaded and validated the first time something
/// needs them: resuming a run needs them only if it reaches a `call` step,
/// so a step of a waiting run does not pay for loading every workflow.
pub struct Definitions<'a> {
    loaded: OnceCell<Vec<Definition>>,
    load: Box<dyn Fn() -> Result<Vec<Definition>> + 'a>,
}

impl<'a> Definitions<'a> {
    pub fn new(load: impl Fn() -> Result<Vec<Definition>> + 'a) -> Self {
        Definitions {
            loaded: OnceCell::new(),
            load: Box::new(load),
        }
    }

    pub fn all(&self) -> Result<&[Definition]> {
        if let Some(loaded) = self.loaded.get() {
            return Ok(loaded);
        }
        let loaded = (self.load)()?;
        Ok(self.loaded.get_or_init(|| loaded))
    }

    pub fn get(&self, id: &str) -> Result<&Definition> {
        self.all()?
            .iter()
            .find(|d| d.id == id)
            .ok_or_else(|| Error::UnknownWorkflow(id.to_owned()))
    }
}

impl From<Vec<Definition>> for Definitions<'_> {
    fn from(definitions: Vec<Definition>) -> Self {
        Definitions {
            loaded: OnceCell::from(definitions),
            load: Box::new(|| Ok(Vec::new())),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Definition {
    pub id: String,
    pub version: u32,
    /// Message ids.
    pub title: String,
    pub description: String,
    pub roles: Vec<Role>,
    pub start: String,
    /// Variables a caller must pass when it runs this as a sub-workflow.
    pub params: Vec<String>,
    /// Variables passed back to the caller when this sub-workflow ends.
    pub returns: Vec<String>,
    /// Every variable some step (or the caller, or docflow) sets: what
    /// messages shown during the run may use.
    pub variables: BTreeSet<String>,
    pub article: Option<Article>,
    /// Message ids: the rules and defaults a how-to page lists.
    pub rules: Vec<String>,
    pub steps: Vec<Step>,
    /// Where it was loaded from, for messages; its text, for the run journal.
    pub file: String,
    pub source: String,
}

impl Definition {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn allows(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// The documentation article a workflow follows.
#[derive(Clone, Debug)]
pub struct Article {
    pub anchor: String,
    pub section: Option<String>,
    /// The source version the workflow was written from, as `docs drift`
    /// names it (its hash, or the hash's first characters): drift then
    /// tells when the article has moved on since.
    pub source: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub id: String,
    pub line: usize,
    pub kind: StepKind,
    /// The numbered step of the article section this step comes from.
    pub doc: Option<DocRef>,
    /// Message id of what a how-to page says of this step.
    pub howto: Option<String>,
}

#[derive(Clone, Debug)]
pub struct DocRef {
    pub section: String,
    /// `None` when the step follows the section as a whole.
    pub step: Option<u32>,
}

#[derive(Clone, Debug)]
pub enum StepKind {
    /// Ask the person to pick one option.
    Choice(Choice),
    /// Ask for free text, checked against declarative rules.
    Text(Text),
    /// Show data from the store, then go on without asking anything.
    Info(Info),
    /// Run another workflow as a sub-workflow, then go on with its results.
    Call(SubCall),
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
    pub next: Option<Next>,
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
    pub next: Option<Next>,
}

#[derive(Clone, Debug)]
pub struct Text {
    pub prompt: String,
    /// The trimmed answer becomes the variable `<bind>-text`.
    pub bind: String,
    pub rules: TextRules,
    pub effects: Vec<Call>,
    pub next: Next,
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
    pub next: Next,
}

#[derive(Clone, Debug)]
pub struct Info {
    pub message: String,
    /// The first row's fields become `<bind>-<field>`, and the number of
    /// rows `<bind>-count`.
    pub from: Option<Call>,
    pub bind: Option<String>,
    pub next: Next,
}

#[derive(Clone, Debug)]
pub struct SubCall {
    pub workflow: String,
    /// The callee's `params`, from this run's variables.
    pub args: BTreeMap<String, Arg>,
    /// Callee variables copied back, under the same names, when it ends.
    pub returns: Vec<String>,
    pub next: Next,
}

/// Where a step leads: one step, or the first branch whose guard holds.
#[derive(Clone, Debug)]
pub enum Next {
    Step(String),
    Branches(Vec<Branch>),
}

impl Next {
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Next::Step(step) => vec![step.as_str()],
            Next::Branches(branches) => branches.iter().map(|b| b.goto.as_str()).collect(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Branch {
    /// `None` on the last branch: the default.
    pub when: Option<Guard>,
    pub goto: String,
}

/// A CEL expression over run variables, compiled when the definition loads.
/// In CEL, a variable's `-` reads as `_`: `$vehicles-count` is `vehicles_count`.
#[derive(Clone)]
pub struct Guard {
    pub source: String,
    pub program: Arc<cel::Program>,
}

impl fmt::Debug for Guard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guard({:?})", self.source)
    }
}

/// The CEL name of a run variable.
pub fn cel_name(var: &str) -> String {
    var.replace('-', "_")
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
