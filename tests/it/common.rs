//! Helpers shared by the integration tests: a fresh database and the real
//! `docflow` binary pointed at it.
//!
//! The database is a SQLite file in a temp directory, or, when
//! `DOCFLOW_TEST_POSTGRES` names a PostgreSQL server's maintenance database
//! (`scripts/with-postgres` starts a throwaway server and sets it), a new
//! database of its own on that server: the same tests then run against
//! PostgreSQL. Tests about SQLite files themselves ask for one with
//! [`Env::file`].

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const LOCALES: [&str; 5] = ["en", "pt-BR", "ru-RU", "es-ES", "zh-TW"];
pub const WORKFLOW: &str = "assign-support-contact";
pub const ADMIN: &str = "megan";

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

#[path = "../support/postgres_server.rs"]
mod postgres_server;

use postgres_server::postgres_server;

/// A connection to a database the tests read and change directly, on either
/// backend. `?N` parameters are written as SQLite spells them.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<postgres::Client>),
}

impl Db {
    fn open(db: &Path) -> Db {
        let name = db.display().to_string();
        if name.starts_with("postgres://") || name.starts_with("postgresql://") {
            let client = postgres::Client::connect(&name, postgres::NoTls).expect("connect");
            Db::Postgres(Box::new(client))
        } else {
            Db::Sqlite(rusqlite::Connection::open(db).expect("open database"))
        }
    }

    /// The first column of the one row `sql` returns, as text.
    pub fn text(&mut self, sql: &str, params: &[&str]) -> String {
        match self {
            Db::Sqlite(conn) => conn
                .query_row(sql, rusqlite::params_from_iter(params), |r| r.get(0))
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
            Db::Postgres(client) => {
                let params: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    params.iter().map(|p| p as _).collect();
                client
                    .query_one(&dollar_params(sql), &params)
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
                    .get(0)
            }
        }
    }

    /// The first column of the one row `sql` returns, as a number.
    pub fn number(&mut self, sql: &str) -> i64 {
        match self {
            Db::Sqlite(conn) => conn
                .query_row(sql, [], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
            Db::Postgres(client) => {
                let row = client
                    .query_one(sql, &[])
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
                // count(*) and sums of counts are bigints; min and max
                // of an integer column may be an int.
                row.try_get::<_, i64>(0)
                    .or_else(|_| row.try_get::<_, i32>(0).map(i64::from))
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
            }
        }
    }

    /// Runs statements that return no rows; the database's refusal as text.
    pub fn execute(&mut self, sql: &str) -> Result<(), String> {
        match self {
            Db::Sqlite(conn) => conn.execute_batch(sql).map_err(|e| e.to_string()),
            Db::Postgres(client) => client.batch_execute(sql).map_err(|e| e.to_string()),
        }
    }
}

/// `?1` as PostgreSQL spells it, `$1`. The tests' SQL has no `?` in its
/// string literals.
fn dollar_params(sql: &str) -> String {
    sql.replace('?', "$")
}

impl Env {
    /// An empty database on the backend the suite runs against (a SQLite
    /// file that does not exist yet, or an empty PostgreSQL database).
    pub fn empty() -> Env {
        match postgres_server() {
            Some(server) => Env::at(&new_postgres_database(&server)),
            None => Env::file(),
        }
    }

    /// An empty directory and a SQLite file not made yet, whatever the
    /// backend: for tests about the file itself.
    pub fn file() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("docflow.db");
        Env { dir, db }
    }

    /// A SQLite file with the demo data, whatever the backend.
    pub fn demo_file() -> Env {
        let env = Env::file();
        env.cmd().args(["init", "--demo"]).assert().success();
        env
    }

    pub fn is_postgres(&self) -> bool {
        self.db
            .to_str()
            .is_some_and(|db| db.starts_with("postgres"))
    }

    /// A database named by `db`: a file path or a PostgreSQL URL.
    pub fn at(db: &str) -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        Env {
            dir,
            db: PathBuf::from(db),
        }
    }

    /// A database created with the demo data.
    pub fn demo() -> Env {
        let env = Env::empty();
        env.cmd().args(["init", "--demo"]).assert().success();
        env
    }

    /// The binary with this database, and no locale from the test runner's
    /// environment.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same as [`Env::cmd`], as a plain process for tests that spawn it
    /// and kill it part way.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("docflow"));
        for var in [
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "DOCFLOW_LOCALES",
            "DOCFLOW_WORKFLOWS",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("DOCFLOW_DB", &self.db).env("NO_COLOR", "1");
        cmd
    }

    /// Runs the binary with `--json` and returns its output lines as JSON
    /// values, with the exit code.
    pub fn json_lines(&self, args: &[&str]) -> (Vec<Value>, i32) {
        let output = self.cmd().args(args).arg("--json").output().expect("runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
        let lines = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
            .collect();
        (lines, output.status.code().unwrap_or(-1))
    }

    /// Runs the binary with `--json` and parses its whole output as one value.
    pub fn json(&self, args: &[&str]) -> Value {
        let output = self.cmd().args(args).arg("--json").output().expect("runs");
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("JSON output")
    }

    /// The SQLite file, opened directly (tests of [`Env::file`] only).
    pub fn sql(&self) -> rusqlite::Connection {
        assert!(!self.is_postgres(), "a SQLite test asked for a file");
        rusqlite::Connection::open(&self.db).expect("open database")
    }

    /// The database, opened directly on its backend.
    pub fn db(&self) -> Db {
        Db::open(&self.db)
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().number(sql)
    }

    /// The first column of the one row `sql` returns, as text.
    pub fn text(&self, sql: &str, params: &[&str]) -> String {
        self.db().text(sql, params)
    }

    /// The designated support contact of a subscription, read from the
    /// database.
    pub fn contact_of(&self, subscription: &str) -> String {
        self.text(
            "SELECT support_contact FROM subscriptions WHERE id = ?1",
            &[subscription],
        )
    }
}

