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
//! answer, effect, advanced, completed), the effect's UPDATE and the run's
//! new state, with the revision check that keeps two writers from both
//! advancing a run. Its texts are fixed strings: it pays for no formatting.
//!
//! Environment: `DOCFLOW_BENCH_FLOWS` (flows per mode at `normal`, default
//! 2000; `full` runs a quarter, since every commit waits for the disk) and
//! `DOCFLOW_BENCH_STEPS` (CLI steps, default 60).
//!
//! Ends with one JSON line per durability mode and one for the CLI step.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use docflow::assets::Source;
use docflow::l10n::Catalog;
use docflow::session::{self, Answer, Frontend, Outcome, Prompt, Session};
use docflow::store::{Durability, Store, demo};
use docflow::workflow::{self, Definitions};
use rusqlite::{Connection, TransactionBehavior, params};

const WORKFLOW: &str = "assign-support-contact";
const AGENT: &str = "dmitri";
const LOCALE: &str = "ru-RU";
const CUSTOMER: &str = "contoso";
const SUBSCRIPTION: &str = "contoso-o365-business-standard";
/// The shipped assign-support-contact version, which raw runs name too.
const VERSION: u32 = 3;
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
    for (durability, name, count) in [
        (Durability::Normal, "normal", flows),
        (Durability::Full, "full", (flows / 4).max(ROUNDS)),
    ] {
        let figures = flows_mode(durability, count);
        println!(
            "{name:>6}: docflow {:>7.0} flows/s, raw rusqlite {:>7.0} flows/s, ratio {:.2} (median of {ROUNDS} rounds; {count} flows each)",
            figures.docflow,
            figures.raw,
            figures.ratio()
        );
        lines.push(format!(
            r#"{{"durability":"{name}","docflow_flows_per_s":{:.0},"raw_flows_per_s":{:.0},"ratio":{:.3}}}"#,
            figures.docflow,
            figures.raw,
            figures.ratio()
        ));
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

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores")
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

/// Alternating rounds of docflow and raw flows on two databases made alike.
fn flows_mode(durability: Durability, flows: usize) -> Figures {
    let dir = tempfile::tempdir().expect("temp dir");
    let docflow_db = dir.path().join("docflow.db");
    let raw_db = dir.path().join("raw.db");
    for path in [&docflow_db, &raw_db] {
        let mut store = Store::create_or_open(path, durability).expect("database");
        store.write(demo::seed).expect("demo data");
    }
    let mut library = Library::new(&docflow_db, durability);
    let mut raw = Raw::new(&raw_db, durability);
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

/// The contact flow `n` assigns: the two eligible contacts in turn, so
/// every flow really changes the subscription.
fn contact(n: usize) -> &'static str {
    if n % 2 == 0 { "fabrikam" } else { "adatum" }
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
            let (_, outcome) = session
                .start(definition, &agent, VecDeque::from(answers), &mut Quiet)
                .expect("flow");
            assert_eq!(outcome, Outcome::Completed);
        }
        started.elapsed()
    }
}

/// The same flows in raw rusqlite: the reads each step offers, and one
/// transaction per accepted answer with its events, effect and state.
struct Raw {
    conn: Connection,
    /// The revision of the run being driven, checked on every save so two
    /// writers cannot both advance it.
    revision: i64,
}

const CUSTOMERS: &str = "SELECT c.id, c.name, count(s.id)
       FROM customers c LEFT JOIN subscriptions s ON s.customer = c.id
      GROUP BY c.id ORDER BY c.name";
const SUBSCRIPTIONS: &str = "SELECT s.id, s.product, c.name, o.id, o.name
       FROM subscriptions s
       JOIN customers c ON c.id = s.customer
       JOIN organizations o ON o.id = s.support_contact
      WHERE s.customer = ?1 ORDER BY s.product";
const CONTACTS: &str = "SELECT e.id, e.name, e.kind, e.id = s.support_contact
       FROM eligible_support_contacts e, subscriptions s
      WHERE s.id = ?1
      ORDER BY e.kind = 'reseller', e.name";
const NEW_RUN: &str = "INSERT INTO runs (workflow, version, agent, locale, status, step, vars,
        stack, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, 'waiting', 'customer', ?5, '[]',
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
const EVENT: &str = "INSERT INTO run_events (run, at, agent, locale, kind, step, detail)
     VALUES (?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?2, ?3, ?4, ?5, ?6)";
const SAVE: &str = "UPDATE runs SET step = ?2, vars = ?3, status = ?4, revision = revision + 1,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE id = ?1 AND revision = ?5";
const EFFECT: &str = "UPDATE subscriptions SET support_contact = ?2 WHERE id = ?1";

