//! The store: one SQLite file holding the domain (partner, resellers,
//! customers, subscriptions, agents) and the run journal.
//!
//! Invariants the schema itself enforces (triggers and constraints, so no
//! caller can bypass them):
//! - a new subscription's designated support contact is the indirect provider;
//! - a designated support contact is always the indirect provider or a
//!   reseller with an established relationship and delegated admin privileges;
//! - run events are append-only.
//!
//! Every write goes through [`Store::write`]: one `BEGIN IMMEDIATE`
//! transaction, retried a bounded number of times when another process holds
//! the write lock. Inside a batch ([`Store::begin_batch`]), each write is a
//! savepoint of the batch's one transaction instead: the server commits the
//! answers that arrive together at once (group commit), and a write that
//! fails still undoes only itself.

/// The SQL expression for the current time as stored: RFC 3339 UTC with
/// milliseconds. A macro rather than a constant so statements can embed it
/// with `concat!` and stay `&'static str`: no `format!` on every write, and
/// `prepare_cached` finds the same text each time. Defined before the
/// submodules because a `macro_rules!` is visible only below its definition.
macro_rules! now {
    () => {
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    };
}

/// A statement's parameters: `params![a, b]` is `&[Param::from(a), …]`.
macro_rules! params {
    () => {
        &[] as &[$crate::store::sql::Param<'_>]
    };
    ($($value:expr),+ $(,)?) => {
        &[$($crate::store::sql::Param::from($value)),+] as &[$crate::store::sql::Param<'_>]
    };
}

pub mod demo;
pub mod domain;
pub mod identity;
pub mod journal;
pub mod ops;
mod schema;
pub mod sql;
pub mod support;

use std::path::{Path, PathBuf};
use std::thread;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

pub use sql::Tx;

use crate::error::{Error, Result};

/// `PRAGMA application_id` of docflow databases ("dflw").
pub const APPLICATION_ID: i64 = 0x6466_6C77;

const BUSY_RETRIES: u32 = 5;
const STATEMENT_CACHE: usize = 128;

/// How much a commit survives. Both modes use SQLite's write-ahead log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Durability {
    /// `synchronous=NORMAL`: a commit survives a crash of the process; the
    /// last commits may be lost if the machine loses power.
    #[default]
    Normal,
    /// `synchronous=FULL`: every commit is on disk before it returns, and
    /// survives power loss. Each commit waits for the disk.
    Full,
}

impl Durability {
    fn synchronous(self) -> &'static str {
        match self {
            Durability::Normal => "NORMAL",
            Durability::Full => "FULL",
        }
    }
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Whether a batch's transaction is open on `conn`.
    in_batch: bool,
}

impl Store {
    /// Opens an existing docflow database, migrating it if it is older.
    pub fn open(path: &Path, durability: Durability) -> Result<Store> {
        if !path.exists() {
            return Err(Error::NoDatabase(path.to_owned()));
        }
        Self::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE, durability)
    }

    /// Opens the database, creating an empty one first when it is absent.
    pub fn create_or_open(path: &Path, durability: Durability) -> Result<Store> {
        Self::connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            durability,
        )
    }

    fn connect(path: &Path, flags: OpenFlags, durability: Durability) -> Result<Store> {
        let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // Every statement docflow runs fits: rusqlite's default of 16 is
        // fewer than a step of a run uses, and a statement pushed out of
        // the cache is compiled again on its next use.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // Everything up to the migration only reads, so a file that turns
        // out not to be ours, or to be newer, is left byte for byte as it was.
        schema::check_ownership(&conn, path)?;
        schema::migrate(&mut conn, path)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| classify(path, e))?;
        conn.pragma_update(None, "synchronous", durability.synchronous())?;
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store {
            conn,
            path: path.to_owned(),
            in_batch: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one write transaction, committed only if `f` succeeds.
    /// In a batch, `f` runs in a savepoint: undone alone if it fails, and
    /// committed with the batch.
    pub fn write<T>(&mut self, mut f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        if self.in_batch {
            let savepoint = self.conn.savepoint()?;
            let value = f(&Tx::new(&savepoint))?;
            savepoint.commit()?;
            return Ok(value);
        }
        retry_busy(|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&Tx::new(&tx))?;
            tx.commit()?;
            Ok(value)
        })
    }

    /// Runs `f` on a consistent snapshot (in a batch: on the batch's own
    /// writes so far).
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        if self.in_batch {
            return f(&Tx::new(&self.conn));
        }
        let tx = self.conn.transaction()?;
        f(&Tx::new(&tx))
    }

    /// Opens one write transaction that the writes until
    /// [`Store::commit_batch`] share, so they reach the disk together.
    pub fn begin_batch(&mut self) -> Result<()> {
        if self.in_batch {
            return Err(crate::error::Bug::Contract("a batch inside a batch").into());
        }
        let conn = &self.conn;
        if !conn.is_autocommit() {
            // A batch whose COMMIT and ROLLBACK both failed left its
            // transaction open: end it, or no batch could begin again.
            conn.execute_batch("ROLLBACK")?;
        }
        retry_busy(|| Ok(conn.execute_batch("BEGIN IMMEDIATE")?))?;
        self.in_batch = true;
        Ok(())
    }

    /// Commits the batch's writes; if that fails, none of them happened.
    pub fn commit_batch(&mut self) -> Result<()> {
        self.in_batch = false;
        if let Err(error) = self.conn.execute_batch("COMMIT") {
            // A failed COMMIT may leave the transaction open.
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(error.into());
        }
        Ok(())
    }
}

/// Runs `attempt` again, a bounded number of times, while another
/// connection holds the write lock: SQLite's busy timeout alone lets a few
/// `SQLITE_BUSY` through under sustained contention.
fn retry_busy<T>(mut attempt: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        match attempt() {
            Err(Error::Sqlite(ref e)) if is_busy(e) && tries < BUSY_RETRIES => {
                tries += 1;
                thread::sleep(Duration::from_millis(20 << tries));
            }
            other => return other,
        }
    }
}

fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

/// A file SQLite cannot read as a database is not ours either.
fn classify(path: &Path, error: rusqlite::Error) -> Error {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADocflowDatabase(path.to_owned()),
        Some(ErrorCode::CannotOpen) => Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::NotFound, error.to_string()),
        ),
        _ => Error::Sqlite(error),
    }
}

/// The current time as stored, for statements built with `format!`.
pub(crate) const NOW: &str = now!();

#[cfg(test)]
mod tests {
    use super::*;

    fn synchronous(durability: Durability) -> i64 {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create_or_open(&dir.path().join("d.db"), durability).unwrap();
        store
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap()
    }

    /// SQLite's numbers: NORMAL is 1, FULL is 2; both in WAL mode.
    #[test]
    fn durability_sets_how_commits_reach_the_disk() {
        assert_eq!(synchronous(Durability::Normal), 1);
        assert_eq!(synchronous(Durability::Full), 2);
    }
}
