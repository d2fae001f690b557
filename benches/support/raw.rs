//! The raw baseline the benchmarks compare docflow with: whole
//! assign-support-contact flows in raw rusqlite or raw postgres, doing only
//! what any implementation strictly needs for the same journal: per step,
//! the rows it offers, read with the same SQL; per accepted answer, one
//! transaction holding the same event rows (prompt, answer, effect,
//! advanced, completed, inserted with one statement), the effect's UPDATE
//! and the run's new state, with the
//! revision check that keeps two writers from both advancing a run. Its
//! texts are fixed strings: it pays for no formatting.

use std::path::Path;
use std::time::{Duration, Instant};

use docflow::store::Durability;
use rusqlite::{Connection, TransactionBehavior, params};

pub const WORKFLOW: &str = "assign-support-contact";
pub const AGENT: &str = "dmitri";
pub const LOCALE: &str = "ru-RU";
pub const CUSTOMER: &str = "contoso";
pub const SUBSCRIPTION: &str = "contoso-o365-business-standard";
/// The shipped assign-support-contact version, which raw runs name too.
pub const VERSION: u32 = 3;
/// The contact flow `n` assigns: the two eligible contacts in turn, so
/// every flow really changes the subscription.
pub fn contact(n: usize) -> &'static str {
    if n % 2 == 0 { "fabrikam" } else { "adatum" }
}

/// The same flows in raw client code: the reads each step offers, and one
/// transaction per accepted answer with its events, effect and state.
pub struct Raw<D: RawDb = Sqlite> {
    db: D,
    /// The revision of the run being driven, checked on every save so two
    /// writers cannot both advance it.
    revision: i64,
}

/// The reads the flow's steps make.
#[derive(Clone, Copy)]
pub enum Query {
    Customers,
    Subscriptions,
    Contacts,
}

/// One accepted answer's transaction: its events, the effect's contact when
/// it has one, and the run's new state under the revision it was read at.
pub struct Save<'a> {
    pub run: i64,
    pub events: Vec<(&'a str, &'a str, String)>,
    pub effect: Option<&'a str>,
    pub next: &'a str,
    pub state: String,
    pub status: &'a str,
    pub revision: i64,
}

/// What a backend's raw client code does for the flows.
pub trait RawDb {
    /// Inserts a waiting run and its `started` event in one transaction.
    fn new_run(&mut self, vars: &str, started: &str) -> i64;
    /// The rows `query` returns for `param`, keyed by `fields`.
    fn read(&mut self, query: Query, param: Option<&str>, fields: &[&str]) -> Rows;
    /// Commits one answer; the number of runs its revision check updated.
    fn save(&mut self, save: &Save<'_>) -> u64;
    fn completed(&mut self) -> i64;
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
pub const EVENT: &str = "INSERT INTO run_events (run, at, agent, locale, kind, step, detail)
     VALUES (?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?2, ?3, ?4, ?5, ?6)";
const SAVE: &str = "UPDATE runs SET step = ?2, vars = ?3, status = ?4, revision = revision + 1,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE id = ?1 AND revision = ?5";
const EFFECT: &str = "UPDATE subscriptions SET support_contact = ?2 WHERE id = ?1";

impl Query {
    fn sql(self) -> &'static str {
        match self {
            Query::Customers => CUSTOMERS,
            Query::Subscriptions => SUBSCRIPTIONS,
            Query::Contacts => CONTACTS,
        }
    }
}

/// The rows a step offers, as JSON objects keyed by the fields the journal
/// binds (raw keeps them as the journal stores them).
pub type Rows = Vec<serde_json::Map<String, serde_json::Value>>;

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

/// Raw rusqlite.
pub struct Sqlite {
    conn: Connection,
}

impl Raw<Sqlite> {
    pub fn new(path: &Path, durability: Durability) -> Raw<Sqlite> {
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
        Raw {
            db: Sqlite { conn },
            revision: 0,
        }
    }
}

impl RawDb for Sqlite {
    fn new_run(&mut self, vars: &str, started: &str) -> i64 {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .expect("begin");
        tx.prepare_cached(NEW_RUN)
            .expect("insert")
            .execute(params![WORKFLOW, VERSION, AGENT, LOCALE, vars])
            .expect("run");
        let run = tx.last_insert_rowid();
        sqlite_event(&tx, run, "started", "customer", started);
        tx.commit().expect("commit");
        run
    }

