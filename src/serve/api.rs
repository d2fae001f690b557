//! The JSON API: the objects `run --json` prints, for scripts and programs.
//! Authentication is `Authorization: Bearer <token>` (or the proxy's
//! header); `Accept-Language` picks the language as `--locale` does.
//!
//! A response that advances a run is an array of transcript objects
//! (`prompt`, `info`, `error`, then `status`). A failure is the same array
//! with one `error` and `status: failed`, under its HTTP status.

use std::collections::VecDeque;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use unic_langid::LanguageIdentifier;

use super::identity::{Credentials, Who, authenticate};
use super::pool::{Parts, Pool};
use super::{App, Failure, requested_locales, visible_run};
use crate::l10n::Localizer;
use crate::session::{self, Answer, Outcome, Started};
use crate::store::journal::{self, RunStatus};
use crate::transcript::{Said, Transcript, WorkflowSummary};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/workflows", get(workflows))
        .route("/runs", get(list_runs).post(start_run))
        .route("/runs/{id}", get(show_run))
        .route("/runs/{id}/answers", post(answer_run))
        .route("/runs/{id}/cancel", post(cancel_run))
        .fallback(not_found)
}

/// What a job replies: a status and a JSON body, serialized by the worker,
/// so one buffer crosses back to the runtime's thread rather than a tree of
/// small allocations freed on another thread than made them.
struct Reply {
    status: StatusCode,
    body: Vec<u8>,
    location: Option<String>,
}

impl Reply {
    fn ok(body: impl Serialize) -> Reply {
        Reply {
            status: StatusCode::OK,
            body: to_json(&body),
            location: None,
        }
    }

    fn failed(failure: &Failure, l10n: &Localizer, run: Option<i64>) -> Reply {
        Reply {
            status: failure.status,
            body: to_json(&Said::failed(run, l10n.format(&failure.message))),
            location: None,
        }
    }
}

/// JSON text of a value. Serializing these plain types cannot fail, but
/// if it did, the client gets `null` rather than a dropped connection.
fn to_json(value: &impl Serialize) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_else(|_| b"null".to_vec())
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let mut response = (self.status, self.body).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("application/json"),
        );
        if let Some(location) = self.location
            && let Ok(value) = location.parse()
        {
            response.headers_mut().insert(header::LOCATION, value);
        }
        response
    }
}

/// Who asks and in which language, read from the request's headers.
struct Asker {
    credentials: Credentials,
    accept: Vec<LanguageIdentifier>,
}

impl Asker {
    /// `changes`: whether the request changes something (a POST).
    fn new(app: &App, headers: &HeaderMap, changes: bool) -> Asker {
        let mut credentials = Credentials::for_api(headers, app.proxy_header.as_ref());
        // Behind a signing-in proxy, a browser's requests carry the proxy's
        // identity whoever made them: a page elsewhere could post a form
        // to the API. A form cannot send JSON's content type without the
        // browser asking first, so changes must send it.
        if changes && matches!(credentials, Credentials::Proxy(_)) && !sends_json(headers) {
            credentials = Credentials::None;
        }
        Asker {
            credentials,
            accept: requested_locales(headers),
        }
    }
}

