//! Files that are not ours, or are from a newer docflow, are refused and
//! left exactly as they were.

use crate::common::*;

fn refuses_untouched(env: &Env, needle: &str) {
    let before = std::fs::read(&env.db).unwrap();
    for args in [
        vec!["agents"],
        vec!["init", "--demo"],
        vec!["run", WORKFLOW, "--agent", ADMIN],
    ] {
        let output = env.cmd().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    assert_eq!(std::fs::read(&env.db).unwrap(), before, "file untouched");
    let wal = env.db.with_extension("db-wal");
    assert!(!wal.exists(), "no WAL file created next to it");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let env = Env::file();
    std::fs::write(
        &env.db,
        b"these are somebody's notes, not a database\n".repeat(200),
    )
    .unwrap();
    refuses_untouched(&env, "not a docflow database");
}

#[test]
fn another_applications_sqlite_file_is_refused_untouched() {
    let env = Env::file();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');")
        .unwrap();
    drop(conn);
    refuses_untouched(&env, "not a docflow database");
}

#[test]
fn a_database_from_a_newer_docflow_is_refused_untouched() {
    let env = Env::demo_file();
    let conn = env.sql();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    refuses_untouched(&env, "99");
}

#[test]
fn a_missing_database_is_not_created_by_accident() {
    let env = Env::file();
    let output = env
        .cmd()
        .args(["run", WORKFLOW, "--agent", ADMIN, "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("docflow init"), "{stdout}");
    assert!(
        stdout
            .trim_end()
            .ends_with(r#"{"type":"status","run":null,"status":"failed"}"#),
        "{stdout}"
    );
    assert!(!env.db.exists());
}

#[test]
fn demo_creates_the_database_when_absent_and_reuses_it() {
    let env = Env::file();
    let output = env
        .cmd()
        .args(["demo", "--locale", "es-ES"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Contoso Ltd"), "{stdout}");
    assert!(stdout.contains("docflow resume 1"), "{stdout}");
    env.cmd().args(["demo"]).assert().success();
    assert_eq!(env.count("SELECT count(*) FROM customers"), 3);
    assert_eq!(env.count("SELECT count(*) FROM runs"), 2);
}

#[test]
fn an_agent_with_a_role_this_build_does_not_know_is_an_error_not_a_panic() {
    let env = Env::demo_file();
    let conn = env.sql();
    // Only a hand-edited database can hold such a row: the schema refuses it.
    conn.pragma_update(None, "ignore_check_constraints", true)
        .unwrap();
    conn.execute("UPDATE agents SET role = 'janitor' WHERE id = ?1", [ADMIN])
        .unwrap();
    drop(conn);
    for args in [vec!["agents"], vec!["run", WORKFLOW, "--agent", ADMIN]] {
        let output = env.cmd().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains("“janitor” is not a role this docflow knows"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn full_durability_runs_the_same_flow_and_a_wrong_setting_is_refused() {
    let env = Env::demo_file();
    let flow = whole_assign_flow();
    let output = env
        .cmd()
        .args([
            "--durability",
            "full",
            "run",
            WORKFLOW,
            "--agent",
            ADMIN,
            "--json",
        ])
        .args(&flow)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(env.contact_of("contoso-o365-business-standard"), "fabrikam");

    let output = env
        .cmd()
        .env("DOCFLOW_DURABILITY", "sometimes")
        .args(["runs"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("normal") && stderr.contains("full"),
        "{stderr}"
    );
}
