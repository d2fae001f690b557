//! `docflow serve` over HTTP: each rule of who may do what, tried by a
//! request that breaks it, against the real binary and a real SQLite file.

use std::collections::BTreeMap;
use std::sync::{Arc, Barrier};

use serde_json::{Value, json};

use crate::common::{ADMIN, Env, PASSWORD, Server, WORKFLOW, whole_assign_flow};

/// A client that keeps cookies, follows no redirect and reads every status.
pub struct Client {
    agent: ureq::Agent,
    base: String,
    cookies: BTreeMap<String, String>,
    pub language: Option<String>,
    /// Sent with every request, as a proxy in front would add them.
    pub headers: Vec<(&'static str, String)>,
}

pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl From<ureq::http::Response<ureq::Body>> for Reply {
    fn from(response: ureq::http::Response<ureq::Body>) -> Reply {
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned());
        let body = response.into_body().read_to_string().unwrap_or_default();
        Reply {
            status,
            location,
            body,
        }
    }
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }
}

impl Client {
    pub fn new(server: &Server) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        Client {
            agent,
            base: server.url.clone(),
            cookies: BTreeMap::new(),
            language: None,
            headers: Vec::new(),
        }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, response: ureq::http::Response<ureq::Body>) -> Reply {
        for value in response.headers().get_all("set-cookie") {
            let pair = value.to_str().unwrap().split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        Reply::from(response)
    }

    pub fn get(&mut self, path: &str) -> Reply {
        let mut request = self
            .agent
            .get(format!("{}{path}", self.base))
            .header("Cookie", self.cookie_header());
        if let Some(language) = &self.language {
            request = request.header("Accept-Language", language);
        }
        for (name, value) in &self.headers {
            request = request.header(*name, value);
        }
        let response = request.call().expect("GET");
        self.keep(response)
    }

    pub fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Reply {
        let mut request = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("Cookie", self.cookie_header());
        for (name, value) in &self.headers {
            request = request.header(*name, value);
        }
        let response = request.send_form(form.iter().copied()).expect("POST");
        self.keep(response)
    }

    /// Signs in through the form, as a browser does.
    pub fn sign_in(&mut self, agent: &str, password: &str) -> Reply {
        self.sign_in_then(agent, password, "/")
    }

    /// Signs in, asking to go to `next` afterwards.
    pub fn sign_in_then(&mut self, agent: &str, password: &str, next: &str) -> Reply {
        let page = self.get("/sign-in");
        let csrf = csrf(&page.body);
        self.post(
            "/sign-in",
            &[
                ("csrf", &csrf),
                ("next", next),
                ("agent", agent),
                ("password", password),
            ],
        )
    }
}

/// The CSRF token of the first form on a page.
pub fn csrf(html: &str) -> String {
    let start = html
        .find("name=\"csrf\" value=\"")
        .expect("a form with a CSRF token")
        + 19;
    html[start..start + 64].to_owned()
}

/// A hidden field's value in the run page's step form.
fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    let end = html[start..].find('"').unwrap() + start;
    html[start..end].to_owned()
}

/// Answers the run page's current step through its form.
fn answer(client: &mut Client, run: i64, value: &str) -> Reply {
    let page = client.get(&format!("/runs/{run}"));
    assert_eq!(page.status, 200, "{}", page.body);
    let (csrf, step, revision) = (
        field(&page.body, "csrf"),
        field(&page.body, "step"),
        field(&page.body, "revision"),
    );
    client.post(
        &format!("/runs/{run}"),
        &[
            ("csrf", &csrf),
            ("step", &step),
            ("revision", &revision),
            ("value", value),
        ],
    )
}

fn start_in_browser(client: &mut Client, workflow: &str) -> i64 {
    let home = client.get("/");
    let started = client.post(
        "/runs",
        &[("csrf", &csrf(&home.body)), ("workflow", workflow)],
    );
    assert_eq!(started.status, 303, "{}", started.body);
    let location = started.location.expect("redirect to the run");
    location
        .trim_start_matches("/runs/")
        .parse()
        .expect("run id")
}

