//! Parsing and validating definitions. Every problem found is reported at
//! once, each naming the file, the line and the step, so an author fixes a
//! definition in one pass.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::ops::Range;
use std::sync::Arc;

use serde::de::IntoDeserializer;
use serde::{Deserialize, Deserializer, Serialize};
use toml::Spanned;

use super::{
    Arg, Article, Branch, Call, Choice, Definition, DocRef, Guard, Info, Next, OptionSource,
    StaticOption, Step, StepKind, SubCall, Text, TextRules, Wait, cel_name,
};
use crate::assets::{Source, TextFile};
use crate::error::{Error, Result};
use crate::l10n::line_column;
use crate::role::Role;
use crate::store::ops::{self, OpKind};
use crate::value::{Message, Value};

/// Variables every run has without a step binding them.
pub const BUILTIN_VARS: [&str; 2] = ["agent-id", "agent-name"];

#[derive(Clone, Debug, PartialEq)]
pub struct DefinitionError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub step: Option<String>,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Syntax(String),
    IdMismatch { id: String, expected: String },
    DuplicateWorkflow(String),
    DuplicateStep,
    DuplicateOption(String),
    UnknownStep(String),
    UnknownKind(String),
    MissingField(&'static str),
    FieldNotAllowed(&'static str),
    UnknownOperation { op: String, kind: OpKind },
    MissingArgument { op: String, arg: String },
    UnknownArgument { op: String, arg: String },
    UnknownVariable(String),
    UnknownMessage(String),
    UnknownRole(String),
    NoRoles,
    Unreachable,
    NoWayOut,
    CannotFinish,
    ImpossibleRules,
    NoDefaultBranch,
    BadGuard(String),
    UnknownWorkflow(String),
    CalleeRefusesRole { workflow: String, role: Role },
}

impl DefinitionError {
    /// `file:line: [step]`, language-neutral; shown before [`Self::message`].
    pub fn location(&self) -> String {
        match &self.step {
            Some(step) => format!("{}:{}:{}: [{step}]", self.file, self.line, self.column),
            None => format!("{}:{}:{}:", self.file, self.line, self.column),
        }
    }

    pub fn message(&self) -> Message {
        use Problem::*;
        let m = Message::new;
        match &self.problem {
            Syntax(detail) => m("definition-syntax").arg("detail", detail.as_str()),
            IdMismatch { id, expected } => m("definition-id-mismatch")
                .arg("id", id.as_str())
                .arg("expected", expected.as_str()),
            DuplicateWorkflow(id) => m("definition-duplicate-workflow").arg("id", id.as_str()),
            DuplicateStep => m("definition-duplicate-step"),
            DuplicateOption(value) => m("definition-duplicate-option").arg("value", value.as_str()),
            UnknownStep(target) => m("definition-unknown-step").arg("target", target.as_str()),
            UnknownKind(kind) => m("definition-unknown-kind")
                .arg("kind", kind.as_str())
                .arg("kinds", KindName::names()),
            MissingField(field) => m("definition-missing-field").arg("field", *field),
            FieldNotAllowed(field) => m("definition-field-not-allowed").arg("field", *field),
            UnknownOperation { op, kind } => m("definition-unknown-operation")
                .arg("op", op.as_str())
                .arg(
                    "kind",
                    match kind {
                        OpKind::Query => "query",
                        OpKind::Effect => "effect",
                    },
                ),
            MissingArgument { op, arg } => m("definition-missing-argument")
                .arg("op", op.as_str())
                .arg("arg", arg.as_str()),
            UnknownArgument { op, arg } => m("definition-unknown-argument")
                .arg("op", op.as_str())
                .arg("arg", arg.as_str()),
            UnknownVariable(name) => m("definition-unknown-variable").arg("name", name.as_str()),
            UnknownMessage(id) => m("definition-unknown-message").arg("id", id.as_str()),
            UnknownRole(role) => m("definition-unknown-role").arg("role", role.as_str()),
            NoRoles => m("definition-no-roles"),
            Unreachable => m("definition-unreachable"),
            NoWayOut => m("definition-no-way-out"),
            CannotFinish => m("definition-cannot-finish"),
            ImpossibleRules => m("definition-impossible-rules"),
            NoDefaultBranch => m("definition-no-default-branch"),
            BadGuard(detail) => m("definition-bad-guard").arg("detail", detail.as_str()),
            UnknownWorkflow(id) => m("definition-unknown-workflow").arg("id", id.as_str()),
            CalleeRefusesRole { workflow, role } => m("definition-callee-refuses-role")
                .arg("workflow", workflow.as_str())
                .arg("role", role.as_str()),
        }
    }
}

/// Loads every `*.toml` of `source`, validating each against the message
/// ids of the fallback locale. All problems of all files are returned.
pub fn load_all(source: &Source, messages: &BTreeSet<String>) -> Result<Vec<Definition>> {
    let (definitions, errors) = load_with_problems(source, messages)?;
    if errors.is_empty() {
        Ok(definitions)
    } else {
        Err(Error::InvalidDefinitions(errors))
    }
}

/// Like [`load_all`], for a caller that reports problems and goes on (the
/// translators' checker): the definitions that could be read, problems or
/// not, and every problem found. Only a directory that cannot be read is
/// an error.
pub fn load_with_problems(
    source: &Source,
    messages: &BTreeSet<String>,
) -> Result<(Vec<Definition>, Vec<DefinitionError>)> {
    let mut definitions: Vec<Definition> = Vec::new();
    let mut errors = Vec::new();
    for file in source.files("", "toml")? {
        let (definition, mut problems) = check(&file, &file_stem(&file.name), Some(messages));
        errors.append(&mut problems);
        let Some(definition) = definition else {
            continue;
        };
        if definitions.iter().any(|d| d.id == definition.id) {
            errors.push(DefinitionError {
                file: file.name.clone(),
                line: 1,
                column: 1,
                step: None,
                problem: Problem::DuplicateWorkflow(definition.id.clone()),
            });
        } else {
            // Kept even with problems, so calls to and from it are checked too.
            definitions.push(definition);
        }
    }
    errors.extend(check_calls(&definitions));
    Ok((definitions, errors))
}

/// A `call` step must name a loaded workflow, pass exactly its parameters,
/// take back only what it returns, and never call a workflow that would
/// refuse an agent allowed to run the caller.
fn check_calls(definitions: &[Definition]) -> Vec<DefinitionError> {
    let mut errors = Vec::new();
    for caller in definitions {
        for step in &caller.steps {
            let StepKind::Call(call) = &step.kind else {
                continue;
            };
            let mut error = |problem| {
                errors.push(DefinitionError {
                    file: caller.file.clone(),
                    line: step.line,
                    column: 1,
                    step: Some(step.id.clone()),
                    problem,
                })
            };
            let Some(callee) = definitions.iter().find(|d| d.id == call.workflow) else {
                error(Problem::UnknownWorkflow(call.workflow.clone()));
                continue;
            };
            let op = || callee.id.clone();
            for param in callee.params.iter().filter(|p| !call.args.contains_key(*p)) {
                error(Problem::MissingArgument {
                    op: op(),
                    arg: param.clone(),
                });
            }
            for arg in call.args.keys().filter(|a| !callee.params.contains(a)) {
                error(Problem::UnknownArgument {
                    op: op(),
                    arg: arg.clone(),
                });
            }
            for name in call.returns.iter().filter(|r| !callee.returns.contains(r)) {
                error(Problem::UnknownVariable(name.clone()));
            }
            for role in caller.roles.iter().filter(|r| !callee.allows(**r)) {
                error(Problem::CalleeRefusesRole {
                    workflow: callee.id.clone(),
                    role: *role,
                });
            }
        }
    }
    errors
}

/// Parses and validates one definition file; its id must be its file name.
pub fn parse(
    file: &TextFile,
    messages: &BTreeSet<String>,
) -> std::result::Result<Definition, Vec<DefinitionError>> {
    into_result(check(file, &file_stem(&file.name), Some(messages)))
}

/// Parses the copy of a definition a run keeps in the journal. It was
/// validated when stored; its messages are not checked again, so a run stays
/// resumable after a message it used is retired (formatting falls back).
pub fn parse_stored(
    file: &TextFile,
    expected_id: &str,
) -> std::result::Result<Definition, Vec<DefinitionError>> {
    into_result(check(file, expected_id, None))
}

fn into_result(
    (definition, errors): (Option<Definition>, Vec<DefinitionError>),
) -> std::result::Result<Definition, Vec<DefinitionError>> {
    match definition {
        Some(definition) if errors.is_empty() => Ok(definition),
        _ => Err(errors),
    }
}

/// The definition, when the file is valid TOML of the right shape, and
/// every problem found in it.
fn check(
    file: &TextFile,
    expected_id: &str,
    messages: Option<&BTreeSet<String>>,
) -> (Option<Definition>, Vec<DefinitionError>) {
    let mut checker = Checker {
        file,
        expected_id,
        messages,
        errors: Vec::new(),
        step: None,
        edges: Vec::new(),
    };
    let raw: RawDefinition = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            checker.error(&span, Problem::Syntax(e.message().to_owned()));
            return (None, checker.errors);
        }
    };
    let definition = checker.definition(raw);
    checker.errors.sort_by_key(|e| (e.line, e.column));
    (Some(definition), checker.errors)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDefinition {
    id: Spanned<String>,
    version: u32,
    title: Spanned<String>,
    description: Spanned<String>,
    roles: Spanned<Vec<String>>,
    start: Spanned<String>,
    #[serde(default)]
    params: Vec<String>,
    returns: Option<Spanned<Vec<String>>>,
    article: Option<RawArticle>,
    /// Message ids of the rules and defaults a how-to page lists.
    #[serde(default)]
    rules: Vec<Spanned<String>>,
    #[serde(default)]
    steps: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawArticle {
    anchor: String,
    section: Option<String>,
    source: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawStep {
    id: Spanned<String>,
    kind: Spanned<RawKind>,
    prompt: Option<Spanned<String>>,
    message: Option<Spanned<String>>,
    from: Option<Spanned<RawQuery>>,
    label: Option<Spanned<String>>,
    #[serde(default)]
    options: Vec<Spanned<RawOption>>,
    bind: Option<Spanned<String>>,
    until: Option<Spanned<RawQuery>>,
    #[serde(default)]
    effects: Vec<Spanned<RawEffect>>,
    next: Option<Spanned<RawNext>>,
    empty: Option<Spanned<String>>,
    validate: Option<Spanned<RawValidate>>,
    workflow: Option<Spanned<String>>,
    args: Option<BTreeMap<String, toml::Value>>,
    returns: Option<Vec<String>>,
    doc: Option<RawDoc>,
    /// Message id of the step's text on a how-to page.
    howto: Option<Spanned<String>>,
}

/// The step kinds, as `kind` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum KindName {
    Choice,
    Text,
    Info,
    Wait,
    Call,
    End,
}

impl KindName {
    const ALL: [KindName; 6] = [
        KindName::Choice,
        KindName::Text,
        KindName::Info,
        KindName::Wait,
        KindName::Call,
        KindName::End,
    ];

    /// The names an author may write, as serde reads them, for the error
    /// that lists them.
    fn names() -> String {
        let names: Vec<String> = KindName::ALL
            .iter()
            .filter_map(|kind| match serde_json::to_value(kind) {
                Ok(serde_json::Value::String(name)) => Some(name),
                _ => None,
            })
            .collect();
        names.join(", ")
    }

    /// The fields a step of this kind may have; any other present field is
    /// an error.
    fn allowed_fields(self) -> &'static [Field] {
        match self {
            KindName::Choice => &[
                Field::Prompt,
                Field::From,
                Field::Label,
                Field::Options,
                Field::Bind,
                Field::Effects,
                Field::Next,
                Field::Empty,
            ],
            KindName::Text => &[
                Field::Prompt,
                Field::Bind,
                Field::Validate,
                Field::Effects,
                Field::Next,
            ],
            KindName::Info => &[Field::Message, Field::From, Field::Bind, Field::Next],
            KindName::Wait => &[
                Field::Message,
                Field::Until,
                Field::Bind,
                Field::Effects,
                Field::Next,
            ],
            KindName::Call => &[Field::Workflow, Field::Args, Field::Returns, Field::Next],
            KindName::End => &[Field::Message],
        }
    }
}

