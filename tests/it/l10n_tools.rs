//! Translators' tools besides the checker: stats, one message side by side,
//! and a preview of a workflow's texts without a database.

use crate::common::*;
use serde_json::Value;

#[test]
fn stats_count_translated_messages_per_locale() {
    let env = Env::empty();
    let stats = env.json(&["l10n", "stats"]);
    let stats = stats.as_array().unwrap();
    let locales: Vec<&str> = stats
        .iter()
        .map(|s| s["locale"].as_str().unwrap())
        .collect();
    assert_eq!(locales, ["en", "es-ES", "pt-BR", "ru-RU", "zh-TW"]);
    let total = stats[0]["total"].as_u64().unwrap();
    assert!(total > 100);
    for s in stats {
        assert_eq!(s["translated"].as_u64(), Some(total), "{s}");
        assert_eq!(s["percent"], 100.0);
        assert!(s["words"].as_u64().unwrap() > 500);
        assert_eq!(
            (s["errors"].as_u64(), s["warnings"].as_u64()),
            (Some(0), Some(0))
        );
    }

    // A message removed from Russian shows in its numbers.
    let dir = env.dir.path().join("locales");
    copy_dir(&repo_path("locales"), &dir);
    let ftl = dir.join("ru-RU/docflow.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let text: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("value-yes ="))
        .collect();
    std::fs::write(&ftl, text.join("\n")).unwrap();
    let stats = env.json(&["--locales", dir.to_str().unwrap(), "l10n", "stats"]);
    let ru = stats
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["locale"] == "ru-RU")
        .unwrap()
        .clone();
    assert_eq!(ru["translated"].as_u64(), Some(total - 1));
    assert_eq!(ru["errors"], 1);

    let table = env
        .cmd()
        .args(["l10n", "stats", "--locale", "en"])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("ru-RU") && l.contains("100.0%")),
        "{table}"
    );
}

#[test]
fn show_puts_one_message_side_by_side_with_its_comment_and_uses() {
    let env = Env::empty();
    let shown = env.json(&["l10n", "show", "assign-customer-option"]);
    assert!(
        shown["comment"]
            .as_str()
            .unwrap()
            .contains("$subscriptions")
    );
    assert_eq!(
        shown["used_by"],
        serde_json::json!([{ "workflow": "assign-support-contact", "step": "customer" }])
    );
    let translations = shown["translations"].as_array().unwrap();
    assert_eq!(translations[0]["locale"], "en", "the reference first");
    assert_eq!(translations.len(), 5);
    let ru = translations
        .iter()
        .find(|t| t["locale"] == "ru-RU")
        .unwrap();
    assert!(ru["source"].as_str().unwrap().contains("[few]"));
    assert!(
        ru["file"]
            .as_str()
            .unwrap()
            .ends_with("ru-RU/assign-support-contact.ftl")
    );

    let program = env.json(&["l10n", "show", "status-waiting"]);
    assert_eq!(
        program["used_by"],
        serde_json::json!([{ "workflow": null, "step": null }])
    );

    let output = env
        .cmd()
        .args(["l10n", "show", "no-such-message"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("no-such-message")
    );
}

#[test]
fn preview_renders_every_text_with_every_plural_form_without_a_database() {
    let env = Env::file();
    let lines = env.json(&["preview", "remove-relationship", "--locale", "ru-RU"]);
    let lines: Vec<Value> = lines.as_array().unwrap().clone();
    assert!(!env.db.exists(), "no database needed");
    let impact = |subscriptions: i64| -> String {
        lines
            .iter()
            .find(|l| {
                l["id"] == "remove-impact"
                    && l["args"]["impact-subscriptions"] == subscriptions
                    && l["args"]["impact-customers"] == 1
            })
            .unwrap_or_else(|| panic!("impact for {subscriptions}"))["text"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let forms: Vec<String> = [1, 2, 5, 21].iter().map(|n| impact(*n)).collect();
    assert!(
        forms[0].contains("1 подписки") && forms[3].contains("21 подписки"),
        "{forms:?}"
    );
    assert!(
        forms[1].contains("2 подписок") && forms[2].contains("5 подписок"),
        "{forms:?}"
    );
    // Every step's prompt and every option caption is there.
    for id in [
        "remove-reseller-prompt",
        "remove-confirm-prompt",
        "remove-confirm-remove",
        "action-back",
        "remove-done",
        "error-not-an-option",
    ] {
        assert!(lines.iter().any(|l| l["id"] == id), "{id}");
    }
    // Selectors on text show each of their variants.
    let states: Vec<&Value> = lines
        .iter()
        .filter(|l| l["id"] == "remove-reseller-option")
        .map(|l| &l["args"]["state"])
        .collect();
    assert!(
        states.contains(&&Value::from("requested"))
            && states.contains(&&Value::from("established"))
    );
    assert!(
        lines
            .iter()
            .all(|l| !l["text"].as_str().unwrap().contains('{')),
        "no unresolved placeable"
    );

    let text = env
        .cmd()
        .args(["preview", "provide-technical-support", "--locale", "zh-TW"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("[describe] support-describe-prompt"),
        "{text}"
    );
    assert!(
        text.contains("error-text-too-short"),
        "free-text errors too"
    );
}

/// The table reads as each language writes numbers; JSON keeps plain ones.
#[test]
fn stats_write_numbers_as_the_reader_does() {
    let env = Env::empty();
    let table = |locale: &str| {
        let output = env
            .cmd()
            .args(["--locale", locale, "l10n", "stats"])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let russian = table("ru-RU");
    assert!(russian.contains("100,0\u{a0}%"), "{russian}");
    let english = table("en");
    assert!(english.contains("100.0%"), "{english}");
    // More than a thousand words per locale: grouped as each language groups.
    let words = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("ru-RU"))
            .and_then(|l| {
                l.split("  ")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .nth(3)
            })
            .unwrap()
            .to_owned()
    };
    assert!(words(&russian).contains('\u{a0}'), "{russian}");
    assert!(words(&english).contains(','), "{english}");
    let json = env.json(&["--locale", "ru-RU", "l10n", "stats"]);
    assert_eq!(json[0]["percent"], 100.0);
}
