//! `docflow mcp` driven as an AI assistant's client drives it: the
//! official Rust SDK's client starts the real binary as a child process and
//! speaks the Model Context Protocol with it over stdio.
//!
//! The tests are plain functions that run their client on a runtime of
//! their own: the database is set up and read outside it, since the
//! synchronous PostgreSQL client the suite reads with runs a runtime itself.

use rmcp::model::{CallToolRequestParams, CallToolResult, ReadResourceRequestParams};
use rmcp::service::RunningService;
use rmcp::transport::{ConfigureCommandExt, TokioChildProcess};
use rmcp::{RoleClient, ServiceExt};
use serde_json::{Value, json};

use crate::common::{Env, WORKFLOW};

const SUBSCRIPTION: &str = "contoso-o365-business-standard";

type Client = RunningService<RoleClient, ()>;

fn block_on<T>(work: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(work)
}

/// `docflow mcp --agent <agent>` on `env`'s database, connected.
async fn connect(env: &Env, agent: &str, extra: &[&str]) -> Client {
    let mut command = tokio::process::Command::from(env.process());
    command.args(["mcp", "--agent", agent]).args(extra);
    let transport = TokioChildProcess::new(command.configure(|_| {})).expect("start docflow mcp");
    ().serve(transport).await.expect("the MCP handshake")
}

async fn call(client: &Client, tool: &'static str, arguments: Value) -> CallToolResult {
    let Value::Object(arguments) = arguments else {
        panic!("arguments are an object");
    };
    client
        .call_tool(CallToolRequestParams::new(tool).with_arguments(arguments))
        .await
        .unwrap_or_else(|e| panic!("{tool}: {e}"))
}

/// The objects a tool's result says, as `run --json` prints them.
fn said(result: &CallToolResult) -> Vec<Value> {
    let content = result
        .structured_content
        .as_ref()
        .expect("structured content");
    content["said"].as_array().expect("said").clone()
}

fn last_status(said: &[Value]) -> &str {
    let last = said.last().expect("something said");
    assert_eq!(last["type"], "status", "{said:?}");
    last["status"].as_str().expect("status")
}

fn last_prompt(said: &[Value]) -> &Value {
    said.iter()
        .rfind(|s| s["type"] == "prompt")
        .unwrap_or_else(|| panic!("a prompt in {said:?}"))
}

