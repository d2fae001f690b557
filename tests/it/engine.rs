//! The pure core in-process: definition text and answers in, a transcript
//! of what the engine decided out (insta snapshots). No store, no binary,
//! no language: rows and effect outputs are given by the test, and texts
//! appear as message ids.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use docflow::assets::TextFile;
use docflow::engine::{self, Cause, Input, RunState, Scope, Step};
use docflow::error::Bug;
use docflow::value::{Message, Value, Vars};
use docflow::workflow::{self, Definition};

/// Definitions plus the rows each query returns and the row each effect
/// outputs: everything the engine needs from the world.
struct Harness {
    definitions: Vec<Definition>,
    rows: BTreeMap<&'static str, Vec<Vars>>,
    outputs: BTreeMap<&'static str, Vars>,
}

fn row(fields: &[(&str, Value)]) -> Vars {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn text(s: &str) -> Value {
    Value::from(s)
}

impl Harness {
    /// Parses `(workflow id, TOML)` pairs as the journal's copies are
    /// parsed: operations checked, messages not (no locale is involved).
    fn new(sources: &[(&str, &str)]) -> Harness {
        let definitions = sources
            .iter()
            .map(|(id, toml)| {
                let file = TextFile {
                    name: format!("{id}.toml"),
                    text: (*toml).to_owned(),
                };
                workflow::parse_stored(&file, id)
                    .unwrap_or_else(|errors| panic!("{id} does not load: {errors:#?}"))
            })
            .collect();
        Harness {
            definitions,
            rows: BTreeMap::new(),
            outputs: BTreeMap::new(),
        }
    }

    fn rows(mut self, op: &'static str, rows: Vec<Vars>) -> Harness {
        self.rows.insert(op, rows);
        self
    }

    fn output(mut self, op: &'static str, output: Vars) -> Harness {
        self.outputs.insert(op, output);
        self
    }

    fn definition(&self, id: &str) -> &Definition {
        self.definitions
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("no definition {id}"))
    }

    /// Drives `workflow` with `answers` the way the session does, and
    /// writes down every decision. Stops when the run completes, pauses,
    /// or runs out of answers.
    fn run(&self, workflow: &str, answers: &[(&str, &str)]) -> String {
        let root = self.definition(workflow);
        let mut state = RunState {
            step: root.start.clone(),
            vars: row(&[("agent-id", text("megan"))]),
            stack: Vec::new(),
        };
        let mut answers = answers.iter();
        let mut out = String::new();
        for _ in 0..100 {
            let (id, _) = state.current((&root.id, root.version));
            let current = self.definition(id);
            let caller = state.stack.last().map(|f| self.definition(&f.workflow));
            let needs = match engine::needs(current, &state) {
                Ok(needs) => needs,
                Err(bug) => return bug_line(out, bug),
            };
            let rows = match &needs.query {
                Some(query) => {
                    writeln!(out, "  fetch {} {}", query.op, vars(&query.args)).unwrap();
                    self.rows.get(query.op).cloned().unwrap_or_default()
                }
                None => Vec::new(),
            };
            let scope = Scope {
                current,
                caller,
                callee: needs.callee.map(|id| self.definition(id)),
            };
            let at = format!("[{}/{}]", current.id, state.step);
            let decided = match engine::step(scope, &state, &rows, None) {
                Ok(step) => step,
                Err(bug) => return bug_line(out, bug),
            };
            let (transition, what) = match decided {
                Step::Ask(ask) => {
                    let options: Vec<String> = ask
                        .options
                        .iter()
                        .map(|o| format!("{}: {}", o.value, o.label.id))
                        .collect();
                    let kind = if ask.text_rules.is_some() {
                        "text"
                    } else {
                        "choice"
                    };
                    writeln!(out, "{at} ask {kind} {} {options:?}", ask.prompt.id).unwrap();
                    let Some((step, value)) = answers.next() else {
                        writeln!(out, "{at} waiting for an answer").unwrap();
                        return out;
                    };
                    writeln!(out, "{at} answer {step}={value:?}").unwrap();
                    let input = Input { step, value };
                    match engine::step(scope, &state, &rows, Some(input)) {
                        Ok(Step::Advance { transition, .. }) => (transition, "advance"),
                        Ok(Step::Reject(rejection)) => {
                            writeln!(out, "{at} reject {}", message(&rejection.message())).unwrap();
                            continue;
                        }
                        Ok(other) => panic!("an answer led to {other:?}"),
                        Err(bug) => return bug_line(out, bug),
                    }
                }
                Step::Advance { cause, transition } => {
                    match cause {
                        Cause::Info { message: m } => writeln!(out, "{at} info {}", message(&m)),
                        Cause::ConditionMet => writeln!(out, "{at} condition met"),
                        Cause::Answer { value } => panic!("an answer {value} without input"),
                    }
                    .unwrap();
                    (transition, "advance")
                }
                Step::Enter(transition) => (transition, "enter"),
                Step::Return {
                    message: m,
                    transition,
                } => {
                    writeln!(out, "{at} end {}", m.id).unwrap();
                    (transition, "return")
                }
                Step::Pause(m) => {
                    writeln!(out, "{at} pause {}", m.id).unwrap();
                    return out;
                }
                Step::Finished(m) => {
                    writeln!(out, "{at} finished {}", message(&m)).unwrap();
                    return out;
                }
                Step::Reject(rejection) => panic!("a refusal without an answer: {rejection:?}"),
            };
            let mut next = transition.state.clone();
            for effect in transition.effects {
                let args = engine::resolve(&effect.args, &next.vars).expect("effect arguments");
                let output = self
                    .outputs
                    .get(effect.op.as_str())
                    .cloned()
                    .unwrap_or_default();
                writeln!(out, "  effect {} {}", effect.op, vars(&args)).unwrap();
                engine::bind(&mut next.vars, effect.bind.as_deref(), &output);
            }
            let depth = next.stack.len();
            writeln!(out, "  {what} → {} (depth {depth})", next.step).unwrap();
            state = next;
        }
        panic!("no end after 100 steps:\n{out}");
    }
}