fn sends_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// Runs an API job on `pool`: authenticates on the worker's connection, picks
/// the language (`Accept-Language`, else the agent's), calls `job`, and
/// tells a failure in that language. `run` names the run a failure is of.
async fn call(
    app: &App,
    pool: &Pool,
    asker: Asker,
    run: Option<i64>,
    job: impl FnOnce(&Who, &mut Parts<'_>) -> Result<Reply, Failure> + Send + 'static,
) -> Response {
    let secret = app.secret.clone();
    let replied = pool
        .run(move |worker| {
            let who = worker
                .store
                .read(|tx| authenticate(tx, &asker.credentials, &secret));
            let agent_locale = who
                .as_ref()
                .ok()
                .and_then(Option::as_ref)
                .map(|w| w.agent.locale.clone());
            let locale = super::negotiate(&worker.catalog, &asker.accept, agent_locale.as_deref());
            let mut parts = worker.parts(&locale)?;
            let outcome = match who {
                Ok(Some(who)) => job(&who, &mut parts),
                Ok(None) => Err(Failure::unauthenticated()),
                Err(error) => Err(Failure::from(error)),
            };
            Ok(outcome.unwrap_or_else(|failure| Reply::failed(&failure, parts.l10n, run)))
        })
        .await;
    match replied {
        Ok(reply) => reply.into_response(),
        Err(failure) => app.outside_failure(&failure, true),
    }
}

async fn workflows(State(app): State<App>, headers: HeaderMap) -> Response {
    let asker = Asker::new(&app, &headers, false);
    call(&app, &app.readers, asker, None, |_who, parts| {
        let list: Vec<_> = parts
            .definitions
            .all()?
            .iter()
            .map(|d| WorkflowSummary::new(d, parts.l10n))
            .collect();
        Ok(Reply::ok(list))
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StartBody {
    workflow: String,
    #[serde(default)]
    answers: Vec<AnswerBody>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersBody {
    answers: Vec<AnswerBody>,
    /// The run's revision the answers were made for (`GET
    /// /api/runs/{id}` tells it): if the run has moved on since, nothing is
    /// applied and the answer is 409. Without it, answers apply to the step
    /// the run is at, and an answer for another step is refused.
    revision: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerBody {
    step: String,
    value: String,
}

fn answers(body: Vec<AnswerBody>) -> VecDeque<Answer> {
    body.into_iter()
        .map(|a| Answer {
            step: a.step,
            value: a.value,
        })
        .collect()
}

fn parse<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, Failure> {
    serde_json::from_slice(bytes).map_err(|_| Failure::bad_request())
}

async fn start_run(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Response {
    let asker = Asker::new(&app, &headers, true);
    call(&app, &app.writer, asker, None, move |who, parts| {
        let body: StartBody = parse(&body)?;
        let definition = parts.definitions.get(&body.workflow)?;
        let mut transcript = Transcript::default();
        let started = parts.session(&who.agent.id).start(
            definition,
            &who.agent,
            answers(body.answers),
            &mut transcript,
        );
        let (run, outcome) = match started {
            Ok(Started {
                run,
                outcome: Ok(outcome),
            }) => (run, outcome),
            Ok(Started {
                run,
                outcome: Err(error),
            }) => return Ok(run_failed(transcript, error, run, parts.l10n)),
            Err(error) => return Ok(run_failed(transcript, error, None, parts.l10n)),
        };
        let mut reply = transcript_reply(transcript, run, outcome);
        if let (Some(run), Outcome::Completed | Outcome::Waiting) = (run, outcome) {
            reply.status = StatusCode::CREATED;
            reply.location = Some(format!("/api/runs/{run}"));
        }
        Ok(reply)
    })
    .await
}

async fn answer_run(
    State(app): State<App>,
    id: Result<Path<i64>, PathRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(Path(id)) = id else {
        return not_found(State(app), headers).await;
    };
    let asker = Asker::new(&app, &headers, true);
    call(&app, &app.writer, asker, Some(id), move |who, parts| {
        let body: AnswersBody = parse(&body)?;
        let record = visible_run(who, parts, id)?;
        if body.revision.is_some_and(|r| r != record.revision) {
            return Err(crate::error::Error::RunChanged(id).into());
        }
        let mut transcript = Transcript::default();
        let mut session = parts.session(&who.agent.id);
        if body.revision.is_some() {
            session = session.answers_bound_to_revision();
        }
        let resumed = session.resume(record, answers(body.answers), &mut transcript);
        Ok(match resumed {
            Ok(outcome) => transcript_reply(transcript, Some(id), outcome),
            Err(error) => run_failed(transcript, error, Some(id), parts.l10n),
        })
    })
    .await
}

async fn cancel_run(
    State(app): State<App>,
    id: Result<Path<i64>, PathRejection>,
    headers: HeaderMap,
) -> Response {
    let Ok(Path(id)) = id else {
        return not_found(State(app), headers).await;
    };
    let asker = Asker::new(&app, &headers, true);
    call(&app, &app.writer, asker, Some(id), move |who, parts| {
        let record = visible_run(who, parts, id)?;
        let locale = parts.l10n.locale().to_string();
        session::cancel(parts.store, Some(&who.agent.id), &locale, id)?;
        Ok(Reply::ok(Said::cancelled(
            id,
            &record.state.step,
            parts.l10n,
        )))
    })
    .await
}

async fn show_run(
    State(app): State<App>,
    id: Result<Path<i64>, PathRejection>,
    headers: HeaderMap,
) -> Response {
    let Ok(Path(id)) = id else {
        return not_found(State(app), headers).await;
    };
    let asker = Asker::new(&app, &headers, false);
    call(&app, &app.readers, asker, Some(id), move |who, parts| {
        let record = visible_run(who, parts, id)?;
        let events = parts.store.read(|tx| journal::events(tx, id))?;
        let mut body = json!(record);
        body["events"] = json!(events);
        Ok(Reply::ok(body))
    })
    .await
}

#[derive(Deserialize)]
struct ListQuery {
    status: Option<String>,
    limit: Option<u32>,
}

/// The most runs one listing returns.
const LIST_LIMIT: u32 = 1000;

async fn list_runs(
    State(app): State<App>,
    headers: HeaderMap,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Response {
    let asker = Asker::new(&app, &headers, false);
    call(&app, &app.readers, asker, None, move |who, parts| {
        let Ok(Query(query)) = query else {
            return Err(Failure::bad_request());
        };
        let status = match query.status.as_deref() {
            Some(s) => Some(RunStatus::parse(s).ok_or_else(Failure::bad_request)?),
            None => None,
        };
        let limit = query.limit.unwrap_or(100).min(LIST_LIMIT);
        let agent = super::visible_agent(who);
        let runs = parts
            .store
            .read(|tx| journal::find_runs(tx, agent, status, limit))?;
        Ok(Reply::ok(runs))
    })
    .await
}

async fn not_found(State(app): State<App>, headers: HeaderMap) -> Response {
    let asker = Asker::new(&app, &headers, false);
    call(&app, &app.readers, asker, None, |_who, _parts| {
        Err(Failure::not_found())
    })
    .await
}

fn transcript_reply(transcript: Transcript, run: Option<i64>, outcome: Outcome) -> Reply {
    let said = transcript.ended(run, outcome);
    Reply {
        status: match outcome {
            Outcome::Refused => StatusCode::FORBIDDEN,
            Outcome::Completed | Outcome::Waiting => StatusCode::OK,
        },
        body: to_json(&said),
        location: None,
    }
}

/// A run that stopped on an error: what it said before, the error, and
/// `failed`, under the error's status.
fn run_failed(
    transcript: Transcript,
    error: crate::error::Error,
    run: Option<i64>,
    l10n: &Localizer,
) -> Reply {
    let failure = Failure::from(error);
    let mut said = transcript.said;
    said.extend(Said::failed(run, l10n.format(&failure.message)));
    Reply {
        status: failure.status,
        body: to_json(&said),
        location: None,
    }
}