/// A step's `kind` as written: one this build knows, or the name to report
/// (with the span `Spanned` keeps), rather than failing the whole file.
#[derive(Clone)]
enum RawKind {
    Known(KindName),
    Unknown(String),
}

impl RawKind {
    fn known(&self) -> Option<KindName> {
        match self {
            RawKind::Known(kind) => Some(*kind),
            RawKind::Unknown(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for RawKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read as a string first, so a value that is not one keeps toml's own
        // message ("expected a string") and position.
        let name = String::deserialize(deserializer)?;
        let known: Result<KindName, serde::de::value::Error> =
            KindName::deserialize(name.as_str().into_deserializer());
        Ok(known.map_or(RawKind::Unknown(name), RawKind::Known))
    }
}

/// The fields of a step that only some kinds have, in the order their
/// problems are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Prompt,
    Message,
    From,
    Label,
    Options,
    Bind,
    Until,
    Effects,
    Next,
    Empty,
    Validate,
    Workflow,
    Args,
    Returns,
}

impl Field {
    const ALL: [Field; 14] = [
        Field::Prompt,
        Field::Message,
        Field::From,
        Field::Label,
        Field::Options,
        Field::Bind,
        Field::Until,
        Field::Effects,
        Field::Next,
        Field::Empty,
        Field::Validate,
        Field::Workflow,
        Field::Args,
        Field::Returns,
    ];