/// A new, empty database on `server`, and its URL.
fn new_postgres_database(server: &str) -> String {
    static MADE: AtomicUsize = AtomicUsize::new(0);
    let made = MADE.fetch_add(1, Ordering::Relaxed);
    let name = format!("t{}_{made}", std::process::id());
    postgres_server::new_database(server, &name)
}

/// The `--answer` arguments of a whole assign-support-contact flow that
/// makes Fabrikam the contact of Contoso's Office 365 subscription.
pub fn whole_assign_flow() -> Vec<String> {
    answers(&[
        ("customer", "contoso"),
        ("subscription", "contoso-o365-business-standard"),
        ("contact", "fabrikam"),
        ("submit", "submit"),
        ("review", "close"),
    ])
}

/// `--answer` arguments for STEP=VALUE pairs.
pub fn answers(pairs: &[(&str, &str)]) -> Vec<String> {
    pairs
        .iter()
        .flat_map(|(step, value)| ["--answer".to_owned(), format!("{step}={value}")])
        .collect()
}

pub fn of_type<'a>(lines: &'a [Value], kind: &str) -> Vec<&'a Value> {
    lines.iter().filter(|l| l["type"] == kind).collect()
}

pub fn last_status(lines: &[Value]) -> (Value, String) {
    let last = lines.last().expect("at least one line");
    assert_eq!(last["type"], "status", "last line is the status: {last}");
    (
        last["run"].clone(),
        last["status"].as_str().unwrap_or_default().to_owned(),
    )
}

pub fn option_values(prompt: &Value) -> Vec<String> {
    prompt["options"]
        .as_array()
        .map(|options| {
            options
                .iter()
                .map(|o| o["value"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A readable transcript of the prompts a run showed, for snapshots.
pub fn transcript(lines: &[Value]) -> String {
    let mut out = String::new();
    for line in lines {
        match line["type"].as_str() {
            Some("prompt") => {
                out.push_str(&format!(
                    "[{}] {}\n",
                    line["step"].as_str().unwrap(),
                    line["text"].as_str().unwrap()
                ));
                for option in line["options"].as_array().into_iter().flatten() {
                    out.push_str(&format!(
                        "    {} = {}\n",
                        option["value"].as_str().unwrap(),
                        option["label"].as_str().unwrap()
                    ));
                }
            }
            Some(kind) => out.push_str(&format!(
                "<{kind}> {}\n",
                line["text"]
                    .as_str()
                    .unwrap_or_else(|| line["status"].as_str().unwrap_or_default())
            )),
            None => {}
        }
    }
    out
}

/// Copies a directory tree, for tests that edit a copy of the project's files.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// `docflow serve` on a free port of 127.0.0.1, with this database; killed
/// when dropped.
pub struct Server {
    child: std::process::Child,
    pub url: String,
    pub env: Env,
}

impl Server {
    /// Serves `env`'s database (which must exist), with `extra` arguments.
    pub fn start(env: Env, extra: &[&str]) -> Server {
        use std::io::BufRead as _;
        let mut child = env
            .process()
            .args(["serve", "--listen", "127.0.0.1:0", "--json"])
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("start docflow serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut first = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut first)
            .expect("read the address");
        let listening: Value = serde_json::from_str(&first)
            .unwrap_or_else(|_| panic!("serve said {first:?} instead of its address"));
        let url = listening["url"]
            .as_str()
            .expect("url")
            .trim_end_matches('/');
        Server {
            child,
            url: url.to_owned(),
            env,
        }
    }

    /// `serve --demo` on a new database: demo data, and every demo agent
    /// signs in with [`PASSWORD`].
    pub fn demo() -> Server {
        Server::start(Env::empty(), &["--demo"])
    }

    /// A new API token for `agent`, from `docflow agents token`.
    pub fn token(&self, agent: &str) -> String {
        let output = self
            .env
            .cmd()
            .args(["agents", "token", agent])
            .output()
            .expect("agents token");
        assert!(output.status.success(), "agents token {agent} failed");
        let stdout = String::from_utf8(output.stdout).expect("utf-8");
        stdout.trim().to_owned()
    }

    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The demo agents' password (`serve --demo` prints it).
pub const PASSWORD: &str = "docflow-demo";

/// A program found on `PATH`.
pub fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    })
}
