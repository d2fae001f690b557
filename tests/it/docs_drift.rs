//! `docflow docs drift` with the English source articles given alongside
//! their translations: the English source is the current version, each
//! locale is judged by its newest hand-off, versions are compared in facts
//! (roles, steps, notes) and, with `--segments`, sentence by sentence, and
//! `--deny-stale` fails writers' CI.
//!
//! The fixtures in `tests/fixtures/articles/drift/` tell one story:
//!
//! - an older source known only from the translations (`5d0c1e2…`): the
//!   role list in bullets;
//! - `assign-contacts.en.v1.md`: the same roles written on one line;
//! - `assign-contacts.en.v2.md`, the current source: a role added, step 3
//!   names **Save** instead of **Submit**, a new step 4, the note reworded;
//! - pt-BR handed off from the oldest source, then from v2 (current at its
//!   newest); ru-RU from the oldest, then from v1 (one version behind).
//!
//! The newer hand-offs carry hashes made by another tool: they are matched
//! to the English articles by their English sentences.

use std::process::Output;

use crate::common::{Env, copy_dir, repo_path};
use serde_json::{Value, json};

const EN_V1: &str = "assign-contacts.en.v1.md";
const EN_V2: &str = "assign-contacts.en.v2.md";
const PT_OLD: &str = "assign-contacts.pt-BR.2020-09.md";
const PT_NEW: &str = "assign-contacts.pt-BR.2021-07.md";
const RU_OLD: &str = "assign-contacts.ru-RU.2020-09.md";
const RU_NEW: &str = "assign-contacts.ru-RU.2021-02.md";
/// The source the oldest hand-offs name: there is no English file for it.
const OLDEST: &str = "5d0c1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9";

fn fixture(name: &str) -> String {
    repo_path(&format!("tests/fixtures/articles/drift/{name}"))
        .display()
        .to_string()
}

fn run(env: &Env, before: &[&str], args: &[&str], files: &[&str]) -> Output {
    let files: Vec<String> = files.iter().map(|f| fixture(f)).collect();
    env.cmd()
        .args(before)
        .args(args)
        .args(&files)
        .output()
        .expect("runs")
}

/// `docs drift --json` on `files`; its one article report.
fn drift(env: &Env, before: &[&str], files: &[&str]) -> Value {
    let output = run(env, before, &["--json", "docs", "drift"], files);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["errors"], json!([]));
    let articles = value["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 1, "{value}");
    articles[0].clone()
}

fn text(env: &Env, args: &[&str], files: &[&str]) -> (String, String, Option<i32>) {
    let output = run(env, &[], args, files);
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.code(),
    )
}

fn locale<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == name)
        .unwrap_or_else(|| panic!("no {name} in {}", report["locales"]))
}

/// The changes from the version `from` to the current one.
fn changes_from<'a>(report: &'a Value, from: &str) -> &'a Value {
    report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["from"] == from)
        .unwrap_or_else(|| panic!("no changes from {from}: {}", report["changes"]))
}

fn ids(facts: &Value) -> Vec<&str> {
    facts
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect()
}

fn finding<'a>(facts: &'a Value, id: &str) -> &'a Value {
    facts
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {facts}"))
}

fn section<'a>(article: &'a Value, anchor: &str) -> &'a Value {
    article["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["anchor"] == anchor)
        .unwrap_or_else(|| panic!("no section {anchor}"))
}

