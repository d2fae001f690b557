//! docflow on PostgreSQL (`--db postgres://…`), through the real binary and
//! a real server (a throwaway cluster; see `postgres_rules`): the same
//! commands, the same rules, the same exactly-once.

use crate::common::{ADMIN, Env, WORKFLOW, answers, last_status, whole_assign_flow};
use crate::postgres_rules::Cluster;

/// The binary with `--db` naming `url` (and no SQLite file at all).
fn on(url: &str) -> impl Fn(&[&str]) -> std::process::Output + '_ {
    let db = url.to_owned();
    move |args: &[&str]| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("docflow"));
        cmd.env_remove("LANG")
            .env_remove("LC_ALL")
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .expect("docflow")
    }
}

fn json_lines(output: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn a_whole_flow_runs_on_postgresql() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let url = cluster.database("flow");
    let with_password = url.replace("docflow@", "docflow:hunter22@");
    let docflow = on(&with_password);
    let init = docflow(&["init", "--demo"]);
    assert!(init.status.success());
    let said = String::from_utf8_lossy(&init.stdout);
    assert!(
        said.contains("postgres://docflow@") && !said.contains("hunter22"),
        "{said}"
    );
    let mut args = vec!["--json", "run", WORKFLOW, "--agent", "dmitri"];
    let flow = whole_assign_flow();
    args.extend(flow.iter().map(String::as_str));
    let lines = json_lines(&docflow(&args));
    assert_eq!(last_status(&lines).1, "completed", "{lines:?}");
    let mut db = cluster.connect_to("flow");
    let contact: String = db
        .query_one(
            "SELECT support_contact FROM subscriptions WHERE id = 'contoso-o365-business-standard'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(contact, "fabrikam");
    let effects: i64 = db
        .query_one("SELECT count(*) FROM run_events WHERE kind = 'effect'", &[])
        .unwrap()
        .get(0);
    assert_eq!(effects, 1);
    // A refused answer is told and changes nothing, as on SQLite.
    let refused = json_lines(&docflow(&[
        "--json",
        "run",
        WORKFLOW,
        "--agent",
        ADMIN,
        "--answer",
        "customer=nobody",
    ]));
    assert!(refused.iter().any(|l| l["type"] == "error"), "{refused:?}");
}

#[test]
fn a_database_that_is_not_docflows_is_refused_untouched() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let url = cluster.database("theirs");
    cluster
        .connect_to("theirs")
        .batch_execute("CREATE TABLE invoices (id int)")
        .unwrap();
    let with_password = url.replace("docflow@", "docflow:hunter22@");
    let docflow = on(&with_password);
    let output = docflow(&["agents"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not a docflow database"), "{stderr}");
    assert!(
        !stderr.contains("hunter22"),
        "the password is not shown: {stderr}"
    );
    let tables: i64 = cluster
        .connect_to("theirs")
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1, "nothing was written");
}

#[test]
fn racing_resumes_apply_an_answer_once_on_postgresql() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let url = cluster.database("race");
    let docflow = on(&url);
    assert!(docflow(&["init", "--demo"]).status.success());
    let flow = whole_assign_flow();
    let mut args = vec!["--json", "run", WORKFLOW, "--agent", ADMIN];
    args.extend(flow[..6].iter().map(String::as_str));
    assert_eq!(last_status(&json_lines(&docflow(&args))).1, "waiting");
    let submit = answers(&[("submit", "submit")]);
    std::thread::scope(|scope| {
        let racers: Vec<_> = (0..4)
            .map(|_| {
                let mut args = vec!["--json", "resume", "1"];
                args.extend(submit.iter().map(String::as_str));
                let docflow = &docflow;
                scope.spawn(move || docflow(&args))
            })
            .collect();
        for racer in racers {
            racer.join().unwrap();
        }
    });
    let effects: i64 = cluster
        .connect_to("race")
        .query_one("SELECT count(*) FROM run_events WHERE kind = 'effect'", &[])
        .unwrap()
        .get(0);
    assert_eq!(effects, 1, "Submit applied once");
}

#[test]
fn a_schema_newer_than_this_build_is_refused_untouched() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let url = cluster.database("newer");
    let docflow = on(&url);
    assert!(docflow(&["init"]).status.success());
    let mut db = cluster.connect_to("newer");
    db.batch_execute("UPDATE docflow_schema SET version = 99")
        .unwrap();
    let output = docflow(&["agents"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("99"), "{stderr}");
    let version: i64 = db
        .query_one("SELECT version FROM docflow_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, 99, "nothing was written");
}

#[test]
fn db_copy_moves_a_sqlite_team_to_postgresql_runs_and_history_included() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let env = Env::demo_file();
    let flow = whole_assign_flow();
    env.cmd()
        .args(["run", WORKFLOW, "--agent", "dmitri"])
        .args(&flow)
        .assert()
        .success();
    env.cmd()
        .args(["run", WORKFLOW, "--agent", ADMIN])
        .args(&flow[..4])
        .assert()
        .success();
    let url = cluster.database("moved");
    let file = env.db.display().to_string();
    let copy = |to: &str| {
        env.cmd()
            .args(["db", "copy", "--from", &file, "--to", to])
            .output()
            .unwrap()
    };
    let copied = copy(&url);
    assert!(
        copied.status.success(),
        "{}",
        String::from_utf8_lossy(&copied.stderr)
    );
    let said = String::from_utf8_lossy(&copied.stdout);
    assert!(said.contains("every table holds as many rows"), "{said}");

    // The team goes on on PostgreSQL: the waiting run resumes, and new
    // runs and events get new ids.
    let docflow = on(&url);
    let shown = json_lines(&docflow(&["--json", "runs", "show", "1"]));
    assert_eq!(shown[0]["status"], "completed");
    let mut rest = vec!["--json", "resume", "2"];
    rest.extend(flow[4..].iter().map(String::as_str));
    assert_eq!(last_status(&json_lines(&docflow(&rest))).1, "completed");
    let mut args = vec!["--json", "run", WORKFLOW, "--agent", ADMIN];
    args.extend(flow.iter().map(String::as_str));
    let third = json_lines(&docflow(&args));
    assert_eq!(last_status(&third).1, "completed", "{third:?}");
    assert_eq!(third[0]["run"], 3);

    // A second copy into the same database is refused.
    let again = copy(&url);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds data"));
}