    /// The name an author writes, as problems quote it.
    fn name(self) -> &'static str {
        match self {
            Field::Prompt => "prompt",
            Field::Message => "message",
            Field::From => "from",
            Field::Label => "label",
            Field::Options => "options",
            Field::Bind => "bind",
            Field::Until => "until",
            Field::Effects => "effects",
            Field::Next => "next",
            Field::Empty => "empty",
            Field::Validate => "validate",
            Field::Workflow => "workflow",
            Field::Args => "args",
            Field::Returns => "returns",
        }
    }
}

impl RawStep {
    /// Whether the step writes `field` (an empty list counts as absent).
    fn has(&self, field: Field) -> bool {
        match field {
            Field::Prompt => self.prompt.is_some(),
            Field::Message => self.message.is_some(),
            Field::From => self.from.is_some(),
            Field::Label => self.label.is_some(),
            Field::Options => !self.options.is_empty(),
            Field::Bind => self.bind.is_some(),
            Field::Until => self.until.is_some(),
            Field::Effects => !self.effects.is_empty(),
            Field::Next => self.next.is_some(),
            Field::Empty => self.empty.is_some(),
            Field::Validate => self.validate.is_some(),
            Field::Workflow => self.workflow.is_some(),
            Field::Args => self.args.is_some(),
            Field::Returns => self.returns.is_some(),
        }
    }
}

