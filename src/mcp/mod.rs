//! `docflow mcp`: the guided procedures as Model Context Protocol tools,
//! over stdio, for AI assistants acting for one agent. A thin layer over the
//! same session the command line and the server drive: the agent's role
//! decides what may be started, runs are seen by the agent who started them
//! (or a Global admin), every answer goes through the session's validation
//! and the run's revision check, and everything is journaled.
//!
//! The protocol runs on a single-threaded tokio runtime; what is not shared
//! between threads (the store's connection, the localizer, the parsed
//! definitions) lives on one desk thread that the tools send jobs to, as the
//! server's workers do. Standard output is the protocol: nothing else may
//! write to it.

mod tools;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;

use tokio::sync::oneshot;
use unic_langid::LanguageIdentifier;

use crate::assets::Source;
use crate::docs::render;
use crate::error::{Bug, Error, Result};
use crate::l10n::{self, Catalog, Localizer};
use crate::session::{self, Session, StoredDefinitions};
use crate::store::domain::Agent;
use crate::store::journal::RunRecord;
use crate::store::{Durability, Store};
use crate::value::Message;
use crate::workflow::{self, Definitions};

/// What `docflow mcp` was given.
pub struct Config {
    pub db: PathBuf,
    pub durability: Durability,
    pub locales: Option<PathBuf>,
    pub workflows: Option<PathBuf>,
    /// The agent the assistant acts for.
    pub agent: String,
    /// `--locale`, in order; empty for the agent's own language.
    pub requested: Vec<LanguageIdentifier>,
}

/// Serves MCP on stdin and stdout until the client closes stdin. Fails
/// before serving when the database, the agent or the definitions cannot
/// be opened.
pub fn run(config: Config) -> Result<()> {
    let (desk, opened, thread) = Desk::spawn(config)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio runtime", e))?;
    let served = runtime.block_on(tools::serve(desk, opened));
    // Reading stdin cannot be cancelled: do not wait for it.
    runtime.shutdown_background();
    // The server, and with it every sender of jobs, is gone: the desk
    // finishes the job it is on, drops its store and ends.
    if thread.join().is_err() {
        return Err(Bug::Contract("the desk thread panicked outside a job").into());
    }
    served
}

/// What the desk thread owns.
pub struct Desk {
    store: Store,
    definitions: Definitions<'static>,
    stored: StoredDefinitions,
    l10n: Localizer,
    agent: Agent,
}

/// What the protocol side learns once the desk is open: texts it serves
/// without asking the desk again.
pub struct Opened {
    /// The how-to pages, Markdown, by resource URI.
    pub pages: BTreeMap<String, Page>,
    /// What the server tells the assistant at the start, in the agent's
    /// language.
    pub instructions: String,
    /// What a tool says when a job panicked (a bug), in the agent's
    /// language.
    pub bug: String,
    pub agent: String,
}

/// A how-to page offered as a resource.
pub struct Page {
    pub title: String,
    pub text: String,
}

/// The prefix of every how-to page's URI: `docflow://howto/<locale>/<workflow>`.
pub const HOWTO: &str = "docflow://howto/";

/// A job for the desk thread.
type Job = Box<dyn FnOnce(&mut Desk) + Send>;

/// Sends jobs to the desk thread.
#[derive(Clone)]
pub struct DeskHandle {
    jobs: mpsc::Sender<Job>,
}

impl DeskHandle {
    /// Runs `job` on the desk and waits for what it returns; an error when
    /// the desk is gone (a job panicked: a bug).
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Desk) -> T + Send + 'static,
    ) -> Result<T> {
        let (sender, receiver) = oneshot::channel();
        let job: Job = Box::new(move |desk| {
            // The tool may have been cancelled: nobody is left to tell.
            let _ = sender.send(job(desk));
        });
        self.jobs
            .send(job)
            .map_err(|_| Bug::Contract("the desk thread has stopped"))?;
        receiver
            .await
            .map_err(|_| Bug::Contract("the desk dropped a job").into())
    }
}

