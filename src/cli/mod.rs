//! The command line: parses arguments, picks the locale, calls the library,
//! and prints results as text or JSON. It holds no domain logic.

/// `println!` that takes a closed pipe (`docflow runs | head -1`) as the
/// end of the output instead of panicking. Every step is already committed,
/// so stopping here loses nothing.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(error) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
        }
    }};
}

mod docs;
mod frontend;
pub(crate) mod help;
mod print;

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::assets::Source;
use crate::auth;
use crate::error::{Error, Result};
use crate::l10n::{self, Catalog, Localizer};
use crate::serve;
use crate::session::{self, Answer, Outcome, Session};
use crate::store::{self, Durability, Store, demo, domain, identity, journal, support};
use crate::value::Message;
use crate::workflow::{self, Definition, DefinitionError, Definitions};
use print::Printer;

/// The workflow `docflow demo` walks through.
const DEMO_WORKFLOW: &str = "assign-support-contact";
const DEMO_AGENT: &str = "megan";

#[derive(Parser, Debug)]
#[command(
    name = "docflow",
    version,
    about = "Guided, localized workflows from product documentation, run against SQLite or PostgreSQL",
    // Help is `--help`, in the reader's language (see `help.rs`).
    disable_help_subcommand = true
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Debug)]
struct Global {
    /// SQLite database file, or a PostgreSQL URL (postgres://…).
    #[arg(long, global = true, env = "DOCFLOW_DB", default_value = "docflow.db")]
    db: PathBuf,
    /// Language for messages (e.g. pt-BR, ru-RU, es-ES, zh-TW, en); repeat
    /// to name fallbacks in order. For `docs render`: the pages' languages.
    #[arg(long = "locale", value_name = "LOCALE", global = true)]
    locale: Vec<String>,
    /// Load locale files from this directory instead of the embedded ones.
    #[arg(long, global = true, env = "DOCFLOW_LOCALES")]
    locales: Option<PathBuf>,
    /// Load workflow definitions from this directory instead of the embedded ones.
    #[arg(long, global = true, env = "DOCFLOW_WORKFLOWS")]
    workflows: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// How much a commit survives: `normal` survives a crash of docflow;
    /// `full` also survives power loss, and waits for the disk on every step.
    #[arg(long, global = true, value_enum, env = "DOCFLOW_DURABILITY", default_value_t = DurabilityArg::Normal)]
    durability: DurabilityArg,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum DurabilityArg {
    Normal,
    Full,
}

impl From<DurabilityArg> for Durability {
    fn from(arg: DurabilityArg) -> Self {
        match arg {
            DurabilityArg::Normal => Durability::Normal,
            DurabilityArg::Full => Durability::Full,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create or migrate the database.
    Init {
        /// Also load the demo data.
        #[arg(long)]
        demo: bool,
    },
    /// Walk through assigning a support contact on a demo database (created when absent).
    Demo {
        /// The agent who runs it.
        #[arg(long, default_value = DEMO_AGENT)]
        agent: String,
    },
    /// List agents, or manage how one signs in to `docflow serve`.
    Agents {
        #[command(subcommand)]
        command: Option<AgentsCommand>,
    },
    /// List workflows.
    Workflows,
    /// Start a workflow run.
    Run {
        workflow: String,
        #[arg(long)]
        agent: String,
        /// Answer a step ahead of time; repeat in order.
        #[arg(long = "answer", value_name = "STEP=VALUE", value_parser = parse_answer)]
        answers: Vec<Answer>,
    },
    /// Continue a waiting run.
    Resume {
        run: i64,
        #[arg(long = "answer", value_name = "STEP=VALUE", value_parser = parse_answer)]
        answers: Vec<Answer>,
    },
    /// List runs, or show one run's history.
    Runs {
        #[command(subcommand)]
        command: Option<RunsCommand>,
    },
    /// Cancel a waiting run.
    Cancel { run: i64 },
    /// Show each subscription of a customer with its support contact.
    Contacts { customer: String },
    /// List service requests filed with Microsoft.
    Requests,
    /// Every text of a workflow in one locale, with sample values, without a database.
    Preview { workflow: String },
    /// Tools for translators: check the locale files.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
    /// List relationships with resellers, or act on one.
    Relationships {
        #[command(subcommand)]
        command: Option<RelationshipsCommand>,
    },
    /// Documentation: import localized articles, compare their sources, write how-to pages.
    Docs {
        #[command(subcommand)]
        command: docs::DocsCommand,
    },
    /// Print a workflow's state machine.
    Graph {
        workflow: String,
        #[arg(long, value_enum, default_value_t = docs::GraphFormat::Mermaid)]
        format: docs::GraphFormat,
    },
    /// Print a shell completion script (e.g. `docflow completions bash > /etc/bash_completion.d/docflow`).
    Completions { shell: clap_complete::Shell },
    /// Print the manual page, in roff (e.g. `docflow man > docflow.1`).
    Man,
    /// Database tools.
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Serve the web pages and the JSON API for agents, signed in.
    Serve {
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        /// Create the database with demo data and demo passwords when absent.
        #[arg(long)]
        demo: bool,
        /// Trust this request header, set by a signing-in proxy, to name the agent.
        #[arg(long, value_name = "NAME")]
        auth_proxy_header: Option<String>,
        /// Mark cookies Secure, so browsers send them only over HTTPS (behind a TLS proxy).
        #[arg(long)]
        secure_cookies: bool,
    },
    /// Serve the workflows to an AI assistant as Model Context Protocol tools, over stdio.
    Mcp {
        /// The agent the assistant acts for; their role decides what it may start.
        #[arg(long)]
        agent: String,
    },
}

#[derive(Subcommand, Debug)]
enum DbCommand {
    /// Copy every row of a database, runs and their history included, into an empty one, and check the counts.
    Copy {
        /// The database to copy: a SQLite file or a PostgreSQL URL.
        #[arg(long)]
        from: PathBuf,
        /// The empty database to copy into: a PostgreSQL URL or a SQLite file.
        #[arg(long)]
        to: PathBuf,
    },
}

/// What `docflow serve` was given on the command line.
struct ServeOptions<'a> {
    listen: std::net::SocketAddr,
    demo: bool,
    proxy_header: Option<&'a str>,
    secure_cookies: bool,
}

#[derive(Subcommand, Debug)]
enum AgentsCommand {
    /// Set an agent's password (read from standard input when it is not a terminal).
    SetPassword { agent: String },
    /// Print a new API token for an agent.
    Token { agent: String },
    /// Revoke every API token of an agent.
    RevokeTokens { agent: String },
}

#[derive(Subcommand, Debug)]
enum RunsCommand {
    /// One run with its full history.
    Show { run: i64 },
}

#[derive(Subcommand, Debug)]
enum L10nCommand {
    /// Compare every locale with en, and the workflows with the messages.
    Check {
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
    },
    /// How far each locale is: messages translated, words, problems.
    Stats,
    /// One message in every locale, with its comment and where it is used.
    Show { id: String },
    /// Record that translations were checked against today's English.
    Reviewed {
        /// The locale whose translations were reviewed.
        #[arg(value_name = "LOCALE")]
        translation: String,
        /// The messages reviewed; every message of the locale when none is given.
        #[arg(value_name = "ID")]
        ids: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
enum RelationshipsCommand {
    /// Stand in for the reseller accepting a requested relationship.
    Accept { reseller: String },
}

fn parse_answer(s: &str) -> std::result::Result<Answer, String> {
    match s.split_once('=') {
        Some((step, value)) if !step.trim().is_empty() => Ok(Answer {
            step: step.trim().to_owned(),
            value: value.trim().to_owned(),
        }),
        _ => Err(format!("expected STEP=VALUE, got '{s}'")),
    }
}

/// Exit statuses scripts rely on.
const EXIT_ERROR: u8 = 1;
/// A bug in docflow (sysexits' EX_SOFTWARE): not the person's fault, and
/// nothing of the failing step was saved.
const EXIT_BUG: u8 = 70;
const EXIT_REFUSED: u8 = 3;

/// The command line's definition: what its help texts are derived from.
pub fn command() -> clap::Command {
    Cli::command()
}

pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(false);
    }
    let context = match Context::new(&cli.global) {
        Ok(context) => context,
        Err(error) => return fail_early(&error, cli.global.json),
    };
    let l10n = match context.localizer(None) {
        Ok(l10n) => l10n,
        Err(error) => return fail_early(&error, cli.global.json),
    };
    let mut out = Printer::new(&l10n, cli.global.json);
    let code = match context.dispatch(&cli.command, &mut out) {
        Ok(code) => code,
        Err(error) => {
            out.error(&error);
            exit_code(&error)
        }
    };
    out.flush_problems();
    code
}

/// Parses the command line with every text in the reader's language:
/// `--locale` as written on it, else the environment's. Help and version
/// are printed here; a usage error is told in that language, exit 2.
fn parse(args: &[OsString]) -> std::result::Result<Cli, ExitCode> {
    let parse_with = |command: clap::Command| {
        command
            .try_get_matches_from(args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    // Most command lines parse: only help and errors need the texts, so
    // only they pay for putting them into the reader's language.
    let error = match parse_with(Cli::command()) {
        Ok(cli) => return Ok(cli),
        Err(error) => error,
    };
    if asks_for_help(&error) {
        // `docflow help run` reads as `docflow run --help`, whose help is
        // in the reader's language.
        let mut asked: Vec<OsString> = args.iter().filter(|a| *a != "help").cloned().collect();
        asked.push("--help".into());
        return parse(&asked);
    }
    let l10n = early_localizer(args);
    let command = match &l10n {
        Some(l10n) => help::localized(Cli::command(), l10n),
        None => Cli::command(),
    };
    let error = match parse_with(command) {
        Ok(cli) => return Ok(cli),
        Err(error) => error,
    };
    // Help (asked for, or for a command given without its subcommand) and
    // the version are already in the reader's language.
    let shown = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    match &l10n {
        Some(l10n) if !shown => {
            eprintln!("{}", help::usage_error(&error, l10n));
        }
        _ => {
            let _ = error.print();
        }
    }
    Err(ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2)))
}

/// Whether the command line was `docflow help [COMMAND]`: there is no
/// `help` command, only `--help`.
fn asks_for_help(error: &clap::Error) -> bool {
    error.kind() == ErrorKind::InvalidSubcommand
        && matches!(
            error.get(clap::error::ContextKind::InvalidSubcommand),
            Some(clap::error::ContextValue::String(command)) if command == "help"
        )
}

/// The localizer for the command line itself, from the arguments before
/// they are parsed; `None` when the locale files cannot be read, and clap
/// speaks English.
fn early_localizer(args: &[OsString]) -> Option<Localizer> {
    let value_of = |name: &str| {
        let flag = format!("--{name}");
        let prefix = format!("--{name}=");
        let mut values = Vec::new();
        let mut words = args.iter().filter_map(|a| a.to_str());
        while let Some(word) = words.next() {
            if word == flag {
                values.extend(words.next().map(str::to_owned));
            } else if let Some(value) = word.strip_prefix(&prefix) {
                values.push(value.to_owned());
            }
        }
        values
    };
    let dir = value_of("locales")
        .pop()
        .or_else(|| std::env::var("DOCFLOW_LOCALES").ok())
        .map(PathBuf::from);
    let catalog = Catalog::new(Source::locales(dir)).ok()?;
    let mut requested: Vec<_> = value_of("locale")
        .iter()
        .filter_map(|tag| l10n::parse_locale(tag))
        .collect();
    if requested.is_empty() {
        requested.extend(l10n::environment_locale());
    }
    catalog.localizer(&catalog.negotiate(&requested)).ok()
}

/// Reports an error met before any locale could be loaded.
fn fail_early(error: &Error, json: bool) -> ExitCode {
    let fallback =
        Catalog::new(Source::locales(None)).and_then(|c| c.localizer(&l10n::fallback_locale()));
    match fallback {
        Ok(l10n) => Printer::new(&l10n, json).error(error),
        Err(_) => eprintln!("docflow: {error}"),
    }
    ExitCode::from(EXIT_ERROR)
}

struct Context<'a> {
    global: &'a Global,
    catalog: Catalog,
}

impl<'a> Context<'a> {
    fn new(global: &'a Global) -> Result<Self> {
        for tag in &global.locale {
            l10n::parse_requested(tag)?;
        }
        Ok(Context {
            global,
            catalog: Catalog::new(Source::locales(global.locales.clone()))?,
        })
    }