    fn read(&mut self, query: Query, param: Option<&str>, fields: &[&str]) -> Rows {
        let mut stmt = self.conn.prepare_cached(query.sql()).expect("query");
        let params = rusqlite::params_from_iter(param);
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

    fn save(&mut self, save: &Save<'_>) -> u64 {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .expect("begin");
        if let Some(contact) = save.effect {
            tx.prepare_cached(EFFECT)
                .expect("effect")
                .execute([SUBSCRIPTION, contact])
                .expect("effect applies");
        }
        let saved = tx
            .prepare_cached(SAVE)
            .expect("save")
            .execute(params![
                save.run,
                save.next,
                save.state,
                save.status,
                save.revision
            ])
            .expect("state");
        let mut params: Vec<&dyn rusqlite::ToSql> = vec![&save.run, &AGENT, &LOCALE];
        for (kind, step, detail) in &save.events {
            params.extend([kind as &dyn rusqlite::ToSql, step, detail]);
        }
        tx.prepare_cached(&events_sql(save.events.len()))
            .expect("events")
            .execute(params.as_slice())
            .expect("event rows");
        tx.commit().expect("commit");
        saved as u64
    }

    fn completed(&mut self) -> i64 {
        self.conn
            .query_row(
                "SELECT count(*) FROM runs WHERE status = 'completed'",
                [],
                |r| r.get(0),
            )
            .expect("count")
    }
}

/// One statement inserting `rows` history entries of one run, as any
/// implementation writing a step's entries together would.
fn events_sql(rows: usize) -> String {
    let values: Vec<String> = (0..rows)
        .map(|n| {
            let first = 4 + n * 3;
            format!(
                "(?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?2, ?3, ?{}, ?{}, ?{})",
                first,
                first + 1,
                first + 2
            )
        })
        .collect();
    format!(
        "INSERT INTO run_events (run, at, agent, locale, kind, step, detail) VALUES {}",
        values.join(", ")
    )
}

fn sqlite_event(tx: &rusqlite::Transaction<'_>, run: i64, kind: &str, step: &str, detail: &str) {
    tx.prepare_cached(EVENT)
        .expect("event")
        .execute(params![run, AGENT, LOCALE, kind, step, detail])
        .expect("event row");
}

/// Raw `postgres` over the server's Unix socket: statements prepared once,
/// each answer one transaction with its history entries in one statement (READ COMMITTED: the revision check in the
/// UPDATE is what keeps two writers from both advancing a run).
pub struct Postgres {
    client: postgres::Client,
    statements: std::collections::HashMap<&'static str, postgres::Statement>,
    /// The statement inserting a step's history entries, by their count.
    events: std::collections::HashMap<usize, postgres::Statement>,
}

/// A statement's SQLite text as PostgreSQL spells it: `$N` placeholders and
/// the same timestamp format.
fn postgres_text(sql: &str) -> String {
    sql.replace(
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
    )
    .replace('?', "$")
}

impl Raw<Postgres> {
    pub fn postgres(url: &str, durability: Durability) -> Raw<Postgres> {
        let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect");
        let synchronous = match durability {
            Durability::Normal => "off",
            Durability::Full => "on",
        };
        client
            .batch_execute(&format!("SET synchronous_commit = {synchronous}"))
            .expect("synchronous_commit");
        client
            .execute(
                "INSERT INTO workflow_definitions (workflow, version, source, stored_at)
                 VALUES ($1, $2, 'raw', 'now')",
                &[&WORKFLOW, &i64::from(VERSION)],
            )
            .expect("definition");
        let mut statements = std::collections::HashMap::new();
        for sql in [
            CUSTOMERS,
            SUBSCRIPTIONS,
            CONTACTS,
            EVENT,
            SAVE,
            EFFECT,
            NEW_RUN,
        ] {
            let mut text = postgres_text(sql);
            if sql == NEW_RUN {
                // The new run's id comes back with the insert.
                text.push_str(" RETURNING id");
            }
            let prepared = client.prepare(&text).expect("prepare");
            statements.insert(sql, prepared);
        }
        Raw {
            db: Postgres {
                client,
                statements,
                events: std::collections::HashMap::new(),
            },
            revision: 0,
        }
    }
}

impl Postgres {
    fn event(
        tx: &mut postgres::Transaction<'_>,
        statement: &postgres::Statement,
        run: i64,
        (kind, step, detail): (&str, &str, &str),
    ) {
        tx.execute(statement, &[&run, &AGENT, &LOCALE, &kind, &step, &detail])
            .expect("event row");
    }
}

impl RawDb for Postgres {
    fn new_run(&mut self, vars: &str, started: &str) -> i64 {
        let (insert, event) = (&self.statements[NEW_RUN], &self.statements[EVENT]);
        let mut tx = self.client.transaction().expect("begin");
        let run: i64 = tx
            .query_one(
                insert,
                &[&WORKFLOW, &i64::from(VERSION), &AGENT, &LOCALE, &vars],
            )
            .expect("run")
            .get(0);
        Postgres::event(&mut tx, event, run, ("started", "customer", started));
        tx.commit().expect("commit");
        run
    }

