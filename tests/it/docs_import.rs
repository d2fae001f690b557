//! `docflow docs import` and `docs drift` on articles in the side-by-side
//! format: the project's own fixtures always, the shared seed articles when
//! they are there.

use std::path::{Path, PathBuf};

use crate::common::{Env, copy_dir, repo_path};
use serde_json::Value;

fn fixture(name: &str) -> String {
    repo_path(&format!("tests/fixtures/articles/{name}"))
        .display()
        .to_string()
}

/// The roles the older source lists; the newer one keeps the first three.
const ALL_ROLES: [&str; 5] = [
    "admin-agent",
    "global-admin",
    "helpdesk-agent",
    "sales-agent",
    "user-management-admin",
];

const OLDER: [&str; 2] = ["assign-contacts.pt-BR.md", "assign-contacts.ru-RU.md"];
const NEWER: [&str; 2] = ["assign-contacts.es-ES.md", "assign-contacts.zh-TW.md"];

fn import(env: &Env, files: &[String]) -> Vec<Value> {
    let mut args = vec!["docs".to_owned(), "import".to_owned()];
    args.extend(files.iter().cloned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let value = env.json(&args);
    assert_eq!(value["errors"], serde_json::json!([]));
    value["articles"].as_array().expect("articles").clone()
}

fn section<'a>(article: &'a Value, anchor: &str) -> &'a Value {
    article["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["anchor"] == anchor)
        .unwrap_or_else(|| panic!("no section {anchor} in {}", article["file"]))
}

