//! What a shell gets from docflow: completion scripts and a manual page,
//! generated from the same command definitions that parse the arguments.

use crate::common::*;

const SUBCOMMANDS: [&str; 6] = ["run", "resume", "runs", "l10n", "docs", "completions"];

fn stdout(env: &Env, args: &[&str]) -> String {
    let output = env.cmd().args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn completion_scripts_know_every_command_and_bash_reads_its_own() {
    let env = Env::file();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(&env, &["completions", shell]);
        for command in SUBCOMMANDS {
            assert!(script.contains(command), "{shell} completes {command}");
        }
    }
    let bash = env.dir.path().join("docflow.bash");
    std::fs::write(&bash, stdout(&env, &["completions", "bash"])).unwrap();
    let checked = std::process::Command::new("bash")
        .arg("-n")
        .arg(&bash)
        .output()
        .unwrap();
    assert!(checked.status.success(), "{checked:?}");
    assert!(!env.db.exists(), "no database is needed or made");
}

#[test]
fn the_manual_page_is_roff_naming_every_command() {
    let env = Env::empty();
    let page = stdout(&env, &["man"]);
    assert!(page.contains(".TH docflow 1"), "{page}");
    for command in SUBCOMMANDS {
        assert!(page.contains(command), "the page names {command}");
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let env = Env::empty();
    let output = env.cmd().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("bash"));
}

fn output(env: &Env, envs: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = env.cmd();
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let output = cmd.args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn help_is_in_the_readers_language_with_its_defaults_said_in_words() {
    let env = Env::empty();
    let (code, help, _) = output(&env, &[], &["--help"]);
    assert_eq!(code, 0);
    for expected in [
        "Usage: docflow",
        "Commands:",
        "Start a workflow run.",
        "(default: docflow.db)",
        "(or the environment variable DOCFLOW_DB)",
        "(one of: normal, full)",
    ] {
        assert!(help.contains(expected), "{expected:?} in:\n{help}");
    }
    assert!(
        !help.contains("[default:"),
        "clap's English is replaced:\n{help}"
    );

    // From the environment, as every message is.
    let (code, russian, _) = output(&env, &[("LANG", "ru_RU.UTF-8")], &["run", "--help"]);
    assert_eq!(code, 0);
    assert!(
        !russian.contains("Usage:") && !russian.contains("Start a workflow run."),
        "{russian}"
    );
    assert!(
        russian.chars().any(|c| ('а'..='я').contains(&c)),
        "{russian}"
    );
    // `--locale` wins, wherever it stands.
    let (_, chinese, _) = output(
        &env,
        &[("LANG", "ru_RU.UTF-8")],
        &["run", "--help", "--locale", "zh-TW"],
    );
    assert!(chinese.contains("用法"), "{chinese}");
}

#[test]
fn a_usage_error_is_told_in_the_readers_language() {
    let env = Env::empty();
    let (code, _, english) = output(&env, &[], &["run", "--bogus"]);
    assert_eq!(code, 2);
    assert!(
        english.contains("unexpected argument “--bogus”"),
        "{english}"
    );
    let (code, _, portuguese) = output(&env, &[], &["--locale", "pt-BR", "rum"]);
    assert_eq!(code, 2);
    assert!(
        portuguese.contains("“rum”") && portuguese.contains("“run”"),
        "{portuguese}"
    );
    assert!(!portuguese.contains("there is no command"), "{portuguese}");
    let (code, _, spanish) = output(
        &env,
        &[],
        &["--locale", "es-ES", "--durability", "x", "runs"],
    );
    assert_eq!(code, 2);
    assert!(
        spanish.contains("«x»") && spanish.contains("normal"),
        "{spanish}"
    );
}

#[test]
fn the_manual_page_follows_the_readers_language() {
    let env = Env::empty();
    let (code, page, _) = output(&env, &[], &["--locale", "ru-RU", "man"]);
    assert_eq!(code, 0);
    assert!(page.contains(".TH docflow 1"), "{page}");
    assert!(!page.contains("Start a workflow run."), "{page}");
}

#[test]
fn the_nearest_command_is_suggested_and_help_reads_as_help() {
    let env = Env::empty();
    let (code, _, error) = output(&env, &[], &["rnus"]);
    assert_eq!(code, 2);
    assert!(
        error.contains("“runs”"),
        "the closest of runs, run, requests: {error}"
    );
    let (code, help, _) = output(&env, &[], &["--locale", "pt-BR", "help", "run"]);
    assert_eq!(code, 0);
    assert!(help.contains("docflow run"), "{help}");
    assert!(
        !help.contains("Start a workflow run."),
        "in Portuguese: {help}"
    );
}