    fn read(&mut self, query: Query, param: Option<&str>, fields: &[&str]) -> Rows {
        let statement = &self.statements[query.sql()];
        let rows = match param {
            Some(param) => self.client.query(statement, &[&param]),
            None => self.client.query(statement, &[]),
        }
        .expect("rows");
        rows.iter()
            .map(|row| {
                fields
                    .iter()
                    .enumerate()
                    .map(|(i, field)| {
                        let value = match row.try_get::<_, i64>(i) {
                            Ok(n) => serde_json::Value::from(n),
                            Err(_) => match row.try_get::<_, bool>(i) {
                                Ok(b) => serde_json::Value::from(i64::from(b)),
                                Err(_) => serde_json::Value::from(row.get::<_, String>(i)),
                            },
                        };
                        ((*field).to_owned(), value)
                    })
                    .collect()
            })
            .collect()
    }

    fn save(&mut self, save: &Save<'_>) -> u64 {
        let rows = save.events.len();
        if !self.events.contains_key(&rows) {
            let prepared = self
                .client
                .prepare(&postgres_text(&events_sql(rows)))
                .expect("prepare");
            self.events.insert(rows, prepared);
        }
        let statements = &self.statements;
        let mut tx = self.client.transaction().expect("begin");
        if let Some(contact) = save.effect {
            tx.execute(&statements[EFFECT], &[&SUBSCRIPTION, &contact])
                .expect("effect applies");
        }
        let saved = tx
            .execute(
                &statements[SAVE],
                &[
                    &save.run,
                    &save.next,
                    &save.state,
                    &save.status,
                    &save.revision,
                ],
            )
            .expect("state");
        let mut params: Vec<&(dyn postgres::types::ToSql + Sync)> =
            vec![&save.run, &AGENT, &LOCALE];
        for (kind, step, detail) in &save.events {
            params.extend([kind as &(dyn postgres::types::ToSql + Sync), step, detail]);
        }
        tx.execute(&self.events[&rows], &params)
            .expect("event rows");
        tx.commit().expect("commit");
        saved
    }

    fn completed(&mut self) -> i64 {
        self.client
            .query_one("SELECT count(*) FROM runs WHERE status = 'completed'", &[])
            .expect("count")
            .get(0)
    }
}

impl<D: RawDb> Raw<D> {
    pub fn flows(&mut self, first: usize, count: usize) -> Duration {
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
        let started = serde_json::json!({ "workflow": WORKFLOW, "version": VERSION });
        let state = serde_json::Value::from(vars.clone()).to_string();
        let run = self.db.new_run(&state, &started.to_string());
        self.revision = 0;

        let customers = self
            .db
            .read(Query::Customers, None, &["id", "name", "subscriptions"]);
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

        let subscriptions = self.db.read(
            Query::Subscriptions,
            Some(CUSTOMER),
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

        let contacts = self.db.read(
            Query::Contacts,
            Some(SUBSCRIPTION),
            &["id", "name", "kind", "current"],
        );
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
        let prompt =
            serde_json::json!({ "run": run, "step": step, "text": text, "options": options });
        let answered = serde_json::json!({ "value": value });
        let mut events = vec![
            ("prompt", step, prompt.to_string()),
            ("answer", step, answered.to_string()),
        ];
        let contact = effect.as_ref().map(|effect| {
            events.push(("effect", step, effect.to_string()));
            effect["args"]["contact"].as_str().expect("contact")
        });
        let done = next == "done";
        let advanced = serde_json::json!({ "to": next });
        events.push(("advanced", step, advanced.to_string()));
        if done {
            events.push(("completed", next, "{}".to_owned()));
        }
        let save = Save {
            run,
            events,
            effect: contact,
            next,
            state: serde_json::Value::from(vars.clone()).to_string(),
            status: if done { "completed" } else { "waiting" },
            revision: self.revision,
        };
        assert_eq!(self.db.save(&save), 1, "nobody else moved the run");
        self.revision += 1;
    }

    /// Every raw flow completed: the baseline did the whole work.
    pub fn check(&mut self, flows: usize) {
        assert_eq!(self.db.completed() as usize, flows);
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

#[path = "../../tests/support/postgres_server.rs"]
mod postgres_server;

pub use postgres_server::postgres_server;

/// A new database on `server` for one side of a benchmark, and its URL.
pub fn new_postgres_database(server: &str, side: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |t| t.as_nanos());
    let name = format!("bench_{side}_{}_{nanos}", std::process::id());
    postgres_server::new_database(server, &name)
}

/// A count from the environment, else `default`.
pub fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The machine the figures are measured on.
pub fn machine() -> String {
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
