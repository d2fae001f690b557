//! The domain rules hold in the database itself on both backends: the same
//! writes, made directly with SQL and bypassing docflow, are refused by
//! SQLite's triggers (`src/store/schema/*.sql`) and by PostgreSQL's
//! PL/pgSQL ones (`src/store/schema/pg/*.sql`), on a real PostgreSQL
//! server: a throwaway cluster made with Debian's `initdb` and `pg_ctl` in
//! a temp dir, on a Unix socket, stopped afterwards. Skipped when
//! PostgreSQL is not installed, unless `DOCFLOW_REQUIRE_POSTGRES` is set
//! (CI sets it after installing it).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Env, repo_path};

/// A PostgreSQL server of its own; stopped when dropped.
pub struct Cluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    /// `runuser -u postgres --` when the tests run as root, which
    /// PostgreSQL refuses to run as.
    as_postgres: Vec<String>,
}

impl Cluster {
    pub fn start() -> Option<Cluster> {
        let Some(bin) = postgres_bin() else {
            assert!(
                std::env::var_os("DOCFLOW_REQUIRE_POSTGRES").is_none(),
                "DOCFLOW_REQUIRE_POSTGRES is set but PostgreSQL is not installed"
            );
            eprintln!("skipped: PostgreSQL is not installed");
            return None;
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        let as_postgres = if root {
            use std::os::unix::fs::PermissionsExt as _;
            // The server runs as `postgres` and keeps its files here.
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777))
                .expect("open the temp dir to postgres");
            ["runuser", "-u", "postgres", "--"]
                .map(String::from)
                .to_vec()
        } else {
            Vec::new()
        };
        let cluster = Cluster {
            bin,
            dir,
            as_postgres,
        };
        let data = cluster.data();
        cluster.run(
            "initdb",
            &["-D", &data, "-A", "trust", "-U", "docflow", "-N"],
        );
        let socket = cluster.socket();
        let options = format!("-k {socket} -c listen_addresses='' -c fsync=off");
        let log = cluster.dir.path().join("log").display().to_string();
        cluster.run(
            "pg_ctl",
            &["-D", &data, "-l", &log, "-o", &options, "-w", "start"],
        );
        Some(cluster)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn socket(&self) -> String {
        self.dir.path().display().to_string()
    }

    fn run(&self, program: &str, args: &[&str]) {
        let program = self.bin.join(program).display().to_string();
        let mut words = self.as_postgres.clone();
        words.push(program);
        words.extend(args.iter().map(|a| (*a).to_owned()));
        let status = Command::new(&words[0])
            .args(&words[1..])
            .stdout(std::process::Stdio::null())
            .status()
            .expect("a PostgreSQL tool");
        assert!(status.success(), "{words:?} failed");
    }

    fn connect(&self) -> postgres::Client {
        self.connect_to("postgres")
    }

    pub fn connect_to(&self, database: &str) -> postgres::Client {
        let config = format!("host={} user=docflow dbname={database}", self.socket());
        postgres::Client::connect(&config, postgres::NoTls).expect("connect to the cluster")
    }

    /// A new, empty database, and the URL `--db` takes for it.
    pub fn database(&self, name: &str) -> String {
        self.connect()
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a database");
        format!("postgres://docflow@localhost/{name}?host={}", self.socket())
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.data();
        let program = self.bin.join("pg_ctl").display().to_string();
        let mut words = self.as_postgres.clone();
        words.extend([
            program,
            "-D".into(),
            data,
            "-m".into(),
            "immediate".into(),
            "stop".into(),
        ]);
        let _ = Command::new(&words[0])
            .args(&words[1..])
            .stdout(std::process::Stdio::null())
            .status();
    }
}

/// Debian's server binaries: `/usr/lib/postgresql/<version>/bin`.
fn postgres_bin() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path().join("bin")))
        .filter(|bin| bin.join("initdb").is_file())
        .collect();
    found.sort();
    found.pop()
}

/// The PostgreSQL schema, in migration order.
fn postgres_schema() -> Vec<String> {
    let dir = repo_path("src/store/schema/pg");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("schema dir")
        .map(|e| e.expect("schema file").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("schema file"))
        .collect()
}

