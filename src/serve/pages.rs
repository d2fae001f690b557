//! The web pages' data and templates. Handlers build plain data (every
//! text already in the reader's language); the templates, in `templates/`,
//! give it its HTML, and minijinja escapes every value, so nothing a
//! person typed can become markup.

use std::collections::BTreeMap;

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::role::Role;
use crate::store::domain::Agent;
use crate::workflow;

/// Messages the templates show as they are (no arguments), looked up as
/// `t["id"]`. `docflow l10n check` learns of them from here.
pub const TEXTS: &[&str] = &[
    "web-app-name",
    "web-separator",
    "web-nav-home",
    "web-nav-relationships",
    "web-nav-docs",
    "web-sign-out",
    "web-language",
    "web-language-save",
    "web-skip-to-content",
    "web-sign-in-title",
    "web-sign-in-agent",
    "web-sign-in-password",
    "web-sign-in-submit",
    "web-home-title",
    "web-home-start-heading",
    "web-home-start",
    "web-home-inbox-heading",
    "web-home-inbox-empty",
    "web-home-recent-heading",
    "web-home-recent-empty",
    "web-run-continue",
    "web-run-filter",
    "web-run-waits-heading",
    "web-run-check-again",
    "web-run-moves",
    "web-run-cancel",
    "web-run-history-heading",
    "web-run-howto",
    "web-relationships-title",
    "web-relationships-stand-in",
    "web-relationships-none",
    "web-error-title",
];

/// The page style: the how-to pages' sheet, then the app's own.
pub const STYLE: &str = concat!(
    include_str!("../docs/templates/style.css"),
    include_str!("templates/app.css")
);
pub const SCRIPT: &str = include_str!("templates/app.js");

pub fn templates() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    let sources = [
        ("layout.html", include_str!("templates/layout.html")),
        ("signin.html", include_str!("templates/signin.html")),
        ("home.html", include_str!("templates/home.html")),
        ("run.html", include_str!("templates/run.html")),
        (
            "relationships.html",
            include_str!("templates/relationships.html"),
        ),
        ("error.html", include_str!("templates/error.html")),
    ];
    for (name, source) in sources {
        env.add_template(name, source)
            .map_err(|e| Error::Template(e.to_string()))?;
    }
    Ok(env)
}

/// What every page shows around its content.
#[derive(Debug, Serialize)]
pub struct Frame {
    pub lang: String,
    /// Which navigation entry is this page.
    pub here: &'static str,
    /// This page's path, where the language switcher comes back to.
    pub path: String,
    pub csrf: Option<String>,
    pub who: Option<WhoView>,
    pub languages: Vec<Language>,
}

#[derive(Debug, Serialize)]
pub struct WhoView {
    pub text: String,
    /// Whether the stand-in for resellers is theirs to use.
    pub stand_in: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Language {
    pub tag: String,
    pub name: String,
}

impl Frame {
    pub fn new(
        l10n: &Localizer,
        languages: Vec<Language>,
        here: &'static str,
        path: &str,
        agent: Option<&Agent>,
        csrf: Option<String>,
    ) -> Frame {
        Frame {
            lang: l10n.locale().to_string(),
            here,
            path: path.to_owned(),
            csrf,
            who: agent.map(|agent| WhoView {
                text: l10n.format(
                    &crate::value::Message::new("web-signed-in-as")
                        .arg("agent", agent.name.as_str())
                        .arg("role", l10n.format(&workflow::role_message(agent.role))),
                ),
                stand_in: may_stand_in(agent.role),
            }),
            languages,
        }
    }
}

/// Who may accept relationship requests for resellers: those who may
/// request them and act for the partner as a whole.
pub fn may_stand_in(role: Role) -> bool {
    matches!(role, Role::AdminAgent | Role::GlobalAdmin)
}

/// Renders `template` with the frame, the texts and the page's own data.
pub fn render(
    templates: &Environment<'_>,
    l10n: &Localizer,
    template: &str,
    frame: &Frame,
    page: &impl Serialize,
) -> Result<String> {
    let texts: BTreeMap<&str, String> = TEXTS.iter().map(|id| (*id, l10n.text(id))).collect();
    let mut context = serde_json::to_value(page).map_err(|e| Error::Template(e.to_string()))?;
    if let serde_json::Value::Object(map) = &mut context {
        map.insert("frame".into(), serde_json::json!(frame));
        map.insert("t".into(), serde_json::json!(texts));
    }
    templates
        .get_template(template)
        .and_then(|t| t.render(Serde(&context)))
        .map_err(|e| Error::Template(e.to_string()))
}