#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum RawNext {
    Step(String),
    Branches(Vec<RawBranch>),
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawBranch {
    when: Option<String>,
    goto: String,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawValidate {
    required: Option<bool>,
    min_length: Option<usize>,
    max_length: Option<usize>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawQuery {
    query: String,
    #[serde(default)]
    args: BTreeMap<String, toml::Value>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawEffect {
    effect: String,
    #[serde(default)]
    args: BTreeMap<String, toml::Value>,
    bind: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOption {
    value: String,
    label: Spanned<String>,
    #[serde(default)]
    effects: Vec<Spanned<RawEffect>>,
    next: Option<Spanned<RawNext>>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDoc {
    section: String,
    /// Absent when the step follows the section as a whole (its prose or a
    /// bulleted list rather than a numbered step).
    step: Option<u32>,
}

/// Where in the file a converted element came from, for graph checks that
/// run after conversion.
struct Spans {
    step: Range<usize>,
    /// Every `next` with the span that wrote it.
    edges: Vec<(String, Range<usize>)>,
}

struct Checker<'a> {
    file: &'a TextFile,
    expected_id: &'a str,
    /// Message ids that exist; `None` skips the check.
    messages: Option<&'a BTreeSet<String>>,
    errors: Vec<DefinitionError>,
    step: Option<String>,
    /// The current step's `next` targets with where they were written.
    edges: Vec<(String, Range<usize>)>,
}

impl Checker<'_> {
    fn error(&mut self, span: &Range<usize>, problem: Problem) {
        let (line, column) = line_column(&self.file.text, span.start);
        self.errors.push(DefinitionError {
            file: self.file.name.clone(),
            line,
            column,
            step: self.step.clone(),
            problem,
        });
    }

    fn missing_field(&mut self, span: &Range<usize>, field: Field) {
        self.error(span, Problem::MissingField(field.name()));
    }

    fn field_not_allowed(&mut self, span: &Range<usize>, field: Field) {
        self.error(span, Problem::FieldNotAllowed(field.name()));
    }

    fn definition(&mut self, raw: RawDefinition) -> Definition {
        if raw.id.get_ref() != self.expected_id {
            self.error(
                &raw.id.span(),
                Problem::IdMismatch {
                    id: raw.id.get_ref().clone(),
                    expected: self.expected_id.to_owned(),
                },
            );
        }
        self.message_id(&raw.title);
        self.message_id(&raw.description);
        for rule in &raw.rules {
            self.message_id(rule);
        }
        let roles = self.roles(&raw.roles);

        let mut bound = bound_variables(&raw.steps);
        bound.extend(raw.params.iter().cloned());
        let returns = raw
            .returns
            .as_ref()
            .map(|r| r.get_ref().clone())
            .unwrap_or_default();
        if let Some(raw_returns) = &raw.returns {
            for name in raw_returns.get_ref() {
                if !bound.contains(name) {
                    self.error(&raw_returns.span(), Problem::UnknownVariable(name.clone()));
                }
            }
        }
        let mut steps = Vec::new();
        let mut spans = Vec::new();
        let mut seen = BTreeSet::new();
        let mut unread = BTreeSet::new();
        for raw_step in raw.steps {
            let id = raw_step.id.get_ref().clone();
            self.step = Some(id.clone());
            if !seen.insert(id.clone()) {
                self.error(&raw_step.id.span(), Problem::DuplicateStep);
                continue;
            }
            match self.step(raw_step, &bound) {
                Some((step, step_spans)) => {
                    steps.push(step);
                    spans.push(step_spans);
                }
                None => {
                    unread.insert(id);
                }
            }
        }
        self.step = None;

        let definition = Definition {
            id: raw.id.get_ref().clone(),
            version: raw.version,
            title: raw.title.into_inner(),
            description: raw.description.into_inner(),
            roles,
            start: raw.start.get_ref().clone(),
            params: raw.params.clone(),
            returns: returns.clone(),
            variables: bound.clone(),
            article: raw.article.map(|a| Article {
                anchor: a.anchor,
                section: a.section,
                source: a.source,
            }),
            rules: raw.rules.into_iter().map(Spanned::into_inner).collect(),
            steps,
            file: self.file.name.clone(),
            source: self.file.text.clone(),
        };
        if definition.step(&definition.start).is_none() && !unread.contains(&definition.start) {
            self.error(
                &raw.start.span(),
                Problem::UnknownStep(definition.start.clone()),
            );
        }
        self.graph(&definition, &spans, &unread);
        definition
    }

    /// The roles a definition allows; at least one, each known to docflow.
    fn roles(&mut self, raw: &Spanned<Vec<String>>) -> Vec<Role> {
        if raw.get_ref().is_empty() {
            self.error(&raw.span(), Problem::NoRoles);
        }
        let mut roles = Vec::new();
        for id in raw.get_ref() {
            match id.parse() {
                Ok(role) => roles.push(role),
                Err(_) => self.error(&raw.span(), Problem::UnknownRole(id.clone())),
            }
        }
        roles
    }

    /// Converts one step. A step of an unknown kind is reported and left
    /// out: there is no telling what it would do.
    fn step(&mut self, raw: RawStep, bound: &BTreeSet<String>) -> Option<(Step, Spans)> {
        let id_span = raw.id.span();
        let (id, doc) = (raw.id.get_ref().clone(), raw.doc.clone());
        if let Some(howto) = &raw.howto {
            self.message_id(howto);
        }
        let howto = raw.howto.clone().map(Spanned::into_inner);
        let kind_name = match raw.kind.get_ref() {
            RawKind::Known(kind) => *kind,
            RawKind::Unknown(name) => {
                self.error(&raw.kind.span(), Problem::UnknownKind(name.clone()));
                return None;
            }
        };
        let allowed = kind_name.allowed_fields();
        for field in Field::ALL {
            if raw.has(field) && !allowed.contains(&field) {
                self.field_not_allowed(&id_span, field);
            }
        }
        self.edges.clear();
        let kind = match kind_name {
            KindName::Choice => self.choice(raw, &id_span, bound),
            KindName::Text => self.text(raw, &id_span, bound),
            KindName::Info => self.info(raw, &id_span, bound),
            KindName::Wait => self.wait(raw, &id_span, bound),
            KindName::Call => self.call(raw, &id_span, bound),
            KindName::End => StepKind::End {
                message: self.required_message(raw.message.as_ref(), &id_span, Field::Message),
            },
        };
        let (line, _) = line_column(&self.file.text, id_span.start);
        let step = Step {
            id,
            line,
            kind,
            doc: doc.map(|d| DocRef {
                section: d.section,
                step: d.step,
            }),
            howto,
        };
        let edges = std::mem::take(&mut self.edges);
        Some((
            step,
            Spans {
                step: id_span,
                edges,
            },
        ))
    }

    fn text(&mut self, raw: RawStep, id_span: &Range<usize>, bound: &BTreeSet<String>) -> StepKind {
        let prompt = self.required_message(raw.prompt.as_ref(), id_span, Field::Prompt);
        if raw.bind.is_none() {
            self.missing_field(id_span, Field::Bind);
        }
        StepKind::Text(Text {
            prompt,
            bind: raw.bind.map(Spanned::into_inner).unwrap_or_default(),
            rules: self.text_rules(raw.validate),
            effects: self.effects(raw.effects, bound),
            next: self.required_next(raw.next, id_span, bound),
        })
    }

    fn info(&mut self, raw: RawStep, id_span: &Range<usize>, bound: &BTreeSet<String>) -> StepKind {
        let message = self.required_message(raw.message.as_ref(), id_span, Field::Message);
        StepKind::Info(Info {
            message,
            from: raw.from.map(|q| self.query(q, bound)),
            bind: raw.bind.map(Spanned::into_inner),
            next: self.required_next(raw.next, id_span, bound),
        })
    }

    fn wait(&mut self, raw: RawStep, id_span: &Range<usize>, bound: &BTreeSet<String>) -> StepKind {
        let message = self.required_message(raw.message.as_ref(), id_span, Field::Message);
        let until = match raw.until {
            Some(until) => self.query(until, bound),
            None => {
                self.missing_field(id_span, Field::Until);
                Call::default()
            }
        };
        StepKind::Wait(Wait {
            message,
            until,
            bind: raw.bind.map(Spanned::into_inner),
            effects: self.effects(raw.effects, bound),
            next: self.required_next(raw.next, id_span, bound),
        })
    }

    fn call(&mut self, raw: RawStep, id_span: &Range<usize>, bound: &BTreeSet<String>) -> StepKind {
        let workflow = match &raw.workflow {
            Some(w) => w.get_ref().clone(),
            None => {
                self.missing_field(id_span, Field::Workflow);
                String::new()
            }
        };
        let args = self.args(id_span, raw.args.unwrap_or_default(), bound);
        StepKind::Call(SubCall {
            workflow,
            args,
            returns: raw.returns.unwrap_or_default(),
            next: self.required_next(raw.next, id_span, bound),
        })
    }

    fn choice(
        &mut self,
        raw: RawStep,
        id_span: &Range<usize>,
        bound: &BTreeSet<String>,
    ) -> StepKind {
        let prompt = self.required_message(raw.prompt.as_ref(), id_span, Field::Prompt);
        let has_from = raw.from.is_some();
        let from = match (raw.from, raw.label) {
            (Some(query), Some(label)) => {
                self.message_id(&label);
                Some(OptionSource {
                    query: self.query(query, bound),
                    label: label.into_inner(),
                })
            }
            (Some(_), None) => {
                self.missing_field(id_span, Field::Label);
                None
            }
            (None, Some(label)) => {
                self.field_not_allowed(&label.span(), Field::Label);
                None
            }
            (None, None) => None,
        };
        if !has_from && raw.options.is_empty() {
            self.missing_field(id_span, Field::Options);
        }
        if !has_from && !raw.effects.is_empty() {
            self.field_not_allowed(id_span, Field::Effects);
        }
        let mut values = BTreeSet::new();
        let mut options = Vec::new();
        for option in raw.options {
            let span = option.span();
            let option = option.into_inner();
            if !values.insert(option.value.clone()) {
                self.error(&span, Problem::DuplicateOption(option.value.clone()));
            }
            self.message_id(&option.label);
            options.push(StaticOption {
                value: option.value,
                label: option.label.into_inner(),
                effects: self.effects(option.effects, bound),
                next: option.next.map(|n| self.next(n, bound)),
            });
        }
        if let Some(empty) = &raw.empty {
            self.message_id(empty);
        }
        StepKind::Choice(Choice {
            prompt,
            from,
            options,
            bind: raw.bind.map(Spanned::into_inner),
            effects: self.effects(raw.effects, bound),
            next: raw.next.map(|n| self.next(n, bound)),
            empty: raw.empty.map(Spanned::into_inner),
        })
    }

    fn required_next(
        &mut self,
        raw: Option<Spanned<RawNext>>,
        id_span: &Range<usize>,
        bound: &BTreeSet<String>,
    ) -> Next {
        match raw {
            Some(raw) => self.next(raw, bound),
            None => {
                self.missing_field(id_span, Field::Next);
                Next::Step(String::new())
            }
        }
    }

    /// Converts a `next`, compiling its guards and remembering its targets
    /// for the graph checks.
    fn next(&mut self, raw: Spanned<RawNext>, bound: &BTreeSet<String>) -> Next {
        let span = raw.span();
        match raw.into_inner() {
            RawNext::Step(step) => {
                self.edges.push((step.clone(), span));
                Next::Step(step)
            }
            RawNext::Branches(raw_branches) => {
                let count = raw_branches.len();
                let mut branches = Vec::new();
                for (index, branch) in raw_branches.into_iter().enumerate() {
                    self.edges.push((branch.goto.clone(), span.clone()));
                    let last = index + 1 == count;
                    let when = match (branch.when, last) {
                        (Some(source), false) => self.guard(&span, source, bound),
                        (None, true) => None,
                        (Some(_), true) | (None, false) => {
                            self.error(&span, Problem::NoDefaultBranch);
                            None
                        }
                    };
                    branches.push(Branch {
                        when,
                        goto: branch.goto,
                    });
                }
                Next::Branches(branches)
            }
        }
    }

    /// Compiles a CEL guard; every variable it reads must be bound.
    fn guard(
        &mut self,
        span: &Range<usize>,
        source: String,
        bound: &BTreeSet<String>,
    ) -> Option<Guard> {
        match cel::Program::compile(&source) {
            Ok(program) => {
                let known: BTreeSet<String> = bound.iter().map(|v| cel_name(v)).collect();
                for var in program.references().variables() {
                    if !known.contains(var) {
                        self.error(span, Problem::UnknownVariable(var.to_owned()));
                    }
                }
                Some(Guard {
                    source,
                    program: Arc::new(program),
                })
            }
            Err(e) => {
                self.error(span, Problem::BadGuard(e.to_string()));
                None
            }
        }
    }

    fn text_rules(&mut self, raw: Option<Spanned<RawValidate>>) -> TextRules {
        let defaults = TextRules::default();
        let Some(raw) = raw else {
            return defaults;
        };
        let span = raw.span();
        let raw = raw.into_inner();
        let rules = TextRules {
            required: raw.required.unwrap_or(defaults.required),
            min_length: raw.min_length.unwrap_or(defaults.min_length),
            max_length: raw.max_length.unwrap_or(defaults.max_length),
        };
        if rules.min_length > rules.max_length || rules.max_length == 0 {
            self.error(&span, Problem::ImpossibleRules);
        }
        rules
    }

    fn required_message(
        &mut self,
        id: Option<&Spanned<String>>,
        step_span: &Range<usize>,
        field: Field,
    ) -> String {
        match id {
            Some(id) => {
                self.message_id(id);
                id.get_ref().clone()
            }
            None => {
                self.missing_field(step_span, field);
                String::new()
            }
        }
    }

    fn message_id(&mut self, id: &Spanned<String>) {
        if self.messages.is_some_and(|m| !m.contains(id.get_ref())) {
            self.error(&id.span(), Problem::UnknownMessage(id.get_ref().clone()));
        }
    }

    fn query(&mut self, raw: Spanned<RawQuery>, bound: &BTreeSet<String>) -> Call {
        let span = raw.span();
        let raw = raw.into_inner();
        self.operation(&span, raw.query, raw.args, None, OpKind::Query, bound)
    }

    fn effects(&mut self, raw: Vec<Spanned<RawEffect>>, bound: &BTreeSet<String>) -> Vec<Call> {
        raw.into_iter()
            .map(|effect| {
                let span = effect.span();
                let e = effect.into_inner();
                self.operation(&span, e.effect, e.args, e.bind, OpKind::Effect, bound)
            })
            .collect()
    }

    /// Arguments: literals, or `$variables` some step binds.
    fn args(
        &mut self,
        span: &Range<usize>,
        raw_args: BTreeMap<String, toml::Value>,
        bound: &BTreeSet<String>,
    ) -> BTreeMap<String, Arg> {
        let mut args = BTreeMap::new();
        for (name, value) in raw_args {
            match arg(&value) {
                Some(arg) => {
                    if let Arg::Var(var) = &arg
                        && !bound.contains(var)
                    {
                        self.error(span, Problem::UnknownVariable(var.clone()));
                    }
                    // Kept even when unknown, so the argument is not also
                    // reported as missing.
                    args.insert(name, arg);
                }
                None => self.error(span, Problem::Syntax(format!("{name} = {value}"))),
            }
        }
        args
    }

    fn operation(
        &mut self,
        span: &Range<usize>,
        op: String,
        raw_args: BTreeMap<String, toml::Value>,
        bind: Option<String>,
        kind: OpKind,
        bound: &BTreeSet<String>,
    ) -> Call {
        let args = self.args(span, raw_args, bound);
        match ops::spec(&op).filter(|s| s.kind() == kind) {
            None => self.error(
                span,
                Problem::UnknownOperation {
                    op: op.clone(),
                    kind,
                },
            ),
            Some(spec) => {
                for param in spec.params {
                    if !args.contains_key(*param) {
                        self.error(
                            span,
                            Problem::MissingArgument {
                                op: op.clone(),
                                arg: (*param).to_owned(),
                            },
                        );
                    }
                }
                for name in args.keys() {
                    if !spec.params.contains(&name.as_str()) {
                        self.error(
                            span,
                            Problem::UnknownArgument {
                                op: op.clone(),
                                arg: name.clone(),
                            },
                        );
                    }
                }
            }
        }
        Call { op, args, bind }
    }

    /// Every `next` names a step, every step is reachable from the start,
    /// and from every step some end can be reached. Steps left out for an
    /// unknown kind (`unread`, already reported) still count as targets;
    /// while there are any, paths are not judged: where they would lead is
    /// unknown, so any finding would only echo that one problem.
    fn graph(&mut self, definition: &Definition, spans: &[Spans], unread: &BTreeSet<String>) {
        self.targets_and_ways_out(definition, spans, unread);
        if unread.is_empty() {
            self.paths(definition, spans);
        }
        self.step = None;
    }

    /// Every `next` names a step; a choice always has somewhere to go.
    fn targets_and_ways_out(
        &mut self,
        definition: &Definition,
        spans: &[Spans],
        unread: &BTreeSet<String>,
    ) {
        let ids: BTreeSet<&str> = definition
            .steps
            .iter()
            .map(|s| s.id.as_str())
            .chain(unread.iter().map(String::as_str))
            .collect();
        for (step, spans) in definition.steps.iter().zip(spans) {
            self.step = Some(step.id.clone());
            for (target, span) in &spans.edges {
                if !ids.contains(target.as_str()) {
                    self.error(span, Problem::UnknownStep(target.clone()));
                }
            }
            if let StepKind::Choice(choice) = &step.kind {
                let dynamic_without_next = choice.from.is_some() && choice.next.is_none();
                let static_without_next =
                    choice.next.is_none() && choice.options.iter().any(|o| o.next.is_none());
                if dynamic_without_next || static_without_next {
                    self.error(&spans.step, Problem::NoWayOut);
                }
            }
        }
    }

    /// Every step is reachable from the start, and some end from it.
    fn paths(&mut self, definition: &Definition, spans: &[Spans]) {
        let reachable = reach(definition, [definition.start.as_str()], successors);
        let ends = definition
            .steps
            .iter()
            .filter(|s| matches!(s.kind, StepKind::End { .. }))
            .map(|s| s.id.as_str());
        let finishing = reach(definition, ends, |d, id| predecessors(d, id));
        for (step, spans) in definition.steps.iter().zip(spans) {
            self.step = Some(step.id.clone());
            if !reachable.contains(step.id.as_str()) {
                self.error(&spans.step, Problem::Unreachable);
            } else if !finishing.contains(step.id.as_str()) {
                self.error(&spans.step, Problem::CannotFinish);
            }
        }
    }
}

/// The steps a step can lead to.
pub fn successors<'d>(definition: &'d Definition, id: &str) -> Vec<&'d str> {
    let Some(step) = definition.step(id) else {
        return Vec::new();
    };
    match &step.kind {
        StepKind::Choice(choice) => choice
            .options
            .iter()
            .filter_map(|o| o.next.as_ref())
            .chain(choice.next.as_ref())
            .flat_map(Next::targets)
            .collect(),
        StepKind::Text(Text { next, .. })
        | StepKind::Info(Info { next, .. })
        | StepKind::Wait(Wait { next, .. })
        | StepKind::Call(SubCall { next, .. }) => next.targets(),
        StepKind::End { .. } => Vec::new(),
    }
}

fn predecessors<'d>(definition: &'d Definition, id: &str) -> Vec<&'d str> {
    definition
        .steps
        .iter()
        .filter(|s| successors(definition, &s.id).contains(&id))
        .map(|s| s.id.as_str())
        .collect()
}