fn api(server: &Server, method: &str, path: &str, token: &str, body: Option<Value>) -> Reply {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let url = server.at(path);
    let auth = format!("Bearer {token}");
    let response = match (method, body) {
        ("GET", _) => agent.get(url).header("Authorization", auth).call(),
        (_, Some(body)) => agent
            .post(url)
            .header("Authorization", auth)
            .send_json(body),
        (_, None) => agent.post(url).header("Authorization", auth).send_empty(),
    }
    .expect("API call");
    Reply::from(response)
}

fn answers_json(pairs: &[String]) -> Value {
    let list: Vec<Value> = pairs
        .iter()
        .filter(|arg| *arg != "--answer")
        .map(|pair| {
            let (step, value) = pair.split_once('=').unwrap();
            json!({ "step": step, "value": value })
        })
        .collect();
    json!(list)
}

#[test]
fn nobody_signed_in_gets_401_from_the_api_and_the_sign_in_page_from_pages() {
    let server = Server::demo();
    // The API: no token, a made-up token, a revoked token.
    let bare = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .new_agent();
    let response = bare
        .get(server.at("/api/runs"))
        .header("Accept-Language", "ru-RU")
        .call()
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
    let body: Value =
        serde_json::from_str(&response.into_body().read_to_string().unwrap()).unwrap();
    assert_eq!(body[0]["type"], "error");
    let text = body[0]["text"].as_str().unwrap();
    assert!(
        text.chars().any(|c| ('а'..='я').contains(&c)),
        "told in the asker's language: {text}"
    );
    assert_eq!(body[1]["status"], "failed");
    let made_up = "0".repeat(64);
    assert_eq!(
        api(&server, "GET", "/api/workflows", &made_up, None).status,
        401
    );
    let token = server.token(ADMIN);
    assert_eq!(
        api(&server, "GET", "/api/workflows", &token, None).status,
        200
    );
    server
        .env
        .cmd()
        .args(["agents", "revoke-tokens", ADMIN])
        .assert()
        .success();
    assert_eq!(
        api(&server, "GET", "/api/workflows", &token, None).status,
        401
    );
    // A session cookie does not open the API: only a token does.
    let mut client = Client::new(&server);
    assert_eq!(client.sign_in(ADMIN, PASSWORD).status, 303);
    assert_eq!(client.get("/api/runs").status, 401);

    // Pages redirect to sign in, and come back afterwards.
    let mut client = Client::new(&server);
    for path in ["/", "/runs/1", "/relationships", "/docs/en/index.html"] {
        let reply = client.get(path);
        assert_eq!(reply.status, 303, "{path}");
        let location = reply.location.unwrap();
        assert!(
            location.starts_with("/sign-in?next="),
            "{path} → {location}"
        );
    }
    let forged = client.post("/runs", &[("workflow", WORKFLOW)]);
    assert_eq!(
        forged.status, 303,
        "a POST without a session goes to sign in"
    );
    // The way back after sign-in stays on this server.
    let signed_in = client.sign_in_then(ADMIN, PASSWORD, "//evil.example/");
    assert_eq!(signed_in.location.as_deref(), Some("/"));
    // Browsers drop a tab from a URL: `/<TAB>/evil.example` is another site.
    let mut client = Client::new(&server);
    let signed_in = client.sign_in_then(ADMIN, PASSWORD, "/\t/evil.example");
    assert_eq!(signed_in.location.as_deref(), Some("/"));
    assert_eq!(server.env.count("SELECT count(*) FROM runs"), 0);
}

