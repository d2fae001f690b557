//! `docflow l10n check` on the project's locale files with one defect
//! written in for each test: the finding's check, id and position.

use std::path::PathBuf;

use crate::common::*;
use serde_json::Value;
use tempfile::TempDir;

/// A copy of the project's locales, edited by the test.
struct Locales {
    dir: TempDir,
    path: PathBuf,
}

impl Locales {
    fn new() -> Locales {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("locales");
        copy_dir(&repo_path("locales"), &path);
        Locales { dir, path }
    }

    /// A copy of the project's workflows beside the locales, to edit.
    fn workflows(&self) -> PathBuf {
        let path = self.dir.path().join("workflows");
        if !path.exists() {
            copy_dir(&repo_path("workflows"), &path);
        }
        path
    }

    fn file(&self, locale: &str, name: &str) -> PathBuf {
        self.path.join(locale).join(name)
    }

    /// Replaces the line starting with `start` by `with` (several lines allowed).
    fn replace_line(&self, locale: &str, name: &str, start: &str, with: &str) -> usize {
        let path = self.file(locale, name);
        let text = std::fs::read_to_string(&path).unwrap();
        let index = text
            .lines()
            .position(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start} in {path:?}"));
        let lines: Vec<&str> = text
            .lines()
            .enumerate()
            .map(|(i, l)| if i == index { with } else { l })
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        index + 1
    }

    fn append(&self, locale: &str, name: &str, text: &str) -> usize {
        let path = self.file(locale, name);
        let mut content = std::fs::read_to_string(&path).unwrap();
        let line = content.lines().count() + 1;
        content.push_str(text);
        std::fs::write(&path, content).unwrap();
        line
    }

    /// The line of `name` in `locale` that starts with `start`.
    fn line_of(&self, locale: &str, name: &str, start: &str) -> usize {
        let text = std::fs::read_to_string(self.file(locale, name)).unwrap();
        text.lines()
            .position(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start} in {locale}/{name}"))
            + 1
    }

    /// docflow with `--locales` pointing at this copy.
    fn run(&self, args: &[&str]) -> std::process::Output {
        Env::empty()
            .cmd()
            .args(["--locales", self.path.to_str().unwrap()])
            .args(args)
            .output()
            .unwrap()
    }

    fn check(&self, extra: &[&str]) -> (Vec<Value>, i32) {
        self.check_with(&[], extra)
    }

    /// `l10n check --json`, after the `global` options (`--workflows DIR`).
    fn check_with(&self, global: &[&str], extra: &[&str]) -> (Vec<Value>, i32) {
        let env = Env::empty();
        let output = env
            .cmd()
            .args(["--locales", self.path.to_str().unwrap()])
            .args(global)
            .args(["l10n", "check", "--json"])
            .args(extra)
            .output()
            .unwrap();
        let findings: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
        (
            findings.as_array().unwrap().clone(),
            output.status.code().unwrap(),
        )
    }
}

fn only<'a>(findings: &'a [Value], check: &str, locale: &str, id: &str) -> &'a Value {
    let matching: Vec<&Value> = findings
        .iter()
        .filter(|f| f["check"] == check && f["locale"] == locale && f["id"] == id)
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "one {check} for {locale} {id} in {findings:#?}"
    );
    matching[0]
}

#[test]
fn the_projects_own_locales_are_clean() {
    let (findings, code) = Locales::new().check(&["--strict"]);
    assert_eq!((findings.len(), code), (0, 0), "{findings:#?}");
}

#[test]
fn a_syntax_error_is_located_and_the_rest_is_still_checked() {
    let locales = Locales::new();
    let line = locales.replace_line("ru-RU", "docflow.ftl", "value-yes =", "value-yes = да { $");
    locales.replace_line("es-ES", "docflow.ftl", "status-refused =", "");
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1);
    let syntax = findings
        .iter()
        .find(|f| f["check"] == "syntax")
        .expect("syntax finding");
    assert_eq!(syntax["locale"], "ru-RU");
    assert!(
        syntax["file"]
            .as_str()
            .unwrap()
            .ends_with("ru-RU/docflow.ftl")
    );
    assert_eq!(syntax["line"], line);
    assert!(syntax["column"].as_u64().unwrap() >= 1);
    assert_eq!(syntax["severity"], "error");
    // The rest of the file and the other locales were still read.
    only(&findings, "missing-message", "es-ES", "status-refused");
    assert!(
        !findings
            .iter()
            .any(|f| f["locale"] == "ru-RU" && f["id"] == "value-no")
    );

    // Text output shows the offending line.
    let env = Env::empty();
    let output = env
        .cmd()
        .args(["--locales", locales.path.to_str().unwrap(), "l10n", "check"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains(&format!("ru-RU/docflow.ftl:{line}:")),
        "{text}"
    );
    assert!(text.contains("value-yes = да { $"), "{text}");
}