fn reach<'d>(
    definition: &'d Definition,
    from: impl IntoIterator<Item = &'d str>,
    next: impl Fn(&'d Definition, &str) -> Vec<&'d str>,
) -> BTreeSet<&'d str> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<&str> = from.into_iter().collect();
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            queue.extend(next(definition, id));
        }
    }
    seen
}

/// Variables that some step of the definition binds.
fn bound_variables(steps: &[RawStep]) -> BTreeSet<String> {
    let mut vars: BTreeSet<String> = BUILTIN_VARS.iter().map(|v| (*v).to_owned()).collect();
    let mut extra = Vec::new();
    let mut bind_fields = |bind: &str, op: &str| {
        for field in ops::spec(op).map_or(&[][..], |s| s.fields) {
            vars.insert(format!("{bind}-{field}"));
        }
    };
    for step in steps {
        let kind = step.kind.get_ref().known();
        let bind = step.bind.as_ref().map(|b| b.get_ref().as_str());
        if let Some(bind) = bind {
            for source in [&step.from, &step.until].into_iter().flatten() {
                bind_fields(bind, &source.get_ref().query);
            }
        }
        let option_effects = step.options.iter().flat_map(|o| &o.get_ref().effects);
        for effect in step.effects.iter().chain(option_effects) {
            let effect = effect.get_ref();
            if let Some(bind) = &effect.bind {
                bind_fields(bind, &effect.effect);
            }
        }
        if let Some(bind) = bind
            && !step.options.is_empty()
        {
            extra.push(format!("{bind}-id"));
        }
        if let Some(bind) = bind
            && kind == Some(KindName::Text)
        {
            extra.push(format!("{bind}-text"));
        }
        if let Some(bind) = bind
            && kind == Some(KindName::Info)
        {
            extra.push(format!("{bind}-count"));
        }
        extra.extend(step.returns.iter().flatten().cloned());
    }
    vars.extend(extra);
    vars
}

