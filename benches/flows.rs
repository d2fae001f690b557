//! `cargo bench --bench flows`: whole assign-support-contact flows through
//! the library against raw rusqlite doing only what any implementation
//! strictly needs for the same journal, in the same run, in alternating
//! rounds; then one CLI step as a process against a process that only
//! opens the database, loads five locales and commits one transaction.
//!
//! Each flow is five answers (customer, subscription, contact, submit,
//! review) by a Russian-speaking Helpdesk agent. Per step, raw rusqlite
//! reads the rows the step offers with the same SQL, and per accepted
//! answer commits one transaction holding the same event rows (prompt,
//! answer, effect, advanced, completed; one statement inserts them), the
//! effect's UPDATE and the run's
//! new state, with the revision check that keeps two writers from both
//! advancing a run. Its texts are fixed strings: it pays for no formatting.
//!
//! With `DOCFLOW_TEST_POSTGRES` set to a PostgreSQL server's maintenance
//! database (`scripts/with-postgres --fsync cargo bench --bench flows`
//! starts a throwaway server on a Unix socket and sets it), the same flows
//! also run on PostgreSQL, each side on a new database of its own, against
//! raw `postgres` client code doing the same reads and one transaction per
//! answer with statements prepared once.
//!
//! Environment: `DOCFLOW_BENCH_FLOWS` (flows per mode at `normal`, default
//! 2000; `full` runs a quarter, since every commit waits for the disk) and
//! `DOCFLOW_BENCH_STEPS` (CLI steps, default 60).
//!
//! Ends with one JSON line per backend and durability mode and one for the
//! CLI step.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use docflow::assets::Source;
use docflow::l10n::Catalog;
use docflow::session::{self, Answer, Frontend, Outcome, Prompt, Session};
use docflow::store::{Durability, Store, demo};
use docflow::workflow::{self, Definitions};

#[path = "support/raw.rs"]
mod raw;

use raw::{
    AGENT, CUSTOMER, EVENT, LOCALE, Raw, RawDb, SUBSCRIPTION, VERSION, WORKFLOW, contact,
    env_count, machine, new_postgres_database, postgres_server,
};
use rusqlite::{Connection, params};

const ROUNDS: usize = 10;
/// Set in the environment of the baseline child process.
const BASELINE_CHILD: &str = "DOCFLOW_BENCH_BASELINE_CHILD";

fn main() {
    if let Some(db) = std::env::var_os(BASELINE_CHILD) {
        baseline_process(Path::new(&db));
        return;
    }
    // `cargo bench` passes `--bench`; nothing else is expected.
    let flows = env_count("DOCFLOW_BENCH_FLOWS", 2000);
    let steps = env_count("DOCFLOW_BENCH_STEPS", 60);
    println!("machine: {}", machine());
    let mut lines = Vec::new();
    let backends = [
        Some(Backend::Sqlite),
        postgres_server().map(Backend::Postgres),
    ];
    for backend in backends.iter().flatten() {
        for (durability, name, count) in [
            (Durability::Normal, "normal", flows),
            (Durability::Full, "full", (flows / 4).max(ROUNDS)),
        ] {
            let figures = flows_mode(backend, durability, count);
            let (label, baseline) = backend.names();
            println!(
                "{label} {name:>6}: docflow {:>7.0} flows/s, raw {baseline} {:>7.0} flows/s, ratio {:.2} (median of {ROUNDS} rounds; {count} flows each)",
                figures.docflow,
                figures.raw,
                figures.ratio()
            );
            lines.push(format!(
                r#"{{"backend":"{label}","durability":"{name}","docflow_flows_per_s":{:.0},"raw_flows_per_s":{:.0},"ratio":{:.3}}}"#,
                figures.docflow,
                figures.raw,
                figures.ratio()
            ));
        }
    }
    if postgres_server().is_none() {
        println!("postgres: skipped (run under scripts/with-postgres to include it)");
    }
    let cli = cli_step(steps);
    println!(
        "   cli: one step {:.2} ms, open-load-commit baseline {:.2} ms, ratio {:.2} ({steps} steps each)",
        cli.step_ms,
        cli.baseline_ms,
        cli.step_ms / cli.baseline_ms
    );
    lines.push(format!(
        r#"{{"cli_step_ms":{:.2},"baseline_ms":{:.2},"ratio":{:.3}}}"#,
        cli.step_ms,
        cli.baseline_ms,
        cli.step_ms / cli.baseline_ms
    ));
    for line in lines {
        println!("{line}");
    }
}