#[test]
fn a_missing_message_is_an_error() {
    let locales = Locales::new();
    locales.replace_line("pt-BR", "docflow.ftl", "status-refused =", "");
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1);
    let f = only(&findings, "missing-message", "pt-BR", "status-refused");
    assert_eq!(f["severity"], "error");
    assert!(f["file"].as_str().unwrap().ends_with("pt-BR/docflow.ftl"));
    assert_eq!(findings.len(), 1, "{findings:#?}");
}

#[test]
fn missing_and_obsolete_attributes() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "action-back = Back\n    .title = Go back without changing anything",
    );
    locales.replace_line(
        "zh-TW",
        "docflow.ftl",
        "action-close =",
        "action-close = 關閉\n    .accesskey = C",
    );
    let (findings, _) = locales.check(&[]);
    assert_eq!(
        only(&findings, "missing-attribute", "es-ES", "action-back")["severity"],
        "error"
    );
    assert_eq!(
        only(&findings, "obsolete-attribute", "zh-TW", "action-close")["severity"],
        "warning"
    );
}

#[test]
fn obsolete_and_duplicate_messages() {
    let locales = Locales::new();
    let old = locales.append("es-ES", "docflow.ftl", "old-message = Antiguo\n");
    let twice = locales.append("es-ES", "docflow.ftl", "value-yes = vale\n");
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1, "a duplicate is an error");
    let f = only(&findings, "obsolete-message", "es-ES", "old-message");
    assert_eq!(
        (f["line"].as_u64(), f["severity"].as_str()),
        (Some(old as u64), Some("warning"))
    );
    let f = only(&findings, "duplicate", "es-ES", "value-yes");
    assert_eq!(f["line"], twice);
    assert!(
        f["text"].as_str().unwrap().contains("docflow.ftl:"),
        "names the first definition"
    );
}

#[test]
fn variables_a_translation_adds_or_drops() {
    let locales = Locales::new();
    let line = locales.replace_line(
        "ru-RU",
        "docflow.ftl",
        "value-yes =",
        "value-yes = да, { $who }",
    );
    locales.replace_line(
        "zh-TW",
        "docflow.ftl",
        "run-cancelled =",
        "run-cancelled = 已取消。",
    );
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1);
    let f = only(&findings, "unknown-variable", "ru-RU", "value-yes");
    assert_eq!(
        (f["line"].as_u64(), f["severity"].as_str()),
        (Some(line as u64), Some("error"))
    );
    assert!(f["text"].as_str().unwrap().contains("who"));
    assert_eq!(
        only(&findings, "dropped-variable", "zh-TW", "run-cancelled")["severity"],
        "warning"
    );
}

#[test]
fn a_term_may_take_parameters_english_does_not() {
    let locales = Locales::new();
    // zh-TW gives a term a parameter of its own and uses it; en's term has none.
    locales.replace_line(
        "zh-TW",
        "docflow.ftl",
        "-support-contact =",
        "-support-contact = { $form ->\n       *[long] 支援連絡人\n        [short] 連絡人\n    }",
    );
    locales.replace_line(
        "zh-TW",
        "docflow.ftl",
        "column-contact =",
        "column-contact = { -support-contact(form: \"short\") }",
    );
    let (findings, code) = locales.check(&["--strict"]);
    assert_eq!((findings.len(), code), (0, 0), "{findings:#?}");
}

#[test]
fn references_to_messages_or_terms_that_do_not_exist() {
    let locales = Locales::new();
    locales.replace_line(
        "pt-BR",
        "docflow.ftl",
        "value-yes =",
        "value-yes = { -no-such-term } { no-such-message }",
    );
    let (findings, _) = locales.check(&[]);
    let refs: Vec<&Value> = findings
        .iter()
        .filter(|f| f["check"] == "unknown-reference")
        .collect();
    assert_eq!(refs.len(), 2, "{refs:#?}");
    assert!(
        refs.iter()
            .all(|f| f["severity"] == "error" && f["id"] == "value-yes")
    );
}

