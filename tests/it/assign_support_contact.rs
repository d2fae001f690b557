//! The "assign a reseller as technical support contact" procedure, driven
//! through the real binary against a real SQLite file.

use crate::common::*;
use serde_json::Value;

const SUBSCRIPTION: &str = "contoso-o365-business-standard";

fn run(env: &Env, locale: &str, extra: &[String]) -> (Vec<Value>, i32) {
    let mut args = vec!["run", WORKFLOW, "--agent", ADMIN, "--locale", locale];
    args.extend(extra.iter().map(String::as_str));
    env.json_lines(&args)
}

#[test]
fn whole_flow_completes_in_every_locale_and_changes_the_store() {
    for locale in LOCALES {
        let env = Env::demo();
        assert_eq!(
            env.contact_of(SUBSCRIPTION),
            "adatum",
            "new subscriptions start with the provider"
        );
        let (lines, code) = run(&env, locale, &whole_assign_flow());
        assert_eq!(code, 0, "{locale}: {lines:?}");
        let (run, status) = last_status(&lines);
        assert_eq!(status, "completed", "{locale}");
        assert_eq!(run, 1);
        let prompts = of_type(&lines, "prompt");
        let steps: Vec<_> = prompts
            .iter()
            .map(|p| p["step"].as_str().unwrap())
            .collect();
        assert_eq!(
            steps,
            ["customer", "subscription", "contact", "submit", "review"],
            "{locale}"
        );
        assert!(of_type(&lines, "error").is_empty(), "{locale}: {lines:?}");

        assert_eq!(env.contact_of(SUBSCRIPTION), "fabrikam", "{locale}");
        assert_eq!(
            env.contact_of("contoso-m365-e3"),
            "adatum",
            "{locale}: other subscriptions untouched"
        );
        let contacts = env.json(&["contacts", "contoso"]);
        let line = contacts
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["subscription"] == SUBSCRIPTION)
            .expect("subscription listed");
        assert_eq!(line["product"], "Office 365 Business Standard");
        assert_eq!(line["contact"], "fabrikam");
        assert_eq!(line["contact_name"], "Fabrikam Support Services");

        // The journal has the whole history, in the run's locale.
        let history = env.json(&["runs", "show", "1"]);
        assert_eq!(history["status"], "completed");
        assert_eq!(history["locale"], locale);
        let kinds: Vec<_> = history["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(kinds.iter().filter(|k| *k == "answer").count(), 5);
        assert_eq!(kinds.iter().filter(|k| *k == "prompt").count(), 5);
        assert_eq!(kinds.iter().filter(|k| *k == "effect").count(), 1);
        assert_eq!(kinds.last().map(String::as_str), Some("completed"));
        assert!(
            history["events"]
                .as_array()
                .unwrap()
                .iter()
                .all(|e| e["locale"] == locale && e["agent"] == ADMIN)
        );
    }
}

#[test]
fn prompts_read_naturally_in_each_locale() {
    for locale in LOCALES {
        let env = Env::demo();
        let (lines, _) = run(&env, locale, &whole_assign_flow());
        let text = transcript(&lines);
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "no isolation marks in {locale}"
        );
        insta::assert_snapshot!(format!("assign_flow_{locale}"), text);
    }
}