#[test]
fn an_english_source_reads_as_its_translations_do() {
    let env = Env::empty();
    let files: Vec<String> = [EN_V1, EN_V2, PT_OLD].iter().map(|f| fixture(f)).collect();
    let mut args = vec!["docs", "import"];
    args.extend(files.iter().map(String::as_str));
    let value = env.json(&args);
    assert_eq!(value["errors"], json!([]));
    let [v1, v2, pt] = &value["articles"].as_array().unwrap()[..] else {
        panic!("three articles: {value}");
    };
    for article in [v1, v2] {
        assert_eq!(article["format"], "plain");
        assert_eq!(article["meta"]["locale"], "en");
        assert_eq!(article["meta"]["source_hash"].as_str().unwrap().len(), 40);
        // Every sentence is its own source.
        for segment in article["segments"].as_array().unwrap() {
            assert_eq!(segment["localized"], segment["source"], "{segment}");
        }
    }
    assert_eq!(v1["meta"]["date"], "2021-01-12");
    assert_eq!(v2["meta"]["date"], "2021-06-08");
    assert_ne!(v1["meta"]["source_hash"], v2["meta"]["source_hash"]);
    assert_eq!(pt["format"], "side-by-side");

    // The same identity and structure as the translation: the title's
    // anchor, the sections' anchors, the role list in either shape, the
    // numbered steps with their bold UI labels, the note under step 3.
    for article in [v1, v2, pt] {
        assert_eq!(
            article["anchor"],
            "assign-a-reseller-as-a-technical-support-contact-for-customers"
        );
        let contacts = section(article, "assign-contacts");
        assert_eq!(
            contacts["steps"][1]["labels"],
            json!(["Partner Center", "Customers"])
        );
        let note = &contacts["steps"][2]["notes"][0];
        assert_eq!(note["kind"], "NOTE");
        assert!(
            note["text"]["source"]
                .as_str()
                .unwrap()
                .starts_with("Until you change it")
        );
        assert!(
            contacts["steps"][0]["links"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["target"] == "request-a-relationship-with-a-customer.md")
        );
    }
    assert_eq!(pt["role_form"], "bullets");
    assert_eq!(v1["role_form"], "inline");
    let roles = |a: &Value| -> Vec<String> {
        a["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(roles(v1), roles(pt));
    assert_eq!(
        roles(v2),
        [
            "admin-agent",
            "global-admin",
            "helpdesk-agent",
            "sales-agent"
        ]
    );
    let steps = |a: &Value| {
        section(a, "assign-contacts")["steps"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!((steps(v1), steps(v2)), (4, 5));
    assert_eq!(
        section(v1, "assign-contacts")["steps"][2]["labels"],
        json!(["Designated support contact", "Submit"])
    );
    assert_eq!(
        section(v2, "assign-contacts")["steps"][2]["labels"],
        json!(["Designated support contact", "Save"])
    );

    let (stdout, _, status) = text(&env, &["docs", "import"], &[EN_V2]);
    assert_eq!(status, Some(0));
    assert!(
        stdout.contains("English source · version ") && stdout.contains(" · edited 2021-06-08"),
        "{stdout}"
    );
}

#[test]
fn a_role_list_rewritten_on_one_line_is_one_finding() {
    let env = Env::empty();
    let files = [PT_OLD, RU_OLD, RU_NEW, EN_V1];
    let report = drift(&env, &[], &files);
    let versions = report["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["hash"], OLDEST);
    assert_eq!(versions[1]["english"], fixture(EN_V1));
    assert_eq!(versions[1]["date"], "2021-01-12");
    // ru-RU's newer hand-off carries v1's English word for word.
    assert_eq!(versions[1]["locales"], json!(["ru-RU"]));

    let changes = changes_from(&report, OLDEST);
    assert_eq!(
        changes["facts"],
        json!([{
            "id": "roles-reshaped",
            "from": "bullets",
            "to": "inline",
            "roles_unchanged": true
        }])
    );
    // Sentence by sentence, the same change is five lines to read.
    assert_eq!(changes["changes"].as_array().unwrap().len(), 4);

    let (stdout, _, status) = text(&env, &["docs", "drift"], &files);
    assert_eq!(status, Some(0));
    assert!(
        stdout.contains("role list rewritten (bulleted → on one line), roles unchanged"),
        "{stdout}"
    );
    assert!(!stdout.contains("    - Global admin"), "{stdout}");
    let (stdout, _, _) = text(&env, &["docs", "drift", "--segments"], &files);
    assert!(stdout.contains("    - Global admin"), "{stdout}");
    assert!(
        stdout.contains("    + Appropriate roles: Admin agent | Global admin | Helpdesk agent"),
        "{stdout}"
    );
}

#[test]
fn each_locale_is_judged_by_its_newest_hand_off() {
    let env = Env::empty();
    // Any order: the dates and the English sources decide.
    let files = [RU_NEW, EN_V2, PT_OLD, RU_OLD, EN_V1, PT_NEW];
    let report = drift(&env, &[], &files);
    let hashes: Vec<&str> = report["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["hash"].as_str().unwrap())
        .collect();
    assert_eq!(hashes.len(), 3);
    assert_eq!(hashes[0], OLDEST);
    let v1 = hashes[1];
    let v2 = hashes[2];
    assert_eq!(report["versions"][2]["english"], fixture(EN_V2));

    let pt = locale(&report, "pt-BR");
    assert_eq!(pt["file"], fixture(PT_NEW));
    assert_eq!(pt["hash"], v2);
    assert_eq!(pt["behind"], 0);
    assert_eq!(pt["stale"], false);
    let pt_handoffs: Vec<&str> = pt["handoffs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["hash"].as_str().unwrap())
        .collect();
    assert_eq!(pt_handoffs, [OLDEST, v2]);

    let ru = locale(&report, "ru-RU");
    assert_eq!(ru["file"], fixture(RU_NEW));
    assert_eq!(ru["hash"], v1);
    assert_eq!(ru["behind"], 1);
    assert_eq!(ru["stale"], true);

    let (stdout, _, status) = text(&env, &["docs", "drift"], &files);
    assert_eq!(status, Some(0));
    assert!(
        stdout.contains("ru-RU: newest translation handed off 2021-02-03, made from ")
            && stdout.contains(" (1 version behind)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("pt-BR: newest translation handed off 2021-07-01")
            && stdout.contains("(the newest source)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Stale translation (older source): ru-RU\n"),
        "{stdout}"
    );
}

#[test]
fn steps_roles_and_notes_are_compared_as_facts() {
    let env = Env::empty();
    let report = drift(&env, &[], &[EN_V1, EN_V2, RU_NEW]);
    let v1 = report["versions"][0]["hash"].as_str().unwrap().to_owned();
    let facts = &changes_from(&report, &v1)["facts"];
    assert_eq!(
        ids(facts),
        [
            "roles-added",
            "step-count",
            "step-reworded",
            "step-labels",
            "step-added",
            "step-renumbered",
            "note-changed"
        ]
    );
    assert_eq!(
        finding(facts, "roles-added")["roles"],
        json!(["sales-agent"])
    );
    let count = finding(facts, "step-count");
    assert_eq!((&count["from"], &count["to"]), (&json!(4), &json!(5)));
    let reworded = finding(facts, "step-reworded");
    assert_eq!(
        (&reworded["old_step"], &reworded["step"]),
        (&json!(3), &json!(3))
    );
    let labels = finding(facts, "step-labels");
    assert_eq!(labels["step"], 3);
    assert_eq!(labels["added"], json!(["Save"]));
    assert_eq!(labels["removed"], json!(["Submit"]));
    assert_eq!(finding(facts, "step-added")["step"], 4);
    let renumbered = finding(facts, "step-renumbered");
    assert_eq!(
        (&renumbered["old_step"], &renumbered["step"]),
        (&json!(4), &json!(5))
    );
    let note = finding(facts, "note-changed");
    assert_eq!(
        (&note["section"], &note["step"]),
        (&json!("assign-contacts"), &json!(3))
    );

    // From the oldest source, the role list changed shape and content.
    let report = drift(&env, &[], &[PT_OLD, EN_V2]);
    let facts = &changes_from(&report, OLDEST)["facts"];
    assert_eq!(
        finding(facts, "roles-reshaped")["roles_unchanged"],
        json!(false)
    );

    let (stdout, _, _) = text(&env, &["docs", "drift"], &[EN_V1, EN_V2]);
    for line in [
        "roles added: Sales agent",
        "§ assign-contacts: 4 → 5 numbered steps",
        "§ assign-contacts: step 3 reworded\n",
        "§ assign-contacts: step 3 names **Save** instead of **Submit**",
        "§ assign-contacts: step 4 added\n      + Wait for the email",
        "§ assign-contacts: step 4 is now step 5",
        "§ assign-contacts, step 3: note reworded",
    ] {
        assert!(stdout.contains(line), "{line:?} in {stdout}");
    }
    // Another language words the findings; the article's text stays English.
    let (stdout, _, _) = text(
        &env,
        &["--locale", "pt-BR", "docs", "drift"],
        &[EN_V1, EN_V2],
    );
    assert!(
        stdout.contains("funções adicionadas: Agente de vendas"),
        "{stdout}"
    );
    assert!(
        stdout.contains("a etapa 3 cita **Save** em vez de **Submit**"),
        "{stdout}"
    );
}

/// A copy of the project's workflows in which assign-support-contact cites a
/// sixth step, which no version of the article has.
fn workflows_behind(env: &Env) -> String {
    let workflows = env.dir.path().join("workflows");
    copy_dir(&repo_path("workflows"), &workflows);
    let path = workflows.join("assign-support-contact.toml");
    let toml = std::fs::read_to_string(&path).unwrap().replace(
        r#"doc = { section = "assign-contacts", step = 4 }"#,
        r#"doc = { section = "assign-contacts", step = 6 }"#,
    );
    std::fs::write(&path, toml).unwrap();
    workflows.display().to_string()
}

#[test]
fn deny_stale_fails_on_a_stale_translation_or_a_workflow_behind_its_article() {
    let env = Env::empty();
    let all = [EN_V1, EN_V2, PT_OLD, PT_NEW, RU_OLD, RU_NEW];

    // Without the flag, drift reports and succeeds.
    let (_, _, status) = text(&env, &["docs", "drift"], &all);
    assert_eq!(status, Some(0));

    // ru-RU's newest hand-off is behind.
    let (_, stderr, status) = text(&env, &["docs", "drift", "--deny-stale"], &all);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(
        stderr.contains("--deny-stale: 1 stale translation and no workflow behind its article"),
        "{stderr}"
    );
    let (stdout, _, status) = text(&env, &["--json", "docs", "drift", "--deny-stale"], &all);
    assert_eq!(status, Some(1));
    let value: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(value["stale"], true);

    // pt-BR alone is current at its newest, though its older file is not,
    // and the shipped workflows match the current source.
    let current = [EN_V2, PT_OLD, PT_NEW];
    let (stdout, stderr, status) = text(&env, &["docs", "drift", "--deny-stale"], &current);
    assert_eq!(status, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("Every translation follows the newest source."),
        "{stdout}"
    );

    // The same files, with a workflow that cites a step the article lacks.
    let workflows = workflows_behind(&env);
    let report = drift(&env, &["--workflows", &workflows], &current);
    let assign = report["workflows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["workflow"] == "assign-support-contact")
        .unwrap();
    assert_eq!(assign["sections"][0]["beyond"], json!([6]));
    let (_, stderr, status) = text(
        &env,
        &["--workflows", &workflows, "docs", "drift", "--deny-stale"],
        &current,
    );
    assert_eq!(status, Some(1), "{stderr}");
    assert!(
        stderr.contains("no stale translation and 1 workflow behind its article"),
        "{stderr}"
    );
    let (_, stderr, status) = text(
        &env,
        &[
            "--locale",
            "ru-RU",
            "--workflows",
            &workflows,
            "docs",
            "drift",
            "--deny-stale",
        ],
        &current,
    );
    assert_eq!(status, Some(1));
    assert!(
        stderr.contains("1 рабочий процесс отстал от статьи"),
        "{stderr}"
    );
}

/// A copy of the project's workflows in which assign-support-contact says
/// it was written from `source`.
fn workflows_from(env: &Env, name: &str, source: &str) -> String {
    let workflows = env.dir.path().join(name);
    copy_dir(&repo_path("workflows"), &workflows);
    let path = workflows.join("assign-support-contact.toml");
    let toml = std::fs::read_to_string(&path).unwrap().replace(
        "section = \"assign-contacts\"\n",
        &format!("section = \"assign-contacts\"\nsource = \"{source}\"\n"),
    );
    assert!(toml.contains("source = "), "the [article] table was found");
    std::fs::write(&path, toml).unwrap();
    workflows.display().to_string()
}

#[test]
fn a_workflow_naming_an_older_source_is_behind_its_article() {
    let env = Env::empty();
    let files = [EN_V1, EN_V2, PT_NEW];
    let report = drift(&env, &[], &files);
    let hashes: Vec<&str> = report["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["hash"].as_str().unwrap())
        .collect();
    let (v1, v2) = (&hashes[0][..7], &hashes[1][..7]);

    // Written from v1, a short hash as drift prints it: one version behind.
    let older = workflows_from(&env, "older", v1);
    let report = drift(&env, &["--workflows", &older], &files);
    let assign = report["workflows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["workflow"] == "assign-support-contact")
        .unwrap();
    assert_eq!(assign["follows"], json!({ "source": v1, "behind": 1 }));
    let (stdout, stderr, status) = text(
        &env,
        &["--workflows", &older, "docs", "drift", "--deny-stale"],
        &files,
    );
    assert_eq!(status, Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains(&format!(
            "written from source {v1}, one version behind the newest"
        )),
        "{stdout}"
    );

    // Written from v2, the newest: in step.
    let newest = workflows_from(&env, "newest", v2);
    let (stdout, stderr, status) = text(
        &env,
        &["--workflows", &newest, "docs", "drift", "--deny-stale"],
        &files,
    );
    assert_eq!(status, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains(&format!("written from source {v2}, the newest")),
        "{stdout}"
    );

    // A hash none of the files has: not known to be current.
    let unknown = workflows_from(&env, "unknown", "0000000");
    let (stdout, _, status) = text(
        &env,
        &["--workflows", &unknown, "docs", "drift", "--deny-stale"],
        &files,
    );
    assert_eq!(status, Some(1));
    assert!(
        stdout.contains("which is none of the versions given"),
        "{stdout}"
    );
}

#[test]
fn a_malformed_english_article_is_named_and_the_rest_is_still_compared() {
    let env = Env::empty();
    let files = ["no-title.en.md", "bad-date.en.md", EN_V1, RU_NEW];
    let (stdout, stderr, status) = text(&env, &["docs", "drift"], &files);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "no-title.en.md cannot be read as an article: it has no title heading (# …)."
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "bad-date.en.md cannot be read as an article: it has no ms.date, or its ms.date is not a date (MM/DD/YYYY)."
        ),
        "{stderr}"
    );
    assert!(stdout.contains("ru-RU: newest translation"), "{stdout}");

    let (_, stderr, status) = text(
        &env,
        &["--locale", "es-ES", "docs", "import"],
        &["no-title.en.md", "bad-date.en.md"],
    );
    assert_eq!(status, Some(1));
    assert!(
        stderr.contains("no-title.en.md como artículo: no tiene título (# …)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("su ms.date no es una fecha (MM/DD/AAAA)"),
        "{stderr}"
    );
}