#[test]
fn plural_forms_each_locale_needs_and_forms_it_cannot_use() {
    let locales = Locales::new();
    // Russian needs one, few and many besides the default.
    locales.replace_line("ru-RU", "assign-support-contact.ftl", "        [few]", "");
    // Spanish has no "few".
    locales.replace_line(
        "es-ES",
        "assign-support-contact.ftl",
        "        [one]",
        "        [one] { $subscriptions } suscripción\n        [few] unas pocas",
    );
    let (findings, _) = locales.check(&[]);
    let f = only(
        &findings,
        "plural-categories",
        "ru-RU",
        "assign-customer-option",
    );
    assert!(f["text"].as_str().unwrap().contains("few"), "{f}");
    assert_eq!(f["severity"], "warning");
    let f = only(
        &findings,
        "plural-unreachable",
        "es-ES",
        "assign-customer-option",
    );
    assert!(f["text"].as_str().unwrap().contains("[few]"), "{f}");
}

#[test]
fn empty_and_untranslated_texts() {
    let locales = Locales::new();
    locales.replace_line("pt-BR", "docflow.ftl", "value-no =", "value-no = { \"\" }");
    locales.replace_line(
        "es-ES",
        "docflow.ftl",
        "action-back =",
        "action-back = Back",
    );
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 0, "warnings only");
    assert_eq!(
        only(&findings, "empty", "pt-BR", "value-no")["severity"],
        "warning"
    );
    assert_eq!(
        only(&findings, "untranslated", "es-ES", "action-back")["severity"],
        "warning"
    );
    let (_, strict) = locales.check(&["--strict"]);
    assert_eq!(strict, 1, "--strict makes warnings fail");

    // Marked as intended, it is no longer reported.
    locales.replace_line(
        "es-ES",
        "docflow.ftl",
        "action-back =",
        "# @same-as-en\naction-back = Back",
    );
    let (findings, _) = locales.check(&[]);
    assert!(
        !findings.iter().any(|f| f["check"] == "untranslated"),
        "{findings:#?}"
    );
}

#[test]
fn messages_the_program_or_a_workflow_uses_must_exist_with_the_variables_passed() {
    let locales = Locales::new();
    locales.replace_line("en", "docflow.ftl", "hint-choose =", "");
    locales.replace_line(
        "en",
        "docflow.ftl",
        "status-refused =",
        "status-refused = Nothing was changed for { $agent }.",
    );
    let line = locales.replace_line(
        "en",
        "assign-support-contact.ftl",
        "assign-customer-prompt =",
        "assign-customer-prompt = Select a customer for { $nobody }.",
    );
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1);
    assert_eq!(
        only(&findings, "unknown-message", "en", "hint-choose")["severity"],
        "error"
    );
    let f = only(&findings, "unpassed-variable", "en", "status-refused");
    assert!(f["text"].as_str().unwrap().contains("agent"), "{f}");
    let f = only(
        &findings,
        "unpassed-variable",
        "en",
        "assign-customer-prompt",
    );
    assert_eq!(f["line"], line);
    assert!(
        f["text"]
            .as_str()
            .unwrap()
            .contains("workflows/assign-support-contact.toml"),
        "{f}"
    );
}

#[test]
fn a_message_nothing_uses_is_reported() {
    let locales = Locales::new();
    let line = locales.append("en", "docflow.ftl", "never-shown = Hello\n");
    let (findings, _) = locales.check(&[]);
    let f = only(&findings, "unused", "en", "never-shown");
    assert_eq!(
        (f["line"].as_u64(), f["severity"].as_str()),
        (Some(line as u64), Some("warning"))
    );
    only(&findings, "missing-message", "zh-TW", "never-shown");
}

#[test]
fn findings_have_a_stable_json_shape() {
    let locales = Locales::new();
    locales.append("es-ES", "docflow.ftl", "old-message = Antiguo\n");
    let (findings, _) = locales.check(&[]);
    let keys: Vec<&str> = findings[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "locale", "file", "line", "column", "id", "step", "check", "severity", "text"
        ]
    );
}

