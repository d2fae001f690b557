//! Workflow definitions and locale files are data, loaded from disk when a
//! directory is given, and validated with errors that say where.

use crate::common::*;

fn write_workflow(env: &Env, name: &str, text: &str) -> String {
    let dir = env.dir.path().join("workflows");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), text).unwrap();
    dir.to_str().unwrap().to_owned()
}

#[test]
fn the_shipped_definitions_are_valid() {
    let env = Env::demo();
    let dir = repo_path("workflows");
    let workflows = env.json(&["--workflows", dir.to_str().unwrap(), "workflows"]);
    assert!(!workflows.as_array().unwrap().is_empty());
}

#[test]
fn every_problem_names_file_line_and_step() {
    let env = Env::demo();
    let dir = write_workflow(
        &env,
        "broken.toml",
        r#"id = "broken"
version = 1
title = "assign-title"
description = "no-such-message"
roles = ["admin-agent", "janitor"]
start = "first"

[[steps]]
id = "first"
kind = "choice"
prompt = "assign-customer-prompt"
from = { query = "customers" }
label = "assign-customer-option"
bind = "customer"
next = "nowhere"

[[steps]]
id = "orphan"
kind = "choice"
prompt = "assign-customer-prompt"
from = { query = "no-such-query", args = { customer = "$missing" } }
label = "assign-customer-option"
next = "end"

[[steps]]
id = "end"
kind = "end"
message = "run-nothing-to-choose"
"#,
    );
    let output = env
        .cmd()
        .args(["--workflows", &dir, "workflows"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let file = format!("{dir}/broken.toml");
    for expected in [
        format!("{file}:4:15:"),
        "no-such-message".to_owned(),
        format!("{file}:5:"),
        "janitor".to_owned(),
        format!("{file}:15:8: [first]"),
        "nowhere".to_owned(),
        format!("{file}:18:6: [orphan]"),
        "no path from the start".to_owned(),
        "no-such-query".to_owned(),
        "missing".to_owned(),
    ] {
        assert!(
            stderr.contains(&expected),
            "expected {expected:?} in:\n{stderr}"
        );
    }
    assert!(!stderr.contains("panicked"));
}

#[test]
fn malformed_toml_is_reported_with_its_position() {
    let env = Env::demo();
    let dir = write_workflow(&env, "bad.toml", "id = \"bad\"\nversion = \n");
    let output = env
        .cmd()
        .args([
            "--workflows",
            &dir,
            "--locale",
            "pt-BR",
            "run",
            "bad",
            "--agent",
            ADMIN,
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains(&format!("{dir}/bad.toml:2:")), "{stderr}");
}

#[test]
fn a_translator_sees_an_edit_without_rebuilding() {
    let env = Env::demo();
    let locales = env.dir.path().join("locales");
    copy_dir(&repo_path("locales"), &locales);
    let ftl = locales.join("es-ES").join("assign-support-contact.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let edited: String = text
        .lines()
        .map(|l| {
            if l.starts_with("assign-customer-prompt =") {
                "assign-customer-prompt = ¿Qué cliente atendemos hoy?"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&ftl, edited).unwrap();
    let (lines, _) = env.json_lines(&[
        "--locales",
        locales.to_str().unwrap(),
        "--locale",
        "es-ES",
        "run",
        WORKFLOW,
        "--agent",
        ADMIN,
    ]);
    assert_eq!(
        of_type(&lines, "prompt")[0]["text"],
        "¿Qué cliente atendemos hoy?"
    );
}

#[test]
fn a_missing_or_broken_translation_falls_back_to_english_and_is_reported() {
    let env = Env::demo();
    let locales = env.dir.path().join("locales");
    copy_dir(&repo_path("locales"), &locales);
    let ftl = locales.join("ru-RU").join("assign-support-contact.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    // Drop one message and break the syntax of another.
    let edited: String = text
        .lines()
        .filter(|l| !l.starts_with("assign-customer-prompt ="))
        .map(|l| {
            if l.starts_with("assign-subscription-prompt =") {
                "assign-subscription-prompt = { $customer-name"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&ftl, edited).unwrap();
    let output = env
        .cmd()
        .args([
            "--locales",
            locales.to_str().unwrap(),
            "--locale",
            "ru-RU",
            "run",
            WORKFLOW,
            "--agent",
            ADMIN,
            "--answer",
            "customer=contoso",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("Select a customer."),
        "English fallback: {stdout}"
    );
    assert!(
        stdout.contains("Select a subscription of Contoso Ltd."),
        "{stdout}"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("assign-customer-prompt"), "{stderr}");
    assert!(
        stderr.contains("assign-support-contact.ftl:"),
        "syntax error located: {stderr}"
    );
}

/// The engine and the session know no workflow: no workflow id, query or
/// effect name appears in their code.
#[test]
fn the_engine_names_no_workflow_or_operation() {
    let mut names: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(repo_path("workflows")).unwrap() {
        let path = entry.unwrap().path();
        names.push(path.file_stem().unwrap().to_str().unwrap().to_owned());
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            for key in ["query = \"", "effect = \""] {
                if let Some(rest) = line.split(key).nth(1) {
                    names.push(rest.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
    assert!(names.len() > 3, "{names:?}");
    for file in ["src/engine.rs", "src/session.rs"] {
        let code = std::fs::read_to_string(repo_path(file)).unwrap();
        for name in &names {
            assert!(
                !code.contains(&format!("\"{name}\"")),
                "{file} names {name}"
            );
        }
    }
}

#[test]
fn guards_and_calls_are_checked_when_definitions_load() {
    let env = Env::demo();
    let dir = write_workflow(
        &env,
        "guarded.toml",
        r#"id = "guarded"
version = 1
title = "assign-title"
description = "assign-description"
roles = ["admin-agent", "sales-agent"]
start = "pick"

[[steps]]
id = "pick"
kind = "choice"
prompt = "assign-customer-prompt"
from = { query = "customers" }
label = "assign-customer-option"
bind = "customer"
next = [
  { when = "customer_subscriptions >", goto = "call-missing" },
  { when = "no_such_var == 1", goto = "call-strict" },
  { goto = "end" },
]

[[steps]]
id = "call-missing"
kind = "call"
workflow = "no-such-workflow"
next = "end"

[[steps]]
id = "call-strict"
kind = "call"
workflow = "remove-relationship"
next = [{ when = "true", goto = "end" }]

[[steps]]
id = "end"
kind = "end"
message = "run-nothing-to-choose"
"#,
    );
    // The shipped workflows sit next to it, so calls can resolve.
    for entry in std::fs::read_dir(repo_path("workflows")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            std::path::Path::new(&dir).join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    let output = env
        .cmd()
        .args(["--workflows", &dir, "workflows"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    for expected in [
        "[pick] the condition is not valid CEL",
        "[pick] no step sets the variable “no_such_var”",
        "[call-missing] there is no workflow “no-such-workflow” to call",
        "[call-strict] “remove-relationship” does not allow the role “sales-agent”",
        "[call-strict] in a list of branches, only the last one has no “when”",
    ] {
        assert!(
            stderr.contains(expected),
            "expected {expected:?} in:\n{stderr}"
        );
    }
}

/// A step of an unknown kind is reported where its kind is written, and
/// left out: no guessed fields for it, and no path problems that would only
/// echo it (steps leading to it, or only through it).
#[test]
fn an_unknown_kind_is_reported_alone_at_its_kind() {
    let env = Env::demo();
    let dir = write_workflow(
        &env,
        "odd.toml",
        r#"id = "odd"
version = 1
title = "assign-title"
description = "assign-description"
roles = ["admin-agent"]
start = "pick"

[[steps]]
id = "pick"
kind = "choice"
prompt = "assign-customer-prompt"
from = { query = "customers" }
label = "assign-customer-option"
bind = "customer"
next = "middle"

[[steps]]
id = "middle"
kind = "bogus"
next = "end"

[[steps]]
id = "end"
kind = "end"
message = "run-nothing-to-choose"
prompt = "assign-customer-prompt"
"#,
    );
    let output = env
        .cmd()
        .args(["--workflows", &dir, "workflows"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let file = format!("{dir}/odd.toml");
    let problems: Vec<&str> = stderr.lines().skip(1).map(str::trim).collect();
    assert_eq!(
        problems,
        [
            format!(
                "{file}:19:8: [middle] unknown step kind “bogus” (use one of: choice, text, info, wait, call, end)"
            ),
            // The other steps are still checked.
            format!("{file}:23:6: [end] the field “prompt” is not allowed here"),
        ],
        "{stderr}"
    );
}
