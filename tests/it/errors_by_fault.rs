//! Errors by fault, through the binary: a person's mistake is refused and
//! asked again; a bug in a definition is reported as a bug, with nothing
//! of the failing step saved.

use super::common::*;

/// Valid as far as loading can tell, but the direct path from `customer`
/// to `submit` never binds `$subscription-id`, which the effect needs.
const UNBOUND_ON_ONE_PATH: &str = r#"id = "shortcut"
version = 1
title = "assign-title"
description = "assign-description"
roles = ["admin-agent"]
start = "customer"

[[steps]]
id = "customer"
kind = "choice"
prompt = "assign-customer-prompt"
from = { query = "customers" }
label = "assign-customer-option"
bind = "customer"
next = "submit"

[[steps]]
id = "submit"
kind = "choice"
prompt = "assign-submit-prompt"

  [[steps.options]]
  value = "submit"
  label = "action-submit"
  next = "done"
  effects = [
    { effect = "set-support-contact", args = { subscription = "$subscription-id", contact = "fabrikam" } },
  ]

  [[steps.options]]
  value = "back"
  label = "action-back"
  next = "subscription"

[[steps]]
id = "subscription"
kind = "choice"
prompt = "assign-subscription-prompt"
from = { query = "subscriptions", args = { customer = "$customer-id" } }
label = "assign-subscription-option"
bind = "subscription"
next = "submit"

[[steps]]
id = "done"
kind = "end"
message = "assign-done"
"#;

#[test]
fn a_bug_in_a_definition_is_reported_as_a_bug_and_saves_nothing_of_the_step() {
    let env = Env::demo();
    let dir = env.dir.path().join("workflows");
    copy_dir(&repo_path("workflows"), &dir);
    std::fs::write(dir.join("shortcut.toml"), UNBOUND_ON_ONE_PATH).unwrap();
    let dir = dir.to_str().unwrap();
    let contacts_before =
        env.count("SELECT count(*) FROM subscriptions WHERE support_contact = 'fabrikam'");

    let output = env
        .cmd()
        .args(["--workflows", dir, "run", "shortcut", "--agent", ADMIN])
        .args(answers(&[("customer", "contoso"), ("submit", "submit")]))
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(70), "{stderr}");
    assert!(stderr.contains("This is a bug in docflow"), "{stderr}");
    assert!(stderr.contains("$subscription-id"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    // The customer answer was committed; the failing step was not: no
    // answer event for it, no effect, the run still waits at `submit`.
    let run = env.json(&["runs", "show", "1"]);
    assert_eq!(run["step"], "submit");
    assert_eq!(run["status"], "waiting");
    let kinds: Vec<&str> = run["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "answer").count(),
        1,
        "{kinds:?}"
    );
    assert!(!kinds.contains(&"effect"), "{kinds:?}");
    // What the person was shown before the bug stays in the history.
    let prompted_at_submit = run["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "prompt" && e["step"] == "submit");
    assert!(prompted_at_submit, "{kinds:?}");
    assert!(
        !kinds.contains(&"rejected"),
        "a bug is not the person's fault: {kinds:?}"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM subscriptions WHERE support_contact = 'fabrikam'"),
        contacts_before
    );

    // In Russian too, and again on resume: nothing moved.
    let output = env
        .cmd()
        .args(["--workflows", dir, "--locale", "ru-RU", "resume", "1"])
        .args(answers(&[("submit", "submit")]))
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(70), "{stderr}");
    assert!(stderr.contains("Это ошибка в docflow"), "{stderr}");
    assert_eq!(env.json(&["runs", "show", "1"])["step"], "submit");
}

#[test]
fn a_persons_mistake_is_refused_in_their_language_and_asked_again() {
    let env = Env::demo();
    let (lines, code) = env.json_lines(
        &[
            &["run", WORKFLOW, "--agent", "dmitri"][..],
            &answers(&[("customer", "nobody"), ("customer", "contoso")])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        ]
        .concat(),
    );
    assert_eq!(code, 0);
    let errors = of_type(&lines, "error");
    assert_eq!(errors.len(), 1, "{lines:?}");
    assert!(errors[0]["text"].as_str().unwrap().contains("nobody"));
    let prompts = of_type(&lines, "prompt");
    assert_eq!(prompts[0]["step"], "customer");
    assert_eq!(prompts[1]["step"], "customer", "asked again");
    assert_eq!(prompts[2]["step"], "subscription");
}

/// Errors about a run are told in the run's language and name the run,
/// whatever the language of the process that meets them.
#[test]
fn an_error_about_a_run_is_in_the_runs_language_and_names_it() {
    let env = Env::demo();
    let flow = whole_assign_flow();
    let mut args = vec!["run", WORKFLOW, "--agent", "dmitri"];
    args.extend(flow.iter().map(String::as_str));
    let (_, code) = env.json_lines(&args);
    assert_eq!(code, 0);

    let (lines, code) = env.json_lines(&["resume", "1"]);
    assert_eq!(code, 1);
    let error = &of_type(&lines, "error")[0];
    assert_eq!(error["run"], 1, "{error}");
    assert!(
        error["text"].as_str().unwrap().contains("Запуск 1"),
        "{error}"
    );
    assert_eq!(
        last_status(&lines),
        (serde_json::json!(1), "failed".to_owned())
    );
}

#[test]
fn the_server_reports_a_bug_as_a_bug_and_keeps_its_detail_in_its_log() {
    let env = Env::demo();
    let dir = env.dir.path().join("workflows");
    copy_dir(&repo_path("workflows"), &dir);
    std::fs::write(dir.join("shortcut.toml"), UNBOUND_ON_ONE_PATH).unwrap();
    let dir = dir.to_str().unwrap().to_owned();
    let server = Server::start(env, &["--workflows", &dir]);
    let token = server.token(ADMIN);
    let response = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent()
        .post(server.at("/api/runs"))
        .header("Authorization", format!("Bearer {token}"))
        .send_json(serde_json::json!({
            "workflow": "shortcut",
            "answers": [{ "step": "customer", "value": "contoso" }, { "step": "submit", "value": "submit" }],
        }))
        .unwrap();
    assert_eq!(response.status().as_u16(), 500);
    let body = response.into_body().read_to_string().unwrap();
    assert!(body.contains("This is a bug in docflow"), "{body}");
    assert!(
        !body.contains("subscription-id"),
        "the detail stays in the log: {body}"
    );
    assert!(body.contains(r#""status":"failed""#), "{body}");
    let said: serde_json::Value = serde_json::from_str(&body).unwrap();
    let failed = said.as_array().unwrap().last().unwrap();
    assert_eq!(failed["run"], 1, "the run it created is named: {body}");
    assert_eq!(
        server
            .env
            .count("SELECT count(*) FROM run_events WHERE kind = 'effect'"),
        0
    );
}
