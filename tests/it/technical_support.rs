//! Provide technical support: service health first, then a baseline
//! resolution or an escalation through a vehicle the partner is entitled to.

use crate::common::*;
use serde_json::Value;

const WORKFLOW_ID: &str = "provide-technical-support";
const PROBLEM: &str = "Mail delivery is delayed by two hours since this morning.";

fn escalate(env: &Env, locale: &str, kind: &str, vehicle: &str) -> (Vec<Value>, i32) {
    env.json_lines(&[
        "run",
        WORKFLOW_ID,
        "--agent",
        ADMIN,
        "--locale",
        locale,
        "--answer",
        "customer=contoso",
        "--answer",
        "service=contoso-exchange",
        "--answer",
        "action=escalate",
        "--answer",
        &format!("kind={kind}"),
        "--answer",
        &format!("vehicle={vehicle}"),
        "--answer",
        &format!("describe=  {PROBLEM}  "),
        "--answer",
        "file=submit",
    ])
}

fn requests(env: &Env) -> Vec<Value> {
    env.json(&["requests"]).as_array().unwrap().clone()
}

#[test]
fn a_technical_escalation_is_filed_with_an_entitled_vehicle_in_every_locale() {
    for locale in LOCALES {
        let env = Env::demo();
        let (lines, code) = escalate(&env, locale, "technical", "advanced");
        assert_eq!(
            (code, last_status(&lines).1.as_str()),
            (0, "completed"),
            "{locale}: {lines:?}"
        );
        assert!(of_type(&lines, "error").is_empty(), "{locale}: {lines:?}");

        let requests = requests(&env);
        assert_eq!(requests.len(), 1);
        let request = &requests[0];
        assert_eq!(request["id"], "SR000001");
        assert_eq!(request["customer"], "contoso");
        assert_eq!(request["service"], "contoso-exchange");
        assert_eq!(request["kind"], "technical");
        assert_eq!(request["vehicle"], "advanced");
        assert_eq!(request["status"], "open");
        assert_eq!(request["description"], PROBLEM, "trimmed");
        assert_eq!(request["agent"], ADMIN);

        // The number is shown to the agent.
        let done = of_type(&lines, "info").last().unwrap()["text"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(done.contains("SR000001"), "{locale}: {done}");
        // The free-text prompt has no options.
        let describe = of_type(&lines, "prompt")
            .into_iter()
            .find(|p| p["step"] == "describe")
            .unwrap();
        assert!(describe.get("options").is_none());
    }
}

#[test]
fn service_health_comes_before_anything_else() {
    let env = Env::demo();
    let (lines, _) = escalate(&env, "ru-RU", "technical", "advanced");
    let steps: Vec<&str> = lines.iter().filter_map(|l| l["step"].as_str()).collect();
    let health = steps
        .iter()
        .position(|s| *s == "health")
        .expect("health shown");
    let action = steps
        .iter()
        .position(|s| *s == "action")
        .expect("action asked");
    assert!(health < action);
    assert_eq!(steps[..health], ["customer", "service"]);
    let text = lines.iter().find(|l| l["step"] == "health").unwrap()["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        text.contains("EX-1021") && text.contains("EX-1022") && !text.contains("EX-0977"),
        "{text}"
    );
    assert!(text.contains("2 "), "{text}");
}

#[test]
fn vehicles_the_partner_is_not_entitled_to_are_never_offered_nor_accepted() {
    let env = Env::demo();
    let (lines, _) = escalate(&env, "en", "technical", "premier");
    let vehicle = of_type(&lines, "prompt")
        .into_iter()
        .find(|p| p["step"] == "vehicle")
        .unwrap();
    assert_eq!(option_values(vehicle), ["advanced", "signature"]);
    assert!(
        of_type(&lines, "error")[0]["text"]
            .as_str()
            .unwrap()
            .contains("premier")
    );
    assert_eq!(last_status(&lines).1, "waiting");
    assert!(requests(&env).is_empty());

    // Not even a direct write gets past the store.
    let refused = env.db().execute(
        "INSERT INTO service_requests (id, number, customer, service, kind, vehicle, description, status, agent, created_at)
         VALUES (9, 'SR000009', 'contoso', 'contoso-exchange', 'technical', 'premier', 'x', 'open', 'megan', 'now')",
    );
    assert!(refused.is_err());
}

#[test]
fn commercial_issues_can_always_be_escalated() {
    let env = Env::demo();
    let (lines, _) = escalate(&env, "es-ES", "commercial", "commercial");
    assert_eq!(last_status(&lines).1, "completed");
    let vehicle = of_type(&lines, "prompt")
        .into_iter()
        .find(|p| p["step"] == "vehicle")
        .unwrap();
    assert_eq!(option_values(vehicle), ["commercial"]);
    assert_eq!(requests(&env)[0]["kind"], "commercial");
}

#[test]
fn without_a_technical_vehicle_the_agent_is_told_and_offered_what_is_possible() {
    let env = Env::demo();
    env.db()
        .execute("DELETE FROM competencies; DELETE FROM support_contracts;")
        .unwrap();
    let (lines, _) = env.json_lines(&[
        "run",
        WORKFLOW_ID,
        "--agent",
        ADMIN,
        "--answer",
        "customer=contoso",
        "--answer",
        "service=contoso-exchange",
        "--answer",
        "action=escalate",
        "--answer",
        "kind=technical",
    ]);
    let info = lines.iter().find(|l| l["step"] == "entitlement").unwrap();
    assert!(
        info["text"]
            .as_str()
            .unwrap()
            .contains("no technical support vehicle"),
        "{info}"
    );
    let offer = of_type(&lines, "prompt")
        .into_iter()
        .last()
        .unwrap()
        .clone();
    assert_eq!(offer["step"], "no-vehicle");
    assert_eq!(option_values(&offer), ["commercial", "resolved", "cancel"]);

    let (lines, _) = env.json_lines(&[
        "resume",
        "1",
        "--answer",
        "no-vehicle=commercial",
        "--answer",
        "vehicle=commercial",
        "--answer",
        &format!("describe={PROBLEM}"),
        "--answer",
        "file=submit",
    ]);
    assert_eq!(last_status(&lines).1, "completed");
    let request = &requests(&env)[0];
    assert_eq!(
        (request["kind"].as_str(), request["vehicle"].as_str()),
        (Some("commercial"), Some("commercial"))
    );
}

#[test]
fn a_description_must_be_given_and_bounded() {
    let env = Env::demo();
    let too_long = "x".repeat(2001);
    let (lines, _) = env.json_lines(&[
        "run",
        WORKFLOW_ID,
        "--agent",
        ADMIN,
        "--locale",
        "pt-BR",
        "--answer",
        "customer=contoso",
        "--answer",
        "service=contoso-teams",
        "--answer",
        "action=escalate",
        "--answer",
        "kind=commercial",
        "--answer",
        "vehicle=commercial",
        "--answer",
        "describe=   ",
        "--answer",
        "describe=curto",
        "--answer",
        &format!("describe={too_long}"),
    ]);
    let errors = of_type(&lines, "error");
    assert_eq!(errors.len(), 3, "{lines:?}");
    assert!(errors.iter().all(|e| e["step"] == "describe"));
    assert!(errors[1]["text"].as_str().unwrap().contains("10"));
    // Counts are written as Portuguese writes them.
    let too_long = errors[2]["text"].as_str().unwrap();
    assert!(
        too_long.contains("2.001") && too_long.contains("2.000"),
        "{too_long}"
    );
    let asked = of_type(&lines, "prompt")
        .iter()
        .filter(|p| p["step"] == "describe")
        .count();
    assert_eq!(asked, 4, "asked again after each refusal");
    assert_eq!(last_status(&lines).1, "waiting");
    assert_eq!(env.json(&["runs", "show", "1"])["step"], "describe");
    assert!(requests(&env).is_empty());
}

#[test]
fn an_issue_resolved_within_baseline_support_is_recorded() {
    let env = Env::demo();
    let (lines, _) = env.json_lines(&[
        "run",
        WORKFLOW_ID,
        "--agent",
        "mei",
        "--answer",
        "customer=litware",
        "--answer",
        "service=litware-dynamics",
        "--answer",
        "action=resolved",
        "--answer",
        "resolution=Reassigned the user's Dynamics 365 license.",
        "--answer",
        "record=save",
    ]);
    assert_eq!(
        last_status(&lines).1,
        "completed",
        "a User management admin may provide support"
    );
    assert_eq!(env.count("SELECT count(*) FROM baseline_resolutions WHERE service = 'litware-dynamics' AND agent = 'mei'"), 1);
    assert!(requests(&env).is_empty());
}

#[test]
fn a_sales_agent_may_not_provide_technical_support() {
    let env = Env::demo();
    let (lines, code) = env.json_lines(&["run", WORKFLOW_ID, "--agent", "lucia"]);
    assert_eq!(code, 3);
    assert_eq!(last_status(&lines).1, "refused");
}

#[test]
fn support_prompts_read_naturally_in_each_locale() {
    for locale in LOCALES {
        let env = Env::demo();
        let (lines, _) = escalate(&env, locale, "technical", "advanced");
        insta::assert_snapshot!(format!("support_flow_{locale}"), transcript(&lines));
    }
}