    /// `--locale`, else the agent's preferred language, else the environment.
    fn localizer(&self, agent_locale: Option<&str>) -> Result<Localizer> {
        let requested: Vec<_> = if self.global.locale.is_empty() {
            agent_locale
                .and_then(l10n::parse_locale)
                .or_else(l10n::environment_locale)
                .into_iter()
                .collect()
        } else {
            self.requested_locales()?
        };
        let chosen = self.catalog.negotiate(&requested);
        let l10n = self.catalog.localizer(&chosen)?;
        if let Some(wanted) = requested.first()
            && wanted.language != chosen.language
        {
            l10n.note(
                Message::new("warning-locale-unavailable")
                    .arg("requested", wanted.to_string())
                    .arg("used", chosen.to_string()),
            );
        }
        Ok(l10n)
    }

    fn requested_locales(&self) -> Result<Vec<unic_langid::LanguageIdentifier>> {
        self.global
            .locale
            .iter()
            .map(|tag| l10n::parse_requested(tag))
            .collect()
    }

    fn definitions(&self) -> Result<Vec<Definition>> {
        let source = Source::workflows(self.global.workflows.clone());
        workflow::load_all(&source, &self.catalog.fallback_ids()?)
    }

    /// The definitions that could be read, and the problems found in them:
    /// for the translators' tools, which report problems and go on.
    fn definitions_with_problems(&self) -> Result<(Vec<Definition>, Vec<DefinitionError>)> {
        let source = Source::workflows(self.global.workflows.clone());
        workflow::load_with_problems(&source, &self.catalog.fallback_ids()?)
    }