struct Figures {
    docflow: f64,
    raw: f64,
    /// The median of each round's ratio: a round's docflow and raw flows
    /// run back to back, so a burst of load from elsewhere on the machine
    /// moves one round, not the figure.
    median_ratio: f64,
}

impl Figures {
    fn ratio(&self) -> f64 {
        self.median_ratio
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len() % 2 == 0 {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    }
}

/// Where the flows run.
enum Backend {
    Sqlite,
    /// A PostgreSQL server, by the URL of its maintenance database.
    Postgres(String),
}

impl Backend {
    /// The backend's name and its raw baseline's, as printed.
    fn names(&self) -> (&'static str, &'static str) {
        match self {
            Backend::Sqlite => ("sqlite", "rusqlite"),
            Backend::Postgres(_) => ("postgres", "postgres"),
        }
    }
}

/// docflow's and raw's databases for one mode, made alike with the demo
/// data; the temp dir holds SQLite's files.
fn databases(backend: &Backend, dir: &Path, durability: Durability) -> [PathBuf; 2] {
    let made = match backend {
        Backend::Sqlite => [dir.join("docflow.db"), dir.join("raw.db")],
        Backend::Postgres(server) => {
            ["docflow", "raw"].map(|side| PathBuf::from(new_postgres_database(server, side)))
        }
    };
    for db in &made {
        let mut store = Store::create_or_open(db, durability).expect("database");
        store.write(demo::seed).expect("demo data");
    }
    made
}

/// Alternating rounds of docflow and raw flows on two databases made alike.
fn flows_mode(backend: &Backend, durability: Durability, flows: usize) -> Figures {
    let dir = tempfile::tempdir().expect("temp dir");
    let [docflow_db, raw_db] = databases(backend, dir.path(), durability);
    let library = Library::new(&docflow_db, durability);
    match backend {
        Backend::Sqlite => alternate(library, Raw::new(&raw_db, durability), flows),
        Backend::Postgres(_) => {
            let url = raw_db.to_str().expect("a URL");
            alternate(library, Raw::postgres(url, durability), flows)
        }
    }
}

fn alternate<D: RawDb>(mut library: Library, mut raw: Raw<D>, flows: usize) -> Figures {
    let per_round = flows.div_ceil(ROUNDS);
    let (mut docflow_time, mut raw_time) = (Duration::ZERO, Duration::ZERO);
    let mut ratios = Vec::new();
    let mut done = 0;
    for _ in 0..ROUNDS {
        let (ours, theirs) = (library.flows(done, per_round), raw.flows(done, per_round));
        ratios.push(theirs.as_secs_f64() / ours.as_secs_f64());
        docflow_time += ours;
        raw_time += theirs;
        done += per_round;
    }
    raw.check(done);
    Figures {
        docflow: done as f64 / docflow_time.as_secs_f64(),
        raw: done as f64 / raw_time.as_secs_f64(),
        median_ratio: median(ratios),
    }
}

/// A frontend nobody reads: answers are all given ahead of time.
struct Quiet;

impl Frontend for Quiet {
    fn show(&mut self, _: &Prompt) {}
    fn ask(&mut self, _: &Prompt) -> Option<String> {
        None
    }
    fn info(&mut self, _: i64, _: &str, _: &str) {}
    fn error(&mut self, _: Option<i64>, _: Option<&str>, text: &str) {
        panic!("a benchmark answer was refused: {text}");
    }
}

/// docflow driven through the library, as the CLI and the server do.
struct Library {
    store: Store,
    l10n: docflow::l10n::Localizer,
    definitions: Definitions<'static>,
}

impl Library {
    fn new(path: &Path, durability: Durability) -> Library {
        let catalog = Catalog::new(Source::locales(None)).expect("locales");
        let l10n = catalog
            .localizer(&LOCALE.parse().expect("locale"))
            .expect("localizer");
        let definitions = workflow::load_all(
            &Source::workflows(None),
            &catalog.fallback_ids().expect("ids"),
        )
        .expect("definitions")
        .into();
        Library {
            store: Store::open(path, durability).expect("database"),
            l10n,
            definitions,
        }
    }

