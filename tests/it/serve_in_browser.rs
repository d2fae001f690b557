//! `docflow serve` in real headless Chromium, driven through WebDriver
//! (Debian's chromedriver) with fantoccini: agents sign in and work through
//! the pages as a person would, with the keyboard-free clicks a person
//! makes. Results are checked through the JSON API and the database.
//! Skipped when chromedriver is absent, unless `DOCFLOW_REQUIRE_CHROMIUM`
//! is set (CI sets it after installing both).

use std::net::TcpListener;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::common::{ADMIN, PASSWORD, Server, WORKFLOW, on_path, repo_path};
use crate::pages_in_browser::chromium;

/// chromedriver on a free port; stopped when dropped.
struct Driver {
    child: Child,
    url: String,
    chromium: PathBuf,
    /// Every browser's profile, in one directory removed with the driver.
    profiles: tempfile::TempDir,
}

impl Driver {
    fn start() -> Option<Driver> {
        let chromium = chromium()?;
        let Some(binary) = on_path("chromedriver") else {
            assert!(
                std::env::var_os("DOCFLOW_REQUIRE_CHROMIUM").is_none(),
                "DOCFLOW_REQUIRE_CHROMIUM is set but chromedriver is not installed"
            );
            eprintln!("skipped: chromedriver is not installed");
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        // Its own process group: the browsers it starts are killed with it,
        // even when a test fails before closing its session.
        let child = Command::new(binary)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(Driver {
            child,
            url,
            chromium,
            profiles: tempfile::tempdir().expect("profile dir"),
        })
    }

    /// A new headless browser window.
    async fn browser(&self) -> Client {
        let profile = tempfile::tempdir_in(self.profiles.path())
            .expect("profile")
            .keep();
        let options = json!({
            "binary": self.chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1100,900",
                format!("--user-data-dir={}", profile.display()),
            ],
        });
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a WebDriver session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(future)
}

async fn sign_in(c: &Client, server: &Server, agent: &str) {
    c.goto(&server.at("/sign-in")).await.unwrap();
    c.find(Locator::Id("agent"))
        .await
        .unwrap()
        .send_keys(agent)
        .await
        .unwrap();
    c.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    click(c, "form[action='/sign-in'] button").await;
    c.wait()
        .for_element(Locator::Css("form[action='/runs']"))
        .await
        .expect("home after signing in");
}

async fn start(c: &Client, workflow: &str) -> i64 {
    let button = format!("button[data-workflow='{workflow}']");
    click(c, &button).await;
    c.wait()
        .for_element(Locator::Id("step-form"))
        .await
        .unwrap();
    let url = c.current_url().await.unwrap();
    url.path()
        .trim_start_matches("/runs/")
        .parse()
        .expect("a run page")
}

/// Waits for `step`'s form, then picks `value` and continues: a
/// confirmation (Submit, Close) is a button per option; other choices are
/// radio buttons and Continue.
async fn choose(c: &Client, step: &str, value: &str) {
    wait_for_step(c, step).await;
    let button = format!("button[name='value'][value='{value}']");
    if let Ok(button) = c.find(Locator::Css(&button)).await {
        button.click().await.unwrap();
        return;
    }
    let radio = format!("input[name='value'][value='{value}']");
    click(c, &radio).await;
    submit(c).await;
}

async fn write(c: &Client, step: &str, text: &str) {
    wait_for_step(c, step).await;
    let area = c.find(Locator::Id("answer")).await.unwrap();
    area.clear().await.unwrap();
    area.send_keys(text).await.unwrap();
    submit(c).await;
}

async fn submit(c: &Client) {
    let button = c
        .find(Locator::Css("#step-form button[type='submit']"))
        .await
        .unwrap();
    button.click().await.unwrap();
}

async fn wait_for_step(c: &Client, step: &str) {
    let field = format!("input[name='step'][value='{step}']");
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(&field))
        .await
        .unwrap_or_else(|_| panic!("the run reaches step {step}"));
}