    fn store(&self) -> Result<Store> {
        Store::open(&self.global.db, self.global.durability.into())
    }

    fn dispatch(&self, command: &Command, out: &mut Printer<'_>) -> Result<ExitCode> {
        match command {
            Command::Init { demo } => self.init(*demo, out),
            Command::Demo { agent } => {
                let started = Store::create_or_open(&self.global.db, self.global.durability.into())
                    .and_then(|mut store| {
                        store.write(demo::seed)?;
                        self.run(&mut store, DEMO_WORKFLOW, agent, &[], out)
                    });
                Ok(started.unwrap_or_else(|e| failed(out, None, &e)))
            }
            Command::Agents { command: None } => {
                let agents = self.store()?.read(domain::agents)?;
                out.agents(&agents);
                Ok(ExitCode::SUCCESS)
            }
            Command::Agents {
                command: Some(command),
            } => self.agents(command, out),
            Command::Workflows => {
                out.workflows(&self.definitions()?);
                Ok(ExitCode::SUCCESS)
            }
            Command::Run {
                workflow,
                agent,
                answers,
            } => {
                let started = self
                    .store()
                    .and_then(|mut store| self.run(&mut store, workflow, agent, answers, out));
                Ok(started.unwrap_or_else(|e| failed(out, None, &e)))
            }
            Command::Resume { run, answers } => Ok(self
                .resume(*run, answers, out)
                .unwrap_or_else(|e| failed(out, Some(*run), &e))),
            Command::Runs { command: None } => {
                let runs = self.store()?.read(journal::list_runs)?;
                out.runs(&runs);
                Ok(ExitCode::SUCCESS)
            }
            Command::Runs {
                command: Some(RunsCommand::Show { run }),
            } => {
                let (record, events) = self
                    .store()?
                    .read(|tx| Ok((journal::load_run(tx, *run)?, journal::events(tx, *run)?)))?;
                out.run_history(&record, &events);
                Ok(ExitCode::SUCCESS)
            }
            Command::Cancel { run } => {
                let mut store = self.store()?;
                session::cancel(&mut store, None, &out.l10n().locale().to_string(), *run)?;
                out.done(&Message::new("run-cancelled").arg("run", run.to_string()));
                Ok(ExitCode::SUCCESS)
            }
            Command::Contacts { customer } => {
                let (name, lines) = self.store()?.read(|tx| {
                    Ok((
                        domain::customer_name(tx, customer)?,
                        domain::contacts(tx, customer)?,
                    ))
                })?;
                out.contacts(&name, &lines);
                Ok(ExitCode::SUCCESS)
            }
            Command::L10n { command } => self.l10n(command, out),
            Command::Preview { workflow } => {
                let definitions = self.definitions()?;
                let definition = definitions
                    .iter()
                    .find(|d| &d.id == workflow)
                    .ok_or_else(|| Error::UnknownWorkflow(workflow.clone()))?;
                let source = Source::locales(self.global.locales.clone());
                let (parsed, _) = l10n::check::read_locales(&source)?;
                let en = parsed.get(l10n::FALLBACK).cloned().unwrap_or_default();
                let lines = l10n::preview::preview(definition, &en, out.l10n());
                out.preview(&lines);
                Ok(ExitCode::SUCCESS)
            }
            Command::Requests => {
                let requests = self.store()?.read(support::service_requests)?;
                out.requests(&requests);
                Ok(ExitCode::SUCCESS)
            }
            Command::Relationships { command: None } => {
                let relationships = self.store()?.read(domain::relationships)?;
                out.relationships(&relationships);
                Ok(ExitCode::SUCCESS)
            }
            Command::Relationships {
                command: Some(RelationshipsCommand::Accept { reseller }),
            } => {
                let row = self
                    .store()?
                    .write(|tx| domain::accept_relationship(tx, reseller))?;
                out.done(&Message::new("relationship-accepted").with_args(&row));
                Ok(ExitCode::SUCCESS)
            }
            Command::Docs { command } => self.docs(command, out),
            Command::Graph { workflow, format } => {
                let definitions = self.definitions()?;
                let definition = definitions
                    .iter()
                    .find(|d| &d.id == workflow)
                    .ok_or_else(|| Error::UnknownWorkflow(workflow.clone()))?;
                docs::graph(definition, *format);
                Ok(ExitCode::SUCCESS)
            }
            Command::Completions { shell } => {
                let mut script = Vec::new();
                let mut command = help::localized(Cli::command(), out.l10n());
                clap_complete::generate(*shell, &mut command, "docflow", &mut script);
                write_out(&script)
            }
            Command::Man => {
                let mut page = Vec::new();
                clap_mangen::Man::new(help::localized(Cli::command(), out.l10n()))
                    .render(&mut page)
                    .map_err(|e| Error::io("stdout", e))?;
                write_out(&page)
            }
            Command::Db {
                command: DbCommand::Copy { from, to },
            } => {
                let durability = self.global.durability.into();
                let mut source = Store::open(from, durability)?;
                let mut target = Store::create_or_open(to, durability)?;
                let copied = store::copy::copy(&mut source, &mut target)?;
                out.done(
                    &Message::new("db-copied")
                        .arg("rows", copied.rows)
                        .arg("tables", copied.tables as i64)
                        .arg("path", target.path().display().to_string()),
                );
                Ok(ExitCode::SUCCESS)
            }
            Command::Serve {
                listen,
                demo,
                auth_proxy_header,
                secure_cookies,
            } => {
                let options = ServeOptions {
                    listen: *listen,
                    demo: *demo,
                    proxy_header: auth_proxy_header.as_deref(),
                    secure_cookies: *secure_cookies,
                };
                self.serve(&options, out)
            }
            Command::Mcp { agent } => self.mcp(agent, out),
        }
    }