#[test]
fn an_agent_sees_and_answers_only_their_own_runs_unless_global_admin() {
    let server = Server::demo();
    let megan = server.token(ADMIN);
    let dmitri = server.token("dmitri");
    let ana = server.token("ana");
    let started = api(
        &server,
        "POST",
        "/api/runs",
        &megan,
        Some(
            json!({ "workflow": WORKFLOW, "answers": [{ "step": "customer", "value": "contoso" }] }),
        ),
    );
    assert_eq!(started.status, 201, "{}", started.body);
    assert_eq!(started.location.as_deref(), Some("/api/runs/1"));

    let seen = api(&server, "GET", "/api/runs/1", &dmitri, None);
    assert_eq!(seen.status, 403);
    // In Dmitri's language, naming the run.
    let text = seen.json()[0]["text"].as_str().unwrap().to_owned();
    assert!(
        text.split(|c: char| !c.is_ascii_digit()).any(|n| n == "1") && !text.contains("Run 1"),
        "{}",
        seen.body
    );
    let answered = api(
        &server,
        "POST",
        "/api/runs/1/answers",
        &dmitri,
        Some(json!({ "answers": [{ "step": "subscription", "value": "contoso-m365-e3" }] })),
    );
    assert_eq!(answered.status, 403);
    assert_eq!(
        api(&server, "POST", "/api/runs/1/cancel", &dmitri, None).status,
        403
    );
    assert_eq!(
        api(&server, "GET", "/api/runs", &dmitri, None).json(),
        json!([])
    );
    assert_eq!(
        api(&server, "GET", "/api/runs/99", &dmitri, None).status,
        404
    );
    let events = server
        .env
        .count("SELECT count(*) FROM run_events WHERE run = 1");

    // In the browser too.
    let mut client = Client::new(&server);
    client.sign_in("dmitri", PASSWORD);
    let page = client.get("/runs/1");
    assert_eq!(page.status, 403);
    assert!(
        page.body.contains("lang=\"ru-RU\""),
        "the refusal is in Dmitri's language"
    );
    let home = client.get("/");
    let forged = client.post(
        "/runs/1",
        &[
            ("csrf", &csrf(&home.body)),
            ("step", "subscription"),
            ("revision", "1"),
            ("value", "contoso-m365-e3"),
        ],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(
        server
            .env
            .count("SELECT count(*) FROM run_events WHERE run = 1"),
        events,
        "nothing of another agent's answer is recorded"
    );

    // A Global admin oversees every run.
    assert_eq!(api(&server, "GET", "/api/runs/1", &ana, None).status, 200);
    let listed = api(&server, "GET", "/api/runs?status=waiting", &ana, None).json();
    assert_eq!(listed[0]["id"], 1);
    assert_eq!(
        api(&server, "GET", "/api/runs?status=nonsense", &ana, None).status,
        400
    );
}

#[test]
fn a_sales_agent_cannot_start_assign_support_contact() {
    let server = Server::demo();
    let lucia = server.token("lucia");
    let refused = api(
        &server,
        "POST",
        "/api/runs",
        &lucia,
        Some(json!({ "workflow": WORKFLOW })),
    );
    assert_eq!(refused.status, 403, "{}", refused.body);
    let said = refused.json();
    assert_eq!(said[0]["type"], "error");
    assert!(
        said[0]["text"].as_str().unwrap().contains("Lucía Navarro"),
        "{said}"
    );
    assert_eq!(said[1]["status"], "refused");

    let mut client = Client::new(&server);
    client.sign_in("lucia", PASSWORD);
    let home = client.get("/");
    assert!(
        !home.body.contains(&format!("value=\"{WORKFLOW}\"")),
        "not offered"
    );
    let forged = client.post(
        "/runs",
        &[("csrf", &csrf(&home.body)), ("workflow", WORKFLOW)],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(server.env.count("SELECT count(*) FROM runs"), 0);
}

#[test]
fn a_form_post_without_its_csrf_token_is_refused() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    client.sign_in(ADMIN, PASSWORD);
    let missing = client.post("/runs", &[("workflow", WORKFLOW)]);
    assert_eq!(missing.status, 403);
    let wrong = client.post(
        "/runs",
        &[("csrf", &"f".repeat(64)), ("workflow", WORKFLOW)],
    );
    assert_eq!(wrong.status, 403);
    assert_eq!(server.env.count("SELECT count(*) FROM runs"), 0);
    let language = client.post("/language", &[("locale", "ru-RU"), ("back", "/")]);
    assert_eq!(language.status, 403);
    let sign_out = client.post("/sign-out", &[]);
    assert_eq!(sign_out.status, 403);
    assert_eq!(client.get("/").status, 200, "still signed in");

    // Sign-in itself: the form's token must match its cookie.
    let mut stranger = Client::new(&server);
    let forged = stranger.post(
        "/sign-in",
        &[
            ("csrf", &"a".repeat(64)),
            ("next", "/"),
            ("agent", ADMIN),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(forged.status, 403);
}

#[test]
fn what_a_person_typed_is_shown_escaped_in_the_review_and_history() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    client.sign_in("dmitri", PASSWORD);
    let run = start_in_browser(&mut client, "provide-technical-support");
    for value in [
        "contoso",
        "contoso-exchange",
        "escalate",
        "technical",
        "advanced",
    ] {
        let reply = answer(&mut client, run, value);
        assert_eq!(reply.status, 303, "{value}: {}", reply.body);
    }
    let typed = "<script>alert('x')</script> Mail is delayed by two hours";
    assert_eq!(answer(&mut client, run, typed).status, 303);
    let page = client.get(&format!("/runs/{run}"));
    assert!(!page.body.contains("<script>alert"), "{}", page.body);
    let escaped = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2f;script&gt;";
    let review = &page.body
        [page.body.find("id=\"step-heading\"").unwrap()..page.body.find("<aside").unwrap()];
    assert!(
        review.contains(escaped),
        "the review shows it as text: {review}"
    );
    let history = &page.body[page.body.find("<aside").unwrap()..];
    assert!(history.contains(escaped), "the history shows it as text");
}

#[test]
fn a_refused_free_text_answer_is_told_inline_and_keeps_what_was_typed() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    client.sign_in(ADMIN, PASSWORD);
    let run = start_in_browser(&mut client, "provide-technical-support");
    for value in [
        "contoso",
        "contoso-exchange",
        "escalate",
        "technical",
        "advanced",
    ] {
        answer(&mut client, run, value);
    }
    let refused = answer(&mut client, run, "Slow");
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("role=\"alert\""), "{}", refused.body);
    assert!(refused.body.contains("too short"), "told why");
    assert!(
        refused.body.contains(">Slow</textarea>"),
        "kept what was typed"
    );
    let run_row = server.env.count(&format!(
        "SELECT count(*) FROM runs WHERE id = {run} AND step = 'describe'"
    ));
    assert_eq!(run_row, 1, "still at the same step");
}

