//! The throwaway PostgreSQL server `scripts/with-postgres` starts, as the
//! integration suite and the benchmarks use it: a new database of their
//! own on it for each use. Shared by `tests/it` and `benches/` by path.

/// The server, by the URL of its maintenance database, when
/// `DOCFLOW_TEST_POSTGRES` names one.
pub fn postgres_server() -> Option<String> {
    std::env::var("DOCFLOW_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
}

/// Creates database `name` on `server` and returns its URL: the server's
/// URL with the database's name in place of the maintenance database's.
pub fn new_database(server: &str, name: &str) -> String {
    postgres::Client::connect(server, postgres::NoTls)
        .unwrap_or_else(|e| panic!("DOCFLOW_TEST_POSTGRES={server}: {e}"))
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create a database");
    let (path, query) = server.split_once('?').unwrap_or((server, ""));
    let (base, _maintenance) = path.rsplit_once('/').expect("a database in the URL");
    match query {
        "" => format!("{base}/{name}"),
        query => format!("{base}/{name}?{query}"),
    }
}
