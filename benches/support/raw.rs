//! The raw baseline the benchmarks compare docflow with: whole
//! assign-support-contact flows in raw rusqlite, doing only what any
//! implementation strictly needs for the same journal: per step, the rows
//! it offers, read with the same SQL; per accepted answer, one transaction
//! holding the same event rows (prompt, answer, effect, advanced,
//! completed), the effect's UPDATE and the run's new state, with the
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

/// The same flows in raw rusqlite: the reads each step offers, and one
/// transaction per accepted answer with its events, effect and state.
pub struct Raw {
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
pub const EVENT: &str = "INSERT INTO run_events (run, at, agent, locale, kind, step, detail)
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
    pub fn new(path: &Path, durability: Durability) -> Raw {
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
    pub fn check(&self, flows: usize) {
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