#[test]
fn unreadable_input_is_a_clear_error() {
    let env = Env::empty();
    let output = env
        .cmd()
        .args(["--locales", "/no/such/dir", "l10n", "check"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("/no/such/dir"), "{stderr}");

    let locales = Locales::new();
    std::fs::write(
        locales.file("ru-RU", "binary.ftl"),
        [0xff, 0xfe, 0x00, 0x9f],
    )
    .unwrap();
    let output = env
        .cmd()
        .args(["--locales", locales.path.to_str().unwrap(), "l10n", "check"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("binary.ftl") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn an_english_comment_must_say_what_each_variable_holds() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "assign-support-contact.ftl",
        "# $customer-name - the chosen customer.",
        "",
    );
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 0, "a warning");
    let f = only(
        &findings,
        "undocumented-variable",
        "en",
        "assign-subscription-none",
    );
    assert!(f["text"].as_str().unwrap().contains("customer-name"), "{f}");
    assert_eq!(findings.len(), 1, "{findings:#?}");
}

fn findings_for<'a>(findings: &'a [Value], check: &str, locale: &str, id: &str) -> Vec<&'a Value> {
    findings
        .iter()
        .filter(|f| f["check"] == check && f["locale"] == locale && f["id"] == id)
        .collect()
}

#[test]
fn each_locale_keeps_its_own_quotation_marks_and_cjk_punctuation() {
    let locales = Locales::new();
    let es = locales.replace_line("es-ES", "docflow.ftl", "value-yes =", "value-yes = “sí”");
    let ru = locales.replace_line("ru-RU", "docflow.ftl", "value-yes =", "value-yes = «да»");
    let zh = locales.replace_line("zh-TW", "docflow.ftl", "value-yes =", "value-yes = 是,確定");
    locales.replace_line(
        "zh-TW",
        "docflow.ftl",
        "value-no =",
        "value-no = 否（{ $x }, 取消）",
    );
    // Quotes a language nests inside its own are not foreign.
    locales.replace_line(
        "ru-RU",
        "docflow.ftl",
        "value-no =",
        "value-no = «нет „совсем“»",
    );
    locales.replace_line(
        "es-ES",
        "docflow.ftl",
        "value-no =",
        "value-no = «no “del todo”»",
    );
    let (findings, _) = locales.check(&[]);
    let spanish = only(&findings, "typography", "es-ES", "value-yes");
    assert_eq!(
        (spanish["line"].as_u64(), spanish["severity"].as_str()),
        (Some(es as u64), Some("warning"))
    );
    assert!(
        spanish["text"].as_str().unwrap().contains("«…»"),
        "{spanish}"
    );
    assert!(
        findings_for(&findings, "typography", "ru-RU", "value-yes").is_empty(),
        "« » is Russian: line {ru}"
    );
    assert!(findings_for(&findings, "typography", "ru-RU", "value-no").is_empty());
    assert!(findings_for(&findings, "typography", "es-ES", "value-no").is_empty());
    let chinese = only(&findings, "typography", "zh-TW", "value-yes");
    assert_eq!(chinese["line"].as_u64(), Some(zh as u64));
    assert!(chinese["text"].as_str().unwrap().contains(','), "{chinese}");
    // A placeable stands between the comma and the CJK text only in the
    // reader's eyes: "{ $x }, 取消" still puts "," before CJK.
    only(&findings, "typography", "zh-TW", "value-no");
}

#[test]
fn zero_needs_its_own_words_where_it_takes_the_singular() {
    let locales = Locales::new();
    let message = "counted = { $n ->\n    [one] { $n } erro\n   *[other] { $n } erros\n}\n";
    locales.append(
        "en",
        "docflow.ftl",
        "counted = { $n ->\n    [one] { $n } error\n   *[other] { $n } errors\n}\n",
    );
    let line = locales.append("pt-BR", "docflow.ftl", message);
    locales.append("es-ES", "docflow.ftl", message);
    let (findings, _) = locales.check(&[]);
    let zero = only(&findings, "plural-zero", "pt-BR", "counted");
    assert_eq!(zero["line"].as_u64(), Some(line as u64));
    // Spanish puts 0 into "other": "0 erros" is already plural there.
    assert!(findings_for(&findings, "plural-zero", "es-ES", "counted").is_empty());
    assert!(findings_for(&findings, "plural-zero", "en", "counted").is_empty());

    let fixed = Locales::new();
    fixed.append(
        "en",
        "docflow.ftl",
        "counted = { $n ->\n    [one] { $n } error\n   *[other] { $n } errors\n}\n",
    );
    fixed.append(
        "pt-BR",
        "docflow.ftl",
        "counted = { $n ->\n    [0] nenhum erro\n    [one] { $n } erro\n   *[other] { $n } erros\n}\n",
    );
    let (findings, _) = fixed.check(&[]);
    assert!(findings_for(&findings, "plural-zero", "pt-BR", "counted").is_empty());

    // A count English declares never 0 needs no [0] anywhere.
    let never = Locales::new();
    never.append(
        "en",
        "docflow.ftl",
        "# $n (number) - errors found.\n# @never-zero $n\ncounted = { $n ->\n    [one] { $n } error\n   *[other] { $n } errors\n}\n",
    );
    never.append("pt-BR", "docflow.ftl", message);
    let (findings, _) = never.check(&[]);
    assert!(findings_for(&findings, "plural-zero", "pt-BR", "counted").is_empty());
}