fn vars(vars: &Vars) -> String {
    let pairs: Vec<String> = vars.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{{{}}}", pairs.join(", "))
}

fn message(m: &Message) -> String {
    format!("{} {}", m.id, vars(&m.args))
}

fn bug_line(mut out: String, bug: Bug) -> String {
    writeln!(out, "BUG {bug}").unwrap();
    out
}

const ORDER: &str = r#"
id = "order"
version = 1
title = "t"
description = "d"
roles = ["admin-agent"]
start = "customer"

[[steps]]
id = "customer"
kind = "choice"
prompt = "pick-customer"
from = { query = "customers" }
label = "customer-label"
bind = "customer"
next = [
  { when = "customer_subscriptions == 0", goto = "none" },
  { goto = "subscription" },
]

[[steps]]
id = "subscription"
kind = "choice"
prompt = "pick-subscription"
from = { query = "subscriptions", args = { customer = "$customer-id" } }
label = "subscription-label"
empty = "no-subscription"
bind = "subscription"
next = "note"

[[steps]]
id = "note"
kind = "text"
prompt = "why"
bind = "note"
validate = { min-length = 5, max-length = 20 }
next = "submit"

[[steps]]
id = "submit"
kind = "choice"
prompt = "confirm"

  [[steps.options]]
  value = "submit"
  label = "yes"
  next = "health"
  effects = [
    { effect = "set-support-contact", args = { subscription = "$subscription-id", contact = "fabrikam" }, bind = "change" },
  ]

  [[steps.options]]
  value = "back"
  label = "back"
  next = "note"

[[steps]]
id = "health"
kind = "info"
message = "health-shown"
from = { query = "service-health", args = { service = "$change-product" } }
bind = "health"
next = "done"

[[steps]]
id = "none"
kind = "end"
message = "nothing-to-do"

[[steps]]
id = "done"
kind = "end"
message = "all-done"
"#;

fn order() -> Harness {
    Harness::new(&[("order", ORDER)])
        .rows(
            "customers",
            vec![
                row(&[
                    ("id", text("contoso")),
                    ("name", text("Contoso")),
                    ("subscriptions", Value::Int(2)),
                ]),
                row(&[
                    ("id", text("empty")),
                    ("name", text("Empty Inc")),
                    ("subscriptions", Value::Int(0)),
                ]),
            ],
        )
        .rows(
            "subscriptions",
            vec![row(&[
                ("id", text("sub-1")),
                ("product", text("Office")),
                ("customer-name", text("Contoso")),
                ("contact", text("adatum")),
                ("contact-name", text("Adatum")),
            ])],
        )
        .output(
            "set-support-contact",
            row(&[("product", text("office-service"))]),
        )
        .rows(
            "service-health",
            vec![row(&[("id", text("office-service"))])],
        )
}

