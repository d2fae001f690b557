//! `docflow db copy`: moves a team's database from one store to another
//! (from a SQLite file to PostgreSQL, typically), runs and their history
//! included, and checks that every table holds as many rows as it did.

use super::Store;
use super::sql::{Cell, Param};
use crate::error::{Error, Result};

/// Every table, in an order where each row's references exist before it.
/// A subscription arrives with the indirect provider as its contact, as
/// the schema requires of a new one, and gets its contact afterwards.
const TABLES: &[&str] = &[
    "organizations",
    "relationships",
    "support_agreements",
    "customers",
    "subscriptions",
    "agents",
    "workflow_definitions",
    "runs",
    "run_events",
    "competencies",
    "support_contracts",
    "services",
    "incidents",
    "service_requests",
    "baseline_resolutions",
    "agent_passwords",
    "api_tokens",
    "web_sessions",
];

/// Tables whose `id` a database generates; after copying, PostgreSQL's
/// generator must start past the ids copied.
const GENERATED_IDS: &[&str] = &[
    "support_agreements",
    "runs",
    "run_events",
    "service_requests",
    "baseline_resolutions",
    "api_tokens",
];

/// How many rows each table received.
#[derive(Debug)]
pub struct Copied {
    pub tables: usize,
    pub rows: i64,
}

/// Copies every row of `from` into `to`, which must hold no row yet, in
/// one transaction of `to` that commits only if every table then holds as
/// many rows as in `from`: a failure leaves `to` as empty as it was.
pub fn copy(from: &mut Store, to: &mut Store) -> Result<Copied> {
    let counts: Vec<i64> = from.read(|tx| {
        TABLES
            .iter()
            .map(|table| {
                tx.query_one(&format!("SELECT count(*) FROM {table}"), params![], |r| {
                    r.int(0)
                })
            })
            .collect()
    })?;
    let target: i64 = to.read(|tx| {
        TABLES.iter().try_fold(0, |sum, table| {
            Ok(sum
                + tx.query_one(&format!("SELECT count(*) FROM {table}"), params![], |r| {
                    r.int(0)
                })?)
        })
    })?;
    if target > 0 {
        return Err(Error::CopyTargetNotEmpty(to.path().to_owned()));
    }
    let tables: Vec<(Vec<String>, Vec<Vec<Cell>>)> =
        from.read(|tx| TABLES.iter().map(|table| tx.table(table)).collect())?;
    let postgres = super::is_postgres(to.path());
    to.write(|tx| {
        for (table, (columns, rows)) in TABLES.iter().zip(&tables) {
            let placeholders: Vec<String> = (1..=columns.len()).map(|n| format!("?{n}")).collect();
            let insert = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                columns.join(", "),
                placeholders.join(", ")
            );
            let contact = match *table {
                "subscriptions" => columns.iter().position(|c| c == "support_contact"),
                _ => None,
            };
            let provider = match contact {
                Some(_) => tx.query_opt(
                    "SELECT id FROM organizations WHERE kind = 'provider'",
                    params![],
                    |r| r.text(0),
                )?,
                None => None,
            };
            for row in rows {
                let mut params: Vec<Param<'_>> = row.iter().map(Cell::param).collect();
                if let (Some(at), Some(provider)) = (contact, &provider) {
                    params[at] = Param::Text(provider);
                }
                tx.execute(&insert, &params)?;
                if let Some(at) = contact {
                    let id = columns.iter().position(|c| c == "id").unwrap_or(0);
                    tx.execute(
                        "UPDATE subscriptions SET support_contact = ?2 WHERE id = ?1",
                        &[row[id].param(), row[at].param()],
                    )?;
                }
            }
        }
        // Checked before the commit: a copy that differs is not kept.
        for (table, before) in TABLES.iter().zip(&counts) {
            let after = tx.query_one(&format!("SELECT count(*) FROM {table}"), params![], |r| {
                r.int(0)
            })?;
            if after != *before {
                return Err(Error::CopyCountsDiffer {
                    table: (*table).to_owned(),
                    from: *before,
                    to: after,
                });
            }
        }
        if postgres {
            for table in GENERATED_IDS {
                tx.query_one(
                    &format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                                       coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                    ),
                    params![],
                    |r| r.int(0),
                )?;
            }
        }
        Ok(())
    })?;
    Ok(Copied {
        tables: TABLES.len(),
        rows: counts.iter().sum(),
    })
}