/// The rows a step offers, as JSON objects keyed by the fields the journal
/// binds (raw keeps them as the journal stores them).
type Rows = Vec<serde_json::Map<String, serde_json::Value>>;

/// One answer as raw writes it: the step, the prompt text and options it
/// showed, the value, the step it leads to, and the state to save.
struct RawAnswer<'a> {
    step: &'a str,
    text: String,
    options: Vec<serde_json::Value>,
    value: &'a str,
    next: &'a str,
    effect: Option<serde_json::Value>,
}

impl Raw {
    fn new(path: &Path, durability: Durability) -> Raw {
        let conn = Connection::open(path).expect("database");
        conn.pragma_update(None, "journal_mode", "WAL")
            .expect("WAL");
        let synchronous = match durability {
            Durability::Normal => "NORMAL",
            Durability::Full => "FULL",
        };
        conn.pragma_update(None, "synchronous", synchronous)
            .expect("synchronous");
        conn.pragma_update(None, "foreign_keys", true)
            .expect("foreign keys");
        // Runs name the definition version they use; raw stores it once.
        conn.execute(
            "INSERT INTO workflow_definitions (workflow, version, source, stored_at)
             VALUES (?1, ?2, 'raw', 'now')",
            params![WORKFLOW, VERSION],
        )
        .expect("definition");
        Raw { conn, revision: 0 }
    }

    fn read(&self, sql: &str, params: impl rusqlite::Params, fields: &[&str]) -> Rows {
        let mut stmt = self.conn.prepare_cached(sql).expect("query");
        stmt.query_map(params, |r| {
            fields
                .iter()
                .enumerate()
                .map(|(i, field)| {
                    let value = match r.get_ref(i)? {
                        rusqlite::types::ValueRef::Integer(n) => serde_json::Value::from(n),
                        other => serde_json::Value::from(other.as_str()?),
                    };
                    Ok(((*field).to_owned(), value))
                })
                .collect()
        })
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
    }

    fn flows(&mut self, first: usize, count: usize) -> Duration {
        let started = Instant::now();
        for n in first..first + count {
            self.flow(contact(n));
        }
        started.elapsed()
    }

    fn flow(&mut self, contact: &str) {
        let mut vars = serde_json::Map::new();
        vars.insert("agent-id".into(), AGENT.into());
        vars.insert("agent-name".into(), "Дмитрий Волков".into());
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .expect("begin");
        tx.prepare_cached(NEW_RUN)
            .expect("insert")
            .execute(params![
                WORKFLOW,
                VERSION,
                AGENT,
                LOCALE,
                serde_json::Value::from(vars.clone()).to_string()
            ])
            .expect("run");
        let run = tx.last_insert_rowid();
        self.revision = 0;
        let started = serde_json::json!({ "workflow": WORKFLOW, "version": VERSION });
        event(&tx, run, "started", "customer", &started.to_string());
        tx.commit().expect("commit");

        let customers = self.read(CUSTOMERS, [], &["id", "name", "subscriptions"]);
        let customer = self.choose(&mut vars, "customer", &customers, CUSTOMER);
        let answer = RawAnswer {
            step: "customer",
            text: "Выберите клиента, чьей подпиской нужно заняться.".to_owned(),
            options: options(&customers, "name"),
            value: CUSTOMER,
            next: "subscription",
            effect: None,
        };
        self.answer(run, &vars, answer);

        let subscriptions = self.read(
            SUBSCRIPTIONS,
            [CUSTOMER],
            &["id", "product", "customer-name", "contact", "contact-name"],
        );
        let subscription = self.choose(&mut vars, "subscription", &subscriptions, SUBSCRIPTION);
        let text = format!("Выберите подписку клиента {}.", customer["name"]);
        let answer = RawAnswer {
            step: "subscription",
            text,
            options: options(&subscriptions, "product"),
            value: SUBSCRIPTION,
            next: "contact",
            effect: None,
        };
        self.answer(run, &vars, answer);

        let contacts = self.read(CONTACTS, [SUBSCRIPTION], &["id", "name", "kind", "current"]);
        let chosen = self.choose(&mut vars, "contact", &contacts, contact);
        let answer = RawAnswer {
            step: "contact",
            text: format!(
                "Кто будет контактом поддержки для {}?",
                subscription["product"]
            ),
            options: options(&contacts, "name"),
            value: contact,
            next: "submit",
            effect: None,
        };
        self.answer(run, &vars, answer);

        // The effect's result names the previous and the new contact, both
        // already read with the rows above.
        let result = serde_json::json!({
            "contact": contact,
            "contact-name": chosen["name"],
            "customer-name": subscription["customer-name"],
            "previous": subscription["contact"],
            "previous-name": subscription["contact-name"],
            "product": subscription["product"],
            "subscription": SUBSCRIPTION,
        });
        for (field, value) in result.as_object().expect("object") {
            vars.insert(format!("change-{field}"), value.clone());
        }
        let answer = RawAnswer {
            step: "submit",
            text: format!(
                "Изменить контакт поддержки для {} с {} на {}?",
                subscription["product"], subscription["contact-name"], chosen["name"]
            ),
            options: vec![option("submit", "Отправить"), option("back", "Назад")],
            value: "submit",
            next: "review",
            effect: Some(serde_json::json!({
                "op": "set-support-contact",
                "args": { "contact": contact, "subscription": SUBSCRIPTION },
                "result": result,
            })),
        };
        self.answer(run, &vars, answer);
        let answer = RawAnswer {
            step: "review",
            text: format!(
                "Проверьте изменение для {}: контакт поддержки {} → {}.",
                subscription["product"], subscription["contact-name"], chosen["name"]
            ),
            options: vec![option("close", "Закрыть")],
            value: "close",
            next: "done",
            effect: None,
        };
        self.answer(run, &vars, answer);
    }

