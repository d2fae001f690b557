//! The MCP tools and resources, declared once with rmcp's macros: each
//! tool's name, description and input schema come from the function and
//! its argument struct. Every tool sends one job to the desk and returns
//! what the run said, as the objects `run --json` prints.

use std::collections::VecDeque;
use std::sync::Arc;

use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{
    CallToolResult, Implementation, ListResourcesResult, PaginatedRequestParams,
    ReadResourceRequestParams, ReadResourceResponse, ReadResourceResult, Resource,
    ResourceContents, ServerCapabilities, ServerConfig,
};
use rmcp::service::RequestContext;
use rmcp::tool_router;
use rmcp::{ErrorData as McpError, RoleServer, ServerHandler, ServiceExt, tool, tool_handler};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Desk, DeskHandle, HOWTO, Opened};
use crate::error::{Error, Result};
use crate::l10n::Localizer;
use crate::session::{self, Answer, Peek, Session, Started};
use crate::store::journal::{self, RunStatus};
use crate::transcript::{Said, Status, Transcript, WorkflowSummary};
use crate::value::Message;

/// The most runs `waiting_runs` lists.
const WAITING_LIMIT: u32 = 100;

#[derive(Clone)]
pub struct Docflow {
    desk: DeskHandle,
    opened: Arc<Opened>,
    tool_router: ToolRouter<Docflow>,
}