#[test]
fn the_same_answer_posted_twice_at_once_applies_once() {
    let server = Server::demo();
    let token = server.token(ADMIN);
    let flow = whole_assign_flow();
    let (before, submit) = flow.split_at(6);
    let started = api(
        &server,
        "POST",
        "/api/runs",
        &token,
        Some(json!({ "workflow": WORKFLOW, "answers": answers_json(before) })),
    );
    assert_eq!(started.status, 201);
    // Both clients post Submit at the same moment.
    let barrier = Arc::new(Barrier::new(2));
    let replies: Vec<Value> = std::thread::scope(|scope| {
        let posts: Vec<_> = (0..2)
            .map(|_| {
                let barrier = Arc::clone(&barrier);
                let (server, token, body) = (&server, &token, answers_json(&submit[..2]));
                scope.spawn(move || {
                    barrier.wait();
                    api(
                        server,
                        "POST",
                        "/api/runs/1/answers",
                        token,
                        Some(json!({ "answers": body })),
                    )
                    .json()
                })
            })
            .collect();
        posts.into_iter().map(|p| p.join().unwrap()).collect()
    });
    let effects = server
        .env
        .count("SELECT count(*) FROM run_events WHERE run = 1 AND kind = 'effect'");
    assert_eq!(effects, 1, "{replies:?}");
    // The second was told where the run now stands.
    let late = replies
        .iter()
        .find(|said| {
            said.as_array()
                .unwrap()
                .iter()
                .any(|s| s["type"] == "error")
        })
        .expect("one of the two was late");
    let prompt = late
        .as_array()
        .unwrap()
        .iter()
        .rfind(|s| s["type"] == "prompt")
        .unwrap();
    assert_eq!(prompt["step"], "review", "{replies:?}");

    // A double-clicked Submit in the browser.
    let mut client = Client::new(&server);
    client.sign_in(ADMIN, PASSWORD);
    let run = start_in_browser(&mut client, WORKFLOW);
    for value in ["contoso", "contoso-m365-e3", "fabrikam"] {
        assert_eq!(answer(&mut client, run, value).status, 303);
    }
    let locations = submit_in_two_tabs(&server, &mut client, run, "submit");
    let effects = server.env.count(&format!(
        "SELECT count(*) FROM run_events WHERE run = {run} AND kind = 'effect'"
    ));
    assert_eq!(effects, 1, "{locations:?}");
    assert!(
        locations.contains(&format!("/runs/{run}?stale=1")),
        "{locations:?}"
    );
    // The last step too: the late tab is shown the completed run.
    let locations = submit_in_two_tabs(&server, &mut client, run, "close");
    assert!(
        locations.contains(&format!("/runs/{run}?stale=1")),
        "{locations:?}"
    );
    let completed = server.env.count(&format!(
        "SELECT count(*) FROM run_events WHERE run = {run} AND kind = 'completed'"
    ));
    assert_eq!(completed, 1, "{locations:?}");
}