    /// Serves MCP until the client closes stdin. Standard output is the
    /// protocol's, even under `--json`: an error is told on stderr.
    fn mcp(&self, agent: &str, out: &mut Printer<'_>) -> Result<ExitCode> {
        let config = crate::mcp::Config {
            db: self.global.db.clone(),
            durability: self.global.durability.into(),
            locales: self.global.locales.clone(),
            workflows: self.global.workflows.clone(),
            agent: agent.to_owned(),
            requested: self.requested_locales()?,
        };
        match crate::mcp::run(config) {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(error) => {
                eprintln!("{}", out.l10n().format(&error.message()));
                Ok(exit_code(&error))
            }
        }
    }

    fn l10n(&self, command: &L10nCommand, out: &mut Printer<'_>) -> Result<ExitCode> {
        let source = Source::locales(self.global.locales.clone());
        match command {
            L10nCommand::Check { strict } => {
                let (definitions, problems) = self.definitions_with_problems()?;
                let findings = l10n::check::check(&source, &definitions, &problems)?;
                let failed = out.findings(&findings, *strict);
                Ok(if failed {
                    ExitCode::from(EXIT_ERROR)
                } else {
                    ExitCode::SUCCESS
                })
            }
            L10nCommand::Stats => {
                let (definitions, problems) = self.definitions_with_problems()?;
                out.stats(&l10n::report::stats(&source, &definitions, &problems)?);
                Ok(ExitCode::SUCCESS)
            }
            L10nCommand::Show { id } => {
                // Where a message is used is known even while a workflow is broken.
                let (definitions, _) = self.definitions_with_problems()?;
                let shown = l10n::report::show(&source, &definitions, id)?
                    .ok_or_else(|| Error::UnknownMessage(id.clone()))?;
                out.shown(&shown);
                Ok(ExitCode::SUCCESS)
            }
            L10nCommand::Reviewed { translation, ids } => {
                // Only files on disk can be written.
                let dir = source.dir().ok_or(Error::BuiltInLocales)?;
                let (parsed, _) = l10n::check::read_locales(&source)?;
                let count = l10n::record::review(dir, &parsed, translation, ids)?;
                out.done(
                    &Message::new("l10n-reviewed")
                        .arg("locale", translation.as_str())
                        .arg("count", count as i64),
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    }

    fn agents(&self, command: &AgentsCommand, out: &mut Printer<'_>) -> Result<ExitCode> {
        let mut store = self.store()?;
        match command {
            AgentsCommand::SetPassword { agent } => {
                store.read(|tx| domain::agent(tx, agent))?;
                let password = read_password(agent, out.l10n())?;
                let hash = auth::hash_password(&password)?;
                store.write(|tx| identity::set_password_hash(tx, agent, &hash))?;
                out.done(&Message::new("agents-password-set").arg("agent", agent.as_str()));
            }
            AgentsCommand::Token { agent } => {
                let token = auth::new_token();
                store.write(|tx| identity::add_token(tx, agent, &auth::digest(&token)))?;
                out.token(agent, &token);
            }
            AgentsCommand::RevokeTokens { agent } => {
                let count = store.write(|tx| identity::revoke_tokens(tx, agent))?;
                out.done(
                    &Message::new("agents-tokens-revoked")
                        .arg("agent", agent.as_str())
                        .arg("count", count as i64),
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    }

    fn serve(&self, options: &ServeOptions<'_>, out: &mut Printer<'_>) -> Result<ExitCode> {
        let auth_proxy_header = match options.proxy_header {
            Some(name) => Some(
                axum::http::HeaderName::try_from(name)
                    .map_err(|_| Error::InvalidHeaderName(name.to_owned()))?,
            ),
            None => None,
        };
        let config = serve::Config {
            listen: options.listen,
            db: self.global.db.clone(),
            durability: self.global.durability.into(),
            locales: self.global.locales.clone(),
            workflows: self.global.workflows.clone(),
            auth_proxy_header,
            demo: options.demo,
            secure_cookies: options.secure_cookies,
            readers: 2,
        };
        serve::run(config, |address| out.serving(address, options.demo))?;
        Ok(ExitCode::SUCCESS)
    }

    fn init(&self, demo: bool, out: &mut Printer<'_>) -> Result<ExitCode> {
        let mut store = Store::create_or_open(&self.global.db, self.global.durability.into())?;
        if demo {
            store.write(demo::seed)?;
        }
        // The store's own name for it: a URL without its password.
        let path = store.path().display().to_string();
        out.done(
            &Message::new(if demo { "init-done-demo" } else { "init-done" }).arg("path", path),
        );
        Ok(ExitCode::SUCCESS)
    }

    fn run(
        &self,
        store: &mut Store,
        workflow: &str,
        agent: &str,
        answers: &[Answer],
        out: &mut Printer<'_>,
    ) -> Result<ExitCode> {
        let definitions = Definitions::from(self.definitions()?);
        let definition = definitions.get(workflow)?;
        let agent = session::agent(store, agent)?;
        let l10n = self.localizer(Some(&agent.locale))?;
        let mut frontend = frontend::for_output(out.json(), &l10n);
        let started = Session::new(store, &l10n, &definitions).start(
            definition,
            &agent,
            VecDeque::from(answers.to_vec()),
            frontend.as_mut(),
        );
        drop(frontend);
        let code = match started {
            Ok(session::Started {
                run,
                outcome: Ok(outcome),
            }) => finish(out, &l10n, run, outcome),
            Ok(session::Started {
                run,
                outcome: Err(error),
            }) => failed_in(out, &l10n, run, &error),
            Err(error) => failed_in(out, &l10n, None, &error),
        };
        // After the last text in the run's language: any message it lacked
        // is reported too.
        out.absorb_problems(&l10n);
        Ok(code)
    }

    fn resume(&self, run: i64, answers: &[Answer], out: &mut Printer<'_>) -> Result<ExitCode> {
        let mut store = self.store()?;
        let record = store.read(|tx| journal::load_run(tx, run))?;
        let l10n = self.localizer(Some(&record.locale))?;
        let mut frontend = frontend::for_output(out.json(), &l10n);
        let definitions = Definitions::new(|| self.definitions());
        let resumed = Session::new(&mut store, &l10n, &definitions).resume(
            record,
            VecDeque::from(answers.to_vec()),
            frontend.as_mut(),
        );
        drop(frontend);
        let code = match resumed {
            Ok(outcome) => finish(out, &l10n, Some(run), outcome),
            Err(error) => failed_in(out, &l10n, Some(run), &error),
        };
        out.absorb_problems(&l10n);
        Ok(code)
    }
}

fn finish(out: &mut Printer<'_>, l10n: &Localizer, run: Option<i64>, outcome: Outcome) -> ExitCode {
    out.status(l10n, run, outcome);
    match outcome {
        Outcome::Completed | Outcome::Waiting => ExitCode::SUCCESS,
        Outcome::Refused => ExitCode::from(EXIT_REFUSED),
    }
}

/// A run command that stopped on an error: the error, then (for scripts)
/// the closing status line every run command ends with.
fn failed(out: &mut Printer<'_>, run: Option<i64>, error: &Error) -> ExitCode {
    let l10n = out.l10n();
    failed_in(out, l10n, run, error)
}

/// Like [`failed`], once the run's language is known: the error is told in
/// it, and names the run.
fn failed_in(out: &mut Printer<'_>, l10n: &Localizer, run: Option<i64>, error: &Error) -> ExitCode {
    out.run_error(l10n, run, error);
    out.failed(run);
    exit_code(error)
}

fn exit_code(error: &Error) -> ExitCode {
    ExitCode::from(match error {
        Error::Bug(_) => EXIT_BUG,
        _ => EXIT_ERROR,
    })
}

/// Writes generated output as it is; a closed pipe ends it quietly, as
/// [`outln!`] does.
fn write_out(bytes: &[u8]) -> Result<ExitCode> {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(bytes) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io("stdout", error))
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// A new password: asked twice without echo in a terminal (again while too
/// short or typed differently), else the first line of standard input (for
/// scripts). It is never printed or logged.
fn read_password(agent: &str, l10n: &Localizer) -> Result<String> {
    let password = if interactive() {
        let prompt = l10n.format(&Message::new("agents-password-prompt").arg("agent", agent));
        let too_short = l10n.format(&Error::PasswordTooShort(auth::MIN_PASSWORD_CHARS).message());
        // A person is asked again, told why: too short, or typed
        // differently the second time.
        dialoguer::Password::new()
            .with_prompt(prompt)
            .with_confirmation(
                l10n.text("agents-password-confirm"),
                l10n.text("agents-password-mismatch"),
            )
            .validate_with(move |typed: &String| {
                if typed.chars().count() < auth::MIN_PASSWORD_CHARS {
                    Err(too_short.clone())
                } else {
                    Ok(())
                }
            })
            .interact()
            .map_err(|e| Error::io("stdin", std::io::Error::other(e.to_string())))?
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| Error::io("stdin", e))?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    if password.chars().count() < auth::MIN_PASSWORD_CHARS {
        return Err(Error::PasswordTooShort(auth::MIN_PASSWORD_CHARS));
    }
    Ok(password)
}

/// Whether a person is there to pick from lists.
pub(crate) fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}
