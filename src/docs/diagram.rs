//! A workflow's states as an inline SVG picture, so a how-to page shows its
//! diagram without scripts or network access.
//!
//! The layout is layered: each step sits on the row of its breadth-first
//! distance from the start, rows are centred, forward edges run down, and
//! edges that go back up (or along a row) loop around the right-hand side.
//! Labels are step ids (ASCII), so their width is known without fonts.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::workflow::graph::{self, Edge};
use crate::workflow::{Definition, StepKind};

const CHAR_WIDTH: f64 = 7.6;
const BOX_HEIGHT: f64 = 32.0;
const BOX_PADDING: f64 = 14.0;
const ROW_HEIGHT: f64 = 76.0;
const GAP: f64 = 28.0;
const MARGIN: f64 = 20.0;
/// Room on the right for edges that loop back.
const LOOP_ROOM: f64 = 90.0;

struct Node<'d> {
    id: &'d str,
    number: Option<usize>,
    end: bool,
    x: f64,
    y: f64,
    width: f64,
}

impl Node<'_> {
    fn label(&self) -> String {
        match self.number {
            Some(n) => format!("{n}. {}", self.id),
            None => self.id.to_owned(),
        }
    }
    fn center(&self) -> f64 {
        self.x + self.width / 2.0
    }
}

/// `numbers` gives each step's number on the page, if it has one.
/// `title` is the picture's accessible name.
pub fn svg(definition: &Definition, numbers: &BTreeMap<String, usize>, title: &str) -> String {
    let nodes = layout(definition, numbers);
    let width = nodes.iter().map(|n| n.x + n.width).fold(0.0, f64::max) + MARGIN + LOOP_ROOM;
    let height = nodes.iter().map(|n| n.y + BOX_HEIGHT).fold(0.0, f64::max) + MARGIN;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="diagram" role="img" viewBox="0 0 {width:.0} {height:.0}" width="{width:.0}" height="{height:.0}"><title>{}</title>"#,
        escape(title)
    );
    out.push_str(concat!(
        r#"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">"#,
        r#"<path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>"#
    ));
    let by_id: BTreeMap<&str, &Node> = nodes.iter().map(|n| (n.id, n)).collect();
    if let Some(start) = by_id.get(definition.start.as_str()) {
        let _ = write!(
            out,
            r#"<circle class="start" cx="{:.1}" cy="{:.1}" r="6"/><path class="edge" d="M{:.1},{:.1} L{:.1},{:.1}" marker-end="url(#arrow)"/>"#,
            start.center(),
            MARGIN,
            start.center(),
            MARGIN + 6.0,
            start.center(),
            start.y
        );
    }
    for edge in graph::edges(definition) {
        if let (Some(from), Some(to)) = (by_id.get(edge.from), by_id.get(edge.to)) {
            out.push_str(&edge_path(&edge, from, to));
        }
    }
    for node in &nodes {
        let class = if node.end { "node end" } else { "node" };
        let _ = write!(
            out,
            r#"<g class="{class}"><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{BOX_HEIGHT}" rx="8"/><text x="{:.1}" y="{:.1}">{}</text></g>"#,
            node.x,
            node.y,
            node.width,
            node.center(),
            node.y + BOX_HEIGHT / 2.0 + 4.5,
            escape(&node.label())
        );
    }
    out.push_str("</svg>");
    out
}

fn layout<'d>(definition: &'d Definition, numbers: &BTreeMap<String, usize>) -> Vec<Node<'d>> {
    let depths = graph::depths(definition);
    let mut rows: BTreeMap<usize, Vec<Node<'d>>> = BTreeMap::new();
    for id in graph::reading_order(definition) {
        let end = definition
            .step(id)
            .is_some_and(|s| matches!(s.kind, StepKind::End { .. }));
        let mut node = Node {
            id,
            number: numbers.get(id).copied(),
            end,
            x: 0.0,
            y: 0.0,
            width: 0.0,
        };
        node.width = node.label().chars().count() as f64 * CHAR_WIDTH + 2.0 * BOX_PADDING;
        rows.entry(depths.get(id).copied().unwrap_or(0))
            .or_default()
            .push(node);
    }
    let row_width = |row: &[Node]| {
        row.iter().map(|n| n.width).sum::<f64>() + GAP * row.len().saturating_sub(1) as f64
    };
    let widest = rows.values().map(|r| row_width(r)).fold(0.0, f64::max);
    let mut nodes = Vec::new();
    for (index, (_, mut row)) in rows.into_iter().enumerate() {
        let mut x = MARGIN + (widest - row_width(&row)) / 2.0;
        for node in &mut row {
            node.x = x;
            node.y = MARGIN + 24.0 + index as f64 * ROW_HEIGHT;
            x += node.width + GAP;
        }
        nodes.extend(row);
    }
    nodes
}

fn edge_path(edge: &Edge<'_>, from: &Node<'_>, to: &Node<'_>) -> String {
    let title = edge
        .label
        .as_deref()
        .map(|l| format!("<title>{}</title>", escape(l)))
        .unwrap_or_default();
    let d = if to.y > from.y {
        let (x1, y1) = (from.center(), from.y + BOX_HEIGHT);
        let (x2, y2) = (to.center(), to.y);
        let bend = (y2 - y1) / 2.0;
        format!(
            "M{x1:.1},{y1:.1} C{x1:.1},{:.1} {x2:.1},{:.1} {x2:.1},{y2:.1}",
            y1 + bend,
            y2 - bend
        )
    } else {
        let (x1, y1) = (from.x + from.width, from.y + BOX_HEIGHT / 2.0);
        let (x2, y2) = (to.x + to.width, to.y + BOX_HEIGHT / 2.0);
        let reach = x1.max(x2) + 40.0 + (y1 - y2).abs() * 0.15;
        format!("M{x1:.1},{y1:.1} C{reach:.1},{y1:.1} {reach:.1},{y2:.1} {x2:.1},{y2:.1}")
    };
    format!(r#"<path class="edge" d="{d}" marker-end="url(#arrow)">{title}</path>"#)
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
