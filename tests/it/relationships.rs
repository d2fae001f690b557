//! Relationships with resellers: requested and accepted through the
//! request-relationship workflow (alone, or called by assign-support-contact
//! as a sub-workflow), and removed with the impact shown first.

use crate::common::*;
use serde_json::Value;

const SUBSCRIPTION: &str = "contoso-o365-business-standard";

fn relationship(env: &Env, reseller: &str) -> Value {
    env.json(&["relationships"])
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reseller"] == reseller)
        .cloned()
        .expect("reseller listed")
}

#[test]
fn assign_calls_request_relationship_and_offers_the_reseller_after_acceptance() {
    let env = Env::demo();
    let (lines, code) = env.json_lines(&[
        "run",
        WORKFLOW,
        "--agent",
        ADMIN,
        "--locale",
        "zh-TW",
        "--answer",
        "customer=contoso",
        "--answer",
        &format!("subscription={SUBSCRIPTION}"),
        "--answer",
        "contact=request-relationship",
        "--answer",
        "reseller=tailspin",
        "--answer",
        "privileges=delegated-admin",
    ]);
    assert_eq!(code, 0);
    let prompts = of_type(&lines, "prompt");
    let reseller = prompts
        .iter()
        .find(|p| p["step"] == "reseller")
        .expect("sub-workflow asks");
    assert_eq!(
        option_values(reseller),
        ["tailspin"],
        "established resellers are not offered"
    );
    let waiting = (*of_type(&lines, "info").last().unwrap()).clone();
    assert_eq!(waiting["step"], "await");
    assert!(waiting["text"].as_str().unwrap().contains("Tailspin Toys"));
    assert_eq!(last_status(&lines).1, "waiting");
    let tailspin = relationship(&env, "tailspin");
    assert_eq!(
        (
            tailspin["state"].as_str(),
            tailspin["delegated_admin"].as_bool()
        ),
        (Some("requested"), Some(true))
    );

    // Still pending: resuming re-checks, waits again and changes nothing.
    let (lines, _) = env.json_lines(&["resume", "1"]);
    assert_eq!(last_status(&lines).1, "waiting");
    assert!(of_type(&lines, "prompt").is_empty());

    env.cmd()
        .args(["relationships", "accept", "tailspin"])
        .assert()
        .success();
    let (lines, _) = env.json_lines(&["resume", "1", "--answer", "agreement=record"]);
    let contact = of_type(&lines, "prompt")
        .into_iter()
        .find(|p| p["step"] == "contact")
        .expect("back in assign");
    assert!(
        option_values(contact).contains(&"tailspin".to_owned()),
        "offered once established"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM support_agreements WHERE reseller = 'tailspin'"),
        1
    );

    let (lines, _) = env.json_lines(&[
        "resume",
        "1",
        "--answer",
        "contact=tailspin",
        "--answer",
        "submit=submit",
        "--answer",
        "review=close",
    ]);
    assert_eq!(last_status(&lines).1, "completed");
    assert_eq!(env.contact_of(SUBSCRIPTION), "tailspin");

    // The journal shows the call and the return, each with its definition.
    let history = env.json(&["runs", "show", "1"]);
    let events = history["events"].as_array().unwrap();
    let called = events
        .iter()
        .find(|e| e["kind"] == "called")
        .expect("called event");
    assert_eq!(called["detail"]["workflow"], "request-relationship");
    assert_eq!(called["detail"]["version"], 2);
    assert!(events.iter().any(|e| e["kind"] == "returned"));
    assert_eq!(env.count("SELECT count(*) FROM workflow_definitions"), 2);
}

#[test]
fn without_delegated_admin_privileges_the_reseller_is_not_offered() {
    let env = Env::demo();
    let (lines, _) = env.json_lines(&[
        "run",
        "request-relationship",
        "--agent",
        "ana",
        "--locale",
        "pt-BR",
        "--answer",
        "reseller=tailspin",
        "--answer",
        "privileges=no-delegated-admin",
    ]);
    assert_eq!(last_status(&lines).1, "waiting");
    env.cmd()
        .args(["relationships", "accept", "tailspin"])
        .assert()
        .success();
    let (lines, _) = env.json_lines(&["resume", "1", "--answer", "agreement=record"]);
    assert_eq!(last_status(&lines).1, "completed");
    let tailspin = relationship(&env, "tailspin");
    assert_eq!(tailspin["state"], "established");
    assert_eq!(tailspin["delegated_admin"], false);
    assert_eq!(tailspin["support_agreement"], true);

    let (lines, _) = env.json_lines(&[
        "run",
        WORKFLOW,
        "--agent",
        ADMIN,
        "--answer",
        "customer=contoso",
        "--answer",
        &format!("subscription={SUBSCRIPTION}"),
    ]);
    let contact = of_type(&lines, "prompt")
        .into_iter()
        .last()
        .unwrap()
        .clone();
    assert!(!option_values(&contact).contains(&"tailspin".to_owned()));
}

