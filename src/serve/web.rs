//! The web pages: sign in, home (workflows, inbox, recent runs), a run's
//! current step as a form with its history, the stand-in for resellers,
//! the how-to pages. Server-rendered; the one script only filters long
//! lists.
//!
//! Forms follow post/redirect/get: a POST that changes something answers
//! `303 See Other` to the page that shows the result, so reloading never
//! posts twice. A form names the step and revision it was made for: a
//! second Submit of the same step (a double click, another tab, Back) is
//! not applied again, and the agent sees the step as it now stands.

use std::collections::VecDeque;

use axum::Router;
use axum::extract::rejection::{FormRejection, PathRejection, QueryRejection};
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use super::identity::{self, Credentials, SESSION_COOKIE, SESSION_HOURS, Who, authenticate};
use super::pages::{self, Frame, Language};
use super::pool::{Parts, Pool, Worker};
use super::{App, Failure, requested_locales, visible_run};
use crate::auth;
use crate::error::Error;
use crate::session::{Answer, Peek};
use crate::store::domain;
use crate::store::identity as credentials;
use crate::store::journal::{self, RunEvent, RunRecord, RunStatus};
use crate::transcript::{Said, Transcript};
use crate::value::Message;

/// The cookie that carries the sign-in form's CSRF token, before there is
/// a session to hold one.
const SIGN_IN_COOKIE: &str = "docflow_sign_in";
/// The language chosen by someone not signed in.
const LANGUAGE_COOKIE: &str = "docflow_lang";

pub fn routes() -> Router<App> {
    Router::new()
        .route("/", get(home))
        .route("/sign-in", get(sign_in_page).post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/language", post(language))
        .route("/runs", post(start_run))
        .route("/runs/{id}", get(run_page).post(answer))
        .route("/runs/{id}/cancel", post(cancel))
        .route("/relationships", get(relationships))
        .route(
            "/relationships/{reseller}/accept",
            post(accept_relationship),
        )
        .route("/docs/{*path}", get(docs))
        .route("/assets/style.css", get(style))
        .route("/assets/app.js", get(script))
}

/// Who visits, in which language, from where.
struct Visitor {
    credentials: Credentials,
    accept: Vec<LanguageIdentifier>,
    chosen: Option<String>,
    path: String,
}

impl Visitor {
    fn new(app: &App, headers: &HeaderMap, path: impl Into<String>) -> Visitor {
        Visitor {
            credentials: Credentials::for_page(headers, app.proxy_header.as_ref()),
            accept: requested_locales(headers),
            chosen: identity::cookie(headers, LANGUAGE_COOKIE),
            path: path.into(),
        }
    }
}

/// What a page job works with.
struct Page<'w> {
    who: Option<Who>,
    parts: Parts<'w>,
    languages: Vec<Language>,
    path: String,
}

impl Page<'_> {
    /// The signed-in agent; a page for nobody redirects to sign in.
    fn who(&self) -> Result<&Who, Failure> {
        self.who.as_ref().ok_or_else(Failure::unauthenticated)
    }

    /// The signed-in agent, if the form carries their session's token.
    fn who_with_csrf(&self, sent: &str) -> Result<&Who, Failure> {
        let who = self.who()?;
        if !who.csrf_ok(Some(sent)) {
            return Err(Failure::csrf());
        }
        Ok(who)
    }

    fn frame(&mut self, here: &'static str) -> Frame {
        let who = self.who.as_ref();
        Frame::new(
            self.parts.l10n,
            std::mem::take(&mut self.languages),
            here,
            &self.path,
            who.map(|w| &w.agent),
            who.and_then(|w| w.csrf.clone()),
        )
    }

    fn render(
        &mut self,
        status: StatusCode,
        template: &str,
        here: &'static str,
        data: &impl Serialize,
    ) -> Result<Response, Failure> {
        let frame = self.frame(here);
        let html = pages::render(
            self.parts.templates,
            self.parts.l10n,
            template,
            &frame,
            data,
        )?;
        Ok(html_response(status, html))
    }

    fn fail(&mut self, failure: &Failure) -> Response {
        if failure.status == StatusCode::UNAUTHORIZED {
            return see_other(&format!("/sign-in?next={}", encode(&self.path)));
        }
        #[derive(Serialize)]
        struct ErrorPage {
            error: String,
        }
        let error = self.parts.l10n.format(&failure.message);
        self.render(failure.status, "error.html", "", &ErrorPage { error })
            .unwrap_or_else(|inner| plain_failure(&inner))
    }
}

