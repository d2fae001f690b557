//! `docflow serve`: the web pages and the JSON API, over the same session
//! the command line drives.
//!
//! Shape: axum handlers on a small tokio runtime do no database work and
//! format no text themselves. They hand jobs to worker threads that each own
//! a SQLite connection, the locale catalog and the definitions ([`pool`]):
//! one writer, which commits the jobs that arrive together in one
//! transaction (group commit), and a few readers for pages and listings.
//! Who is asking is settled inside the job ([`identity`]), on the
//! worker's connection (for the writer, inside the batch's transaction).
//!
//! Rules every endpoint follows:
//! - every request is authenticated (but the sign-in page and form, the
//!   language choice before sign-in, the style sheet, the script and the
//!   not-found page): an API token (`Authorization: Bearer`),
//!   a sign-in session cookie, or, only when `--auth-proxy-header` is set,
//!   the header a signing-in proxy sets;
//! - a run is seen and answered only by the agent who started it, or by a
//!   Global admin; a workflow is started only by the roles it names;
//! - every form that changes something carries the session's CSRF token;
//! - what a person typed reaches SQL only as a bound parameter, and pages
//!   only through the templates' HTML escaping;
//! - a failure is told in the reader's language with its HTTP status; what
//!   went wrong inside (SQL, a bug's detail) is logged, never sent.

mod api;
mod failure;
mod identity;
pub(crate) mod pages;
mod pool;
mod web;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::http::HeaderName;
use unic_langid::LanguageIdentifier;

use crate::assets::Source;
use crate::docs::render;
use crate::error::{Error, Result};
use crate::l10n::Catalog;
use crate::store::{Durability, Store, demo};
use crate::workflow;

pub use failure::Failure;

/// Writer threads on PostgreSQL, each with its own connection: enough for
/// the server to commit several agents' answers together (measured with
/// `cargo bench --bench serve` under `scripts/with-postgres --fsync`: 4
/// and 16 did less).
const POSTGRES_WRITERS: usize = 8;

/// What `docflow serve` was told.
pub struct Config {
    pub listen: SocketAddr,
    pub db: PathBuf,
    pub durability: Durability,
    pub locales: Option<PathBuf>,
    pub workflows: Option<PathBuf>,
    /// Trust this header to name the signed-in agent (an SSO proxy sets it).
    pub auth_proxy_header: Option<HeaderName>,
    /// Create the database with demo data when it is absent.
    pub demo: bool,
    /// Mark cookies `Secure`: the server sits behind TLS.
    pub secure_cookies: bool,
    /// Threads that read and render pages, beside the one writer.
    pub readers: usize,
}

/// What the handlers share.
#[derive(Clone)]
struct App {
    writer: pool::Pool,
    readers: pool::Pool,
    throttle: Arc<identity::Throttle>,
    proxy_header: Option<HeaderName>,
    /// A per-process secret: CSRF tokens for agents a proxy signed in.
    secret: Arc<str>,
    /// The how-to pages, rendered once: path under `/docs/` → HTML.
    docs: Arc<HashMap<String, String>>,
    /// `error-internal`, formatted at start for failures no worker can tell.
    internal_error_text: Arc<str>,
    secure_cookies: bool,
}

/// The password demo agents get when `serve --demo` creates their
/// database: printed at start, so anyone can try the demo.
pub const DEMO_PASSWORD: &str = "docflow-demo";