/// Makes fabrikam the contact of subscriptions of two customers.
fn fabrikam_supports_two_customers(env: &Env) {
    for (run, customer, subscription) in [
        (1, "contoso", SUBSCRIPTION),
        (2, "litware", "litware-azure-plan"),
        (3, "litware", "litware-dynamics-365-sales"),
    ] {
        let (lines, _) = env.json_lines(&[
            "run",
            WORKFLOW,
            "--agent",
            ADMIN,
            "--answer",
            &format!("customer={customer}"),
            "--answer",
            &format!("subscription={subscription}"),
            "--answer",
            "contact=fabrikam",
            "--answer",
            "submit=submit",
            "--answer",
            "review=close",
        ]);
        assert_eq!(
            last_status(&lines),
            (Value::from(run), "completed".to_owned())
        );
    }
}

#[test]
fn removing_shows_the_impact_first_and_reverts_contacts_in_one_go() {
    let env = Env::demo();
    fabrikam_supports_two_customers(&env);
    let (lines, _) = env.json_lines(&[
        "run",
        "remove-relationship",
        "--agent",
        ADMIN,
        "--answer",
        "reseller=fabrikam",
    ]);
    let impact = of_type(&lines, "info")[0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        impact,
        "Fabrikam Support Services is the support contact of 3 subscriptions of 2 customers."
    );
    let confirm = of_type(&lines, "prompt")
        .into_iter()
        .last()
        .unwrap()
        .clone();
    assert_eq!(confirm["step"], "confirm");
    // Nothing has changed yet.
    assert_eq!(
        env.count("SELECT count(*) FROM subscriptions WHERE support_contact = 'fabrikam'"),
        3
    );
    assert_eq!(relationship(&env, "fabrikam")["state"], "established");

    let (lines, _) = env.json_lines(&[
        "resume",
        "4",
        "--answer",
        "confirm=remove",
        "--answer",
        "review=close",
    ]);
    assert_eq!(last_status(&lines).1, "completed");
    assert_eq!(
        env.count("SELECT count(*) FROM subscriptions WHERE support_contact = 'fabrikam'"),
        0
    );
    assert_eq!(env.contact_of(SUBSCRIPTION), "adatum");
    assert_eq!(env.contact_of("litware-azure-plan"), "adatum");
    assert_eq!(relationship(&env, "fabrikam")["state"], "none");
    assert_eq!(
        env.count("SELECT count(*) FROM support_agreements WHERE reseller = 'fabrikam'"),
        0
    );
    // One transaction: the removal and the three reverts are one effect event.
    assert_eq!(
        env.count("SELECT count(*) FROM run_events WHERE run = 4 AND kind = 'effect'"),
        1
    );
}

#[test]
fn the_impact_uses_each_locales_plural_forms() {
    let env = Env::demo();
    fabrikam_supports_two_customers(&env);
    let impact = |locale: &str| {
        let (lines, _) = env.json_lines(&[
            "run",
            "remove-relationship",
            "--agent",
            ADMIN,
            "--locale",
            locale,
            "--answer",
            "reseller=fabrikam",
        ]);
        of_type(&lines, "info")[0]["text"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let ru = impact("ru-RU");
    assert!(ru.contains("3 подпис") && ru.contains("2 клиент"), "{ru}");
    // A message that ignored Russian plurals would say "3 подписка".
    assert!(
        !ru.contains("3 подписка ") && !ru.contains("2 клиент "),
        "{ru}"
    );
    let ru_one = {
        let (lines, _) = env.json_lines(&[
            "run",
            "remove-relationship",
            "--agent",
            ADMIN,
            "--locale",
            "ru-RU",
            "--answer",
            "reseller=northwind",
        ]);
        of_type(&lines, "info")[0]["text"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_ne!(ru, ru_one, "no subscriptions reads differently");
    let zh = impact("zh-TW");
    assert!(zh.contains('3') && zh.contains('2'), "{zh}");
}

#[test]
fn a_helpdesk_agent_may_not_remove_relationships() {
    let env = Env::demo();
    let (lines, code) = env.json_lines(&["run", "remove-relationship", "--agent", "dmitri"]);
    assert_eq!(code, 3);
    assert_eq!(last_status(&lines).1, "refused");
}
