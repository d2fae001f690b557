//! A person at a terminal: the run shows lists to move through with the
//! arrow keys, driven here through a real pseudo-terminal.

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use crate::common::*;
use rexpect::session::{PtySession, spawn_command};

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";

fn terminal(env: &Env, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("docflow"));
    cmd.env_clear()
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .arg("--db")
        .arg(&env.db)
        .args(args);
    spawn_command(cmd, Some(20_000)).expect("spawn in a pty")
}

/// Waits for `text` on screen, then presses `keys`. The pause lets the list
/// switch the terminal to raw mode before the keys arrive.
fn at(p: &mut PtySession, text: &str, keys: &[&str]) {
    p.exp_string(text)
        .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
    sleep(Duration::from_millis(150));
    for key in keys {
        p.send(key).expect("send key");
        p.flush().expect("flush");
    }
}

#[test]
fn a_person_picks_from_lists_and_the_change_is_stored() {
    let env = Env::demo();
    let mut p = terminal(&env, &["--locale", "en", "run", WORKFLOW, "--agent", ADMIN]);
    at(&mut p, "Woodgrove Bank (1 subscription)", &[ENTER]);
    at(
        &mut p,
        "Office 365 Business Standard (support: Adatum Cloud)",
        &[DOWN, ENTER],
    );
    at(&mut p, "The reseller I want is not listed", &[DOWN, ENTER]);
    at(
        &mut p,
        "from Adatum Cloud to Fabrikam Support Services?",
        &[ENTER],
    );
    at(&mut p, "Review the change", &[ENTER]);
    p.exp_string("Run 1 is complete.").expect("completed");
    p.exp_eof().expect("exits");
    assert_eq!(env.contact_of("contoso-o365-business-standard"), "fabrikam");
}

#[test]
fn escape_leaves_the_run_waiting_to_be_resumed() {
    let env = Env::demo();
    let mut p = terminal(
        &env,
        &["--locale", "pt-BR", "run", WORKFLOW, "--agent", ADMIN],
    );
    at(&mut p, "Woodgrove Bank", &[ESC]);
    p.exp_string("docflow resume 1")
        .expect("tells how to resume");
    p.exp_eof().expect("exits");
    let run = env.json(&["runs", "show", "1"]);
    assert_eq!(run["status"], "waiting");
    assert_eq!(run["step"], "customer");
}

#[test]
fn a_person_types_a_description_and_files_a_request() {
    let env = Env::demo();
    let mut p = terminal(
        &env,
        &[
            "--locale",
            "en",
            "run",
            "provide-technical-support",
            "--agent",
            ADMIN,
        ],
    );
    at(&mut p, "Woodgrove Bank", &[ENTER]);
    at(&mut p, "SharePoint Online", &[ENTER]);
    p.exp_string("Service health of Exchange Online: degraded")
        .expect("health first");
    at(&mut p, "Escalate to Microsoft", &[DOWN, ENTER]);
    at(&mut p, "Technical issue", &[DOWN, ENTER]);
    at(&mut p, "Signature Cloud Support", &[ENTER]);
    at(&mut p, "what you already tried", &["too short", ENTER]);
    p.exp_string("at least 10 characters").expect("refused");
    at(
        &mut p,
        "what you already tried",
        &["Mail is delayed by two hours.", ENTER],
    );
    at(&mut p, "File a service request", &[ENTER]);
    p.exp_string("SR000001").expect("number shown");
    p.exp_eof().expect("exits");
    let requests = env.json(&["requests"]);
    assert_eq!(requests[0]["vehicle"], "advanced");
    assert_eq!(requests[0]["description"], "Mail is delayed by two hours.");
}

#[test]
fn a_new_password_is_asked_again_while_too_short_or_typed_differently() {
    let env = Env::demo();
    let mut p = terminal(&env, &["--locale", "en", "agents", "set-password", ADMIN]);
    at(&mut p, "New password for megan", &["short", ENTER]);
    at(
        &mut p,
        "at least 8 characters",
        &["long enough secret", ENTER],
    );
    at(
        &mut p,
        "The same password again",
        &["another secret", ENTER],
    );
    at(
        &mut p,
        "The two passwords differ",
        &["long enough secret", ENTER],
    );
    at(
        &mut p,
        "The same password again",
        &["long enough secret", ENTER],
    );
    p.exp_string("megan can now sign in").expect("set");
    p.exp_eof().expect("exits");
    let hash = env.text(
        "SELECT hash FROM agent_passwords WHERE agent = 'megan'",
        &[],
    );
    assert!(hash.starts_with("$argon2id$"));
}
