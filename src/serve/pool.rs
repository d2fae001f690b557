//! Worker threads that own what is not shared between threads: a SQLite
//! connection, the locale catalog (parsed Fluent resources), the
//! definitions (compiled guards) and the page templates. Handlers send them
//! jobs and await the answer.
//!
//! The writer takes every job that is waiting when it starts a round and
//! runs them in one transaction, each in a savepoint of its own, then
//! commits once: answers that arrive together reach the disk together,
//! which is what lets `--durability full` serve many agents. A job's answer
//! is sent only after the commit, so nobody is told of a step that a failed
//! commit undid.
//!
//! On PostgreSQL the store commits each write on its own, retried when it
//! loses to another writer (see `Store::begin_batch`), so one writer thread
//! would leave every client waiting for each other's commit in turn;
//! instead several writer threads share the queue, each with its own
//! connection, and the server overlaps their commits.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;

use minijinja::Environment;
use tokio::sync::oneshot;
use unic_langid::LanguageIdentifier;

use super::Failure;
use super::pages;
use crate::assets::Source;
use crate::error::{Error, Result};
use crate::l10n::{Catalog, Localizer};
use crate::session::{Session, StoredDefinitions};
use crate::store::{Durability, Store};
use crate::workflow::{self, Definitions};

/// The most jobs one group commit takes: a bound on how long the first
/// of them waits for the last.
const BATCH_LIMIT: usize = 64;

/// How a worker opens what it owns.
#[derive(Clone)]
pub struct Opener {
    pub db: PathBuf,
    pub durability: Durability,
    pub locales: Option<PathBuf>,
    pub workflows: Option<PathBuf>,
}

pub struct Worker {
    pub store: Store,
    pub catalog: Catalog,
    pub definitions: Definitions<'static>,
    pub templates: Environment<'static>,
    /// One localizer per language, made on first use.
    localizers: HashMap<LanguageIdentifier, Localizer>,
    /// Every available language with its name in itself.
    languages: Vec<pages::Language>,
    /// Definitions runs stored, parsed once per worker.
    pub stored: StoredDefinitions,
}

/// What a job borrows of its worker at once.
pub struct Parts<'w> {
    pub store: &'w mut Store,
    pub l10n: &'w Localizer,
    pub definitions: &'w Definitions<'static>,
    pub templates: &'w Environment<'static>,
    stored: &'w StoredDefinitions,
}

impl Parts<'_> {
    /// A session over the worker's store, in this language, for `agent`,
    /// keeping the definitions it reads back for the worker's next jobs.
    pub fn session(&mut self, agent: &str) -> Session<'_> {
        Session::new(self.store, self.l10n, self.definitions)
            .with_stored(self.stored)
            .acting_as(agent)
    }
}

impl Worker {
    fn open(opener: &Opener) -> Result<Worker> {
        let catalog = Catalog::new(Source::locales(opener.locales.clone()))?;
        let source = Source::workflows(opener.workflows.clone());
        let definitions = workflow::load_all(&source, &catalog.fallback_ids()?)?;
        let languages = catalog
            .available()
            .iter()
            .map(|locale| {
                Ok(pages::Language {
                    tag: locale.to_string(),
                    name: catalog.localizer(locale)?.text("locale-name"),
                })
            })
            .collect::<Result<_>>()?;
        Ok(Worker {
            stored: StoredDefinitions::default(),
            languages,
            store: Store::open(&opener.db, opener.durability)?,
            catalog,
            definitions: Definitions::from(definitions),
            templates: pages::templates()?,
            localizers: HashMap::new(),
        })
    }

    /// The languages a page offers, as the switcher lists them.
    pub fn languages(&self) -> Vec<pages::Language> {
        self.languages.clone()
    }

    /// The worker's parts, with the localizer for `locale` (negotiated).
    pub fn parts(&mut self, locale: &LanguageIdentifier) -> Result<Parts<'_>> {
        if !self.localizers.contains_key(locale) {
            let l10n = self.catalog.localizer(locale)?;
            self.localizers.insert(locale.clone(), l10n);
        }
        let Worker {
            store,
            definitions,
            templates,
            localizers,
            stored,
            ..
        } = self;
        let Some(l10n) = localizers.get(locale) else {
            return Err(crate::error::Bug::Contract("a localizer just made is gone").into());
        };
        // A message missing in a locale is the translators' to fix: say so
        // in the server's log, once per message.
        for problem in l10n.take_problems() {
            eprintln!("docflow serve: {}", l10n.format(&problem));
        }
        Ok(Parts {
            store,
            l10n,
            definitions,
            templates,
            stored,
        })
    }
}