/// Clicks the element `css` selects.
async fn click(c: &Client, css: &str) {
    let element = c.find(Locator::Css(css)).await;
    element
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn lang(c: &Client) -> String {
    let html = c.find(Locator::Css("html")).await.unwrap();
    html.attr("lang").await.unwrap().unwrap_or_default()
}

/// Saves a screenshot of the page; into `docs/screenshots/` (for the
/// README) when `DOCFLOW_UPDATE_SCREENSHOTS` is set.
async fn screenshot(c: &Client, name: &str) {
    let png = c.screenshot().await.unwrap();
    assert!(png.len() > 10_000, "{name}: the page drew something");
    let dir = match std::env::var_os("DOCFLOW_UPDATE_SCREENSHOTS") {
        Some(_) => repo_path("docs/screenshots"),
        None => PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots"),
    };
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(Path::new(&dir).join(name), png).unwrap();
}

fn api_run(server: &Server, agent: &str, run: i64) -> Value {
    let token = server.token(agent);
    let agent: ureq::Agent = ureq::Agent::config_builder().build().into();
    let body = agent
        .get(server.at(&format!("/api/runs/{run}")))
        .header("Authorization", format!("Bearer {token}"))
        .call()
        .expect("the run through the API")
        .into_body()
        .read_to_string()
        .unwrap();
    serde_json::from_str(&body).unwrap()
}

#[test]
fn a_helpdesk_agent_assigns_a_support_contact_in_russian() {
    let Some(driver) = Driver::start() else {
        return;
    };
    let server = Server::demo();
    let run = block_on(async {
        let c = driver.browser().await;
        sign_in(&c, &server, "dmitri").await;
        assert_eq!(lang(&c).await, "ru-RU", "the agent's own language");
        let run = start(&c, WORKFLOW).await;
        choose(&c, "customer", "contoso").await;
        choose(&c, "subscription", "contoso-o365-business-standard").await;
        choose(&c, "contact", "fabrikam").await;
        choose(&c, "submit", "submit").await;
        wait_for_step(&c, "review").await;
        let legend = c
            .find(Locator::Id("step-heading"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(legend.contains("Fabrikam Support Services"), "{legend}");
        screenshot(&c, "run-ru-RU.png").await;
        choose(&c, "review", "close").await;
        c.wait().for_element(Locator::Css("p.done")).await.unwrap();
        let told = c
            .find(Locator::Css("p.ended"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            told.contains("Fabrikam Support Services"),
            "what the end step says: {told}"
        );
        c.close().await.unwrap();
        run
    });
    let record = api_run(&server, "dmitri", run);
    assert_eq!(record["status"], "completed");
    assert_eq!(
        server.env.contact_of("contoso-o365-business-standard"),
        "fabrikam"
    );
}

#[test]
fn an_admin_agent_switches_to_chinese_goes_back_and_finishes_once() {
    let Some(driver) = Driver::start() else {
        return;
    };
    let server = Server::demo();
    let run = block_on(async {
        let c = driver.browser().await;
        sign_in(&c, &server, ADMIN).await;
        assert_eq!(lang(&c).await, "en");
        // The language switcher, on every page.
        let select = c.find(Locator::Id("language")).await.unwrap();
        select.select_by_value("zh-TW").await.unwrap();
        click(&c, "form[action='/language'] button").await;
        c.wait()
            .for_element(Locator::Css("html[lang='zh-TW']"))
            .await
            .unwrap();
        let run = start(&c, WORKFLOW).await;
        choose(&c, "customer", "contoso").await;
        wait_for_step(&c, "subscription").await;
        // Back: the page shows the run as it stands, not the old form.
        c.back().await.unwrap();
        wait_for_step(&c, "subscription").await;
        choose(&c, "subscription", "contoso-m365-e3").await;
        choose(&c, "contact", "fabrikam").await;
        wait_for_step(&c, "submit").await;
        screenshot(&c, "run-zh-TW.png").await;
        choose(&c, "submit", "submit").await;
        choose(&c, "review", "close").await;
        c.wait().for_element(Locator::Css("p.done")).await.unwrap();
        assert_eq!(lang(&c).await, "zh-TW");
        c.close().await.unwrap();
        run
    });
    let record = api_run(&server, ADMIN, run);
    assert_eq!(record["status"], "completed");
    let customers = record["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "answer" && e["step"] == "customer")
        .count();
    assert_eq!(customers, 1, "Back answered nothing twice");
    assert_eq!(server.env.contact_of("contoso-m365-e3"), "fabrikam");
    let saved = server
        .env
        .count("SELECT count(*) FROM agents WHERE id = 'megan' AND locale = 'zh-TW'");
    assert_eq!(saved, 1, "the choice is saved to the profile");
}

#[test]
fn a_refused_description_keeps_what_was_typed() {
    let Some(driver) = Driver::start() else {
        return;
    };
    let server = Server::demo();
    block_on(async {
        let c = driver.browser().await;
        sign_in(&c, &server, "dmitri").await;
        start(&c, "provide-technical-support").await;
        choose(&c, "customer", "contoso").await;
        choose(&c, "service", "contoso-exchange").await;
        choose(&c, "action", "escalate").await;
        choose(&c, "kind", "technical").await;
        choose(&c, "vehicle", "advanced").await;
        write(&c, "describe", "Медленно").await;
        c.wait()
            .for_element(Locator::Id("answer-error"))
            .await
            .unwrap();
        let kept = c
            .find(Locator::Id("answer"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap();
        assert_eq!(kept.as_deref(), Some("Медленно"));
        let invalid = c
            .find(Locator::Id("answer"))
            .await
            .unwrap()
            .attr("aria-invalid")
            .await
            .unwrap();
        assert_eq!(invalid.as_deref(), Some("true"));
        write(&c, "describe", "Почта доставляется с задержкой в два часа.").await;
        wait_for_step(&c, "file").await;
        c.close().await.unwrap();
    });
}

#[test]
fn a_relationship_is_requested_and_accepted_through_the_stand_in() {
    let Some(driver) = Driver::start() else {
        return;
    };
    let server = Server::demo();
    let run = block_on(async {
        let c = driver.browser().await;
        sign_in(&c, &server, ADMIN).await;
        let run = start(&c, WORKFLOW).await;
        choose(&c, "customer", "contoso").await;
        choose(&c, "subscription", "contoso-o365-business-standard").await;
        choose(&c, "contact", "request-relationship").await;
        choose(&c, "reseller", "tailspin").await;
        choose(&c, "privileges", "delegated-admin").await;
        // The run waits for the reseller; the stand-in accepts for them.
        c.wait()
            .for_element(Locator::Css("h2#step-heading"))
            .await
            .unwrap();
        c.goto(&server.at("/relationships")).await.unwrap();
        click(&c, "button[data-reseller='tailspin']").await;
        c.wait()
            .for_element(Locator::Css("p[role='status']"))
            .await
            .unwrap();
        c.goto(&server.at(&format!("/runs/{run}"))).await.unwrap();
        click(&c, "form[action^='/runs/'] button.primary").await;
        choose(&c, "agreement", "record").await;
        choose(&c, "contact", "tailspin").await;
        choose(&c, "submit", "submit").await;
        choose(&c, "review", "close").await;
        c.wait().for_element(Locator::Css("p.done")).await.unwrap();
        c.close().await.unwrap();
        run
    });
    assert_eq!(api_run(&server, ADMIN, run)["status"], "completed");
    assert_eq!(
        server.env.contact_of("contoso-o365-business-standard"),
        "tailspin"
    );
}
