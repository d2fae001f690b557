//! Rules the store enforces by itself, whoever writes to it, and the
//! all-or-nothing commit of an answer with its effects.

use crate::common::*;

#[test]
fn a_new_subscription_starts_with_the_indirect_provider() {
    let env = Env::demo_file();
    let conn = env.sql();
    let refused = conn.execute(
        "INSERT INTO subscriptions (id, customer, product, support_contact, created_at)
         VALUES ('x', 'contoso', 'Azure plan', 'fabrikam', 'now')",
        [],
    );
    assert!(
        refused
            .unwrap_err()
            .to_string()
            .contains("indirect provider")
    );
    conn.execute(
        "INSERT INTO subscriptions (id, customer, product, support_contact, created_at)
         VALUES ('x', 'contoso', 'Azure plan', 'adatum', 'now')",
        [],
    )
    .unwrap();
    for (id, _, _) in [
        ("contoso-o365-business-standard", 0, 0),
        ("litware-azure-plan", 0, 0),
    ] {
        assert_eq!(env.contact_of(id), "adatum");
    }
}

#[test]
fn only_eligible_contacts_can_be_stored() {
    let env = Env::demo_file();
    let conn = env.sql();
    let set = |contact: &str| {
        conn.execute(
            "UPDATE subscriptions SET support_contact = ?1 WHERE id = 'contoso-m365-e3'",
            [contact],
        )
    };
    // No delegated admin privileges, then no relationship at all.
    assert!(set("northwind").is_err());
    assert!(set("tailspin").is_err());
    set("fabrikam").unwrap();
    set("adatum").unwrap();
}

#[test]
fn a_reseller_that_is_a_contact_keeps_its_eligibility() {
    let env = Env::demo_file();
    let conn = env.sql();
    conn.execute(
        "UPDATE subscriptions SET support_contact = 'fabrikam' WHERE id = 'contoso-m365-e3'",
        [],
    )
    .unwrap();
    assert!(
        conn.execute("DELETE FROM relationships WHERE reseller = 'fabrikam'", [])
            .is_err()
    );
    assert!(
        conn.execute(
            "UPDATE relationships SET delegated_admin = 0 WHERE reseller = 'fabrikam'",
            []
        )
        .is_err()
    );
    assert_eq!(env.contact_of("contoso-m365-e3"), "fabrikam");
}

#[test]
fn run_events_are_append_only() {
    let env = Env::demo_file();
    env.cmd()
        .args(["run", WORKFLOW, "--agent", ADMIN])
        .assert()
        .success();
    let conn = env.sql();
    assert!(
        conn.execute("UPDATE run_events SET kind = 'x'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM run_events", []).is_err());
    assert!(env.count("SELECT count(*) FROM run_events") >= 2);
}

/// A definition whose option applies two effects, the second of which the
/// store refuses: the first must not survive.
const TWO_EFFECTS: &str = r#"
id = "two-effects"
version = 1
title = "assign-title"
description = "assign-description"
roles = ["admin-agent"]
start = "go"

[[steps]]
id = "go"
kind = "choice"
prompt = "assign-customer-prompt"

  [[steps.options]]
  value = "both"
  label = "action-submit"
  next = "done"
  effects = [
    { effect = "request-relationship", args = { reseller = "tailspin", delegated-admin = true } },
    { effect = "set-support-contact", args = { subscription = "contoso-m365-e3", contact = "tailspin" } },
  ]

  [[steps.options]]
  value = "first-only"
  label = "action-back"
  next = "done"
  effects = [
    { effect = "request-relationship", args = { reseller = "tailspin", delegated-admin = true } },
  ]

[[steps]]
id = "done"
kind = "end"
message = "run-nothing-to-choose"
"#;

#[test]
fn an_answer_and_its_effects_commit_together_or_not_at_all() {
    let env = Env::demo_file();
    let workflows = env.dir.path().join("workflows");
    std::fs::create_dir(&workflows).unwrap();
    std::fs::write(workflows.join("two-effects.toml"), TWO_EFFECTS).unwrap();
    let dir = workflows.to_str().unwrap();

    let (lines, code) = env.json_lines(&[
        "--workflows",
        dir,
        "run",
        "two-effects",
        "--agent",
        ADMIN,
        "--answer",
        "go=both",
    ]);
    assert_eq!(code, 0);
    assert_eq!(last_status(&lines).1, "waiting");
    let errors = of_type(&lines, "error");
    assert_eq!(errors.len(), 1, "{lines:?}");
    assert!(errors[0]["text"].as_str().unwrap().contains("tailspin"));
    assert_eq!(
        env.count("SELECT count(*) FROM relationships WHERE reseller = 'tailspin'"),
        0,
        "first effect rolled back"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM run_events WHERE kind IN ('effect', 'answer')"),
        0
    );
    assert_eq!(env.json(&["runs", "show", "1"])["step"], "go");

    // The same run can still take another answer, resumed by a new process.
    let (lines, _) = env.json_lines(&[
        "--workflows",
        dir,
        "resume",
        "1",
        "--answer",
        "go=first-only",
    ]);
    assert_eq!(last_status(&lines).1, "completed");
    assert_eq!(
        env.count("SELECT count(*) FROM relationships WHERE reseller = 'tailspin'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM run_events WHERE kind = 'effect'"),
        1
    );
}

#[test]
fn a_run_keeps_the_definition_version_it_started_with() {
    let env = Env::demo_file();
    let workflows = env.dir.path().join("workflows");
    std::fs::create_dir(&workflows).unwrap();
    let path = workflows.join("two-effects.toml");
    std::fs::write(&path, TWO_EFFECTS).unwrap();
    let dir = workflows.to_str().unwrap();
    env.cmd()
        .args(["--workflows", dir, "run", "two-effects", "--agent", ADMIN])
        .assert()
        .success();

    // Version 2 drops the option; run 1 still offers it.
    let v2 = TWO_EFFECTS
        .replace("version = 1", "version = 2")
        .replace("value = \"first-only\"", "value = \"only-in-v2\"");
    std::fs::write(&path, &v2).unwrap();
    let (lines, _) = env.json_lines(&["--workflows", dir, "resume", "1"]);
    assert!(option_values(of_type(&lines, "prompt")[0]).contains(&"first-only".to_owned()));
    let (lines, _) = env.json_lines(&["--workflows", dir, "run", "two-effects", "--agent", ADMIN]);
    assert!(option_values(of_type(&lines, "prompt")[0]).contains(&"only-in-v2".to_owned()));

    // Changing a version that runs use, without a new number, is refused.
    std::fs::write(&path, v2.replace("version = 2", "version = 1")).unwrap();
    let output = env
        .cmd()
        .args(["--workflows", dir, "run", "two-effects", "--agent", ADMIN])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("version")
    );
}