    /// Binds the chosen row's fields as `<bind>-<field>`, as the journal
    /// keeps them, and returns the row.
    fn choose(
        &self,
        vars: &mut serde_json::Map<String, serde_json::Value>,
        bind: &str,
        rows: &Rows,
        id: &str,
    ) -> serde_json::Map<String, serde_json::Value> {
        let row = rows
            .iter()
            .find(|r| r["id"] == id)
            .expect("the answer is offered")
            .clone();
        for (field, value) in &row {
            vars.insert(format!("{bind}-{field}"), value.clone());
        }
        row
    }

    /// One accepted answer: the prompt shown, the answer, the effect, the
    /// new state and their events in one transaction.
    fn answer(
        &mut self,
        run: i64,
        vars: &serde_json::Map<String, serde_json::Value>,
        answer: RawAnswer<'_>,
    ) {
        let RawAnswer {
            step,
            text,
            options,
            value,
            next,
            effect,
        } = answer;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .expect("begin");
        let prompt =
            serde_json::json!({ "run": run, "step": step, "text": text, "options": options });
        event(&tx, run, "prompt", step, &prompt.to_string());
        let answered = serde_json::json!({ "value": value });
        event(&tx, run, "answer", step, &answered.to_string());
        if let Some(effect) = effect {
            let contact = effect["args"]["contact"].as_str().expect("contact");
            tx.prepare_cached(EFFECT)
                .expect("effect")
                .execute([SUBSCRIPTION, contact])
                .expect("effect applies");
            event(&tx, run, "effect", step, &effect.to_string());
        }
        let done = next == "done";
        let state = serde_json::Value::from(vars.clone()).to_string();
        let status = if done { "completed" } else { "waiting" };
        let saved = tx
            .prepare_cached(SAVE)
            .expect("save")
            .execute(params![run, next, state, status, self.revision])
            .expect("state");
        assert_eq!(saved, 1, "nobody else moved the run");
        self.revision += 1;
        let advanced = serde_json::json!({ "to": next });
        event(&tx, run, "advanced", step, &advanced.to_string());
        if done {
            event(&tx, run, "completed", next, "{}");
        }
        tx.commit().expect("commit");
    }

    /// Every raw flow completed: the baseline did the whole work.
    fn check(&self, flows: usize) {
        let completed: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM runs WHERE status = 'completed'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(completed as usize, flows);
    }
}

/// A prompt's options as the journal keeps them: value and label.
fn options(rows: &Rows, label: &str) -> Vec<serde_json::Value> {
    rows.iter()
        .map(|row| {
            let caption = format!("{} ({})", row[label], row["id"]);
            option(row["id"].as_str().unwrap_or_default(), &caption)
        })
        .collect()
}

fn option(value: &str, label: &str) -> serde_json::Value {
    serde_json::json!({ "value": value, "label": label })
}

fn event(tx: &rusqlite::Transaction<'_>, run: i64, kind: &str, step: &str, detail: &str) {
    tx.prepare_cached(EVENT)
        .expect("event")
        .execute(params![run, AGENT, LOCALE, kind, step, detail])
        .expect("event row");
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
            let (run, outcome) = session
                .start(definition, &agent, answers, &mut Quiet)
                .expect("run starts");
            assert_eq!(outcome, Outcome::Waiting);
            run.expect("run id")
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