fn role_ids(article: &Value) -> Vec<String> {
    article["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect()
}

fn step_numbers(section: &Value) -> Vec<u64> {
    section["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| s["number"].as_u64().expect("number"))
        .collect()
}

/// What every translation of "Assign a reseller as a technical support
/// contact" must yield, whatever its locale or source version.
fn assert_assign_article(article: &Value, roles: &[&str]) {
    let file = &article["file"];
    assert_eq!(
        article["anchor"], "assign-a-reseller-as-a-technical-support-contact-for-customers",
        "{file}"
    );
    assert_eq!(role_ids(article), roles, "{file}");
    let contacts = section(article, "assign-contacts");
    assert_eq!(step_numbers(contacts), [1, 2, 3, 4], "{file}");
    // The note about the indirect provider belongs to step 3, however it
    // was indented.
    let step3 = &contacts["steps"][2];
    let notes = step3["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 1, "{file}: {step3}");
    assert_eq!(notes[0]["kind"], "NOTE");
    let note = notes[0]["text"]["source"].as_str().expect("note source");
    assert!(note.contains("indirect provider"), "{file}: {note}");
    assert!(!notes[0]["text"]["localized"].as_str().unwrap().is_empty());
    // Step 1 links to the relationship request article.
    let links = contacts["steps"][0]["links"].as_array().expect("links");
    assert!(
        links
            .iter()
            .any(|l| l["target"] == "request-a-relationship-with-a-customer.md"),
        "{file}: {links:?}"
    );
    assert_segments_aligned(article);
}

/// Every segment has an id, its localized text and its English source.
fn assert_segments_aligned(article: &Value) {
    let segments = article["segments"].as_array().expect("segments");
    assert!(segments.len() > 10, "{}", article["file"]);
    for segment in segments {
        let id = segment["id"].as_str().expect("id");
        assert!(id.contains('-'), "{id}");
        for side in ["localized", "source"] {
            let text = segment[side].as_str().expect("text");
            assert!(
                !text.trim().is_empty(),
                "{}: {id} has no {side} text",
                article["file"]
            );
            assert!(
                !text.contains("<span") && !text.contains("  "),
                "{id}: {text}"
            );
        }
    }
}

#[test]
fn fixtures_import_with_steps_roles_notes_and_aligned_segments() {
    let env = Env::empty();
    let files: Vec<String> = OLDER.iter().chain(&NEWER).map(|f| fixture(f)).collect();
    let articles = import(&env, &files);
    assert_eq!(articles.len(), 4);
    for article in &articles[..2] {
        assert_assign_article(article, &ALL_ROLES);
        assert_eq!(article["meta"]["handoff"].as_str().unwrap().len(), 10);
    }
    for article in &articles[2..] {
        assert_assign_article(article, &ALL_ROLES[..3]);
        assert_eq!(
            article["meta"]["source_hash"],
            "2222222222222222222222222222222222222222"
        );
    }
    let locales: Vec<&str> = articles
        .iter()
        .map(|a| a["meta"]["locale"].as_str().unwrap())
        .collect();
    assert_eq!(locales, ["pt-BR", "ru-RU", "es-ES", "zh-TW"]);

    // The localized side is the translation, the source side the English.
    let pt = &articles[0];
    let step3 = &section(pt, "assign-contacts")["steps"][2];
    assert_eq!(
        step3["notes"][0]["text"]["localized"]
            .as_str()
            .unwrap()
            .split(". ")
            .next()
            .unwrap(),
        "Por padrão, as novas assinaturas têm o provedor indireto como contato de suporte designado"
    );
    // Escaped brackets come out as the brackets readers see.
    let zh = &articles[3];
    let submit = section(zh, "assign-contacts")["steps"][2]["text"]["localized"]
        .as_str()
        .unwrap();
    assert!(submit.contains("[提交]"), "{submit}");
    assert!(!submit.contains('\\'), "{submit}");
}

#[test]
fn inline_role_lists_nested_lists_and_doubled_spaces() {
    let env = Env::empty();
    let articles = import(&env, &[fixture("provide-support.pt-BR.md")]);
    let article = &articles[0];
    assert_eq!(
        role_ids(article),
        [
            "global-admin",
            "user-management-admin",
            "helpdesk-agent",
            "admin-agent"
        ]
    );
    assert_eq!(article["roles"][0]["source"], "Global admin");
    let tasks = section(article, "perform-admin-tasks-for-your-customers");
    assert_eq!(step_numbers(tasks), [1, 2, 3, 4, 5]);
    assert_eq!(
        tasks["steps"][1]["text"]["source"],
        "Open Service management from the customer's menu."
    );
    // A bulleted list is not a procedure.
    let guidance = section(article, "microsoft-partner-support-guidance");
    assert_eq!(step_numbers(guidance), Vec::<u64>::new());
    let links: Vec<&str> = article["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["target"].as_str().unwrap())
        .collect();
    assert!(links.contains(&"check-service-health.md"), "{links:?}");
    assert!(
        links.contains(&"https://example.com/support/azure"),
        "{links:?}"
    );
    assert_segments_aligned(article);
}

#[test]
fn text_output_speaks_the_chosen_language() {
    let env = Env::empty();
    let output = env
        .cmd()
        .args(["--locale", "ru-RU", "docs", "import", &fixture(NEWER[0])])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    // The article's own text (Spanish) under docflow's Russian labels.
    assert!(text.contains("es-ES"), "{text}");
    assert!(text.contains("4 шага"), "{text}");
    assert!(text.contains("    3. "), "{text}");
    assert!(text.contains("[NOTE]"), "{text}");
}

#[test]
fn what_is_not_an_article_is_named_and_the_rest_still_imports() {
    let env = Env::empty();
    let output = env
        .cmd()
        .args([
            "docs",
            "import",
            &fixture("not-an-article.md"),
            &fixture(NEWER[0]),
            &fixture("no-segments.md"),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stdout.contains("assign-contacts.es-ES.md"), "{stdout}");
    assert!(
        stderr.contains("not-an-article.md") && stderr.contains("front matter"),
        "{stderr}"
    );
    assert!(
        stderr.contains("no-segments.md") && stderr.contains("side-by-side spans"),
        "{stderr}"
    );

    let missing = env
        .cmd()
        .args(["--locale", "pt-BR", "docs", "import", "no/such/file.md"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/file.md"));
}

#[test]
fn a_draft_workflow_loads_and_runs_step_by_step() {
    let env = Env::demo();
    let draft = env.dir.path().join("draft");
    let files: Vec<String> = NEWER.iter().chain(&OLDER).map(|f| fixture(f)).collect();
    let mut args = vec!["docs", "import", "--draft", draft.to_str().unwrap()];
    args.extend(files.iter().map(String::as_str));
    let written = env.json(&args);
    let drafted: Vec<&str> = written["drafts"][0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    // The definition and one message file per locale, English included.
    assert_eq!(drafted.len(), 6, "{drafted:?}");
    assert!(
        drafted.iter().all(|f| Path::new(f).is_file()),
        "{drafted:?}"
    );

    let id = "assign-a-reseller-as-a-technical-support-contact-for-customers";
    let toml = std::fs::read_to_string(draft.join(format!("workflows/{id}.toml"))).unwrap();
    // The newest source decides: three roles, four steps citing the article.
    assert!(
        toml.contains(r#"roles = ["admin-agent", "global-admin", "helpdesk-agent"]"#),
        "{toml}"
    );
    for step in 1..=4 {
        assert!(
            toml.contains(&format!(
                "doc = {{ section = \"assign-contacts\", step = {step} }}"
            )),
            "{toml}"
        );
    }
    let pt = std::fs::read_to_string(draft.join(format!("locales/pt-BR/{id}.ftl"))).unwrap();
    assert!(
        pt.contains("# > [NOTE] Por padrão, as novas assinaturas"),
        "{pt}"
    );

    // Merged into copies of the project's own files, the draft loads, passes
    // the locale check's errors, and runs.
    let workflows = env.dir.path().join("workflows");
    let locales = env.dir.path().join("locales");
    copy_dir(&repo_path("workflows"), &workflows);
    copy_dir(&repo_path("locales"), &locales);
    copy_dir(&draft.join("workflows"), &workflows);
    copy_dir(&draft.join("locales"), &locales);
    let with_draft = |cmd: &mut assert_cmd::Command| {
        cmd.arg("--workflows")
            .arg(&workflows)
            .arg("--locales")
            .arg(&locales);
    };
    let mut list = env.cmd();
    with_draft(&mut list);
    let listed = list.args(["workflows"]).output().unwrap();
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    assert!(String::from_utf8_lossy(&listed.stdout).contains(id));

    let mut run = env.cmd();
    with_draft(&mut run);
    let output = run
        .args(["--locale", "es-ES", "run", id, "--agent", "megan", "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains(r#""status":"completed""#), "{stdout}");
}

fn stale_locales(report: &Value) -> Vec<&str> {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["stale"] == true)
        .map(|l| l["locale"].as_str().unwrap())
        .collect()
}

fn drift(env: &Env, files: &[String], extra: &[&str]) -> Value {
    let mut args: Vec<&str> = extra.to_vec();
    args.extend(["docs", "drift"]);
    args.extend(files.iter().map(String::as_str));
    let value = env.json(&args);
    assert_eq!(value["errors"], serde_json::json!([]));
    value["articles"][0].clone()
}

#[test]
fn drift_names_stale_locales_and_the_english_that_changed() {
    let env = Env::empty();
    let files: Vec<String> = NEWER.iter().chain(&OLDER).map(|f| fixture(f)).collect();
    let report = drift(&env, &files, &[]);
    let hashes: Vec<&str> = report["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["hash"].as_str().unwrap())
        .collect();
    assert_eq!(
        hashes,
        [
            "1111111111111111111111111111111111111111",
            "2222222222222222222222222222222222222222"
        ]
    );
    assert_eq!(stale_locales(&report), ["pt-BR", "ru-RU"]);

    let changes = report["changes"][0]["changes"].as_array().unwrap();
    let removed: Vec<&str> = changes
        .iter()
        .filter(|c| c["kind"] == "removed")
        .map(|c| c["old"].as_str().unwrap())
        .collect();
    assert_eq!(
        removed,
        [
            "Applies to",
            "Partner Center",
            "Sales agent",
            "User management admin"
        ]
    );
    let changed: Vec<&Value> = changes.iter().filter(|c| c["kind"] == "changed").collect();
    assert_eq!(changed.len(), 1, "{changes:?}");
    assert!(changed[0]["old"].as_str().unwrap().contains("log in"));
    assert!(changed[0]["new"].as_str().unwrap().contains("sign in"));

    // The shipped workflow follows the newest source.
    let assign = report["workflows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["workflow"] == "assign-support-contact")
        .expect("assign-support-contact cites the article");
    assert_eq!(assign["extra_roles"], serde_json::json!([]));
    assert_eq!(
        assign["sections"][0]["covered"],
        serde_json::json!([1, 2, 3, 4])
    );
    assert_eq!(assign["sections"][0]["uncovered"], serde_json::json!([]));
}

#[test]
fn drift_flags_a_workflow_behind_its_article() {
    let env = Env::empty();
    // A copy of the workflow that still lets sales agents in (as the older
    // source did) and cites a fifth step the article does not have.
    let workflows = env.dir.path().join("workflows");
    copy_dir(&repo_path("workflows"), &workflows);
    let path = workflows.join("assign-support-contact.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace(
            r#"roles = ["admin-agent", "global-admin", "helpdesk-agent"]"#,
            r#"roles = ["admin-agent", "global-admin", "helpdesk-agent", "sales-agent"]"#,
        )
        .replace(
            r#"doc = { section = "assign-contacts", step = 4 }"#,
            r#"doc = { section = "assign-contacts", step = 5 }"#,
        );
    std::fs::write(&path, text).unwrap();
    // The relationship request it calls must let the same roles in.
    let callee = workflows.join("request-relationship.toml");
    let text = std::fs::read_to_string(&callee).unwrap().replace(
        r#"roles = ["admin-agent", "global-admin", "helpdesk-agent"]"#,
        r#"roles = ["admin-agent", "global-admin", "helpdesk-agent", "sales-agent"]"#,
    );
    std::fs::write(&callee, text).unwrap();
    let files: Vec<String> = NEWER.iter().chain(&OLDER).map(|f| fixture(f)).collect();
    let workflows_arg = workflows.to_str().unwrap();
    let report = drift(&env, &files, &["--workflows", workflows_arg]);
    let assign = report["workflows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["workflow"] == "assign-support-contact")
        .unwrap();
    assert_eq!(assign["extra_roles"], serde_json::json!(["sales-agent"]));
    assert_eq!(assign["sections"][0]["uncovered"], serde_json::json!([4]));
    assert_eq!(assign["sections"][0]["beyond"], serde_json::json!([5]));

    let mut args = vec!["--workflows", workflows_arg, "docs", "drift", "--segments"];
    args.extend(files.iter().map(String::as_str));
    let text = env.cmd().args(&args).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Workflow assign-support-contact: differs from the newest source"),
        "{text}"
    );
    assert!(
        text.contains("allows roles the article does not list: Sales agent"),
        "{text}"
    );
    assert!(
        text.contains("Stale translations (older source): pt-BR, ru-RU"),
        "{text}"
    );
    assert!(text.contains("    - Sales agent"), "{text}");
}

/// The shared seed articles, when this checkout sits next to them.
fn seeds() -> Option<Vec<PathBuf>> {
    let dir = repo_path("../shared/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!("skipped: no seed articles in {}", dir.display());
        return None;
    }
    Some(files)
}

#[test]
fn seed_articles_import_when_present() {
    let Some(files) = seeds() else { return };
    let env = Env::empty();
    let files: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let articles = import(&env, &files);
    let assign: Vec<&Value> = articles
        .iter()
        .filter(|a| a["anchor"] == "assign-a-reseller-as-a-technical-support-contact-for-customers")
        .collect();
    assert_eq!(assign.len(), 4);
    for article in assign {
        let newer = article["meta"]["handoff"] == "2020-12-01";
        let roles = if newer {
            &ALL_ROLES[..3]
        } else {
            &ALL_ROLES[..]
        };
        assert_assign_article(article, roles);
    }
    let support = articles
        .iter()
        .find(|a| {
            a["anchor"]
                .as_str()
                .unwrap()
                .starts_with("provide-technical-support")
        })
        .expect("the technical support article");
    assert_eq!(role_ids(support).len(), 4);
    assert_eq!(
        step_numbers(section(support, "perform-admin-tasks-for-your-customers")),
        [1, 2, 3, 4, 5]
    );
    assert_segments_aligned(support);
}

#[test]
fn seed_drift_when_present() {
    let Some(files) = seeds() else { return };
    let env = Env::empty();
    let files: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let value = env.json(&{
        let mut args = vec!["docs", "drift"];
        args.extend(files.iter().map(String::as_str));
        args
    });
    let assign = value["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["anchor"] == "assign-a-reseller-as-a-technical-support-contact-for-customers")
        .unwrap();
    let newest = assign["versions"].as_array().unwrap().last().unwrap();
    assert_eq!(newest["locales"], serde_json::json!(["es-ES", "zh-TW"]));
    assert_eq!(stale_locales(assign), ["pt-BR", "ru-RU"]);
    for changes in assign["changes"].as_array().unwrap() {
        let list = changes["changes"].as_array().unwrap();
        let removed = |text: &str| {
            list.iter()
                .any(|c| c["kind"] == "removed" && c["old"] == text)
        };
        assert!(
            removed("Sales agent") && removed("User management admin"),
            "{list:?}"
        );
        assert!(
            list.iter().any(|c| c["kind"] == "changed"
                && c["old"].as_str().unwrap().contains("log in")
                && c["new"].as_str().unwrap().contains("sign in")),
            "{list:?}"
        );
    }
}