#[test]
fn the_glossary_holds_translations_to_the_locales_terms() {
    let locales = Locales::new();
    std::fs::write(
        locales.file("zh-TW", "glossary.toml"),
        "[[term]]\nen = \"reseller\"\nuse = [\"轉售商\"]\navoid = [\"經銷商\"]\n\n\
         [[term]]\nen = \"support contact\"\nuse = [\"支援連絡人\"]\n",
    )
    .unwrap();
    for (id, en, zh) in [
        ("wrong-word", "Pick a reseller.", "選擇經銷商。"),
        ("right-word", "Resellers are listed.", "已列出轉售商。"),
        (
            "by-term",
            "Change the { -support-contact }.",
            "變更{ -support-contact }。",
        ),
        (
            "left-out",
            "Change the { -support-contact }.",
            "變更聯絡人。",
        ),
    ] {
        locales.append("en", "docflow.ftl", &format!("{id} = {en}\n"));
        locales.append("zh-TW", "docflow.ftl", &format!("{id} = {zh}\n"));
    }
    let (findings, _) = locales.check(&[]);
    let wrong = findings_for(&findings, "glossary", "zh-TW", "wrong-word");
    assert_eq!(
        wrong.len(),
        2,
        "missing 轉售商 and using 經銷商: {wrong:#?}"
    );
    assert!(
        wrong
            .iter()
            .any(|f| f["text"].as_str().unwrap().contains("經銷商"))
    );
    assert!(
        findings_for(&findings, "glossary", "zh-TW", "right-word").is_empty(),
        "“Resellers” starts with the term"
    );
    assert!(
        findings_for(&findings, "glossary", "zh-TW", "by-term").is_empty(),
        "a term reference counts as its words"
    );
    let left_out = only(&findings, "glossary", "zh-TW", "left-out");
    assert!(
        left_out["text"].as_str().unwrap().contains("支援連絡人"),
        "{left_out}"
    );
}

#[test]
fn a_broken_glossary_is_an_error_at_its_line() {
    let locales = Locales::new();
    std::fs::write(
        locales.file("ru-RU", "glossary.toml"),
        "[[term]]\nen = \"reseller\"\nuse = \"реселлер\"\n",
    )
    .unwrap();
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1);
    let broken = findings
        .iter()
        .find(|f| f["check"] == "glossary" && f["locale"] == "ru-RU")
        .expect("glossary finding");
    assert_eq!(
        (broken["severity"].as_str(), broken["line"].as_u64()),
        (Some("error"), Some(3))
    );
    assert!(
        broken["file"].as_str().unwrap().ends_with("glossary.toml"),
        "{broken}"
    );
}

/// Each translation keeps a glossary, so the checker holds it to its terms.
#[test]
fn every_translation_has_a_glossary_with_the_key_terms() {
    for locale in LOCALES.iter().filter(|l| **l != "en") {
        let path = repo_path("locales").join(locale).join("glossary.toml");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        for term in [
            "reseller",
            "indirect provider",
            "support contact",
            "Partner Center",
        ] {
            assert!(
                text.contains(&format!("en = \"{term}\"")),
                "{locale} lacks {term}"
            );
        }
    }
}

/// Replaces `from` by `to` in the file at `path`; the line it was on.
fn replace_in(path: &std::path::Path, from: &str, to: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let at = text
        .find(from)
        .unwrap_or_else(|| panic!("{from} in {path:?}"));
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    text[..at].matches('\n').count() + 1
}