    fn flows(&mut self, first: usize, count: usize) -> Duration {
        let agent = session::agent(&mut self.store, AGENT).expect("agent");
        let definition = self.definitions.get(WORKFLOW).expect("workflow");
        assert_eq!(
            definition.version, VERSION,
            "raw runs name the same version"
        );
        let mut session = Session::new(&mut self.store, &self.l10n, &self.definitions);
        let started = Instant::now();
        for n in first..first + count {
            let answers = [
                ("customer", CUSTOMER),
                ("subscription", SUBSCRIPTION),
                ("contact", contact(n)),
                ("submit", "submit"),
                ("review", "close"),
            ]
            .map(|(step, value)| Answer {
                step: step.to_owned(),
                value: value.to_owned(),
            });
            let started = session
                .start(definition, &agent, VecDeque::from(answers), &mut Quiet)
                .expect("flow");
            assert_eq!(started.outcome.expect("flow"), Outcome::Completed);
        }
        started.elapsed()
    }
}

struct Cli {
    step_ms: f64,
    baseline_ms: f64,
}

/// One `docflow resume` step as a process, against a process that opens
/// the database, loads five locales and commits one transaction.
fn cli_step(steps: usize) -> Cli {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("docflow.db");
    let mut store = Store::create_or_open(&db, Durability::Normal).expect("database");
    store.write(demo::seed).expect("demo data");
    drop(store);
    let mut library = Library::new(&db, Durability::Normal);
    let runs = waiting_runs(&mut library, steps);
    let (mut step_time, mut baseline_time) = (Duration::ZERO, Duration::ZERO);
    for run in runs {
        step_time += timed(
            Command::new(env!("CARGO_BIN_EXE_docflow"))
                .args(["--db"])
                .arg(&db)
                .args(["resume", &run.to_string(), "--json"])
                .arg(format!("--answer=subscription={SUBSCRIPTION}"))
                .env_remove("DOCFLOW_LOCALES")
                .env_remove("DOCFLOW_WORKFLOWS"),
        );
        baseline_time += timed(
            Command::new(std::env::current_exe().expect("bench executable"))
                .env(BASELINE_CHILD, &db),
        );
    }
    let per_step = |total: Duration| total.as_secs_f64() * 1000.0 / steps as f64;
    Cli {
        step_ms: per_step(step_time),
        baseline_ms: per_step(baseline_time),
    }
}

/// Runs waiting at the subscription step, one per CLI step to time.
fn waiting_runs(library: &mut Library, count: usize) -> Vec<i64> {
    let agent = session::agent(&mut library.store, AGENT).expect("agent");
    let definition = library.definitions.get(WORKFLOW).expect("workflow");
    let mut session = Session::new(&mut library.store, &library.l10n, &library.definitions);
    (0..count)
        .map(|_| {
            let answers = VecDeque::from([Answer {
                step: "customer".to_owned(),
                value: CUSTOMER.to_owned(),
            }]);
            let started = session
                .start(definition, &agent, answers, &mut Quiet)
                .expect("run starts");
            assert_eq!(started.outcome.expect("run starts"), Outcome::Waiting);
            started.run.expect("run id")
        })
        .collect()
}

fn timed(command: &mut Command) -> Duration {
    let started = Instant::now();
    let output = command.output().expect("process runs");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

/// The baseline process: open the database, load the five locales' Fluent
/// files into bundles, format one message, commit one transaction.
fn baseline_process(db: &Path) {
    let conn = Connection::open(db).expect("database");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("WAL");
    conn.pragma_update(None, "synchronous", "NORMAL")
        .expect("synchronous");
    let locales = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut text = String::new();
    for locale in ["en", "pt-BR", "ru-RU", "es-ES", "zh-TW"] {
        let id: unic_langid::LanguageIdentifier = locale.parse().expect("locale");
        let mut bundle = fluent_bundle::FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        for entry in std::fs::read_dir(locales.join(locale)).expect("locale dir") {
            let path = entry.expect("entry").path();
            // A locale's directory also holds its glossary.
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let source = std::fs::read_to_string(path).expect("ftl");
            let resource = fluent_bundle::FluentResource::try_new(source).expect("parses");
            bundle.add_resource(resource).expect("no duplicates");
        }
        let message = bundle.get_message("run-cancelled").expect("message");
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("run", 1);
        text = bundle
            .format_pattern(message.value().expect("value"), Some(&args), &mut vec![])
            .into_owned();
    }
    let mut conn = conn;
    let tx = conn.transaction().expect("begin");
    let detail = serde_json::json!({ "text": text }).to_string();
    tx.execute(
        EVENT,
        params![1, AGENT, LOCALE, "info", "subscription", detail],
    )
    .expect("event");
    tx.commit().expect("commit");
}