#[test]
fn russian_and_portuguese_counts_use_their_plural_forms() {
    let env = Env::demo();
    let captions = |locale: &str| {
        let (lines, _) = run(&env, locale, &[]);
        of_type(&lines, "prompt")[0]["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["label"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let ru = captions("ru-RU");
    assert!(ru.iter().any(|c| c.contains("2 подписки")), "{ru:?}");
    assert!(ru.iter().any(|c| c.contains("1 подписка")), "{ru:?}");
    let pt = captions("pt-BR");
    assert!(pt.iter().any(|c| c.contains("2 assinaturas")), "{pt:?}");
    assert!(pt.iter().any(|c| c.contains("1 assinatura")), "{pt:?}");
}

#[test]
fn locale_comes_from_the_agent_then_the_environment() {
    let env = Env::demo();
    // Ana's preferred language is pt-BR.
    let (lines, _) = env.json_lines(&["run", WORKFLOW, "--agent", "ana"]);
    assert_eq!(
        of_type(&lines, "prompt")[0]["text"],
        "Selecione um cliente."
    );
    // --locale wins over the agent.
    let (lines, _) = env.json_lines(&["run", WORKFLOW, "--agent", "ana", "--locale", "ru"]);
    assert!(
        of_type(&lines, "prompt")[0]["text"]
            .as_str()
            .unwrap()
            .contains("клиент")
    );
    // The environment names Russian the POSIX way; the agent still wins.
    let output = env
        .cmd()
        .env("LANG", "ru_RU.UTF-8")
        .args(["run", WORKFLOW, "--agent", "megan", "--json"])
        .output()
        .unwrap();
    let first: Value =
        serde_json::from_slice(output.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["text"], "Select a customer.");
    // Without an agent, the environment decides: zh-Hant means zh-TW.
    let output = env
        .cmd()
        .env("LC_ALL", "zh_Hant.UTF-8")
        .args(["agents"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let megan = text
        .lines()
        .find(|l| l.starts_with("megan"))
        .expect("megan listed");
    assert!(
        megan
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "role in Chinese: {megan}"
    );
}

#[test]
fn unknown_locale_falls_back_to_english_with_a_warning() {
    let env = Env::demo();
    let output = env
        .cmd()
        .args([
            "run", WORKFLOW, "--agent", ADMIN, "--locale", "fr-FR", "--json",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let first: Value =
        serde_json::from_slice(output.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["text"], "Select a customer.");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("fr-FR"), "{stderr}");

    let output = env
        .cmd()
        .args(["agents", "--locale", "not a tag!"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("not a tag!")
    );
}

#[test]
fn a_role_the_article_does_not_list_is_refused_and_nothing_changes() {
    let env = Env::demo();
    for (agent, locale) in [("lucia", "es-ES"), ("mei", "zh-TW")] {
        let role_name = |locale: &str| {
            let agents = env.json(&["agents", "--locale", locale]);
            agents
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["id"] == agent)
                .unwrap()["role_name"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        let role = role_name(locale);
        assert_ne!(role, role_name("en"), "role name localized");
        let mut args = vec!["run", WORKFLOW, "--agent", agent, "--locale", locale];
        let flow = whole_assign_flow();
        args.extend(flow.iter().map(String::as_str));
        let (lines, code) = env.json_lines(&args);
        assert_eq!(code, 3, "{lines:?}");
        let (run, status) = last_status(&lines);
        assert_eq!((run, status.as_str()), (Value::Null, "refused"));
        let error = of_type(&lines, "error")[0]["text"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(error.contains(&role), "{error}");
        assert!(of_type(&lines, "prompt").is_empty());
    }
    assert_eq!(env.count("SELECT count(*) FROM runs"), 0);
    assert_eq!(env.contact_of(SUBSCRIPTION), "adatum");
}

#[test]
fn a_refusal_names_the_roles_that_may_run_it() {
    let env = Env::demo();
    let output = env
        .cmd()
        .args(["run", WORKFLOW, "--agent", "lucia", "--locale", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let text = String::from_utf8(output.stderr).unwrap();
    for role in ["Admin agent", "Global admin", "Helpdesk agent"] {
        assert!(text.contains(role), "{text}");
    }
}

#[test]
fn an_invalid_answer_is_refused_and_the_same_step_is_asked_again() {
    let env = Env::demo();
    let (lines, code) = run(
        &env,
        "en",
        &answers(&[("customer", "contoso"), ("subscription", "no-such-thing")]),
    );
    assert_eq!(code, 0);
    let (_, status) = last_status(&lines);
    assert_eq!(status, "waiting");
    let errors = of_type(&lines, "error");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["step"], "subscription");
    assert!(
        errors[0]["text"]
            .as_str()
            .unwrap()
            .contains("no-such-thing")
    );
    let prompts = of_type(&lines, "prompt");
    let steps: Vec<_> = prompts
        .iter()
        .map(|p| p["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["customer", "subscription", "subscription"],
        "asked again"
    );

    // Where the run stands did not change, and it continues normally.
    let run = env.json(&["runs", "show", "1"]);
    assert_eq!(run["step"], "subscription");
    assert_eq!(run["status"], "waiting");
    let (lines, _) = env.json_lines(&[
        "resume",
        "1",
        "--answer",
        &format!("subscription={SUBSCRIPTION}"),
    ]);
    assert_eq!(of_type(&lines, "prompt").last().unwrap()["step"], "contact");
}

#[test]
fn an_answer_for_an_unknown_or_other_step_is_an_error_not_a_jump() {
    let env = Env::demo();
    let (lines, _) = run(
        &env,
        "pt-BR",
        &answers(&[("cliente", "contoso"), ("contact", "fabrikam")]),
    );
    let errors = of_type(&lines, "error");
    assert_eq!(errors.len(), 2, "{lines:?}");
    assert!(errors[0]["text"].as_str().unwrap().contains("cliente"));
    assert!(errors[1]["text"].as_str().unwrap().contains("contact"));
    assert_eq!(env.json(&["runs", "show", "1"])["step"], "customer");
    assert_eq!(env.contact_of(SUBSCRIPTION), "adatum");
}

#[test]
fn an_ineligible_reseller_is_never_offered_nor_accepted() {
    let env = Env::demo();
    let (lines, _) = run(
        &env,
        "en",
        &answers(&[("customer", "contoso"), ("subscription", SUBSCRIPTION)]),
    );
    let contact_prompt = of_type(&lines, "prompt")
        .into_iter()
        .last()
        .unwrap()
        .clone();
    assert_eq!(contact_prompt["step"], "contact");
    let offered = option_values(&contact_prompt);
    assert_eq!(offered, ["adatum", "fabrikam", "request-relationship"]);

    // Northwind has a relationship but no delegated admin privileges.
    let (lines, _) = env.json_lines(&["resume", "1", "--answer", "contact=northwind"]);
    assert_eq!(of_type(&lines, "error").len(), 1);
    assert_eq!(env.contact_of(SUBSCRIPTION), "adatum");
}

#[test]
fn a_waiting_run_resumes_from_a_new_process() {
    let env = Env::demo();
    let (lines, _) = run(&env, "ru-RU", &answers(&[("customer", "contoso")]));
    assert_eq!(last_status(&lines).1, "waiting");

    let (lines, _) = env.json_lines(&[
        "resume",
        "1",
        "--answer",
        &format!("subscription={SUBSCRIPTION}"),
        "--answer",
        "contact=fabrikam",
    ]);
    assert_eq!(last_status(&lines).1, "waiting");
    // Resumed in the language the run started in.
    assert!(
        of_type(&lines, "prompt")[0]["text"]
            .as_str()
            .unwrap()
            .contains("подписк")
    );

    let (lines, code) = env.json_lines(&[
        "resume",
        "1",
        "--answer",
        "submit=submit",
        "--answer",
        "review=close",
    ]);
    assert_eq!((code, last_status(&lines).1.as_str()), (0, "completed"));
    assert_eq!(env.contact_of(SUBSCRIPTION), "fabrikam");

    // A completed run cannot continue.
    let (lines, code) = env.json_lines(&["resume", "1"]);
    assert_eq!(code, 1);
    assert_eq!(last_status(&lines).1, "failed");
    assert_eq!(
        env.count("SELECT count(*) FROM run_events WHERE kind = 'effect'"),
        1,
        "no effect applied twice"
    );
}

#[test]
fn back_at_submit_changes_nothing() {
    let env = Env::demo();
    let (lines, _) = run(
        &env,
        "es-ES",
        &answers(&[
            ("customer", "contoso"),
            ("subscription", SUBSCRIPTION),
            ("contact", "fabrikam"),
            ("submit", "back"),
        ]),
    );
    assert_eq!(of_type(&lines, "prompt").last().unwrap()["step"], "contact");
    assert_eq!(env.contact_of(SUBSCRIPTION), "adatum");
}

#[test]
fn a_cancelled_run_cannot_be_resumed() {
    let env = Env::demo();
    run(&env, "en", &[]);
    env.cmd().args(["cancel", "1"]).assert().success();
    let (lines, code) = env.json_lines(&["resume", "1", "--answer", "customer=contoso"]);
    assert_eq!(code, 1);
    assert!(
        of_type(&lines, "error")[0]["text"]
            .as_str()
            .unwrap()
            .contains("cancel")
    );
    assert_eq!(env.json(&["runs"])[0]["status"], "cancelled");
}

#[test]
fn unknown_ids_are_clear_errors_with_a_failing_exit() {
    let env = Env::demo();
    for (args, needle) in [
        (
            vec!["run", "no-such-workflow", "--agent", ADMIN],
            "no-such-workflow",
        ),
        (vec!["run", WORKFLOW, "--agent", "nobody"], "nobody"),
        (vec!["resume", "42"], "42"),
        (vec!["contacts", "nobody-inc"], "nobody-inc"),
        (vec!["relationships", "accept", "nobody"], "nobody"),
        (vec!["relationships", "accept", "fabrikam"], "Fabrikam"),
    ] {
        let output = env.cmd().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert_eq!(env.count("SELECT count(*) FROM runs"), 0);
}

#[test]
fn listings_are_localized_and_json_is_stable() {
    let env = Env::demo();
    let agents = env.json(&["agents"]);
    let roles: Vec<_> = agents
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["role"].as_str().unwrap().to_owned())
        .collect();
    for role in [
        "admin-agent",
        "global-admin",
        "helpdesk-agent",
        "sales-agent",
        "user-management-admin",
    ] {
        assert!(roles.contains(&role.to_owned()), "{roles:?}");
    }
    let workflows = env.json(&["workflows", "--locale", "ru-RU"]);
    assert_eq!(workflows[0]["id"], WORKFLOW);
    assert!(
        workflows[0]["title"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('а'..='я').contains(&c))
    );
    assert_eq!(
        workflows[0]["roles"],
        serde_json::json!(["admin-agent", "global-admin", "helpdesk-agent"])
    );

    let text = env
        .cmd()
        .args(["workflows", "--locale", "zh-TW"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains(WORKFLOW));
}

#[test]
fn init_twice_duplicates_nothing() {
    let env = Env::demo();
    let before = env.count("SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM customers) + (SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM agents) + (SELECT count(*) FROM relationships) + (SELECT count(*) FROM support_agreements)");
    env.cmd().args(["init", "--demo"]).assert().success();
    let after = env.count("SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM customers) + (SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM agents) + (SELECT count(*) FROM relationships) + (SELECT count(*) FROM support_agreements)");
    assert_eq!(before, after);
    assert_eq!(env.count("SELECT count(*) FROM agents"), 5);
    assert!(env.count("SELECT min(n) FROM (SELECT count(s.id) AS n FROM customers c LEFT JOIN subscriptions s ON s.customer = c.id GROUP BY c.id) AS per_customer") >= 1);
}

/// The history reads in the reader's language and time zone; JSON keeps
/// ISO 8601 UTC for scripts.
#[test]
fn run_times_read_in_the_readers_locale_and_time_zone() {
    let env = Env::demo();
    let mut args = vec!["run", WORKFLOW, "--agent", ADMIN];
    let first = answers(&[("customer", "contoso")]);
    args.extend(first.iter().map(String::as_str));
    let (_, code) = env.json_lines(&args);
    assert_eq!(code, 0);
    let stored = env.json(&["runs", "show", "1"])["updated_at"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(stored.ends_with('Z') && stored.contains('T'), "{stored}");

    let text = |tz: &str, locale: &str, what: &[&str]| {
        let output = env
            .cmd()
            .env("TZ", tz)
            .args(["--locale", locale])
            .args(what)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let russian = text("MSK-3", "ru-RU", &["runs", "show", "1"]);
    assert!(!russian.contains(&stored), "{russian}");
    // CLDR puts a narrow no-break space before the Russian year mark.
    assert!(
        russian.contains("2026\u{202f}г."),
        "a Russian date: {russian}"
    );
    let chinese = text("CST-8", "zh-TW", &["runs"]);
    assert!(
        chinese.contains('年') && chinese.contains('日'),
        "{chinese}"
    );
    // The same instant three hours ahead in Moscow as in UTC.
    let hour = |s: &str| -> u32 { s[11..13].parse().unwrap() };
    let moscow_hour = (hour(&stored) + 3) % 24;
    assert!(
        russian.contains(&format!("{moscow_hour:02}:{}", &stored[14..16])),
        "{russian} vs {stored}"
    );
}