/// A workflow the checker cannot load stops nothing: its problems are
/// findings, each with file, line and step, listed with every other.
#[test]
fn broken_workflows_are_findings_beside_the_others() {
    let locales = Locales::new();
    let workflows = locales.workflows();
    let remove = workflows.join("remove-relationship.toml");
    let unknown_line = replace_in(
        &remove,
        "prompt = \"remove-reseller-prompt\"",
        "prompt = \"remove-no-such-prompt\"",
    );
    let request = workflows.join("request-relationship.toml");
    let mut text = std::fs::read_to_string(&request).unwrap();
    let broken_line = text.lines().count() + 1;
    text.push_str("[[steps\n");
    std::fs::write(&request, text).unwrap();
    locales.replace_line("pt-BR", "docflow.ftl", "status-refused =", "");

    let global = ["--workflows", workflows.to_str().unwrap()];
    let (findings, code) = locales.check_with(&global, &[]);
    assert_eq!(code, 1, "errors fail the check: {findings:#?}");
    let unknown = only(&findings, "unknown-message", "en", "remove-no-such-prompt");
    assert!(
        unknown["file"]
            .as_str()
            .unwrap()
            .ends_with("workflows/remove-relationship.toml"),
        "{unknown}"
    );
    assert_eq!(
        (
            unknown["line"].as_u64(),
            unknown["step"].as_str(),
            unknown["severity"].as_str()
        ),
        (Some(unknown_line as u64), Some("reseller"), Some("error"))
    );
    let unparsed: Vec<&Value> = findings
        .iter()
        .filter(|f| {
            f["check"] == "workflow"
                && f["file"]
                    .as_str()
                    .unwrap()
                    .ends_with("workflows/request-relationship.toml")
        })
        .collect();
    assert_eq!(unparsed.len(), 1, "{findings:#?}");
    assert_eq!(
        (
            unparsed[0]["line"].as_u64(),
            unparsed[0]["severity"].as_str()
        ),
        (Some(broken_line as u64), Some("error"))
    );
    // The locales were checked all the same.
    only(&findings, "missing-message", "pt-BR", "status-refused");
    // While a workflow cannot be read, its messages are not called unused.
    assert!(
        !findings.iter().any(|f| f["check"] == "unused"),
        "{findings:#?}"
    );

    // Text output names the file, line and step.
    let output = Env::empty()
        .cmd()
        .args(["--locales", locales.path.to_str().unwrap()])
        .args(global)
        .args(["l10n", "check"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains(&format!(
            "remove-relationship.toml:{unknown_line}:10 [reseller]"
        )),
        "{text}"
    );
    assert!(text.contains("[missing-message] status-refused"), "{text}");
}

/// A workflow problem is an error like any other: it fails the check
/// without --strict, and alone it is the one finding.
#[test]
fn a_workflow_naming_a_message_en_lacks_fails_the_check_alone() {
    let locales = Locales::new();
    let workflows = locales.workflows();
    let line = replace_in(
        &workflows.join("assign-support-contact.toml"),
        "title = \"assign-title\"",
        "title = \"assign-no-such-title\"",
    );
    let global = ["--workflows", workflows.to_str().unwrap()];
    let (findings, code) = locales.check_with(&global, &[]);
    assert_eq!(code, 1);
    let ids: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f["check"].as_str().unwrap(), f["id"].as_str().unwrap_or("")))
        .collect();
    // assign-title itself is now unused: a warning beside the error.
    assert_eq!(
        ids,
        [
            ("unused", "assign-title"),
            ("unknown-message", "assign-no-such-title")
        ],
        "{findings:#?}"
    );
    let f = only(&findings, "unknown-message", "en", "assign-no-such-title");
    assert_eq!(
        (f["line"].as_u64(), f["step"].is_null()),
        (Some(line as u64), true)
    );
}

/// The translations, each with the English it was made from.
fn translations() -> impl Iterator<Item = &'static str> {
    LOCALES.into_iter().filter(|l| *l != "en")
}