/// Serves the tools on stdin and stdout until the client goes away.
pub async fn serve(desk: DeskHandle, opened: Opened) -> Result<()> {
    let server = Docflow {
        desk,
        opened: Arc::new(opened),
        tool_router: Docflow::tool_router(),
    };
    let running = server
        .serve(rmcp::transport::stdio())
        .await
        .map_err(|e| Error::io("stdio", std::io::Error::other(e.to_string())))?;
    running
        .waiting()
        .await
        .map_err(|e| Error::io("stdio", std::io::Error::other(e.to_string())))?;
    Ok(())
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct StartArgs {
    /// The workflow to start, by the `id` that `list_workflows` gives.
    workflow: String,
    /// Answers given ahead of time, in order; the run goes on as far as
    /// they take it, then stops at the next prompt.
    #[serde(default)]
    answers: Vec<AnswerArg>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct AnswerArg {
    /// The step answered: the `step` of the prompt being answered.
    step: String,
    /// The answer: the `value` of one of the prompt's options, exactly as
    /// given; for a prompt without options, the text to enter.
    value: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct AnswerRunArgs {
    /// The run, by its numeric id.
    run: i64,
    /// The step answered: the `step` of the run's current prompt.
    step: String,
    /// The answer: the `value` of one of the prompt's options, exactly as
    /// given; for a prompt without options, the text to enter.
    value: String,
    /// The run's `revision` the answer was made for, as `show_run` gives
    /// it. When given and the run has moved on since, nothing is applied.
    #[serde(default)]
    revision: Option<i64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct RunArg {
    /// The run, by its numeric id.
    run: i64,
}

/// What a tool returns: the run's objects, as a failure when the request
/// did not go through (an unknown id, a role refused, a finished run).
fn reply(said: Vec<Said>) -> CallToolResult {
    let failed = said.iter().any(|s| {
        matches!(
            s,
            Said::Status {
                status: Status::Failed | Status::Refused,
                ..
            }
        )
    });
    let body = json!({ "said": said });
    if failed {
        CallToolResult::structured_error(body)
    } else {
        CallToolResult::structured(body)
    }
}

/// What a request that stopped on `error` says: what the run said before,
/// the error in the agent's language, and `failed`.
fn failed(l10n: &Localizer, mut said: Vec<Said>, run: Option<i64>, error: &Error) -> Vec<Said> {
    said.extend(Said::failed(run, l10n.format(&error.message())));
    said
}

impl Desk {
    fn workflows(&mut self) -> Result<Value> {
        let role = self.agent.role;
        let list: Vec<WorkflowSummary> = self
            .definitions
            .all()?
            .iter()
            .filter(|d| d.roles.contains(&role))
            .map(|d| WorkflowSummary::new(d, &self.l10n))
            .collect();
        Ok(json!({ "workflows": list }))
    }

    fn start(&mut self, args: StartArgs) -> Vec<Said> {
        let Desk {
            store,
            definitions,
            stored,
            l10n,
            agent,
        } = self;
        let definition = match definitions.get(&args.workflow) {
            Ok(definition) => definition,
            Err(error) => return failed(l10n, Vec::new(), None, &error),
        };
        let mut transcript = Transcript::default();
        let answers = args.answers.into_iter().map(AnswerArg::into).collect();
        let started = Session::new(store, l10n, definitions)
            .with_stored(stored)
            .acting_as(&agent.id)
            .start(definition, agent, answers, &mut transcript);
        match started {
            Ok(Started {
                run,
                outcome: Ok(outcome),
            }) => transcript.ended(run, outcome),
            Ok(Started {
                run,
                outcome: Err(error),
            }) => failed(l10n, transcript.said, run, &error),
            Err(error) => failed(l10n, transcript.said, None, &error),
        }
    }

    fn answer(&mut self, args: AnswerRunArgs) -> Vec<Said> {
        let run = args.run;
        let record = match self.visible_run(run) {
            Ok(record) => record,
            Err(error) => return failed(&self.l10n, Vec::new(), Some(run), &error),
        };
        if args.revision.is_some_and(|r| r != record.revision) {
            return failed(&self.l10n, Vec::new(), Some(run), &Error::RunChanged(run));
        }
        let answer = Answer {
            step: args.step,
            value: args.value,
        };
        let mut transcript = Transcript::default();
        let mut session = self.session();
        if args.revision.is_some() {
            session = session.answers_bound_to_revision();
        }
        let resumed = session.resume(record, VecDeque::from([answer]), &mut transcript);
        match resumed {
            Ok(outcome) => transcript.ended(Some(run), outcome),
            Err(error) => failed(&self.l10n, transcript.said, Some(run), &error),
        }
    }

    /// A run with its history and where it stands now.
    fn show(&mut self, run: i64) -> std::result::Result<Value, Vec<Said>> {
        let shown = self.visible_run(run).and_then(|record| {
            let events = self.store.read(|tx| journal::events(tx, run))?;
            let now = self.now(&record)?;
            Ok((record, events, now))
        });
        let (record, events, now) =
            shown.map_err(|e| failed(&self.l10n, Vec::new(), Some(run), &e))?;
        let mut body = json!(record);
        body["events"] = json!(events);
        body["now"] = json!(now);
        Ok(body)
    }

    /// Where a run stands, as the objects a resume would say first.
    fn now(&mut self, record: &crate::store::journal::RunRecord) -> Result<Vec<Said>> {
        let step = record.state.step.clone();
        let said = match self.session().peek(record)? {
            Peek::Ask(prompt) => Said::prompt(&prompt),
            Peek::Waits(text) => Said::info(record.id, &step, &text),
            Peek::Moves => Said::Status {
                run: Some(record.id),
                status: Status::Waiting,
            },
            Peek::Finished(status, text) => {
                let mut said = Vec::new();
                if let Some(text) = text {
                    said.push(Said::info(record.id, &step, &text));
                }
                said.push(Said::Status {
                    run: Some(record.id),
                    status: match status {
                        RunStatus::Cancelled => Status::Cancelled,
                        _ => Status::Completed,
                    },
                });
                return Ok(said);
            }
        };
        Ok(vec![said])
    }

    fn waiting(&mut self) -> Result<Value> {
        let agent = session::runs_listed_for(&self.agent);
        let runs = self
            .store
            .read(|tx| journal::find_runs(tx, agent, Some(RunStatus::Waiting), WAITING_LIMIT))?;
        Ok(json!({ "runs": runs }))
    }

    fn cancel(&mut self, run: i64) -> Vec<Said> {
        let cancelled = self.visible_run(run).and_then(|record| {
            let locale = self.l10n.locale().to_string();
            session::cancel(&mut self.store, Some(&self.agent.id), &locale, run)?;
            Ok(record)
        });
        match cancelled {
            Ok(record) => Said::cancelled(run, &record.state.step, &self.l10n).to_vec(),
            Err(error) => failed(&self.l10n, Vec::new(), Some(run), &error),
        }
    }

    /// A listing, or the error that kept it from being made.
    fn listing(&mut self, made: Result<Value>) -> CallToolResult {
        match made {
            Ok(value) => CallToolResult::structured(value),
            Err(error) => reply(failed(&self.l10n, Vec::new(), None, &error)),
        }
    }
}

impl From<AnswerArg> for Answer {
    fn from(arg: AnswerArg) -> Answer {
        Answer {
            step: arg.step,
            value: arg.value,
        }
    }
}

impl Docflow {
    /// Runs a tool's job on the desk.
    async fn on_desk(
        &self,
        job: impl FnOnce(&mut Desk) -> CallToolResult + Send + 'static,
    ) -> std::result::Result<CallToolResult, McpError> {
        self.desk.run(job).await.map_err(|e| self.desk_failed(&e))
    }

    /// A bug: the desk dropped the job (it panicked) or is gone. Nothing
    /// of the job was saved; the detail is for stderr, not the assistant.
    fn desk_failed(&self, error: &Error) -> McpError {
        eprintln!("docflow mcp: this is a bug: {error}");
        McpError::internal_error(self.opened.bug.clone(), None)
    }
}

#[tool_router]
impl Docflow {
    /// List the workflows this agent's role may start, with their title and
    /// description in the agent's language. Start one with `start_run`.
    #[tool]
    async fn list_workflows(&self) -> std::result::Result<CallToolResult, McpError> {
        self.on_desk(|desk| {
            let made = desk.workflows();
            desk.listing(made)
        })
        .await
    }

    /// Start a workflow run for this agent. Returns what the run says: each
    /// `prompt` has its `step`, its `text` in the agent's language and its
    /// `options` as `value` (what to answer) and `label` (what to show the
    /// person); `info` and `error` objects are texts to show; the last
    /// object is the `status` (`waiting`: answer the prompt with
    /// `answer_step`; `completed`; `refused`; `failed`).
    #[tool]
    async fn start_run(
        &self,
        Parameters(args): Parameters<StartArgs>,
    ) -> std::result::Result<CallToolResult, McpError> {
        self.on_desk(move |desk| reply(desk.start(args))).await
    }

    /// Answer the current step of a waiting run with one of its prompt's
    /// option values (or free text when the prompt has no options). A
    /// refused answer is told as an `error` followed by the same prompt
    /// again: ask the person, then answer again.
    #[tool]
    async fn answer_step(
        &self,
        Parameters(args): Parameters<AnswerRunArgs>,
    ) -> std::result::Result<CallToolResult, McpError> {
        self.on_desk(move |desk| reply(desk.answer(args))).await
    }

    /// Show a run: its workflow, status, current step and `revision`, its
    /// history (`events`), and in `now` where it stands (the prompt to
    /// answer, or why it waits).
    #[tool]
    async fn show_run(
        &self,
        Parameters(RunArg { run }): Parameters<RunArg>,
    ) -> std::result::Result<CallToolResult, McpError> {
        self.on_desk(move |desk| match desk.show(run) {
            Ok(body) => CallToolResult::structured(body),
            Err(said) => reply(said),
        })
        .await
    }

    /// List this agent's runs that wait for an answer (a Global admin sees
    /// every agent's), newest first.
    #[tool]
    async fn waiting_runs(&self) -> std::result::Result<CallToolResult, McpError> {
        self.on_desk(|desk| {
            let made = desk.waiting();
            desk.listing(made)
        })
        .await
    }

    /// Cancel a waiting run. Nothing it already applied is undone.
    #[tool]
    async fn cancel_run(
        &self,
        Parameters(RunArg { run }): Parameters<RunArg>,
    ) -> std::result::Result<CallToolResult, McpError> {
        self.on_desk(move |desk| reply(desk.cancel(run))).await
    }
}

#[tool_handler(router = self.tool_router)]
impl ServerHandler for Docflow {
    fn get_info(&self) -> ServerConfig {
        let capabilities = ServerCapabilities::builder()
            .enable_tools()
            .enable_resources()
            .build();
        ServerConfig::new(capabilities)
            .with_server_info(Implementation::new("docflow", env!("CARGO_PKG_VERSION")))
            .with_instructions(self.opened.instructions.clone())
    }

    async fn list_resources(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ListResourcesResult, McpError> {
        let resources = self
            .opened
            .pages
            .iter()
            .map(|(uri, page)| {
                let name = uri.trim_start_matches(HOWTO);
                Resource::new(uri.clone(), name)
                    .with_description(page.title.clone())
                    .with_mime_type("text/markdown")
            })
            .collect();
        Ok(ListResourcesResult::with_all_items(resources))
    }

    async fn read_resource(
        &self,
        request: ReadResourceRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ReadResourceResponse, McpError> {
        let Some(page) = self.opened.pages.get(&request.uri) else {
            let uri = request.uri.clone();
            let text = self
                .desk
                .run(move |desk| {
                    desk.l10n
                        .format(&Message::new("mcp-unknown-resource").arg("uri", uri))
                })
                .await
                .map_err(|e| self.desk_failed(&e))?;
            return Err(McpError::resource_not_found(text, None));
        };
        let contents = ResourceContents::text(page.text.clone(), request.uri.clone())
            .with_mime_type("text/markdown");
        Ok(ReadResourceResult::new(vec![contents]).into())
    }
}
