//! A definition as a graph of states: its edges in reading order, and the
//! same graph written as Mermaid or Graphviz DOT.

use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write as _;

use super::{Definition, Next, StepKind};

/// One possible transition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge<'d> {
    pub from: &'d str,
    pub to: &'d str,
    /// The written option or the guard that takes this edge.
    pub label: Option<String>,
}

/// Steps in the order a reader meets them: depth first from the start,
/// each step's exits in the order they are written, so the main path reads
/// straight through and side paths follow it; steps nothing leads to come
/// last, in file order.
pub fn reading_order(definition: &Definition) -> Vec<&str> {
    let mut order: Vec<&str> = Vec::new();
    let mut stack = vec![definition.start.as_str()];
    while let Some(id) = stack.pop() {
        if order.contains(&id) || definition.step(id).is_none() {
            continue;
        }
        order.push(id);
        stack.extend(edges_from(definition, id).into_iter().rev().map(|e| e.to));
    }
    for step in &definition.steps {
        if !order.contains(&step.id.as_str()) {
            order.push(&step.id);
        }
    }
    order
}

/// Every edge, grouped by source step in reading order.
pub fn edges(definition: &Definition) -> Vec<Edge<'_>> {
    reading_order(definition)
        .into_iter()
        .flat_map(|id| edges_from(definition, id))
        .collect()
}

/// Breadth-first distance of each step from the start (unreachable steps
/// get one more than the farthest).
pub fn depths(definition: &Definition) -> BTreeMap<&str, usize> {
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    let mut queue = VecDeque::from([(definition.start.as_str(), 0)]);
    while let Some((id, d)) = queue.pop_front() {
        if depth.contains_key(id) || definition.step(id).is_none() {
            continue;
        }
        depth.insert(id, d);
        queue.extend(
            edges_from(definition, id)
                .into_iter()
                .map(|e| (e.to, d + 1)),
        );
    }
    let deepest = depth.values().max().map_or(0, |d| d + 1);
    for step in &definition.steps {
        depth.entry(&step.id).or_insert(deepest);
    }
    depth
}

fn edges_from<'d>(definition: &'d Definition, id: &str) -> Vec<Edge<'d>> {
    let Some(step) = definition.step(id) else {
        return Vec::new();
    };
    let from = step.id.as_str();
    let mut edges = Vec::new();
    let mut add = |next: &'d Next, label: Option<&str>| match next {
        Next::Step(to) => edges.push(Edge {
            from,
            to,
            label: label.map(str::to_owned),
        }),
        Next::Branches(branches) => {
            for branch in branches {
                let guard = branch.when.as_ref().map(|g| g.source.clone());
                edges.push(Edge {
                    from,
                    to: &branch.goto,
                    label: match (label, guard) {
                        (Some(label), Some(guard)) => Some(format!("{label} [{guard}]")),
                        (Some(label), None) => Some(label.to_owned()),
                        (None, guard) => guard,
                    },
                });
            }
        }
    };
    match &step.kind {
        StepKind::Choice(choice) => {
            if let Some(next) = choice.from.as_ref().and(choice.next.as_ref()) {
                add(next, None);
            }
            for option in &choice.options {
                if let Some(next) = option.next.as_ref().or(choice.next.as_ref()) {
                    add(next, Some(&option.value));
                }
            }
        }
        StepKind::Text(text) => add(&text.next, None),
        StepKind::Info(info) => add(&info.next, None),
        StepKind::Wait(wait) => add(&wait.next, None),
        StepKind::Call(call) => add(&call.next, None),
        StepKind::End { .. } => {}
    }
    let mut unique = Vec::new();
    for edge in edges {
        if !unique.contains(&edge) {
            unique.push(edge);
        }
    }
    unique
}

fn is_end(definition: &Definition, id: &str) -> bool {
    definition
        .step(id)
        .is_some_and(|s| matches!(s.kind, StepKind::End { .. }))
}

/// A Mermaid state diagram. Step ids may hold `-`, which Mermaid state ids
/// may not, so each state is declared with its id as the label.
pub fn mermaid(definition: &Definition) -> String {
    mermaid_labelled(definition, |id| id.to_owned())
}

/// A Mermaid state diagram whose states read `label(step id)`.
pub fn mermaid_labelled(definition: &Definition, label: impl Fn(&str) -> String) -> String {
    let name = |id: &str| format!("s_{}", id.replace('-', "_"));
    let mut out = String::from("stateDiagram-v2\n");
    for id in reading_order(definition) {
        let text = label(id).replace('"', "'");
        let _ = writeln!(out, "    state \"{text}\" as {}", name(id));
    }
    let _ = writeln!(out, "    [*] --> {}", name(&definition.start));
    for edge in edges(definition) {
        let label = edge
            .label
            .map(|l| format!(": {}", l.replace([':', '\n'], " ")))
            .unwrap_or_default();
        let _ = writeln!(out, "    {} --> {}{label}", name(edge.from), name(edge.to));
    }
    for id in reading_order(definition) {
        if is_end(definition, id) {
            let _ = writeln!(out, "    {} --> [*]", name(id));
        }
    }
    out
}

/// A Graphviz digraph.
pub fn dot(definition: &Definition) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut out = format!("digraph {} {{\n", quote(&definition.id));
    out.push_str(
        "    rankdir=TB;\n    node [shape=box, style=rounded, fontname=\"sans-serif\"];\n",
    );
    out.push_str("    edge [fontname=\"sans-serif\", fontsize=10];\n");
    out.push_str("    \"\" [shape=point];\n");
    for id in reading_order(definition) {
        let shape = if is_end(definition, id) {
            " [shape=doublecircle]"
        } else {
            ""
        };
        let _ = writeln!(out, "    {}{shape};", quote(id));
    }
    let _ = writeln!(out, "    \"\" -> {};", quote(&definition.start));
    for edge in edges(definition) {
        let label = edge
            .label
            .map(|l| format!(" [label={}]", quote(&l)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    {} -> {}{label};",
            quote(edge.from),
            quote(edge.to)
        );
    }
    out.push_str("}\n");
    out
}