#[test]
fn a_changed_english_text_makes_every_translation_of_it_stale() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "action-back = Go back",
    );
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 0, "a warning: {findings:#?}");
    assert_eq!(findings.len(), 4, "{findings:#?}");
    for locale in translations() {
        let f = only(&findings, "stale-translation", locale, "action-back");
        let line = locales.line_of(locale, "docflow.ftl", "action-back =");
        assert_eq!(
            (
                f["line"].as_u64(),
                f["severity"].as_str(),
                f["was"].as_str(),
                f["now"].as_str()
            ),
            (
                Some(line as u64),
                Some("warning"),
                Some("Back"),
                Some("Go back")
            ),
            "{f}"
        );
        assert!(
            f["file"]
                .as_str()
                .unwrap()
                .ends_with(&format!("{locale}/docflow.ftl")),
            "{f}"
        );
        let command = format!("docflow l10n reviewed {locale} action-back");
        assert!(f["text"].as_str().unwrap().contains(&command), "{f}");
    }
    let (_, strict) = locales.check(&["--strict"]);
    assert_eq!(strict, 1, "--strict makes it fail");

    // Text output: the English then and now under the place.
    let output = locales.run(&["--locale", "en", "l10n", "check"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("   English then:  Back\n   English now:   Go back\n"),
        "{text}"
    );
}

#[test]
fn a_multi_line_english_text_is_shown_whole_then_and_now() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "action-back = Back\n    .title = Go back without changing anything",
    );
    let (findings, _) = locales.check(&[]);
    let f = only(&findings, "stale-translation", "ru-RU", "action-back");
    assert_eq!(f["was"], "Back");
    assert_eq!(f["now"], "Back\n.title = Go back without changing anything");
}

#[test]
fn a_changed_comment_or_layout_leaves_translations_current() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "# Also on the web pages.\naction-back =\n    Back",
    );
    let (findings, code) = locales.check(&["--strict"]);
    assert_eq!((findings.len(), code), (0, 0), "{findings:#?}");
}

#[test]
fn reviewed_clears_a_stale_translation_for_its_locale_only() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "action-back = Go back",
    );
    let output = locales.run(&["--locale", "en", "l10n", "reviewed", "ru-RU", "action-back"]);
    assert!(output.status.success(), "{output:?}");
    let said = String::from_utf8(output.stdout).unwrap();
    assert!(said.contains("ru-RU: 1 translation marked"), "{said}");
    let (findings, _) = locales.check(&[]);
    assert!(
        findings_for(&findings, "stale-translation", "ru-RU", "action-back").is_empty(),
        "{findings:#?}"
    );
    for locale in ["es-ES", "pt-BR", "zh-TW"] {
        only(&findings, "stale-translation", locale, "action-back");
    }
    // Only that id's English changed in the record: a diff a reviewer reads.
    let before = std::fs::read_to_string(repo_path("locales/ru-RU/reviewed.toml")).unwrap();
    let after = std::fs::read_to_string(locales.file("ru-RU", "reviewed.toml")).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(b, a)| b != a)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed.len(), 2, "the hash and the text: {changed:#?}");
    assert_eq!(changed[1], ("en = \"Back\"", "en = \"Go back\""));

    // Without ids: every translation of the locale.
    let output = locales.run(&["l10n", "reviewed", "es-ES"]);
    assert!(output.status.success(), "{output:?}");
    let (findings, _) = locales.check(&[]);
    let stale: Vec<&str> = findings
        .iter()
        .map(|f| f["locale"].as_str().unwrap())
        .collect();
    assert_eq!(stale, ["pt-BR", "zh-TW"], "{findings:#?}");
}

