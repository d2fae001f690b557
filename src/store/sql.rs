//! The store's one way to speak SQL: a transaction ([`Tx`]), parameters
//! ([`Param`], the [`params!`](crate::store::params) macro) and result rows
//! ([`Row`]) that name no database client. Every query and write of the
//! domain, the journal and the credentials goes through them, so those
//! modules are written once, above the backend; this module,
//! `mod.rs`/`schema.rs` and the `Error` variants are the only places that
//! know the clients (SQLite through rusqlite, PostgreSQL through postgres).
//!
//! SQL text uses numbered placeholders (`?1`) and the `now!()` expression;
//! statements are prepared once per connection and cached.

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::types::{ToSqlOutput, ValueRef};

use crate::error::{Error, Result};

/// A connection inside a transaction: a read snapshot, a write
/// transaction, or a savepoint of a batch.
pub enum Tx<'c> {
    Sqlite(&'c rusqlite::Connection),
    Postgres(&'c PgConn),
}

/// A PostgreSQL connection with the statements it prepared, by SQL text
/// (the client keeps none itself).
pub struct PgConn {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
}

impl PgConn {
    pub fn new(client: postgres::Client) -> PgConn {
        PgConn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
        }
    }

    /// Runs statements without parameters (transaction control, schema).
    pub fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// Rolls back whatever transaction is open, saying nothing when it
    /// cannot: for a transaction a panic left open, where the client may
    /// still be borrowed by the statement that panicked.
    pub fn rollback_quietly(&self) {
        if let Ok(mut client) = self.client.try_borrow_mut() {
            let _ = client.batch_execute("ROLLBACK");
        }
    }

    fn prepare(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.borrow_mut().prepare(&postgres_sql(sql))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    fn query(&self, sql: &str, params: &[Param<'_>]) -> Result<Vec<postgres::Row>> {
        let statement = self.prepare(sql)?;
        let params: Vec<&(dyn postgres::types::ToSql + Sync)> = params
            .iter()
            .map(|p| p as &(dyn postgres::types::ToSql + Sync))
            .collect();
        Ok(self.client.borrow_mut().query(&statement, &params)?)
    }

    fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<usize> {
        let statement = self.prepare(sql)?;
        let params: Vec<&(dyn postgres::types::ToSql + Sync)> = params
            .iter()
            .map(|p| p as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let changed = self.client.borrow_mut().execute(&statement, &params)?;
        Ok(usize::try_from(changed).unwrap_or(usize::MAX))
    }
}

/// The store's SQL in PostgreSQL's dialect: `$N` placeholders, and the
/// current time from `clock_timestamp()` in the stored format.
pub fn postgres_sql(sql: &str) -> String {
    const PG_NOW: &str =
        "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    let sql = sql
        .replace(
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || ?4 || ' hours')",
            "to_char((clock_timestamp() + make_interval(hours => ?4::int)) AT TIME ZONE 'UTC', \
             'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
        )
        .replace(now!(), PG_NOW);
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
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

impl postgres::types::ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>>
    {
        match self {
            Param::Null => Ok(postgres::types::IsNull::Yes),
            Param::Int(n) if *ty == postgres::types::Type::INT4 => {
                i32::try_from(*n)?.to_sql(ty, out)
            }
            Param::Int(n) => n.to_sql(ty, out),
            Param::Text(text) => text.to_sql(ty, out),
        }
    }

    /// Every column type: the value is encoded as the column needs it.
    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
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

/// A stored value of any column, for copying whole tables.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
}

impl Cell {
    pub fn param(&self) -> Param<'_> {
        match self {
            Cell::Null => Param::Null,
            Cell::Int(n) => Param::Int(*n),
            Cell::Text(text) => Param::Text(text),
        }
    }
}

/// One result row; columns are read by index, as the SQL selects them.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    pub fn text(&self, index: usize) -> Result<String> {
        Ok(match self {
            Row::Sqlite(row) => row.get(index)?,
            Row::Postgres(row) => row.try_get(index)?,
        })
    }

    pub fn opt_text(&self, index: usize) -> Result<Option<String>> {
        Ok(match self {
            Row::Sqlite(row) => row.get(index)?,
            Row::Postgres(row) => row.try_get(index)?,
        })
    }

    pub fn int(&self, index: usize) -> Result<i64> {
        Ok(match self {
            Row::Sqlite(row) => row.get(index)?,
            // BIGINT columns, or an INTEGER expression.
            Row::Postgres(row) => match row.try_get::<_, i64>(index) {
                Ok(n) => n,
                Err(_) => i64::from(row.try_get::<_, i32>(index)?),
            },
        })
    }

    /// A 0/1 column, or a comparison's (or `EXISTS`') result, as a boolean.
    pub fn boolean(&self, index: usize) -> Result<bool> {
        Ok(match self {
            Row::Sqlite(row) => row.get::<_, i64>(index)? != 0,
            Row::Postgres(row) => match row.try_get::<_, bool>(index) {
                Ok(b) => b,
                Err(_) => self.int(index)? != 0,
            },
        })
    }
}