fn errors(said: &[Value]) -> Vec<String> {
    said.iter()
        .filter(|s| s["type"] == "error")
        .map(|s| s["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn option_values(prompt: &Value) -> Vec<&str> {
    prompt["options"]
        .as_array()
        .map(|o| o.iter().filter_map(|o| o["value"].as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn an_assistant_completes_assign_support_contact_in_russian() {
    let env = Env::demo();
    let run = block_on(complete_in_russian(&env));
    check_completed_in_the_database(&env, run);
}

async fn complete_in_russian(env: &Env) -> i64 {
    let client = connect(env, "dmitri", &[]).await;

    let info = client.peer_info().expect("initialized");
    let instructions = info.instructions.clone().unwrap_or_default();
    assert!(
        instructions.contains("Дмитрий Волков") && instructions.contains("start_run"),
        "instructions in the agent's language: {instructions}"
    );

    // Every tool says what each argument is.
    let tools = client.list_all_tools().await.expect("tools");
    let names: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
    for tool in [
        "list_workflows",
        "start_run",
        "answer_step",
        "show_run",
        "waiting_runs",
        "cancel_run",
    ] {
        assert!(names.contains(&tool), "{tool} in {names:?}");
    }
    for tool in &tools {
        assert!(tool.description.as_ref().is_some_and(|d| !d.is_empty()));
        let properties = tool
            .input_schema
            .get("properties")
            .and_then(Value::as_object);
        for (name, property) in properties.into_iter().flatten() {
            assert!(
                property.get("description").is_some(),
                "{}.{name} says what it is",
                tool.name
            );
        }
    }

    let listed = call(&client, "list_workflows", json!({})).await;
    let workflows = &listed.structured_content.as_ref().unwrap()["workflows"];
    let assign = workflows
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["id"] == WORKFLOW)
        .expect("a Helpdesk agent may assign support contacts");
    assert!(
        assign["title"].as_str().unwrap().contains("контакт"),
        "{assign}"
    );

    // Start with the customer; the options name the stable values.
    let started = call(
        &client,
        "start_run",
        json!({ "workflow": WORKFLOW, "answers": [{ "step": "customer", "value": "contoso" }] }),
    )
    .await;
    assert_eq!(started.is_error, Some(false));
    let said_now = said(&started);
    assert_eq!(last_status(&said_now), "waiting");
    let prompt = last_prompt(&said_now);
    assert_eq!(prompt["step"], "subscription");
    assert!(option_values(prompt).contains(&SUBSCRIPTION));
    assert!(
        prompt["text"].as_str().unwrap().contains("подписк"),
        "the prompt is in Russian: {prompt}"
    );
    let run = prompt["run"].as_i64().unwrap();

    // Answers, one step at a time, with the values the prompts offered.
    let mut answered = Vec::new();
    for (step, value) in [
        ("subscription", SUBSCRIPTION),
        ("contact", "fabrikam"),
        ("submit", "submit"),
        ("review", "close"),
    ] {
        let result = call(
            &client,
            "answer_step",
            json!({ "run": run, "step": step, "value": value }),
        )
        .await;
        assert_eq!(result.is_error, Some(false), "{:?}", said(&result));
        answered = said(&result);
    }
    assert_eq!(last_status(&answered), "completed");
    client.cancel().await.expect("closes");
    run
}

fn check_completed_in_the_database(env: &Env, run: i64) {
    // The database, read through the CLI, has the new contact and the
    // history names the agent the assistant acted for.
    let contacts = env.json(&["contacts", "contoso"]);
    let line = contacts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["subscription"] == SUBSCRIPTION)
        .expect("the subscription");
    assert_eq!(line["contact"], "fabrikam", "{line}");
    let shown = env.json(&["runs", "show", &run.to_string()]);
    assert_eq!(shown["status"], "completed");
    assert_eq!(shown["agent"], "dmitri");
    let effects: Vec<&Value> = shown["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "effect")
        .collect();
    assert_eq!(effects.len(), 1, "applied once: {shown}");
}

#[test]
fn a_refused_answer_is_a_normal_result_with_the_same_prompt_again() {
    let env = Env::demo();
    block_on(refused_answer(&env));
}

async fn refused_answer(env: &Env) {
    let client = connect(env, "dmitri", &["--locale", "ru-RU"]).await;
    let started = call(&client, "start_run", json!({ "workflow": WORKFLOW })).await;
    let run = last_prompt(&said(&started))["run"].as_i64().unwrap();

    // Not an option, and written to reach SQL if anything pasted it in.
    let hostile = "contoso'); DROP TABLE runs; --";
    let refused = call(
        &client,
        "answer_step",
        json!({ "run": run, "step": "customer", "value": hostile }),
    )
    .await;
    assert_eq!(refused.is_error, Some(false), "a refusal is not a failure");
    let said_now = said(&refused);
    assert_eq!(errors(&said_now).len(), 1, "{said_now:?}");
    assert_eq!(last_prompt(&said_now)["step"], "customer");
    assert_eq!(last_status(&said_now), "waiting");

    // Nothing moved: the run still waits at the customer.
    let shown = call(&client, "show_run", json!({ "run": run })).await;
    let body = shown.structured_content.unwrap();
    assert_eq!(body["step"], "customer");
    assert_eq!(body["now"][0]["type"], "prompt");
    assert_eq!(body["now"][0]["step"], "customer");

    // Free text keeps the rules the workflow declares.
    let answers = json!([
        { "step": "customer", "value": "contoso" },
        { "step": "service", "value": "contoso-exchange" },
        { "step": "action", "value": "escalate" },
        { "step": "kind", "value": "technical" },
        { "step": "vehicle", "value": "advanced" },
        { "step": "describe", "value": "slow" },
    ]);
    let support = json!({ "workflow": "provide-technical-support", "answers": answers });
    let short = said(&call(&client, "start_run", support).await);
    assert_eq!(errors(&short).len(), 1, "{short:?}");
    assert!(
        errors(&short)[0].contains("10"),
        "names the minimum: {short:?}"
    );
    let prompt = last_prompt(&short);
    assert_eq!(prompt["step"], "describe");
    assert!(prompt.get("options").is_none(), "free text has no options");
    client.cancel().await.expect("closes");
}

#[test]
fn roles_runs_and_ids_are_refused_in_the_agents_language() {
    let env = Env::demo();
    block_on(refused_role(&env));
    assert_eq!(env.count("SELECT count(*) FROM runs"), 0, "nothing started");
    block_on(refused_runs(&env));
    let answers = env.count("SELECT count(*) FROM run_events WHERE kind = 'answer'");
    assert_eq!(answers, 0, "no answer of Megan's was recorded");
}

async fn refused_role(env: &Env) {
    // A Sales agent may not assign support contacts: not listed, refused.
    let sales = connect(env, "lucia", &[]).await;
    let listed = call(&sales, "list_workflows", json!({})).await;
    let ids: Vec<&str> = listed.structured_content.as_ref().unwrap()["workflows"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["id"].as_str())
        .collect();
    assert!(!ids.contains(&WORKFLOW), "{ids:?}");
    let refused = call(&sales, "start_run", json!({ "workflow": WORKFLOW })).await;
    assert_eq!(refused.is_error, Some(true));
    let said_now = said(&refused);
    assert_eq!(last_status(&said_now), "refused");
    assert!(
        errors(&said_now)[0].contains("Agente de ventas"),
        "told in Spanish, naming her role: {said_now:?}"
    );
    let unknown = call(&sales, "start_run", json!({ "workflow": "no-such-flow" })).await;
    assert_eq!(unknown.is_error, Some(true));
    assert!(errors(&said(&unknown))[0].contains("no-such-flow"));
    sales.cancel().await.expect("closes");
}

async fn refused_runs(env: &Env) {
    // Another agent's run is not hers to see or answer; a finished run
    // cannot be answered; an unknown run is named.
    let dmitri = connect(env, "dmitri", &[]).await;
    let started = call(&dmitri, "start_run", json!({ "workflow": WORKFLOW })).await;
    let run = last_prompt(&said(&started))["run"].as_i64().unwrap();
    let megan = connect(env, "megan", &[]).await;
    for (tool, arguments) in [
        ("show_run", json!({ "run": run })),
        ("cancel_run", json!({ "run": run })),
        (
            "answer_step",
            json!({ "run": run, "step": "customer", "value": "contoso" }),
        ),
    ] {
        let result = call(&megan, tool, arguments).await;
        assert_eq!(result.is_error, Some(true), "{tool}");
        assert!(
            errors(&said(&result))[0].contains("another agent"),
            "{tool}: {:?}",
            said(&result)
        );
    }
    // A Global admin oversees every agent's runs.
    let ana = connect(env, "ana", &[]).await;
    let overseen = call(&ana, "show_run", json!({ "run": run })).await;
    assert_eq!(overseen.is_error, Some(false));
    assert_eq!(overseen.structured_content.unwrap()["agent"], "dmitri");
    let waiting = call(&ana, "waiting_runs", json!({})).await;
    let runs = &waiting.structured_content.unwrap()["runs"];
    assert!(runs.as_array().unwrap().iter().any(|r| r["id"] == run));
    ana.cancel().await.expect("closes");

    // An answer made for an older revision applies nothing.
    let stale = call(
        &dmitri,
        "answer_step",
        json!({ "run": run, "step": "customer", "value": "contoso", "revision": 41 }),
    )
    .await;
    assert_eq!(stale.is_error, Some(true));
    assert!(
        errors(&said(&stale))[0].contains("изменен"),
        "told in Russian that the run changed: {:?}",
        said(&stale)
    );
    let cancelled = call(&dmitri, "cancel_run", json!({ "run": run })).await;
    assert_eq!(last_status(&said(&cancelled)), "cancelled");
    let finished = call(
        &dmitri,
        "answer_step",
        json!({ "run": run, "step": "customer", "value": "contoso" }),
    )
    .await;
    assert_eq!(finished.is_error, Some(true));
    assert_eq!(last_status(&said(&finished)), "failed");
    let unknown = call(&dmitri, "show_run", json!({ "run": 999 })).await;
    assert_eq!(unknown.is_error, Some(true));
    assert!(errors(&said(&unknown))[0].contains("999"));
    megan.cancel().await.expect("closes");
    dmitri.cancel().await.expect("closes");
}

#[test]
fn an_unknown_agent_is_refused_before_serving() {
    let env = Env::demo();
    let output = env
        .cmd()
        .args(["mcp", "--agent", "nobody", "--locale", "pt-BR", "--json"])
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "stdout is the protocol's");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nobody"), "{stderr}");
}

#[test]
fn how_to_pages_are_resources_one_per_workflow_and_locale() {
    let env = Env::demo();
    block_on(read_pages(&env));
}

async fn read_pages(env: &Env) {
    let client = connect(env, "dmitri", &[]).await;
    let resources = client.list_all_resources().await.expect("resources");
    let uris: Vec<&str> = resources.iter().map(|r| r.uri.as_str()).collect();
    assert!(uris.contains(&"docflow://howto/ru-RU/assign-support-contact"));
    assert!(uris.contains(&"docflow://howto/zh-TW/request-relationship"));
    let read = client
        .read_resource(ReadResourceRequestParams::new(
            "docflow://howto/ru-RU/assign-support-contact",
        ))
        .await
        .expect("the page");
    let rmcp::model::ResourceContents::TextResourceContents {
        text, mime_type, ..
    } = &read.contents[0]
    else {
        panic!("text");
    };
    assert_eq!(mime_type.as_deref(), Some("text/markdown"));
    assert!(
        text.contains("\nlang: ru-RU\n") && text.contains("\n# "),
        "{text}"
    );
    assert!(text.contains("Отправить"), "the Submit button, in Russian");
    let missing = client
        .read_resource(ReadResourceRequestParams::new("docflow://howto/xx/nothing"))
        .await;
    assert!(missing.is_err(), "an unknown page is an error");
    client.cancel().await.expect("closes");
}