#[test]
fn a_translation_the_record_lacks_is_unrecorded_until_reviewed() {
    let locales = Locales::new();
    locales.append("en", "docflow.ftl", "new-text = New\n");
    let line = locales.append("ru-RU", "docflow.ftl", "new-text = Новое\n");
    let (findings, _) = locales.check(&[]);
    let f = only(&findings, "unrecorded-translation", "ru-RU", "new-text");
    assert_eq!(
        (f["line"].as_u64(), f["severity"].as_str()),
        (Some(line as u64), Some("warning"))
    );
    let output = locales.run(&["l10n", "reviewed", "ru-RU", "new-text"]);
    assert!(output.status.success(), "{output:?}");
    let (findings, _) = locales.check(&[]);
    assert!(
        findings_for(&findings, "unrecorded-translation", "ru-RU", "new-text").is_empty(),
        "{findings:#?}"
    );

    // A locale without a record is told once, not once per message.
    std::fs::remove_file(locales.file("zh-TW", "reviewed.toml")).unwrap();
    let (findings, _) = locales.check(&[]);
    let zh: Vec<&Value> = findings
        .iter()
        .filter(|f| f["locale"] == "zh-TW" && f["check"] == "unrecorded-translation")
        .collect();
    assert_eq!(zh.len(), 1, "{zh:#?}");
    assert!(zh[0]["id"].is_null());
    assert!(
        zh[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("zh-TW/reviewed.toml")
    );
    assert!(
        zh[0]["text"]
            .as_str()
            .unwrap()
            .contains("docflow l10n reviewed zh-TW")
    );
}

#[test]
fn a_broken_record_is_a_syntax_error_at_its_line() {
    let locales = Locales::new();
    std::fs::write(
        locales.file("es-ES", "reviewed.toml"),
        "[action-back]\nhash = 1\n",
    )
    .unwrap();
    let (findings, code) = locales.check(&[]);
    assert_eq!(code, 1);
    let es: Vec<&Value> = findings.iter().filter(|f| f["locale"] == "es-ES").collect();
    assert_eq!(
        es.len(),
        1,
        "only the error, not a finding per message: {es:#?}"
    );
    assert_eq!(
        (es[0]["check"].as_str(), es[0]["line"].as_u64()),
        (Some("syntax"), Some(2))
    );
    // Adding to a record that cannot be read would lose it: refused.
    let output = locales.run(&["l10n", "reviewed", "es-ES", "action-back"]);
    assert_eq!(output.status.code(), Some(1));
    // Made anew, it is clean.
    let output = locales.run(&["l10n", "reviewed", "es-ES"]);
    assert!(output.status.success(), "{output:?}");
    let (findings, code) = locales.check(&["--strict"]);
    assert_eq!((findings.len(), code), (0, 0), "{findings:#?}");
}

#[test]
fn reviewed_refuses_unknown_locales_and_ids_and_writes_nothing() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "action-back = Go back",
    );
    locales.replace_line("pt-BR", "docflow.ftl", "action-close =", "");
    let record = |locale: &str| std::fs::read_to_string(locales.file(locale, "reviewed.toml"));
    let before = record("ru-RU").unwrap();
    for (args, told) in [
        (&["ru-RU", "no-such-message"][..], "no-such-message"),
        (
            &["ru-RU", "action-back", "no-such-message"],
            "no-such-message",
        ),
        (&["pt-BR", "action-close"], "action-close"),
        (&["fr-FR"], "fr-FR"),
        (&["en"], "en"),
    ] {
        let output = locales.run(&[&["--locale", "en", "l10n", "reviewed"], args].concat());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains(told) && !stderr.contains("panicked"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(record("ru-RU").unwrap(), before, "nothing written");
    assert!(!locales.file("fr-FR", "reviewed.toml").exists());
    assert!(record("en").is_err(), "en has no record");

    // Told in the reader's language.
    let output = locales.run(&["--locale", "es-ES", "l10n", "reviewed", "fr-FR"]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("No existe el idioma «fr-FR»"), "{stderr}");

    // The built-in locales cannot be written.
    let output = Env::empty()
        .cmd()
        .args(["--locale", "en", "l10n", "reviewed", "ru-RU"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--locales"), "{stderr}");
}

#[test]
fn show_tells_the_english_a_stale_translation_was_made_from() {
    let locales = Locales::new();
    locales.replace_line(
        "en",
        "docflow.ftl",
        "action-back =",
        "action-back = Go back",
    );
    locales.run(&["l10n", "reviewed", "ru-RU", "action-back"]);
    let output = locales.run(&["--json", "l10n", "show", "action-back"]);
    let shown: Value = serde_json::from_slice(&output.stdout).unwrap();
    let made_from = |locale: &str| {
        shown["translations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["locale"] == locale)
            .unwrap()["made_from"]
            .clone()
    };
    assert_eq!(made_from("es-ES"), "Back");
    assert!(made_from("en").is_null());
    assert!(made_from("ru-RU").is_null(), "reviewed since");

    let output = locales.run(&["--locale", "en", "l10n", "show", "action-back"]);
    let text = String::from_utf8(output.stdout).unwrap();
    let es = text
        .lines()
        .skip_while(|l| !l.starts_with("es-ES"))
        .take(3)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        es.contains("translated from an earlier English text:") && es.ends_with("Back"),
        "{text}"
    );
}