impl<'c> Tx<'c> {
    /// Runs a statement that changes the store; returns how many rows changed.
    pub fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<usize> {
        match self {
            Tx::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(sql)?;
                Ok(statement.execute(rusqlite::params_from_iter(params))?)
            }
            Tx::Postgres(pg) => pg.execute(sql, params),
        }
    }

    /// Runs a query and builds one value per result row.
    pub fn query_rows<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        mut build: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        match self {
            Tx::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(sql)?;
                let mut rows = statement.query(rusqlite::params_from_iter(params))?;
                let mut built = Vec::new();
                while let Some(row) = rows.next()? {
                    built.push(build(&Row::Sqlite(row))?);
                }
                Ok(built)
            }
            Tx::Postgres(pg) => pg
                .query(sql, params)?
                .iter()
                .map(|row| build(&Row::Postgres(row)))
                .collect(),
        }
    }

    /// Runs a query that returns at most one row.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        build: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        match self {
            Tx::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(sql)?;
                let mut rows = statement.query(rusqlite::params_from_iter(params))?;
                match rows.next()? {
                    Some(row) => Ok(Some(build(&Row::Sqlite(row))?)),
                    None => Ok(None),
                }
            }
            Tx::Postgres(pg) => match pg.query(sql, params)?.first() {
                Some(row) => Ok(Some(build(&Row::Postgres(row))?)),
                None => Ok(None),
            },
        }
    }

    /// A whole table: its column names and every row, in the order of
    /// its first column.
    pub fn table(&self, table: &str) -> Result<(Vec<String>, Vec<Vec<Cell>>)> {
        let sql = format!("SELECT * FROM {table} ORDER BY 1");
        match self {
            Tx::Sqlite(conn) => {
                let mut statement = conn.prepare(&sql)?;
                let columns: Vec<String> = statement
                    .column_names()
                    .iter()
                    .map(|c| (*c).to_owned())
                    .collect();
                let width = columns.len();
                let mut rows = statement.query([])?;
                let mut cells = Vec::new();
                while let Some(row) = rows.next()? {
                    let mut values = Vec::with_capacity(width);
                    for i in 0..width {
                        values.push(match row.get_ref(i)? {
                            ValueRef::Null => Cell::Null,
                            ValueRef::Integer(n) => Cell::Int(n),
                            ValueRef::Text(text) => {
                                Cell::Text(String::from_utf8_lossy(text).into_owned())
                            }
                            other => {
                                let kind = other.data_type();
                                return Err(Error::StoredValue(format!("{table}: a {kind} value")));
                            }
                        });
                    }
                    cells.push(values);
                }
                Ok((columns, cells))
            }
            Tx::Postgres(pg) => {
                let rows = pg.client.borrow_mut().query(sql.as_str(), &[])?;
                let columns = match rows.first() {
                    Some(row) => row.columns().iter().map(|c| c.name().to_owned()).collect(),
                    None => Vec::new(),
                };
                let mut cells = Vec::with_capacity(rows.len());
                for row in &rows {
                    let mut values = Vec::with_capacity(columns.len());
                    for (i, column) in row.columns().iter().enumerate() {
                        use postgres::types::Type;
                        let ty = column.type_();
                        values.push(if *ty == Type::INT8 {
                            row.try_get::<_, Option<i64>>(i)?
                                .map_or(Cell::Null, Cell::Int)
                        } else if *ty == Type::INT4 {
                            row.try_get::<_, Option<i32>>(i)?
                                .map_or(Cell::Null, |n| Cell::Int(i64::from(n)))
                        } else {
                            row.try_get::<_, Option<String>>(i)?
                                .map_or(Cell::Null, Cell::Text)
                        });
                    }
                    cells.push(values);
                }
                Ok((columns, cells))
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_sql_numbers_placeholders_and_tells_the_time_its_way() {
        assert_eq!(
            postgres_sql("SELECT a FROM t WHERE b = ?1 AND c = ?12 AND d = '?'"),
            "SELECT a FROM t WHERE b = $1 AND c = $12 AND d = '?'"
        );
        let stamped = postgres_sql(concat!("UPDATE t SET at = ", now!()));
        assert!(stamped.contains("clock_timestamp()"), "{stamped}");
        assert!(!stamped.contains("strftime"), "{stamped}");
    }
}
