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

pub mod copy;
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

use sql::PgConn;
pub use sql::Tx;

use crate::error::{Error, Result};

/// `PRAGMA application_id` of docflow databases ("dflw").
pub const APPLICATION_ID: i64 = 0x6466_6C77;

const BUSY_RETRIES: u32 = 8;
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
    conn: Conn,
    /// The file, or the PostgreSQL URL without its password: for messages.
    path: PathBuf,
    /// Whether a batch's transaction is open on `conn`.
    in_batch: bool,
}

/// The one connection a store holds: an embedded SQLite file, or a
/// PostgreSQL server shared by a team.
enum Conn {
    Sqlite(Connection),
    /// Boxed: a client with its statement cache is several times the size
    /// of a SQLite handle.
    Postgres(Box<PgConn>),
}

/// Whether `--db` names a PostgreSQL server rather than a file.
pub fn is_postgres(db: &Path) -> bool {
    db.to_str()
        .is_some_and(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"))
}

impl Store {
    /// Opens an existing docflow database, migrating it if it is older.
    pub fn open(path: &Path, durability: Durability) -> Result<Store> {
        if is_postgres(path) {
            return Self::connect_postgres(path, durability);
        }
        if !path.exists() {
            return Err(Error::NoDatabase(path.to_owned()));
        }
        Self::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE, durability)
    }

    /// Opens the database, creating an empty one first when it is absent
    /// (a PostgreSQL database must exist; its schema is created).
    pub fn create_or_open(path: &Path, durability: Durability) -> Result<Store> {
        if is_postgres(path) {
            return Self::connect_postgres(path, durability);
        }
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
            conn: Conn::Sqlite(conn),
            path: path.to_owned(),
            in_batch: false,
        })
    }

    fn connect_postgres(url: &Path, durability: Durability) -> Result<Store> {
        let shown = PathBuf::from(without_password(&url.to_string_lossy()));
        let client = postgres::Client::connect(&url.to_string_lossy(), postgres::NoTls)?;
        let pg = PgConn::new(client);
        schema::migrate_postgres(&pg, &shown)?;
        // `normal`: a commit survives docflow's crash, not the server's;
        // `full`: the server has it on disk before docflow goes on.
        pg.batch(match durability {
            Durability::Normal => "SET synchronous_commit = off",
            Durability::Full => "SET synchronous_commit = on",
        })?;
        Ok(Store {
            conn: Conn::Postgres(Box::new(pg)),
            path: shown,
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
        match &mut self.conn {
            Conn::Sqlite(conn) => {
                if self.in_batch {
                    let savepoint = conn.savepoint()?;
                    let value = f(&Tx::Sqlite(&savepoint))?;
                    savepoint.commit()?;
                    return Ok(value);
                }
                retry_busy(|| {
                    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                    let value = f(&Tx::Sqlite(&tx))?;
                    tx.commit()?;
                    Ok(value)
                })
            }
            Conn::Postgres(pg) => {
                if self.in_batch {
                    pg.batch("SAVEPOINT docflow_write")?;
                    return match f(&Tx::Postgres(pg)) {
                        Ok(value) => {
                            pg.batch("RELEASE SAVEPOINT docflow_write")?;
                            Ok(value)
                        }
                        Err(error) => {
                            pg.batch("ROLLBACK TO SAVEPOINT docflow_write")?;
                            Err(error)
                        }
                    };
                }
                retry_busy(|| {
                    pg.batch("BEGIN ISOLATION LEVEL SERIALIZABLE")?;
                    let open = Open::new(pg);
                    let value = f(&Tx::Postgres(pg))?;
                    pg.batch("COMMIT")?;
                    open.finished();
                    Ok(value)
                })
            }
        }
    }

    /// Runs `f` on a consistent snapshot (in a batch: on the batch's own
    /// writes so far).
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match &mut self.conn {
            Conn::Sqlite(conn) => {
                if self.in_batch {
                    return f(&Tx::Sqlite(conn));
                }
                let tx = conn.transaction()?;
                f(&Tx::Sqlite(&tx))
            }
            Conn::Postgres(pg) => {
                if self.in_batch {
                    return f(&Tx::Postgres(pg));
                }
                pg.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
                let open = Open::new(pg);
                let value = f(&Tx::Postgres(pg));
                pg.batch("COMMIT")?;
                open.finished();
                value
            }
        }
    }

    /// Runs `f`, a read whose statements need not agree with each other to
    /// the moment (one statement, or facts that do not change together):
    /// each statement sees the database as it is when it runs, so on
    /// PostgreSQL no transaction is wrapped around them, which saves two
    /// round trips to the server. Reads that must agree use
    /// [`Store::read`].
    pub fn query<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match &mut self.conn {
            Conn::Postgres(pg) => f(&Tx::Postgres(pg)),
            Conn::Sqlite(_) => self.read(f),
        }
    }

    /// Opens one write transaction that the writes until
    /// [`Store::commit_batch`] share, so they reach the disk together.
    pub fn begin_batch(&mut self) -> Result<()> {
        if self.in_batch {
            return Err(crate::error::Bug::Contract("a batch inside a batch").into());
        }
        match &self.conn {
            Conn::Sqlite(conn) => {
                if !conn.is_autocommit() {
                    // A batch whose COMMIT and ROLLBACK both failed left its
                    // transaction open: end it, or no batch could begin again.
                    conn.execute_batch("ROLLBACK")?;
                }
                retry_busy(|| Ok(conn.execute_batch("BEGIN IMMEDIATE")?))?;
            }
            // PostgreSQL groups concurrent commits itself; a batch of
            // serializable writes would instead fail all together when one
            // of them loses to another server. Each write stays its own
            // transaction, retried alone.
            Conn::Postgres(_) => return Ok(()),
        }
        self.in_batch = true;
        Ok(())
    }

    /// Commits the batch's writes; if that fails, none of them happened.
    pub fn commit_batch(&mut self) -> Result<()> {
        if !self.in_batch {
            // PostgreSQL: the writes were committed one by one.
            return Ok(());
        }
        self.in_batch = false;
        match &self.conn {
            Conn::Sqlite(conn) => {
                if let Err(error) = conn.execute_batch("COMMIT") {
                    // A failed COMMIT may leave the transaction open.
                    let _ = conn.execute_batch("ROLLBACK");
                    return Err(error.into());
                }
            }
            Conn::Postgres(pg) => {
                if let Err(error) = pg.batch("COMMIT") {
                    let _ = pg.batch("ROLLBACK");
                    return Err(error);
                }
            }
        }
        Ok(())
    }
}

