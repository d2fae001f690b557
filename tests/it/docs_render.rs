//! `docflow docs render` and `docflow graph`: how-to pages per workflow and
//! locale, built from the definitions and the Fluent messages.

use std::path::{Path, PathBuf};

use crate::common::{Env, LOCALES, WORKFLOW};

fn render(env: &Env, out: &Path, extra: &[&str]) {
    let output = env
        .cmd()
        .args(extra)
        .args(["docs", "render", "--out"])
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // No message fell back or was broken while the pages were written.
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file under `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn pages_for_every_workflow_and_locale_with_language_links_that_resolve() {
    let env = Env::empty();
    let out = env.dir.path().join("site");
    render(&env, &out, &[]);
    let files = tree(&out);
    let workflows = [
        "assign-support-contact",
        "provide-technical-support",
        "remove-relationship",
        "request-relationship",
    ];
    for locale in LOCALES {
        for workflow in workflows.iter().chain(&["index"]) {
            assert!(
                files.contains(&format!("{locale}/{workflow}.html")),
                "{locale}/{workflow}.html missing from {files:?}"
            );
        }
    }
    assert!(files.contains(&"index.html".to_owned()));
    assert_eq!(files.len(), LOCALES.len() * (workflows.len() + 1) + 1);

    for file in &files {
        let html = read(out.join(file));
        let page_dir = out.join(file).parent().unwrap().to_path_buf();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{file}");
        assert!(html.contains("<meta charset=\"utf-8\">"), "{file}");
        assert_balanced(file, &html);
        for href in attribute_values(&html, "href") {
            if href.starts_with("http") || href.starts_with('#') {
                continue;
            }
            let target = page_dir.join(&href);
            assert!(target.is_file(), "{file}: link {href} leads nowhere");
        }
    }

    let pt = read(out.join("pt-BR").join(format!("{WORKFLOW}.html")));
    assert!(pt.contains(r#"<html lang="pt-BR">"#));
    for locale in LOCALES {
        assert!(
            pt.contains(&format!(
                r#"<link rel="alternate" hreflang="{locale}" href="../{locale}/{WORKFLOW}.html">"#
            )),
            "{locale}"
        );
    }
    assert!(pt.contains(r#"hreflang="x-default" href="../en/assign-support-contact.html""#));
    // Each language is named in itself.
    assert!(pt.contains(r#"lang="ru-RU">Русский</a>"#), "{pt}");
    assert!(pt.contains(r#"lang="zh-TW">中文（台灣）</a>"#), "{pt}");
    // The rule from the article's note, in Portuguese, from the messages.
    assert!(pt.contains("provedor indireto"), "{pt}");
    // The state diagram is inline SVG naming each step.
    assert!(pt.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    for step in [
        "customer",
        "subscription",
        "contact",
        "submit",
        "review",
        "request",
    ] {
        assert!(pt.contains(&format!("<li id=\"step-{step}\">")), "{step}");
    }
}

/// Every element that is opened is closed, in order (HTML5 void elements
/// and self-closed SVG elements aside): a broken template shows here.
fn assert_balanced(file: &str, html: &str) {
    const VOID: [&str; 6] = ["meta", "link", "br", "img", "hr", "input"];
    let mut open: Vec<String> = Vec::new();
    let body = html.strip_prefix("<!DOCTYPE html>").expect("doctype");
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("tag closes") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with("style") {
            // Skip the style sheet's text: CSS may hold `>`.
            let close = rest.find("</style>").expect("style closes");
            rest = &rest[close + "</style>".len()..];
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if tag.starts_with('/') {
            let last = open.pop();
            assert_eq!(
                last.as_deref(),
                Some(name.as_str()),
                "{file}: </{name}> closes {last:?}"
            );
        } else if !tag.ends_with('/') && !VOID.contains(&name.as_str()) {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "{file}: never closed: {open:?}");
}

/// Values of `name="…"` attributes in `html`.
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

#[test]
fn output_is_the_same_bytes_every_time() {
    let env = Env::empty();
    let first = env.dir.path().join("first");
    let second = env.dir.path().join("second");
    render(&env, &first, &[]);
    render(&env, &second, &[]);
    let files = tree(&first);
    assert_eq!(files, tree(&second));
    for file in files {
        assert_eq!(
            std::fs::read(first.join(&file)).unwrap(),
            std::fs::read(second.join(&file)).unwrap(),
            "{file} differs between two renders"
        );
    }
}

#[test]
fn chosen_locales_only_and_markdown_pages_per_locale() {
    let env = Env::empty();
    let out = env.dir.path().join("md");
    render(
        &env,
        &out,
        &["--locale", "pt", "--locale", "zh-TW", "--locale", "en"],
    );
    // `pt` is matched to pt-BR; locales not asked for get no pages.
    let html = tree(&out);
    assert!(html.iter().any(|f| f.starts_with("pt-BR/")));
    assert!(!html.iter().any(|f| f.starts_with("ru-RU/")));

    let md = env.dir.path().join("markdown");
    let output = env
        .cmd()
        .args(["docs", "render", "--format", "md", "--out"])
        .arg(&md)
        .output()
        .unwrap();
    assert!(output.status.success());
    for locale in LOCALES {
        let page = read(md.join(locale).join(format!("{WORKFLOW}.md")));
        insta::assert_snapshot!(format!("page-md-{locale}"), page);
    }
    let index = read(md.join("ru-RU").join("index.md"));
    insta::assert_snapshot!("index-md-ru-RU", index);
}

#[test]
fn html_page_snapshot() {
    let env = Env::empty();
    let out = env.dir.path().join("site");
    render(&env, &out, &["--locale", "es-ES"]);
    let page = read(out.join("es-ES").join("request-relationship.html"));
    // The style sheet is the same on every page; the snapshot keeps the page.
    let start = page.find("<style>").unwrap();
    let end = page.find("</style>").unwrap();
    let page = format!("{}<style>…{}", &page[..start], &page[end..]);
    insta::assert_snapshot!("page-html-es-ES-request-relationship", page);
}

#[test]
fn a_locale_with_no_messages_is_reported_not_rendered() {
    let env = Env::empty();
    let out = env.dir.path().join("site");
    let output = env
        .cmd()
        .args([
            "--locale", "fr-FR", "--locale", "ru", "docs", "render", "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("fr-FR"), "{stderr}");
    let files = tree(&out);
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("ru-RU/") || f == "index.html"),
        "{files:?}"
    );
}

#[test]
fn graph_prints_the_state_machine() {
    let env = Env::empty();
    let mermaid = env.cmd().args(["graph", WORKFLOW]).output().unwrap();
    assert!(mermaid.status.success());
    let mermaid = String::from_utf8(mermaid.stdout).unwrap();
    insta::assert_snapshot!("graph-mermaid-assign", mermaid);

    let dot = env
        .cmd()
        .args(["graph", "provide-technical-support", "--format", "dot"])
        .output()
        .unwrap();
    let dot = String::from_utf8(dot.stdout).unwrap();
    assert!(
        dot.starts_with("digraph \"provide-technical-support\" {"),
        "{dot}"
    );
    // Guarded branches carry their CEL condition.
    assert!(dot.contains("\"kind\" -> \"entitlement\""), "{dot}");
    assert!(dot.contains("[label="), "{dot}");
    assert!(dot.trim_end().ends_with('}'));

    let unknown = env
        .cmd()
        .args(["graph", "no-such-workflow"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no-such-workflow"));
}