/// Posts the run page's form with `value` from two tabs of the same
/// browser at the same moment; where each was sent next.
fn submit_in_two_tabs(server: &Server, client: &mut Client, run: i64, value: &str) -> Vec<String> {
    let page = client.get(&format!("/runs/{run}"));
    let form = [
        ("csrf", field(&page.body, "csrf")),
        ("step", field(&page.body, "step")),
        ("revision", field(&page.body, "revision")),
        ("value", value.to_owned()),
    ];
    let barrier = Arc::new(Barrier::new(2));
    std::thread::scope(|scope| {
        let posts: Vec<_> = (0..2)
            .map(|_| {
                let barrier = Arc::clone(&barrier);
                let mut tab = Client::new(server);
                tab.cookies = client.cookies.clone();
                let form = form.clone();
                scope.spawn(move || {
                    let pairs: Vec<(&str, &str)> =
                        form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    barrier.wait();
                    let reply = tab.post(&format!("/runs/{run}"), &pairs);
                    reply
                        .location
                        .unwrap_or_else(|| panic!("{} {}", reply.status, reply.body))
                })
            })
            .collect();
        posts.into_iter().map(|p| p.join().unwrap()).collect()
    })
}

#[test]
fn sign_in_is_throttled_after_repeated_failures() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    for _ in 0..5 {
        let refused = client.sign_in(ADMIN, "wrong password");
        assert_eq!(refused.status, 401);
        assert!(refused.body.contains("not right"), "{}", refused.body);
    }
    let throttled = client.sign_in(ADMIN, PASSWORD);
    assert_eq!(throttled.status, 429, "even the right password waits");
    assert!(
        throttled.body.contains("Too many failed attempts"),
        "{}",
        throttled.body
    );
    assert_eq!(
        Client::new(&server).sign_in("ana", PASSWORD).status,
        303,
        "other agents are not locked out"
    );
}

#[test]
fn set_password_hashes_with_argon2id_and_never_stores_or_prints_the_password() {
    let env = Env::demo();
    let short = env
        .cmd()
        .args(["agents", "set-password", ADMIN, "--locale", "es-ES"])
        .write_stdin("short\n")
        .output()
        .unwrap();
    assert_eq!(short.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&short.stderr).contains("8"),
        "told the minimum"
    );
    let secret = "a long secret phrase";
    let set = env
        .cmd()
        .args(["agents", "set-password", ADMIN])
        .write_stdin(format!("{secret}\n"))
        .output()
        .unwrap();
    assert!(set.status.success());
    assert!(!String::from_utf8_lossy(&set.stdout).contains(secret));
    let hash = env.text(
        "SELECT hash FROM agent_passwords WHERE agent = ?1",
        &[ADMIN],
    );
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(secret));
    let unknown = env
        .cmd()
        .args(["agents", "set-password", "nobody"])
        .write_stdin(format!("{secret}\n"))
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(1));

    let server = Server::start(env, &[]);
    let mut client = Client::new(&server);
    assert_eq!(client.sign_in(ADMIN, secret).status, 303);
    assert_eq!(client.get("/").status, 200);
    let token = server.env.text("SELECT digest FROM web_sessions", &[]);
    assert!(
        !client.cookies.values().any(|v| *v == token),
        "the session id is stored only as a digest"
    );
}