/// A PostgreSQL URL as it may be shown: without its password.
/// A PostgreSQL transaction in progress, rolled back when dropped before
/// it finished: after an error, and after a panic (a bug) unwinding through
/// it, so that nothing of it is left open on the server for the next
/// write's COMMIT to take along. (rusqlite's transactions do the same.)
struct Open<'a> {
    pg: &'a PgConn,
    finished: bool,
}

impl<'a> Open<'a> {
    fn new(pg: &'a PgConn) -> Open<'a> {
        Open {
            pg,
            finished: false,
        }
    }

    /// Committed: nothing to roll back.
    fn finished(mut self) {
        self.finished = true;
    }
}

impl Drop for Open<'_> {
    fn drop(&mut self) {
        if !self.finished {
            // After a failed COMMIT there is nothing to roll back, and
            // that is no new error.
            self.pg.rollback_quietly();
        }
    }
}

fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    match rest[..authority_end].rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split_once(':').map_or(userinfo, |(user, _)| user);
            format!("{scheme}://{user}@{host}{}", &rest[authority_end..])
        }
        None => url.to_owned(),
    }
}

/// Runs `attempt` again, a bounded number of times, while another
/// connection holds the write lock: SQLite's busy timeout alone lets a few
/// `SQLITE_BUSY` through under sustained contention.
///
/// On PostgreSQL the same holds for a serializable transaction that lost
/// to another (or a deadlock): the whole write is made again.
fn retry_busy<T>(mut attempt: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        match attempt() {
            Err(ref error) if is_retryable(error) && tries < BUSY_RETRIES => {
                tries += 1;
                // Backing off up to 320 ms: the transaction in the way is
                // short, and a person is waiting.
                thread::sleep(Duration::from_millis(20 << tries.min(4)));
            }
            other => return other,
        }
    }
}

fn is_retryable(error: &Error) -> bool {
    use postgres::error::SqlState;
    match error {
        Error::Sqlite(e) => is_busy(e),
        Error::Postgres(e) => matches!(
            e.code(),
            Some(&SqlState::T_R_SERIALIZATION_FAILURE | &SqlState::T_R_DEADLOCK_DETECTED)
        ),
        _ => false,
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
        let Conn::Sqlite(conn) = &store.conn else {
            panic!("a file is SQLite")
        };
        conn.pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_postgresql_url_is_shown_without_its_password() {
        assert_eq!(
            without_password("postgres://team:s3cret@db.example:5432/docflow?sslmode=require"),
            "postgres://team@db.example:5432/docflow?sslmode=require"
        );
        assert_eq!(
            without_password("postgres://team@db/docflow"),
            "postgres://team@db/docflow"
        );
        assert!(is_postgres(Path::new("postgresql://db/docflow")));
        assert!(!is_postgres(Path::new("docflow.db")));
    }

    /// SQLite's numbers: NORMAL is 1, FULL is 2; both in WAL mode.
    #[test]
    fn durability_sets_how_commits_reach_the_disk() {
        assert_eq!(synchronous(Durability::Normal), 1);
        assert_eq!(synchronous(Durability::Full), 2);
    }
}
