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
    let env = Env::empty();
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