fn arg(value: &toml::Value) -> Option<Arg> {
    match value {
        toml::Value::String(s) => Some(match s.strip_prefix('$') {
            Some(var) => Arg::Var(var.to_owned()),
            None => Arg::Literal(Value::Text(s.clone())),
        }),
        toml::Value::Integer(n) => Some(Arg::Literal(Value::Int(*n))),
        toml::Value::Boolean(b) => Some(Arg::Literal(Value::Bool(*b))),
        _ => None,
    }
}

fn file_stem(name: &str) -> String {
    std::path::Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value of the right shape for `field`.
    fn sample(field: Field) -> &'static str {
        match field {
            Field::Prompt
            | Field::Message
            | Field::Label
            | Field::Bind
            | Field::Next
            | Field::Empty
            | Field::Workflow => r#""x""#,
            Field::From | Field::Until => r#"{ query = "customers" }"#,
            Field::Options => r#"[{ value = "a", label = "x" }]"#,
            Field::Effects => r#"[{ effect = "e" }]"#,
            Field::Validate => "{ required = true }",
            Field::Args => "{}",
            Field::Returns => "[]",
        }
    }

    fn raw_step(text: &str) -> RawStep {
        toml::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// `Field::name` is the name serde reads (which `deny_unknown_fields`
    /// would refuse if they differed), and `RawStep::has` sees that field
    /// and no other.
    #[test]
    fn each_field_is_read_under_its_name() {
        for field in Field::ALL {
            let step = raw_step(&format!(
                "id = \"s\"\nkind = \"end\"\n{} = {}\n",
                field.name(),
                sample(field)
            ));
            let present: Vec<Field> = Field::ALL.into_iter().filter(|f| step.has(*f)).collect();
            assert_eq!(present, [field]);
        }
    }

    #[test]
    fn kinds_are_read_as_written_and_others_kept_to_report() {
        for (name, kind) in [
            ("choice", KindName::Choice),
            ("text", KindName::Text),
            ("info", KindName::Info),
            ("wait", KindName::Wait),
            ("call", KindName::Call),
            ("end", KindName::End),
        ] {
            let step = raw_step(&format!("id = \"s\"\nkind = \"{name}\"\n"));
            assert_eq!(step.kind.get_ref().known(), Some(kind), "{name}");
        }
        let step = raw_step("id = \"s\"\nkind = \"End\"\n");
        assert!(matches!(step.kind.get_ref(), RawKind::Unknown(name) if name == "End"));
        assert_eq!(step.kind.span(), 16..21, "the quoted value");
        let not_a_string = toml::from_str::<RawStep>("id = \"s\"\nkind = 3\n");
        let message = not_a_string.err().map(|e| e.message().to_owned());
        assert_eq!(
            message.as_deref(),
            Some("invalid type: integer `3`, expected a string")
        );
    }
}