#[test]
fn the_language_switcher_saves_the_choice_to_the_agents_profile() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    client.language = Some("es-ES".to_owned());
    let page = client.get("/sign-in");
    assert!(
        page.body.contains("lang=\"es-ES\""),
        "before sign-in: the browser's language"
    );
    client.sign_in(ADMIN, PASSWORD);
    let home = client.get("/");
    assert!(
        home.body.contains("lang=\"en\""),
        "signed in: the agent's own language"
    );
    let switched = client.post(
        "/language",
        &[
            ("csrf", &csrf(&home.body)),
            ("locale", "zh-TW"),
            ("back", "/"),
        ],
    );
    assert_eq!(switched.status, 303);
    assert!(client.get("/").body.contains("lang=\"zh-TW\""));
    let saved = server
        .env
        .text("SELECT locale FROM agents WHERE id = ?1", &[ADMIN]);
    assert_eq!(saved, "zh-TW");
    let unknown = client.post(
        "/language",
        &[
            ("csrf", &csrf(&home.body)),
            ("locale", "xx-YY"),
            ("back", "/"),
        ],
    );
    assert_eq!(unknown.status, 400);
}

#[test]
fn only_admin_agents_and_global_admins_stand_in_for_resellers() {
    let server = Server::demo();
    let mut helpdesk = Client::new(&server);
    helpdesk.sign_in("dmitri", PASSWORD);
    assert_eq!(helpdesk.get("/relationships").status, 403);
    let home = helpdesk.get("/");
    let forged = helpdesk.post(
        "/relationships/tailspin/accept",
        &[("csrf", &csrf(&home.body))],
    );
    assert_eq!(forged.status, 403);
    let mut admin = Client::new(&server);
    admin.sign_in(ADMIN, PASSWORD);
    let page = admin.get("/relationships");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Stand-in"), "marked as a stand-in");
}

#[test]
fn a_signing_in_proxys_header_is_trusted_only_when_asked_for() {
    let header = "X-Forwarded-User";
    // Off by default: the header names nobody.
    let server = Server::demo();
    let mut client = Client::new(&server);
    client.headers.push((header, "ana".to_owned()));
    assert_eq!(client.get("/").status, 303);
    drop(server);

    let server = Server::start(Env::demo(), &["--auth-proxy-header", header]);
    let mut client = Client::new(&server);
    client.headers.push((header, "dmitri".to_owned()));
    let home = client.get("/");
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains("lang=\"ru-RU\""),
        "Dmitri, in his language"
    );
    let started = client.post(
        "/runs",
        &[("csrf", &csrf(&home.body)), ("workflow", WORKFLOW)],
    );
    assert_eq!(started.status, 303, "forms work, with their CSRF token");
    assert_eq!(
        client.post("/runs", &[("workflow", WORKFLOW)]).status,
        403,
        "and without it are refused"
    );

    let mut stranger = Client::new(&server);
    stranger.headers.push((header, "nobody".to_owned()));
    assert_eq!(
        stranger.get("/").status,
        303,
        "an agent that does not exist is nobody"
    );

    // The API: a change must be sent as JSON, which a page elsewhere cannot
    // make a browser send.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let body = json!({ "workflow": WORKFLOW }).to_string();
    let as_form = agent
        .post(server.at("/api/runs"))
        .header(header, "dmitri")
        .header("Content-Type", "text/plain")
        .send(body.as_str())
        .unwrap();
    assert_eq!(as_form.status().as_u16(), 401);
    let as_json = agent
        .post(server.at("/api/runs"))
        .header(header, "dmitri")
        .header("Content-Type", "application/json")
        .send(body.as_str())
        .unwrap();
    assert_eq!(as_json.status().as_u16(), 201);
    assert_eq!(server.env.count("SELECT count(*) FROM runs"), 2);
}

