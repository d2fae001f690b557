//! The store's one way to speak SQL: a transaction ([`Tx`]), parameters
//! ([`Param`], the [`params!`](crate::store::params) macro) and result rows
//! ([`Row`]) that name no database client. Every query and write of the
//! domain, the journal and the credentials goes through them, so those
//! modules are written once, above the backend; this module,
//! `mod.rs`/`schema.rs` and `Error::Sqlite` are the only places that know
//! the client (today SQLite, through rusqlite).
//!
//! SQL text uses numbered placeholders (`?1`) and the `now!()` expression;
//! statements are prepared once per connection and cached.

use rusqlite::types::{ToSqlOutput, ValueRef};

use crate::error::{Error, Result};

/// A connection inside a transaction: a read snapshot, a write
/// transaction, or a savepoint of a batch.
pub struct Tx<'c> {
    conn: &'c rusqlite::Connection,
}

/// A value bound to a placeholder.
#[derive(Clone, Copy, Debug)]
pub enum Param<'a> {
    Null,
    Int(i64),
    Text(&'a str),
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(text: &'a str) -> Self {
        Param::Text(text)
    }
}

impl<'a> From<&'a String> for Param<'a> {
    fn from(text: &'a String) -> Self {
        Param::Text(text)
    }
}

impl<'a> From<&&'a str> for Param<'a> {
    fn from(text: &&'a str) -> Self {
        Param::Text(text)
    }
}

impl From<&bool> for Param<'_> {
    fn from(b: &bool) -> Self {
        Param::from(*b)
    }
}

impl From<&i64> for Param<'_> {
    fn from(n: &i64) -> Self {
        Param::Int(*n)
    }
}

impl From<i64> for Param<'_> {
    fn from(n: i64) -> Self {
        Param::Int(n)
    }
}

impl From<u32> for Param<'_> {
    fn from(n: u32) -> Self {
        Param::Int(i64::from(n))
    }
}

impl From<bool> for Param<'_> {
    fn from(b: bool) -> Self {
        Param::Int(i64::from(b))
    }
}

impl<'a, T: Into<Param<'a>>> From<Option<T>> for Param<'a> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Param::Null, Into::into)
    }
}

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Param::Null => ValueRef::Null,
            Param::Int(n) => ValueRef::Integer(*n),
            Param::Text(text) => ValueRef::Text(text.as_bytes()),
        }))
    }
}

/// One result row; columns are read by index, as the SQL selects them.
pub struct Row<'r> {
    row: &'r rusqlite::Row<'r>,
}

impl Row<'_> {
    pub fn text(&self, index: usize) -> Result<String> {
        Ok(self.row.get(index)?)
    }

    pub fn opt_text(&self, index: usize) -> Result<Option<String>> {
        Ok(self.row.get(index)?)
    }

    pub fn int(&self, index: usize) -> Result<i64> {
        Ok(self.row.get(index)?)
    }

    /// A 0/1 column (or a comparison's result) as a boolean.
    pub fn boolean(&self, index: usize) -> Result<bool> {
        Ok(self.row.get::<_, i64>(index)? != 0)
    }
}

impl<'c> Tx<'c> {
    pub(super) fn new(conn: &'c rusqlite::Connection) -> Tx<'c> {
        Tx { conn }
    }

    /// Runs a statement that changes the store; returns how many rows changed.
    pub fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<usize> {
        let mut statement = self.conn.prepare_cached(sql)?;
        Ok(statement.execute(rusqlite::params_from_iter(params))?)
    }

    /// Runs a query and builds one value per result row.
    pub fn query_rows<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        mut build: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut statement = self.conn.prepare_cached(sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut built = Vec::new();
        while let Some(row) = rows.next()? {
            built.push(build(&Row { row })?);
        }
        Ok(built)
    }

    /// Runs a query that returns at most one row.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        build: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        let mut statement = self.conn.prepare_cached(sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        match rows.next()? {
            Some(row) => Ok(Some(build(&Row { row })?)),
            None => Ok(None),
        }
    }

    /// Runs a query that always returns exactly one row (an aggregate, or
    /// `INSERT … RETURNING`).
    pub fn query_one<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        build: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, params, build)?
            .ok_or_else(|| Error::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }
}