/// What a statement must do: succeed, or be refused with a text that
/// contains this.
enum Expect {
    Ok,
    Refused(&'static str),
}

/// The same writes on both backends, in order, each on its own.
const WRITES: &[(&str, Expect)] = &[
    (
        "INSERT INTO organizations (id, name, kind) VALUES
           ('adatum', 'Adatum Cloud', 'provider'),
           ('fabrikam', 'Fabrikam', 'reseller'),
           ('northwind', 'Northwind', 'reseller')",
        Expect::Ok,
    ),
    (
        "INSERT INTO relationships (reseller, state, delegated_admin, requested_at, established_at)
         VALUES ('fabrikam', 'established', 1, 't', 't'), ('northwind', 'established', 0, 't', 't')",
        Expect::Ok,
    ),
    ("INSERT INTO customers (id, name) VALUES ('contoso', 'Contoso')", Expect::Ok),
    (
        "INSERT INTO subscriptions (id, customer, product, support_contact, created_at)
         VALUES ('s1', 'contoso', 'Azure plan', 'fabrikam', 't')",
        Expect::Refused("indirect provider"),
    ),
    (
        "INSERT INTO subscriptions (id, customer, product, support_contact, created_at)
         VALUES ('s1', 'contoso', 'Azure plan', 'adatum', 't')",
        Expect::Ok,
    ),
    (
        "UPDATE subscriptions SET support_contact = 'northwind' WHERE id = 's1'",
        Expect::Refused("must be eligible"),
    ),
    (
        "UPDATE subscriptions SET support_contact = 'fabrikam' WHERE id = 's1'",
        Expect::Ok,
    ),
    (
        "UPDATE relationships SET delegated_admin = 0 WHERE reseller = 'fabrikam'",
        Expect::Refused("still a designated support contact"),
    ),
    (
        "DELETE FROM relationships WHERE reseller = 'fabrikam'",
        Expect::Refused("still a designated support contact"),
    ),
    (
        "INSERT INTO agents (id, name, role, locale) VALUES ('megan', 'Megan', 'admin-agent', 'en')",
        Expect::Ok,
    ),
    (
        "INSERT INTO agents (id, name, role, locale) VALUES ('x', 'X', 'janitor', 'en')",
        Expect::Refused("role"),
    ),
    (
        "INSERT INTO workflow_definitions (workflow, version, source, stored_at) VALUES ('w', 1, '', 't')",
        Expect::Ok,
    ),
    (
        "INSERT INTO runs (id, workflow, version, agent, locale, status, step, vars, created_at, updated_at)
         VALUES (1, 'w', 1, 'megan', 'en', 'waiting', 'a', '{}', 't', 't')",
        Expect::Ok,
    ),
    (
        "INSERT INTO run_events (run, at, agent, locale, kind, step, detail)
         VALUES (1, 't', 'megan', 'en', 'started', 'a', '{}')",
        Expect::Ok,
    ),
    (
        "UPDATE run_events SET kind = 'answer'",
        Expect::Refused("append-only"),
    ),
    ("DELETE FROM run_events", Expect::Refused("append-only")),
    (
        "INSERT INTO services (id, customer, name, status) VALUES ('mail', 'contoso', 'Mail', 'healthy')",
        Expect::Ok,
    ),
    (
        "INSERT INTO service_requests (id, number, customer, service, kind, vehicle, description, status, agent, created_at)
         VALUES (1, 'SR1', 'contoso', 'mail', 'technical', 'premier', 'Slow mail', 'open', 'megan', 't')",
        Expect::Refused("not entitled"),
    ),
    ("INSERT INTO support_contracts (kind, since) VALUES ('premier', 't')", Expect::Ok),
    (
        "INSERT INTO service_requests (id, number, customer, service, kind, vehicle, description, status, agent, created_at)
         VALUES (1, 'SR1', 'contoso', 'mail', 'technical', 'premier', 'Slow mail', 'open', 'megan', 't')",
        Expect::Ok,
    ),
    (
        "INSERT INTO agent_passwords (agent, hash, updated_at) VALUES ('megan', 'secret', 't')",
        Expect::Refused("hash"),
    ),
];

/// Runs [`WRITES`] with `execute`, which gives the refusal's text.
fn check_writes(backend: &str, mut execute: impl FnMut(&str) -> Result<(), String>) {
    for (sql, expect) in WRITES {
        match (execute(sql), expect) {
            (Ok(()), Expect::Ok) => {}
            (Err(text), Expect::Refused(why)) => {
                assert!(text.contains(why), "{backend}: {sql}\nrefused with: {text}");
            }
            (Ok(()), Expect::Refused(why)) => {
                panic!("{backend} accepted what must be refused ({why}): {sql}")
            }
            (Err(text), Expect::Ok) => panic!("{backend} refused {sql}: {text}"),
        }
    }
}

#[test]
fn direct_writes_break_no_rule_on_sqlite_nor_on_postgresql() {
    let env = Env::file();
    env.cmd().arg("init").assert().success();
    let sqlite = env.sql();
    check_writes("SQLite", |sql| {
        sqlite.execute(sql, []).map(drop).map_err(|e| e.to_string())
    });

    let Some(cluster) = Cluster::start() else {
        return;
    };
    let mut client = cluster.connect();
    for migration in postgres_schema() {
        client
            .batch_execute(&migration)
            .expect("the schema applies");
    }
    check_writes("PostgreSQL", |sql| {
        client
            .batch_execute(sql)
            .map_err(|e| match e.as_db_error() {
                Some(db) => format!("{} ({})", db.message(), db.constraint().unwrap_or_default()),
                None => e.to_string(),
            })
    });
}

/// Every SQLite migration has its PostgreSQL twin, so the two schemas
/// cannot drift apart by a version.
#[test]
fn each_migration_exists_for_both_backends() {
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let path = e.unwrap().path();
                (path.extension()? == "sql")
                    .then(|| path.file_name()?.to_str().map(String::from))?
            })
            .collect();
        names.sort();
        names
    };
    let sqlite = names(&repo_path("src/store/schema"));
    let postgres = names(&repo_path("src/store/schema/pg"));
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres);
}