#[test]
fn the_command_line_works_on_the_same_database_while_the_server_runs() {
    let server = Server::demo();
    let token = server.token(ADMIN);
    let started = api(
        &server,
        "POST",
        "/api/runs",
        &token,
        Some(
            json!({ "workflow": WORKFLOW, "answers": [{ "step": "customer", "value": "contoso" }] }),
        ),
    );
    assert_eq!(started.status, 201);
    // The rest of the run from the command line, then back to the API.
    server
        .env
        .cmd()
        .args(["resume", "1", "--answer", "subscription=contoso-m365-e3"])
        .assert()
        .success();
    let said = api(
        &server,
        "POST",
        "/api/runs/1/answers",
        &token,
        Some(json!({ "answers": [{ "step": "contact", "value": "fabrikam" }] })),
    )
    .json();
    let prompt = said
        .as_array()
        .unwrap()
        .iter()
        .rfind(|s| s["type"] == "prompt")
        .unwrap();
    assert_eq!(prompt["step"], "submit", "{said}");
}

#[test]
fn a_new_password_signs_the_agent_out_everywhere() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    client.sign_in(ADMIN, PASSWORD);
    assert_eq!(client.get("/").status, 200);
    server
        .env
        .cmd()
        .args(["agents", "set-password", ADMIN])
        .write_stdin("another long secret\n")
        .assert()
        .success();
    assert_eq!(client.get("/").status, 303, "the old session is gone");
}

#[test]
fn answers_made_for_an_older_revision_are_refused_and_a_global_admins_are_recorded_as_hers() {
    let server = Server::demo();
    let megan = server.token(ADMIN);
    let ana = server.token("ana");
    let body =
        json!({ "workflow": WORKFLOW, "answers": [{ "step": "customer", "value": "contoso" }] });
    assert_eq!(
        api(&server, "POST", "/api/runs", &megan, Some(body)).status,
        201
    );
    let revision = api(&server, "GET", "/api/runs/1", &megan, None).json()["revision"].clone();
    let answer = |revision: &Value| json!({ "answers": [{ "step": "subscription", "value": "contoso-m365-e3" }], "revision": revision });
    let stale = api(
        &server,
        "POST",
        "/api/runs/1/answers",
        &ana,
        Some(answer(&json!(-1))),
    );
    assert_eq!(stale.status, 409, "{}", stale.body);
    let fresh = api(
        &server,
        "POST",
        "/api/runs/1/answers",
        &ana,
        Some(answer(&revision)),
    );
    assert_eq!(fresh.status, 200, "{}", fresh.body);
    let again = api(
        &server,
        "POST",
        "/api/runs/1/answers",
        &ana,
        Some(answer(&revision)),
    );
    assert_eq!(again.status, 409, "the same request again applies nothing");
    let answered_by = server.env.text(
        "SELECT agent FROM run_events WHERE kind = 'answer' AND step = 'subscription'",
        &[],
    );
    assert_eq!(answered_by, "ana", "the history names who acted");
}

#[test]
fn cookies_are_http_only_same_site_and_secure_when_asked() {
    // The sign-in form's cookie and the session's, from a real sign-in.
    let cookies_of = |server: &Server| {
        let mut client = Client::new(server);
        let page = client.get("/sign-in");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        let form_cookie = client.cookie_header();
        let signed_in = agent
            .post(server.at("/sign-in"))
            .header("Cookie", form_cookie)
            .send_form([
                ("csrf", csrf(&page.body).as_str()),
                ("next", "/"),
                ("agent", ADMIN),
                ("password", PASSWORD),
            ])
            .unwrap();
        assert_eq!(signed_in.status().as_u16(), 303);
        let session = signed_in.headers().get("set-cookie").unwrap();
        session.to_str().unwrap().to_owned()
    };
    let plain = cookies_of(&Server::demo());
    assert!(plain.starts_with("docflow_session="), "{plain}");
    assert!(
        plain.contains("HttpOnly") && plain.contains("SameSite=Lax"),
        "{plain}"
    );
    assert!(!plain.contains("Secure"), "{plain}");
    let behind_tls = cookies_of(&Server::start(
        Env::empty(),
        &["--demo", "--secure-cookies"],
    ));
    assert!(behind_tls.ends_with("; Secure"), "{behind_tls}");
}

#[test]
fn a_made_up_name_is_refused_like_a_real_one() {
    let server = Server::demo();
    let mut client = Client::new(&server);
    for _ in 0..5 {
        assert_eq!(
            client.sign_in("nobody-at-all", "wrong password").status,
            401
        );
    }
    assert_eq!(
        client.sign_in("nobody-at-all", "wrong password").status,
        429
    );
}