/// A job for a worker; it returns what to do once its writes are committed
/// (or were not).
type Job = Box<dyn FnOnce(&mut Worker) -> Deliver + Send>;
type Deliver = Box<dyn FnOnce(Result<(), Failure>) + Send>;

/// Jobs for one kind of worker: the writer, or the readers.
#[derive(Clone)]
pub struct Pool {
    jobs: Sender<Job>,
}

impl Pool {
    /// One thread that writes, committing what arrives together at once.
    pub fn writer(opener: Opener) -> Result<Pool> {
        let (jobs, receiver) = mpsc::channel::<Job>();
        spawn("docflow-writer", opener, move |worker| {
            write_rounds(worker, &receiver)
        })?;
        Ok(Pool { jobs })
    }

    /// `count` threads that write each job in transactions of its own,
    /// taking jobs from one queue: for a database server that commits
    /// concurrent transactions itself (PostgreSQL).
    pub fn concurrent_writers(opener: Opener, count: usize) -> Result<Pool> {
        Pool::shared_queue("docflow-writer", opener, count)
    }

    /// `count` threads that read, taking jobs from one queue.
    pub fn readers(opener: Opener, count: usize) -> Result<Pool> {
        Pool::shared_queue("docflow-reader", opener, count)
    }

    fn shared_queue(name: &str, opener: Opener, count: usize) -> Result<Pool> {
        let (jobs, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..count {
            let receiver = Arc::clone(&receiver);
            spawn(&format!("{name}-{n}"), opener.clone(), move |worker| {
                one_job_at_a_time(worker, &receiver)
            })?;
        }
        Ok(Pool { jobs })
    }

    /// Runs `job` on a worker and waits for its result, which arrives only
    /// once what it wrote is committed.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Worker) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let (sender, receiver) = oneshot::channel();
        let job: Job = Box::new(move |worker| {
            let result = job(worker);
            Box::new(move |committed| {
                // The handler may have gone (the client hung up): then
                // nobody is left to tell.
                let _ = sender.send(committed.and(result));
            })
        });
        self.jobs
            .send(job)
            .map_err(|_| Failure::internal("worker threads have stopped"))?;
        receiver
            .await
            .map_err(|_| Failure::internal("a worker dropped a job"))?
    }
}

/// Starts a worker thread; fails if the worker cannot open what it needs.
fn spawn(name: &str, opener: Opener, work: impl FnOnce(Worker) + Send + 'static) -> Result<()> {
    let (opened, ready) = mpsc::channel::<Result<()>>();
    thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || match Worker::open(&opener) {
            Ok(worker) => {
                let _ = opened.send(Ok(()));
                work(worker);
            }
            Err(error) => {
                let _ = opened.send(Err(error));
            }
        })
        .map_err(|e| Error::io(name, e))?;
    ready
        .recv()
        .map_err(|_| crate::error::Bug::Contract("a worker thread ended before it opened"))?
}

fn write_rounds(mut worker: Worker, receiver: &Receiver<Job>) {
    while let Ok(first) = receiver.recv() {
        let mut jobs = vec![first];
        while jobs.len() < BATCH_LIMIT {
            match receiver.try_recv() {
                Ok(job) => jobs.push(job),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        if let Err(error) = worker.store.begin_batch() {
            // The jobs are dropped unrun: each handler answers that the
            // server failed, and nothing of theirs is written.
            eprintln!("docflow serve: cannot begin a write: {error}");
            continue;
        }
        let delivers: Vec<Deliver> = jobs
            .into_iter()
            .filter_map(|job| run_guarded(&mut worker, job))
            .collect();
        let committed = worker.store.commit_batch().map_err(Failure::from);
        for deliver in delivers {
            deliver(committed.clone());
        }
    }
}

/// Runs a job; a job that panics (a bug) is reported and dropped, so its
/// handler answers 500, and the worker goes on with the next. Its open
/// savepoint or transaction, if any, was rolled back as the panic unwound
/// (rusqlite's guards; `store::Open` on PostgreSQL).
fn run_guarded(worker: &mut Worker, job: Job) -> Option<Deliver> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(worker))) {
        Ok(deliver) => Some(deliver),
        Err(_) => {
            eprintln!(
                "docflow serve: this is a bug: a request's job panicked; it was not answered"
            );
            None
        }
    }
}

/// Runs jobs one after another; whatever a job writes, the store has
/// committed by the time it returns.
fn one_job_at_a_time(mut worker: Worker, receiver: &Mutex<Receiver<Job>>) {
    loop {
        // The lock is held only while waiting for the next job.
        let job = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        if let Some(deliver) = run_guarded(&mut worker, job) {
            deliver(Ok(()));
        }
    }
}
