//! Schema and migrations. The schema version is SQLite's `user_version`,
//! managed by rusqlite_migration; `application_id` marks the file as ours.

use std::path::Path;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use super::sql::PgConn;
use super::{APPLICATION_ID, Tx, classify};
use crate::error::{Error, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("schema/001-initial.sql"),
    include_str!("schema/002-support.sql"),
    include_str!("schema/003-identity.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Refuses a file that is not a docflow database (another application's
/// SQLite file, or not SQLite at all) or that a newer docflow wrote.
pub fn check_ownership(conn: &Connection, path: &Path) -> Result<()> {
    let pragma = |name: &str| -> Result<i64> {
        conn.pragma_query_value(None, name, |row| row.get(0))
            .map_err(|e| classify(path, e))
    };
    let application_id = pragma("application_id")?;
    let version = pragma("user_version")?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(|e| classify(path, e))?;
    let empty = tables == 0 && version == 0;
    if application_id != APPLICATION_ID && !(application_id == 0 && empty) {
        return Err(Error::NotADocflowDatabase(path.to_owned()));
    }
    if version > latest_version() {
        return Err(Error::DatabaseTooNew {
            path: path.to_owned(),
            found: version,
            supported: latest_version(),
        });
    }
    Ok(())
}

/// The same migrations for PostgreSQL, one per SQLite migration.
const POSTGRES_MIGRATIONS: &[&str] = &[
    include_str!("schema/pg/001-initial.sql"),
    include_str!("schema/pg/002-support.sql"),
    include_str!("schema/pg/003-identity.sql"),
];

/// Brings a PostgreSQL database to the latest schema, in one transaction.
/// Its `docflow_schema` row plays `application_id` and `user_version`: a
/// database with tables but no such row is not docflow's, and one with a
/// newer version is refused; in both cases nothing is written.
pub fn migrate_postgres(pg: &PgConn, shown: &Path) -> Result<()> {
    pg.batch("BEGIN")?;
    let migrated = migrate_postgres_in(pg, shown);
    match migrated {
        Ok(()) => pg.batch("COMMIT"),
        Err(error) => {
            let _ = pg.batch("ROLLBACK");
            Err(error)
        }
    }
}

fn migrate_postgres_in(pg: &PgConn, shown: &Path) -> Result<()> {
    let tx = Tx::Postgres(pg);
    let has_schema_row = tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_name = 'docflow_schema')",
        params![],
        |r| r.boolean(0),
    )?;
    let version = if has_schema_row {
        tx.query_opt(
            "SELECT version FROM docflow_schema WHERE application = 'docflow'",
            params![],
            |r| r.int(0),
        )?
        .ok_or_else(|| Error::NotADocflowDatabase(shown.to_owned()))?
    } else {
        let tables = tx.query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            params![],
            |r| r.int(0),
        )?;
        if tables > 0 {
            return Err(Error::NotADocflowDatabase(shown.to_owned()));
        }
        pg.batch(
            "CREATE TABLE docflow_schema (
                 application TEXT PRIMARY KEY CHECK (application = 'docflow'),
                 version     BIGINT NOT NULL
             );
             INSERT INTO docflow_schema (application, version) VALUES ('docflow', 0)",
        )?;
        0
    };
    let latest = POSTGRES_MIGRATIONS.len() as i64;
    if version > latest {
        return Err(Error::DatabaseTooNew {
            path: shown.to_owned(),
            found: version,
            supported: latest,
        });
    }
    for migration in &POSTGRES_MIGRATIONS[usize::try_from(version).unwrap_or(0)..] {
        pg.batch(migration)?;
    }
    tx.execute(
        "UPDATE docflow_schema SET version = ?1 WHERE application = 'docflow'",
        params![latest],
    )?;
    Ok(())
}

pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    migrations().to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(path, err),
        other => Error::Migration(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Role;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    /// The role ids of the `agents` table's `CHECK (role IN (...))`.
    fn checked_roles(conn: &Connection) -> Vec<String> {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'agents'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        let open = "role IN (";
        let start = sql.find(open).expect("a CHECK on role") + open.len();
        let list = &sql[start..];
        let list = &list[..list.find(')').expect("the list closes")];
        list.split(',')
            .map(|id| id.trim().trim_matches('\'').to_owned())
            .collect()
    }

    /// The CHECK lives in a committed migration, so it cannot be generated
    /// from `Role`; this keeps the two equal.
    #[test]
    fn the_agents_table_allows_exactly_the_known_roles() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        let known: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(checked_roles(&conn), known);
        let insert = |id: &str, role: &str| {
            conn.execute(
                "INSERT INTO agents (id, name, role, locale) VALUES (?1, ?1, ?2, 'en')",
                [id, role],
            )
        };
        for role in Role::ALL {
            insert(role.as_str(), role.as_str()).unwrap();
        }
        assert!(insert("janitor", "janitor").is_err());
        assert!(insert("admin", "Admin agent").is_err());
    }
}