/// Serves until interrupted. `ready` is told the address once it listens
/// (the port, when `listen` asked for port 0).
pub fn run(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    prepare_database(&config)?;
    let catalog = Catalog::new(Source::locales(config.locales.clone()))?;
    let definitions = workflow::load_all(
        &Source::workflows(config.workflows.clone()),
        &catalog.fallback_ids()?,
    )?;
    let docs = render::render(
        &definitions,
        &catalog,
        &[],
        render::Format::Html,
        &mut |_| {},
    )?
    .into_iter()
    .map(|page| (page.path.to_string_lossy().replace('\\', "/"), page.text))
    .collect();
    let open = pool::Opener {
        db: config.db.clone(),
        durability: config.durability,
        locales: config.locales.clone(),
        workflows: config.workflows.clone(),
    };
    let internal_error_text = catalog
        .localizer(&crate::l10n::fallback_locale())?
        .text("error-internal")
        .into();
    let app = App {
        writer: if crate::store::is_postgres(&config.db) {
            pool::Pool::concurrent_writers(open.clone(), POSTGRES_WRITERS)?
        } else {
            pool::Pool::writer(open.clone())?
        },
        readers: pool::Pool::readers(open, config.readers.max(1))?,
        throttle: Arc::default(),
        proxy_header: config.auth_proxy_header.clone(),
        secret: crate::auth::new_token().into(),
        docs: Arc::new(docs),
        internal_error_text,
        secure_cookies: config.secure_cookies,
    };
    // One runtime thread for every connection's I/O: handlers only parse,
    // route and wait for workers, and each extra runtime thread costs more
    // in wake-ups between threads than it adds (measured with
    // `cargo bench --bench serve` on 2 cores: 2 threads gave about 550
    // flows/s, 1 thread about 1,000).
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio runtime", e))?;
    runtime.block_on(async move {
        let listen_failed = |source| Error::Listen {
            address: config.listen.to_string(),
            source,
        };
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(listen_failed)?;
        let address = listener.local_addr().map_err(listen_failed)?;
        ready(address);
        axum::serve(listener, router(app))
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|e| Error::io(address.to_string(), e))
    })
}

/// Opens (or, with `--demo`, creates and seeds) the database before
/// anything listens, so a bad file is refused at once.
fn prepare_database(config: &Config) -> Result<()> {
    if !config.demo {
        Store::open(&config.db, config.durability)?;
        return Ok(());
    }
    let mut store = Store::create_or_open(&config.db, config.durability)?;
    // One hash (one salt) for every demo agent: it is the demo's
    // published password, not a secret.
    let hash = crate::auth::hash_password(DEMO_PASSWORD)?;
    store.write(|tx| {
        demo::seed(tx)?;
        demo::give_demo_passwords(tx, &hash)
    })
}

fn router(app: App) -> Router {
    Router::new()
        .merge(web::routes())
        .nest("/api", api::routes())
        .fallback(web::not_found)
        .with_state(app)
}

/// The languages a request's `Accept-Language` asks for, best first.
fn requested_locales(headers: &axum::http::HeaderMap) -> Vec<LanguageIdentifier> {
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(fluent_langneg::accepted_languages::parse)
        .unwrap_or_default()
}

/// The language to answer in: what the request asks for, else the
/// agent's preferred one, negotiated as the command line does.
fn negotiate(
    catalog: &Catalog,
    accept: &[LanguageIdentifier],
    preferred: Option<&str>,
) -> LanguageIdentifier {
    if !accept.is_empty() {
        return catalog.negotiate(accept);
    }
    let preferred: Vec<_> = preferred
        .and_then(crate::l10n::parse_locale)
        .into_iter()
        .collect();
    catalog.negotiate(&preferred)
}

/// The run, if `who` may see it: 404 when there is none, 403 when it is
/// another agent's (see [`identity::Who::may_see`]).
fn visible_run(
    who: &identity::Who,
    parts: &mut pool::Parts<'_>,
    id: i64,
) -> Result<crate::store::journal::RunRecord, Failure> {
    let record = parts
        .store
        .read(|tx| crate::store::journal::load_run(tx, id))?;
    if !who.may_see(&record) {
        return Err(Failure::forbidden_run(id));
    }
    Ok(record)
}

/// Whose runs `who` lists: their own, or everyone's for a Global admin.
fn visible_agent(who: &identity::Who) -> Option<&str> {
    crate::session::runs_listed_for(&who.agent)
}

impl App {
    /// A failure outside any worker (the workers are gone): told with the
    /// texts formatted at start, in English when nothing better is known.
    fn outside_failure(&self, failure: &Failure, json: bool) -> axum::response::Response {
        use axum::response::IntoResponse;
        let text = self.internal_error_text.as_ref();
        if json {
            let body = crate::transcript::Said::failed(None, text.to_owned());
            return (failure.status, axum::Json(body)).into_response();
        }
        (failure.status, text.to_owned()).into_response()
    }
}

async fn shutdown() {
    let interrupted = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminated = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut stream) => {
                stream.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminated = std::future::pending::<()>();
    tokio::select! {
        () = interrupted => {}
        () = terminated => {}
    }
}