impl Desk {
    /// Opens the desk on a thread of its own; fails as opening failed.
    fn spawn(config: Config) -> Result<(DeskHandle, Opened, thread::JoinHandle<()>)> {
        let (jobs, receiver) = mpsc::channel::<Job>();
        let (opened, ready) = mpsc::channel::<Result<Opened>>();
        let thread = thread::Builder::new()
            .name("docflow-mcp-desk".to_owned())
            .spawn(move || match Desk::open(&config) {
                Ok((mut desk, open)) => {
                    let _ = opened.send(Ok(open));
                    while let Ok(job) = receiver.recv() {
                        desk.run_guarded(job);
                    }
                }
                Err(error) => {
                    let _ = opened.send(Err(error));
                }
            })
            .map_err(|e| Error::io("docflow-mcp-desk", e))?;
        let open = ready
            .recv()
            .map_err(|_| Bug::Contract("the desk thread ended before it opened"))??;
        Ok((DeskHandle { jobs }, open, thread))
    }

    /// Runs a job; one that panics (a bug) is dropped, its transaction
    /// rolled back as the panic unwound, and the desk goes on with the next
    /// (the tool answers that it is a bug).
    fn run_guarded(&mut self, job: Job) {
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(self)));
        if ran.is_err() {
            eprintln!("docflow mcp: this is a bug: a tool's job panicked; it was not answered");
        }
    }

    fn open(config: &Config) -> Result<(Desk, Opened)> {
        let catalog = Catalog::new(Source::locales(config.locales.clone()))?;
        let definitions = workflow::load_all(
            &Source::workflows(config.workflows.clone()),
            &catalog.fallback_ids()?,
        )?;
        let mut store = Store::open(&config.db, config.durability)?;
        let agent = session::agent(&mut store, &config.agent)?;
        let requested = if config.requested.is_empty() {
            l10n::parse_locale(&agent.locale).into_iter().collect()
        } else {
            config.requested.clone()
        };
        let l10n = catalog.localizer(&catalog.negotiate(&requested))?;
        let pages = howto_pages(&definitions, &catalog)?;
        let instructions = l10n.format(
            &Message::new("mcp-instructions")
                .arg("agent", agent.name.as_str())
                .arg("role", l10n.text(agent.role.message_id())),
        );
        let opened = Opened {
            pages,
            instructions,
            bug: l10n.format(&Message::new("mcp-bug")),
            agent: agent.id.clone(),
        };
        let desk = Desk {
            store,
            definitions: Definitions::from(definitions),
            stored: StoredDefinitions::default(),
            l10n,
            agent,
        };
        Ok((desk, opened))
    }

    /// A session acting for the desk's agent.
    fn session(&mut self) -> Session<'_> {
        Session::new(&mut self.store, &self.l10n, &self.definitions)
            .with_stored(&self.stored)
            .acting_as(&self.agent.id)
    }

    /// Run `id`, when the agent may see it.
    fn visible_run(&mut self, id: i64) -> Result<RunRecord> {
        let record = self
            .store
            .read(|tx| crate::store::journal::load_run(tx, id))?;
        if !session::may_see(&self.agent, &record) {
            return Err(Error::NotYourRun(id));
        }
        Ok(record)
    }
}

/// Every workflow's how-to page in every locale, as Markdown, by URI.
fn howto_pages(
    definitions: &[workflow::Definition],
    catalog: &Catalog,
) -> Result<BTreeMap<String, Page>> {
    let rendered = render::render(
        definitions,
        catalog,
        &[],
        render::Format::Markdown,
        &mut |_| {},
    )?;
    let mut pages = BTreeMap::new();
    for output in rendered {
        let path = output.path.to_string_lossy().replace('\\', "/");
        let Some((locale, file)) = path.split_once('/') else {
            continue;
        };
        let Some(workflow) = file.strip_suffix(".md") else {
            continue;
        };
        let Some(definition) = definitions.iter().find(|d| d.id == workflow) else {
            // An index or another page that is not one workflow's.
            continue;
        };
        let l10n = catalog.localizer(&l10n::parse_requested(locale)?)?;
        let page = Page {
            title: l10n.text(&definition.title),
            text: output.text,
        };
        pages.insert(format!("{HOWTO}{locale}/{workflow}"), page);
    }
    Ok(pages)
}