#[test]
fn answers_are_checked_bound_and_carried_to_effects() {
    let transcript = order().run(
        "order",
        &[
            ("customer", "nobody"),
            ("note", "too early"),
            ("no-such-step", "x"),
            ("customer", "contoso"),
            ("subscription", "sub-1"),
            ("note", " hi "),
            ("note", "a reason longer than twenty characters"),
            ("note", "  a good reason  "),
            ("submit", "back"),
            ("note", "second reason"),
            ("submit", "submit"),
        ],
    );
    insta::assert_snapshot!(transcript);
}

#[test]
fn guards_choose_the_first_branch_that_holds() {
    let transcript = order().run("order", &[("customer", "empty")]);
    insta::assert_snapshot!(transcript);
}

#[test]
fn a_choice_with_nothing_to_offer_pauses() {
    let transcript = order()
        .rows("subscriptions", Vec::new())
        .run("order", &[("customer", "contoso")]);
    insta::assert_snapshot!(transcript);
}

const CALLER: &str = r#"
id = "caller"
version = 1
title = "t"
description = "d"
roles = ["admin-agent"]
start = "ask"

[[steps]]
id = "ask"
kind = "call"
workflow = "callee"
args = { reseller = "fabrikam" }
returns = ["reseller-name"]
next = "done"

[[steps]]
id = "done"
kind = "end"
message = "caller-done"
"#;

const CALLEE: &str = r#"
id = "callee"
version = 1
title = "t"
description = "d"
roles = ["admin-agent"]
start = "wait"
params = ["reseller"]
returns = ["reseller-name"]

[[steps]]
id = "wait"
kind = "wait"
message = "waiting-for-reseller"
until = { query = "established-relationship", args = { reseller = "$reseller" } }
bind = "reseller"
next = "done"

[[steps]]
id = "done"
kind = "end"
message = "callee-done"
"#;

#[test]
fn a_call_waits_in_the_callee_then_returns_its_results() {
    let harness = Harness::new(&[("caller", CALLER), ("callee", CALLEE)]);
    insta::assert_snapshot!("call_pauses", harness.run("caller", &[]));
    let established = harness.rows(
        "established-relationship",
        vec![row(&[
            ("id", text("fabrikam")),
            ("name", text("Fabrikam")),
            ("delegated-admin", Value::Bool(true)),
        ])],
    );
    insta::assert_snapshot!("call_returns", established.run("caller", &[]));
}

/// A variable bound on one path and used on another is the definition's
/// fault: the engine reports a bug instead of blaming the person.
#[test]
fn a_variable_no_path_bound_is_a_bug() {
    let skipping = ORDER.replace(
        "{ when = \"customer_subscriptions == 0\", goto = \"none\" },",
        "{ when = \"customer_subscriptions == 0\", goto = \"none\" },\n  { when = \"customer_subscriptions > 1\", goto = \"health\" },",
    );
    let harness = Harness {
        definitions: Harness::new(&[("order", &skipping)]).definitions,
        ..order()
    };
    let transcript = harness.run("order", &[("customer", "contoso")]);
    assert!(
        transcript
            .ends_with("BUG variable $change-product is not bound at this point of the run\n"),
        "{transcript}"
    );
}

/// The loader in-process: every problem of a definition at once, each with
/// its line, column and step, as an author fixes them in one pass.
#[test]
fn the_loader_reports_every_problem_with_its_place() {
    let text = r#"id = "broken"
version = 1
title = "title"
description = "no-such-message"
roles = ["admin-agent", "janitor"]
start = "pick"

[[steps]]
id = "pick"
kind = "choice"
prompt = "prompt"
from = { query = "subscriptions" }
label = "label"
bind = "customer"
next = [
  { when = "customer_subscriptions >", goto = "note" },
  { goto = "nowhere" },
]

[[steps]]
id = "note"
kind = "text"
prompt = "prompt"
bind = "note"
label = "label"
validate = { min-length = 10, max-length = 5 }
effects = [{ effect = "set-support-contact", args = { subscription = "$missing", colour = "red" } }]
next = "end"

[[steps]]
id = "note"
kind = "end"
message = "end"

[[steps]]
id = "orphan"
kind = "choice"
prompt = "prompt"
next = "end"

  [[steps.options]]
  value = "a"
  label = "label"

  [[steps.options]]
  value = "a"
  label = "label"

[[steps]]
id = "end"
kind = "end"
message = "end"
"#;
    let file = TextFile {
        name: "broken.toml".to_owned(),
        text: text.to_owned(),
    };
    let messages = ["title", "prompt", "label", "end"]
        .map(str::to_owned)
        .into();
    let errors = workflow::parse(&file, &messages).expect_err("the definition is broken");
    let lines: Vec<String> = errors
        .iter()
        .map(|e| format!("{} {:?}", e.location(), e.problem))
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