/// Runs a page job on `pool`: settles who visits on the worker's
/// connection, picks their language, and turns a failure into its page.
async fn page(
    app: &App,
    pool: &Pool,
    visitor: Visitor,
    job: impl FnOnce(&mut Page<'_>) -> Result<Response, Failure> + Send + 'static,
) -> Response {
    match visit(app, pool, visitor, job).await {
        Visit::Value(response) | Visit::Page(response) => response,
    }
}

/// What [`visit`] yields: the job's value, or the page that tells why
/// there is none.
enum Visit<T> {
    Value(T),
    Page(Response),
}

/// Like [`page`], for a job that yields a value rather than a page: the
/// value, or the page that tells why there is none.
async fn visit<T: Send + 'static>(
    app: &App,
    pool: &Pool,
    visitor: Visitor,
    job: impl FnOnce(&mut Page<'_>) -> Result<T, Failure> + Send + 'static,
) -> Visit<T> {
    let secret = app.secret.clone();
    let replied = pool
        .run(move |worker| {
            let who = worker
                .store
                .read(|tx| authenticate(tx, &visitor.credentials, &secret))?;
            let locale = page_locale(worker, &visitor, who.as_ref());
            let languages = worker.languages();
            let parts = worker.parts(&locale)?;
            let mut page = Page {
                who,
                parts,
                languages,
                path: visitor.path,
            };
            Ok(match job(&mut page) {
                Ok(value) => Visit::Value(value),
                Err(failure) => Visit::Page(page.fail(&failure)),
            })
        })
        .await;
    replied.unwrap_or_else(|failure| Visit::Page(app.outside_failure(&failure, false)))
}

/// The agent's preferred language; before sign-in, the one chosen on the
/// sign-in page, else the browser's.
fn page_locale(worker: &Worker, visitor: &Visitor, who: Option<&Who>) -> LanguageIdentifier {
    let preferred = who
        .map(|w| w.agent.locale.as_str())
        .or(visitor.chosen.as_deref())
        .and_then(crate::l10n::parse_locale);
    match preferred {
        Some(locale) => worker.catalog.negotiate(&[locale]),
        None => worker.catalog.negotiate(&visitor.accept),
    }
}

fn html_response(status: StatusCode, html: String) -> Response {
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // A run page must show the run as it stands, also after Back.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A failure that could not even be rendered: its status alone.
fn plain_failure(failure: &Failure) -> Response {
    failure.status.into_response()
}

/// Sets a cookie; `Secure` (sent back only over HTTPS) when the server was
/// told it sits behind TLS.
fn set_cookie(app: &App, response: &mut Response, cookie: &str) {
    let secure = if app.secure_cookies { "; Secure" } else { "" };
    if let Ok(value) = HeaderValue::from_str(&format!("{cookie}{secure}")) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// Percent-encodes a path for a query string.
fn encode(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Where to go after signing in or switching language: a path on this
/// server only, never another site.
fn local_path(next: &str) -> &str {
    // Printable ASCII only: browsers drop tabs and line breaks from a URL,
    // so `/<TAB>/evil.example` would become `//evil.example`.
    let printable = next.bytes().all(|b| (0x21..=0x7e).contains(&b));
    let local =
        printable && next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if local { next } else { "/" }
}

#[derive(Serialize)]
struct RunLink {
    id: i64,
    link: String,
    updated: String,
    by: Option<String>,
}

fn run_links(page: &Page<'_>, runs: &[RunRecord]) -> Vec<RunLink> {
    let l10n = page.parts.l10n;
    let me = page.who.as_ref().map(|w| w.agent.id.as_str());
    runs.iter()
        .map(|run| RunLink {
            id: run.id,
            link: l10n.format(
                &Message::new("web-run-link")
                    .arg("run", run.id.to_string())
                    .arg("workflow", workflow_title(&page.parts, &run.workflow)),
            ),
            updated: l10n.datetime(&run.updated_at),
            by: (Some(run.agent.as_str()) != me).then(|| {
                l10n.format(&Message::new("web-run-started-by").arg("agent", run.agent.as_str()))
            }),
        })
        .collect()
}

fn workflow_title(parts: &Parts<'_>, id: &str) -> String {
    match parts.definitions.get(id) {
        Ok(definition) => parts.l10n.text(&definition.title),
        Err(_) => id.to_owned(),
    }
}

async fn home(State(app): State<App>, headers: HeaderMap) -> Response {
    let visitor = Visitor::new(&app, &headers, "/");
    page(&app, &app.readers, visitor, |page| {
        #[derive(Serialize)]
        struct Home {
            workflows: Vec<crate::transcript::WorkflowSummary>,
            inbox: Vec<RunLink>,
            recent: Vec<RunLink>,
        }
        let who = page.who()?.clone();
        let mut workflows: Vec<_> = page
            .parts
            .definitions
            .all()?
            .iter()
            .filter(|d| d.allows(who.agent.role))
            .map(|d| crate::transcript::WorkflowSummary::new(d, page.parts.l10n))
            .collect();
        workflows.sort_by(|a, b| a.title.cmp(&b.title));
        let agent = super::visible_agent(&who);
        let (waiting, completed) = page.parts.store.read(|tx| {
            Ok((
                journal::find_runs(tx, agent, Some(RunStatus::Waiting), 50)?,
                journal::find_runs(tx, agent, Some(RunStatus::Completed), 10)?,
            ))
        })?;
        let home = Home {
            workflows,
            inbox: run_links(page, &waiting),
            recent: run_links(page, &completed),
        };
        page.render(StatusCode::OK, "home.html", "home", &home)
    })
    .await
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn sign_in_page(
    State(app): State<App>,
    headers: HeaderMap,
    query: Result<Query<NextQuery>, QueryRejection>,
) -> Response {
    let next = query
        .ok()
        .and_then(|Query(q)| q.next)
        .map(|n| local_path(&n).to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let token = identity::cookie(&headers, SIGN_IN_COOKIE).unwrap_or_else(auth::new_token);
    let visitor = Visitor::new(&app, &headers, format!("/sign-in?next={}", encode(&next)));
    let csrf = token.clone();
    let mut response = page(&app, &app.readers, visitor, move |page| {
        sign_in_form(page, StatusCode::OK, &csrf, &next, "", None)
    })
    .await;
    set_cookie(
        &app,
        &mut response,
        &format!("{SIGN_IN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"),
    );
    response
}

fn sign_in_form(
    page: &mut Page<'_>,
    status: StatusCode,
    csrf: &str,
    next: &str,
    agent: &str,
    error: Option<Message>,
) -> Result<Response, Failure> {
    #[derive(Serialize)]
    struct SignIn<'a> {
        next: &'a str,
        agent: &'a str,
        error: Option<String>,
    }
    // The sign-in form's token is the cookie's, not a session's.
    page.who = None;
    let mut frame = page.frame("sign-in");
    frame.csrf = Some(csrf.to_owned());
    let data = SignIn {
        next,
        agent,
        error: error.map(|m| page.parts.l10n.format(&m)),
    };
    let html = pages::render(
        page.parts.templates,
        page.parts.l10n,
        "signin.html",
        &frame,
        &data,
    )?;
    Ok(html_response(status, html))
}

#[derive(Deserialize)]
struct SignInForm {
    #[serde(default)]
    csrf: String,
    next: String,
    agent: String,
    password: String,
}

async fn sign_in(
    State(app): State<App>,
    headers: HeaderMap,
    form: Result<Form<SignInForm>, FormRejection>,
) -> Response {
    let visitor = Visitor::new(&app, &headers, "/sign-in");
    let cookie = identity::cookie(&headers, SIGN_IN_COOKIE);
    let Ok(Form(form)) = form else {
        return page(&app, &app.readers, visitor, |_| Err(Failure::bad_request())).await;
    };
    let csrf_ok = cookie
        .as_deref()
        .is_some_and(|c| auth::same_secret(c, &form.csrf));
    if !csrf_ok {
        return page(&app, &app.readers, visitor, |_| Err(Failure::csrf())).await;
    }
    let agent = form.agent.trim().to_owned();
    let next = local_path(&form.next).to_owned();
    let check = PasswordCheck {
        agent: agent.clone(),
        password: form.password.clone(),
        csrf: form.csrf.clone(),
        next: next.clone(),
    };
    // Checking a password costs argon2id's time and memory on purpose: a
    // reader does it, one check at a time, and the throttle stops anyone
    // from making it do so more than a few times per name.
    let throttle = app.throttle.clone();
    let checked = visit(&app, &app.readers, visitor, move |page| {
        check_password(page, &throttle, &check)
    })
    .await;
    let hash = match checked {
        Visit::Value(Checked::Passed { hash }) => hash,
        Visit::Value(Checked::Refused(page)) | Visit::Page(page) => return page,
    };
    let id = auth::new_token();
    let digest = auth::digest(&id);
    let csrf = auth::new_token();
    let sign_in_csrf = form.csrf.clone();
    let visitor = Visitor::new(&app, &headers, "/sign-in");
    let mut response = page(&app, &app.writer, visitor, move |page| {
        // The password may have changed since it was checked: a session
        // opens only on the hash that was checked.
        let current = page
            .parts
            .store
            .read(|tx| credentials::password_hash(tx, &agent))?;
        if current.as_deref() != Some(hash.as_str()) {
            let refusal = Some(Message::new("web-sign-in-failed"));
            return sign_in_form(
                page,
                StatusCode::UNAUTHORIZED,
                &sign_in_csrf,
                &next,
                &agent,
                refusal,
            );
        }
        page.parts
            .store
            .write(|tx| credentials::open_session(tx, &digest, &agent, &csrf, SESSION_HOURS))?;
        Ok(see_other(&next))
    })
    .await;
    if response.status() == StatusCode::SEE_OTHER {
        let max_age = SESSION_HOURS * 3600;
        set_cookie(
            &app,
            &mut response,
            &format!("{SESSION_COOKIE}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}"),
        );
    }
    response
}

/// A sign-in attempt, as the reader checks it.
struct PasswordCheck {
    agent: String,
    password: String,
    csrf: String,
    next: String,
}

enum Checked {
    /// The password matches this stored hash.
    Passed { hash: String },
    /// The sign-in page again, telling why.
    Refused(Response),
}

/// One argon2id check at a time, whatever the number of readers: sign-in
/// attempts cannot take every reader from the pages.
static PASSWORD_CHECKS: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn check_password(
    page: &mut Page<'_>,
    throttle: &identity::Throttle,
    check: &PasswordCheck,
) -> Result<Checked, Failure> {
    let refused = |page: &mut Page<'_>, status: StatusCode, id: &str| {
        let refusal = Some(Message::new(id));
        let form = sign_in_form(
            page,
            status,
            &check.csrf,
            &check.next,
            &check.agent,
            refusal,
        )?;
        Ok(Checked::Refused(form))
    };
    // Every name is counted alike, known or not, so the answers do not
    // tell which agents can sign in.
    if !throttle.allows(&check.agent) {
        return refused(page, StatusCode::TOO_MANY_REQUESTS, "web-sign-in-throttled");
    }
    let hash = match check.agent.chars().count() <= identity::MAX_AGENT_ID {
        true => page
            .parts
            .store
            .read(|tx| credentials::password_hash(tx, &check.agent))?,
        false => None,
    };
    let matches = {
        let _one_at_a_time = PASSWORD_CHECKS.lock();
        // An agent without a password costs the same check as one with
        // it, so the time taken does not tell either.
        auth::verify_password_or_waste(&check.password, hash.as_deref())
    };
    match hash {
        Some(hash) if matches => {
            throttle.succeeded(&check.agent);
            Ok(Checked::Passed { hash })
        }
        _ => {
            throttle.failed(&check.agent);
            refused(page, StatusCode::UNAUTHORIZED, "web-sign-in-failed")
        }
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

async fn sign_out(
    State(app): State<App>,
    headers: HeaderMap,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Response {
    let visitor = Visitor::new(&app, &headers, "/");
    let session = identity::cookie(&headers, SESSION_COOKIE);
    let mut response = page(&app, &app.writer, visitor, move |page| {
        let Ok(Form(form)) = form else {
            return Err(Failure::bad_request());
        };
        page.who_with_csrf(&form.csrf)?;
        if let Some(session) = session {
            page.parts
                .store
                .write(|tx| credentials::close_session(tx, &auth::digest(&session)))?;
        }
        Ok(see_other("/sign-in"))
    })
    .await;
    if response.status() == StatusCode::SEE_OTHER {
        set_cookie(
            &app,
            &mut response,
            &format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"),
        );
    }
    response
}

#[derive(Deserialize)]
struct LanguageForm {
    csrf: Option<String>,
    locale: String,
    back: String,
}

/// The language switcher: saved to the agent's profile; before sign-in,
/// in a cookie.
async fn language(
    State(app): State<App>,
    headers: HeaderMap,
    form: Result<Form<LanguageForm>, FormRejection>,
) -> Response {
    let visitor = Visitor::new(&app, &headers, "/");
    let sign_in_token = identity::cookie(&headers, SIGN_IN_COOKIE);
    let Ok(Form(form)) = form else {
        return page(&app, &app.readers, visitor, |_| Err(Failure::bad_request())).await;
    };
    let back = local_path(&form.back).to_owned();
    let chosen = form.locale.clone();
    let mut response = page(&app, &app.writer, visitor, move |page| {
        let sent = form.csrf.as_deref().unwrap_or_default();
        let locale = crate::l10n::parse_requested(&form.locale)?;
        if !page.languages.iter().any(|l| l.tag == locale.to_string()) {
            return Err(crate::error::Error::InvalidLocale(form.locale.clone()).into());
        }
        match &page.who {
            Some(_) => {
                let who = page.who_with_csrf(sent)?.clone();
                let tag = locale.to_string();
                page.parts
                    .store
                    .write(|tx| domain::set_agent_locale(tx, &who.agent.id, &tag))?;
            }
            None => {
                let ok = sign_in_token
                    .as_deref()
                    .is_some_and(|t| auth::same_secret(t, sent));
                if !ok {
                    return Err(Failure::csrf());
                }
            }
        }
        Ok(see_other(&back))
    })
    .await;
    if response.status() == StatusCode::SEE_OTHER {
        set_cookie(
            &app,
            &mut response,
            &format!(
                "{LANGUAGE_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000",
                encode(&chosen)
            ),
        );
    }
    response
}

#[derive(Deserialize)]
struct StartForm {
    #[serde(default)]
    csrf: String,
    workflow: String,
}

async fn start_run(
    State(app): State<App>,
    headers: HeaderMap,
    form: Result<Form<StartForm>, FormRejection>,
) -> Response {
    let visitor = Visitor::new(&app, &headers, "/");
    page(&app, &app.writer, visitor, move |page| {
        let Ok(Form(form)) = form else {
            return Err(Failure::bad_request());
        };
        let who = page.who_with_csrf(&form.csrf)?.clone();
        let parts = &mut page.parts;
        let definition = parts.definitions.get(&form.workflow)?;
        if !definition.allows(who.agent.role) {
            let refusal = crate::session::refusal(definition, &who.agent, parts.l10n);
            return Err(Failure::new(StatusCode::FORBIDDEN, refusal));
        }
        let mut transcript = Transcript::default();
        let started = parts.session(&who.agent.id).start(
            definition,
            &who.agent,
            VecDeque::new(),
            &mut transcript,
        )?;
        started.outcome?;
        let run = started
            .run
            .ok_or_else(|| Failure::internal("a run allowed to start did not"))?;
        Ok(see_other(&format!("/runs/{run}")))
    })
    .await
}

#[derive(Deserialize)]
struct RunQuery {
    stale: Option<u8>,
}

async fn run_page(
    State(app): State<App>,
    headers: HeaderMap,
    id: Result<Path<i64>, PathRejection>,
    query: Result<Query<RunQuery>, QueryRejection>,
) -> Response {
    let Ok(Path(id)) = id else {
        return not_found(State(app), headers).await;
    };
    let stale = query.ok().and_then(|Query(q)| q.stale).is_some();
    let visitor = Visitor::new(&app, &headers, format!("/runs/{id}"));
    let docs = app.docs.clone();
    page(&app, &app.readers, visitor, move |page| {
        let notice = stale.then(|| Message::new("web-run-stale"));
        let view = RunView {
            id,
            notice,
            inline: None,
            docs: &docs,
        };
        render_run(page, view)
    })
    .await
}

/// What the run page shows beyond the run itself.
struct RunView<'a> {
    id: i64,
    notice: Option<Message>,
    /// A refused answer: why, and what was typed.
    inline: Option<Inline>,
    docs: &'a std::collections::HashMap<String, String>,
}

struct Inline {
    error: String,
    value: String,
}

#[derive(Serialize)]
struct RunPageData {
    run: i64,
    title: String,
    revision: i64,
    notice: Option<String>,
    /// What the run told since the agent's last answer (info steps).
    told: Vec<String>,
    prompt: Option<PromptView>,
    error: Option<String>,
    waits: Option<String>,
    moves: bool,
    waiting: bool,
    finished: Option<String>,
    /// What a completed run's end step says.
    ended: Option<String>,
    howto: Option<String>,
    history: Vec<HistoryLine>,
}

#[derive(Serialize)]
struct PromptView {
    step: String,
    text: String,
    /// `None` for free text.
    options: Option<Vec<crate::session::PromptOption>>,
    /// Shown as one button per option.
    confirmation: bool,
    value: String,
    /// The rules, told under the box: checked by the server, so a refusal
    /// comes in the agent's language with what they typed kept.
    rules: String,
}

#[derive(Serialize)]
struct HistoryLine {
    at: String,
    time: String,
    event: String,
    detail: String,
}

fn render_run(page: &mut Page<'_>, view: RunView<'_>) -> Result<Response, Failure> {
    let who = page.who()?.clone();
    let record = visible_run(&who, &mut page.parts, view.id)?;
    let parts = &mut page.parts;
    let l10n = parts.l10n;
    let peek = parts.session(&who.agent.id).peek(&record)?;
    let events = parts.store.read(|tx| journal::events(tx, view.id))?;
    let (workflow, _) = record.current();
    let title = l10n.format(
        &Message::new("web-run-title")
            .arg("run", view.id.to_string())
            .arg("workflow", workflow_title(parts, &record.workflow)),
    );
    let howto_page = format!("{}/{workflow}.html", l10n.locale());
    let howto = view
        .docs
        .contains_key(&howto_page)
        .then(|| format!("/docs/{howto_page}#step-{}", record.state.step));
    let (error, typed) = match view.inline {
        Some(inline) => (Some(inline.error), inline.value),
        None => (None, String::new()),
    };
    let mut data = RunPageData {
        run: view.id,
        title,
        revision: record.revision,
        notice: view.notice.map(|m| l10n.format(&m)),
        told: told_since_last_answer(&events),
        prompt: None,
        error,
        waits: None,
        moves: false,
        waiting: record.status == RunStatus::Waiting,
        finished: None,
        ended: None,
        howto,
        history: events
            .iter()
            .map(|e| HistoryLine {
                at: e.at.clone(),
                time: l10n.datetime(&e.at),
                event: l10n.text(e.event.message_id()),
                detail: e.summary(),
            })
            .collect(),
    };
    match peek {
        Peek::Ask(prompt) => {
            let rules = prompt.text_rules.clone();
            data.prompt = Some(PromptView {
                confirmation: prompt.confirmation,
                options: (!prompt.is_free_text()).then_some(prompt.options),
                step: prompt.step,
                text: prompt.text,
                value: typed,
                rules: rules
                    .map(|r| {
                        l10n.format(
                            &Message::new("web-text-rules")
                                .arg("min", r.min_length as i64)
                                .arg("max", r.max_length as i64),
                        )
                    })
                    .unwrap_or_default(),
            });
        }
        Peek::Waits(text) => data.waits = Some(text),
        Peek::Moves => data.moves = true,
        Peek::Finished(status, told) => {
            // `peek` answers `Finished` only for a run that is not waiting.
            data.finished = Some(l10n.text(match status {
                RunStatus::Cancelled => "web-run-cancelled",
                RunStatus::Completed | RunStatus::Waiting => "web-run-completed",
            }));
            data.ended = told;
        }
    }
    let status = if data.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page.render(status, "run.html", "run", &data)
}

/// The info steps' texts recorded since the last answer, in order: what
/// the run told on its way to where it stands.
fn told_since_last_answer(events: &[journal::Event]) -> Vec<String> {
    let mut told: Vec<String> = events
        .iter()
        .rev()
        .take_while(|e| !matches!(e.event, RunEvent::Answer { .. }))
        .filter_map(|e| match &e.event {
            RunEvent::Info { text } => Some(text.clone()),
            _ => None,
        })
        .collect();
    told.reverse();
    told
}

#[derive(Deserialize)]
struct AnswerForm {
    #[serde(default)]
    csrf: String,
    revision: i64,
    /// Absent when the run goes on without an answer (check again).
    step: Option<String>,
    value: Option<String>,
}

async fn answer(
    State(app): State<App>,
    headers: HeaderMap,
    id: Result<Path<i64>, PathRejection>,
    form: Result<Form<AnswerForm>, FormRejection>,
) -> Response {
    let Ok(Path(id)) = id else {
        return not_found(State(app), headers).await;
    };
    let visitor = Visitor::new(&app, &headers, format!("/runs/{id}"));
    let docs = app.docs.clone();
    page(&app, &app.writer, visitor, move |page| {
        let form = match form {
            // A step's form without its value: a radio list sent with
            // nothing chosen, which the browser's own `required` stops, so
            // only a hand-made request gets here.
            Ok(Form(form)) if form.step.is_none() || form.value.is_some() => form,
            _ => return Err(Failure::bad_request()),
        };
        let who = page.who_with_csrf(&form.csrf)?.clone();
        let record = visible_run(&who, &mut page.parts, id)?;
        let same_step = form.step.as_deref().is_none_or(|s| s == record.state.step);
        if record.status != RunStatus::Waiting || record.revision != form.revision || !same_step {
            return Ok(see_other(&format!("/runs/{id}?stale=1")));
        }
        let typed = form.value.clone().unwrap_or_default();
        let answers: VecDeque<Answer> = form
            .step
            .zip(form.value)
            .map(|(step, value)| Answer { step, value })
            .into_iter()
            .collect();
        let parts = &mut page.parts;
        let mut transcript = Transcript::default();
        let resumed = parts
            .session(&who.agent.id)
            .answers_bound_to_revision()
            .resume(record, answers, &mut transcript);
        match resumed {
            // Another writer moved the run between the check above and
            // this answer's commit (a second tab, another server): the page
            // shows where it now stands.
            Err(Error::RunChanged(_) | Error::RunFinished { .. }) => {
                return Ok(see_other(&format!("/runs/{id}?stale=1")));
            }
            other => other?,
        };
        let refused = transcript.said.iter().find_map(|said| match said {
            Said::Error { text, .. } => Some(text.clone()),
            _ => None,
        });
        match refused {
            // Refused: the same step again, with why and what was typed.
            Some(error) => {
                let view = RunView {
                    id,
                    notice: None,
                    inline: Some(Inline {
                        error,
                        value: typed,
                    }),
                    docs: &docs,
                };
                render_run(page, view)
            }
            None => Ok(see_other(&format!("/runs/{id}"))),
        }
    })
    .await
}

async fn cancel(
    State(app): State<App>,
    headers: HeaderMap,
    id: Result<Path<i64>, PathRejection>,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Response {
    let Ok(Path(id)) = id else {
        return not_found(State(app), headers).await;
    };
    let visitor = Visitor::new(&app, &headers, format!("/runs/{id}"));
    page(&app, &app.writer, visitor, move |page| {
        let Ok(Form(form)) = form else {
            return Err(Failure::bad_request());
        };
        let who = page.who_with_csrf(&form.csrf)?.clone();
        visible_run(&who, &mut page.parts, id)?;
        let locale = page.parts.l10n.locale().to_string();
        crate::session::cancel(page.parts.store, Some(&who.agent.id), &locale, id)?;
        Ok(see_other(&format!("/runs/{id}")))
    })
    .await
}

#[derive(Deserialize)]
struct AcceptedQuery {
    accepted: Option<String>,
}

/// The stand-in for resellers: requests waiting for a reseller's answer.
async fn relationships(
    State(app): State<App>,
    headers: HeaderMap,
    query: Result<Query<AcceptedQuery>, QueryRejection>,
) -> Response {
    let accepted = query.ok().and_then(|Query(q)| q.accepted);
    let visitor = Visitor::new(&app, &headers, "/relationships");
    page(&app, &app.readers, visitor, move |page| {
        #[derive(Serialize)]
        struct Pending {
            id: String,
            name: String,
            accept: String,
        }
        #[derive(Serialize)]
        struct Relationships {
            pending: Vec<Pending>,
            notice: Option<String>,
        }
        stand_in(page.who()?)?;
        let all = page.parts.store.read(domain::relationships)?;
        let l10n = page.parts.l10n;
        let notice = accepted.and_then(|id| {
            let r = all
                .iter()
                .find(|r| r.reseller == id && r.state == "established")?;
            Some(
                l10n.format(
                    &Message::new("relationship-accepted")
                        .arg("id", r.reseller.as_str())
                        .arg("name", r.name.as_str()),
                ),
            )
        });
        let pending = all
            .iter()
            .filter(|r| r.state == "requested")
            .map(|r| Pending {
                id: r.reseller.clone(),
                name: r.name.clone(),
                accept: l10n
                    .format(&Message::new("web-relationships-accept").arg("name", r.name.as_str())),
            })
            .collect();
        let data = Relationships { pending, notice };
        page.render(StatusCode::OK, "relationships.html", "relationships", &data)
    })
    .await
}

fn stand_in(who: &Who) -> Result<(), Failure> {
    if pages::may_stand_in(who.agent.role) {
        return Ok(());
    }
    Err(Failure::new(
        StatusCode::FORBIDDEN,
        Message::new("error-stand-in-role"),
    ))
}

async fn accept_relationship(
    State(app): State<App>,
    headers: HeaderMap,
    reseller: Result<Path<String>, PathRejection>,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Response {
    let Ok(Path(reseller)) = reseller else {
        return not_found(State(app), headers).await;
    };
    let visitor = Visitor::new(&app, &headers, "/relationships");
    page(&app, &app.writer, visitor, move |page| {
        let Ok(Form(form)) = form else {
            return Err(Failure::bad_request());
        };
        stand_in(page.who_with_csrf(&form.csrf)?)?;
        page.parts
            .store
            .write(|tx| domain::accept_relationship(tx, &reseller))?;
        Ok(see_other(&format!(
            "/relationships?accepted={}",
            encode(&reseller)
        )))
    })
    .await
}

/// The how-to pages `docs render` writes, for signed-in agents.
async fn docs(State(app): State<App>, headers: HeaderMap, Path(path): Path<String>) -> Response {
    let visitor = Visitor::new(&app, &headers, format!("/docs/{path}"));
    let docs = app.docs.clone();
    page(&app, &app.readers, visitor, move |page| {
        page.who()?;
        let html = docs.get(&path).ok_or_else(Failure::not_found)?;
        let mut response = (StatusCode::OK, html.clone()).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        // The how-to pages carry their style inline, so only framing and
        // sniffing are restricted here.
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'none'; script-src 'none'"),
        );
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        Ok(response)
    })
    .await
}

/// The style sheet and the script: the program's own code, the same for
/// everyone, so they need no sign-in (the sign-in page uses them).
async fn style() -> Response {
    static_asset("text/css; charset=utf-8", pages::STYLE)
}

async fn script() -> Response {
    static_asset("text/javascript; charset=utf-8", pages::SCRIPT)
}

fn static_asset(content_type: &'static str, body: &'static str) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("max-age=3600"),
    );
    response
}

pub async fn not_found(State(app): State<App>, headers: HeaderMap) -> Response {
    let visitor = Visitor::new(&app, &headers, "/");
    page(&app, &app.readers, visitor, |_| Err(Failure::not_found())).await
}
