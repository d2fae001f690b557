//! What a crash must not break: a run killed at any moment resumes from its
//! last committed step, no effect is lost or applied twice, and two
//! processes cannot both advance the same step. Real `docflow` processes
//! filing service requests are SIGKILLed part way, others race to resume
//! the same run, and then the journal and the filed requests are read back.

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Env, answers};
use crate::postgres_rules::Cluster;

const WORKFLOW_ID: &str = "provide-technical-support";
/// A Helpdesk agent, who may file service requests.
const AGENT: &str = "dmitri";
const PROBLEM: &str = "Mail delivery is delayed by two hours since this morning.";

/// The path that files a service request: each step with the answer it
/// takes. Info steps (`None`) advance by themselves; `filed` is the end.
const FLOW: [(&str, Option<&str>); 10] = [
    ("customer", Some("contoso")),
    ("service", Some("contoso-exchange")),
    ("health", None),
    ("action", Some("escalate")),
    ("kind", Some("technical")),
    ("entitlement", None),
    ("vehicle", Some("advanced")),
    ("describe", Some(PROBLEM)),
    ("file", Some("submit")),
    ("filed", None),
];

/// Rounds of runs started together and killed part way, and runs per round.
const ROUNDS: u64 = 40;
const WRITERS: usize = 4;
/// Every RACE_EVERY-th run is resumed step by step by RACERS processes at
/// once; the others get one resume killed part way, then one that finishes.
const RACE_EVERY: usize = 3;
const RACERS: usize = 3;
/// Kill delays are drawn from this seed (mixed with the round), as
/// fractions of the time a run takes, so a failure can be rerun with the
/// same delays relative to the machine's speed.
const SEED: u64 = 0xD0CF_1005;

#[test]
fn killed_and_racing_processes_file_each_request_exactly_once() {
    kill_and_race(&Env::demo());
}

/// The same on PostgreSQL: processes on one server instead of one file.
#[test]
fn killed_and_racing_processes_file_each_request_exactly_once_on_postgresql() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let env = Env::at(&cluster.database("crash"));
    env.cmd().args(["init", "--demo"]).assert().success();
    kill_and_race(&env);
}

fn kill_and_race(env: &Env) {
    let started = Instant::now();

    // Start runs in parallel and kill them wherever they happen to be. Kill
    // delays are drawn up to `reach`, which follows how long a run takes on
    // this machine right now (some 40 ms for a debug build on two cores, a
    // busy machine slower): it shrinks when most of a round ended before
    // their kill and grows when none did, so kills keep landing anywhere
    // from before a run exists to after it has completed.
    let mut reach = Duration::from_millis(40);
    let mut ended_alone = 0;
    for round in 0..ROUNDS {
        let mut rng = Rng::new(SEED ^ round);
        let mut writers: Vec<(Instant, Child)> = (0..WRITERS)
            .map(|_| {
                let delay = rng.delay(reach);
                let child = spawn(env, &start_args(&remaining("customer")));
                (Instant::now() + delay, child)
            })
            .collect();
        writers.sort_by_key(|(deadline, _)| *deadline);
        let mut ended = 0;
        for (deadline, child) in writers {
            if !kill_at(child, deadline, &format!("round {round}: run")) {
                ended += 1;
            }
        }
        if ended * 2 > WRITERS {
            reach = reach * 4 / 5;
        } else if ended == 0 {
            reach = reach * 5 / 4;
        }
        ended_alone += ended;
    }

    // Where the runs were left: the test proves little unless kills landed
    // all along the path.
    let left = runs(env);
    let ids: Vec<String> = left.iter().map(run_id).collect();
    let waiting: Vec<String> = left
        .iter()
        .filter(|r| r["status"] == "waiting")
        .map(run_id)
        .collect();
    let mut left_at = BTreeMap::<&str, usize>::new();
    for run in &left {
        let at = if run["status"] == "waiting" {
            run["step"].as_str().unwrap_or_default()
        } else {
            "(completed)"
        };
        *left_at.entry(at).or_default() += 1;
    }
    eprintln!(
        "kills within {reach:?}; {} runs from {} processes ({ended_alone} ended before their kill); left at: {left_at:?}",
        ids.len(),
        ROUNDS as usize * WRITERS
    );
    let interrupted_steps = left_at.keys().filter(|s| **s != "(completed)").count();
    assert!(
        interrupted_steps >= 3,
        "kills should leave runs at several steps, not {left_at:?}"
    );

    // Resume every waiting run until it completes.
    let mut rng = Rng::new(SEED);
    let mut races = Races::default();
    for (i, id) in waiting.iter().enumerate() {
        if i % RACE_EVERY == 0 {
            resume_racing(env, id, &mut races);
        } else {
            resume_after_a_crash(env, id, &mut rng, reach);
        }
    }

    // Every run completed and filed exactly one request: each request listed
    // is the one a run's single effect filed.
    let all = runs(env);
    assert_eq!(all.len(), ids.len(), "resuming started no new runs");
    let mut filed: Vec<String> = ids.iter().map(|id| check_journal(env, id)).collect();
    filed.sort();
    let mut requests: Vec<String> = env
        .json(&["requests"])
        .as_array()
        .expect("requests list")
        .iter()
        .map(|r| {
            assert_eq!(r["description"], PROBLEM, "{r}");
            r["id"].as_str().expect("request id").to_owned()
        })
        .collect();
    requests.sort();
    assert_eq!(
        requests, filed,
        "the requests filed are exactly one per run, those their effects name"
    );
    // Otherwise the races proved only that a moved run refuses a stale
    // answer, not that two writers cannot both save.
    assert!(
        races.changed > 0,
        "some racers should have lost at the revision check: {races:?}"
    );
    eprintln!(
        "{} waiting runs resumed, {races:?}; {:.1} s",
        waiting.len(),
        started.elapsed().as_secs_f64()
    );
}

/// How the races went: each has one winner, the racer whose answer was
/// saved; a loser either lost at the revision check (it read the run
/// before the winner saved, so it showed the step it answered, and its
/// answer was then taken against where the run had moved), or found the
/// run had already moved on when it first read it.
#[derive(Debug, Default)]
struct Races {
    races: usize,
    changed: usize,
    moved_on: usize,
}

/// Resumes run `id` one step at a time, each step answered by RACERS
/// processes at once: exactly one of them may save the answer; the others
/// are told the run changed, or find it has moved on.
fn resume_racing(env: &Env, id: &str, races: &mut Races) {
    for _ in 0..FLOW.len() {
        let run = env.json(&["runs", "show", id]);
        if run["status"] == "completed" {
            return;
        }
        let step = run["step"].as_str().expect("run step");
        let (answer_step, value) = remaining(step)[0];
        let args = resume_args(id, &[(answer_step, value)]);
        let racers: Vec<Child> = (0..RACERS).map(|_| spawn(env, &args)).collect();
        let outputs: Vec<Output> = racers
            .into_iter()
            .map(|c| c.wait_with_output().expect("resume ends"))
            .collect();
        let context = format!(
            "run {id} at {step}, {RACERS} resumes answering {answer_step}={value}:\n{}",
            outputs.iter().map(show).collect::<Vec<_>>().join("\n")
        );
        races.races += 1;

        let changed = |e: &String| e.contains("was changed by another process");
        let moved_on = |e: &String| {
            e.contains("is already complete")
                || e.contains(&format!("That answer is for step “{answer_step}”"))
        };
        // Another racer may take the automatic step after the answer before
        // the winner does; the winner then reads the run again and goes on,
        // so it never reports a failure for an answer it saved.
        let (winners, losers): (Vec<&Output>, Vec<&Output>) =
            outputs.iter().partition(|o| error_texts(o).is_empty());
        assert_eq!(winners.len(), 1, "exactly one saves the answer: {context}");
        assert!(saved(winners[0], answer_step), "{context}");
        for loser in losers {
            let errors = error_texts(loser);
            assert!(
                errors.iter().all(|e| changed(e) || moved_on(e)),
                "a resume that did not save the answer says why: {context}"
            );
            if errors.iter().any(changed) || showed(loser, answer_step) {
                races.changed += 1;
            } else {
                races.moved_on += 1;
            }
        }
        let after = env.json(&["runs", "show", id]);
        let applied = events(&after)
            .filter(|e| e["kind"] == "answer" && e["step"] == answer_step)
            .count();
        assert_eq!(applied, 1, "the answer is applied once: {context}\n{after}");
    }
    panic!("run {id} did not complete in {} races", FLOW.len());
}

/// Resumes run `id` with all the answers it still needs, killing that
/// process within `reach`, then resumes it again to the end.
fn resume_after_a_crash(env: &Env, id: &str, rng: &mut Rng, reach: Duration) {
    let run = env.json(&["runs", "show", id]);
    if run["status"] == "completed" {
        return;
    }
    let step = run["step"].as_str().expect("run step");
    let child = spawn(env, &resume_args(id, &remaining(step)));
    kill_at(
        child,
        Instant::now() + rng.delay(reach),
        &format!("run {id}: resume"),
    );

    let run = env.json(&["runs", "show", id]);
    if run["status"] == "completed" {
        return;
    }
    let step = run["step"].as_str().expect("run step");
    let args = resume_args(id, &remaining(step));
    let output = spawn(env, &args).wait_with_output().expect("resume ends");
    assert!(
        output.status.success()
            && lines(&output).last().map(|l| &l["status"]) == Some(&"completed".into()),
        "run {id} resumed at {step} completes:\n{}",
        show(&output)
    );
}

/// Checks run `id`'s journal: completed, each answer applied once and in
/// order, exactly one effect, and a state that is where the events lead.
/// Returns the number of the service request its effect filed.
fn check_journal(env: &Env, id: &str) -> String {
    let run = env.json(&["runs", "show", id]);
    let context = format!("run {id}: {run:#}");
    assert_eq!(
        (run["status"].as_str(), run["step"].as_str()),
        (Some("completed"), Some("filed")),
        "{context}"
    );
    let effects: Vec<&Value> = events(&run).filter(|e| e["kind"] == "effect").collect();
    assert_eq!(effects.len(), 1, "exactly one effect: {context}");

    // Prompts shown, answers refused and pauses may repeat after a crash or
    // a lost race; everything that moves the run must appear exactly once.
    let history: Vec<String> = events(&run)
        .filter(|e| !["prompt", "rejected", "waiting"].contains(&e["kind"].as_str().unwrap_or("")))
        .map(|e| {
            let (kind, step, detail) = (
                e["kind"].as_str().unwrap_or("?"),
                e["step"].as_str().unwrap_or("?"),
                &e["detail"],
            );
            match kind {
                "answer" => format!("answer {step}={}", detail["value"].as_str().unwrap_or("?")),
                "advanced" => format!(
                    "advanced {step} -> {}",
                    detail["to"].as_str().unwrap_or("?")
                ),
                "effect" => format!("effect {step} {}", detail["op"].as_str().unwrap_or("?")),
                _ => format!("{kind} {step}"),
            }
        })
        .collect();
    let expected = [
        "started customer".to_owned(),
        "answer customer=contoso".to_owned(),
        "advanced customer -> service".to_owned(),
        "answer service=contoso-exchange".to_owned(),
        "advanced service -> health".to_owned(),
        "info health".to_owned(),
        "advanced health -> action".to_owned(),
        "answer action=escalate".to_owned(),
        "advanced action -> kind".to_owned(),
        "answer kind=technical".to_owned(),
        "advanced kind -> entitlement".to_owned(),
        "info entitlement".to_owned(),
        "advanced entitlement -> vehicle".to_owned(),
        "answer vehicle=advanced".to_owned(),
        "advanced vehicle -> describe".to_owned(),
        format!("answer describe={PROBLEM}"),
        "advanced describe -> file".to_owned(),
        "answer file=submit".to_owned(),
        "effect file file-service-request".to_owned(),
        "advanced file -> filed".to_owned(),
        "completed filed".to_owned(),
    ];
    assert_eq!(history, expected, "{context}");

    effects[0]["detail"]["result"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("the effect names the request: {context}"))
        .to_owned()
}

/// The answers still needed from `step` on.
fn remaining(step: &str) -> Vec<(&'static str, &'static str)> {
    let at = FLOW
        .iter()
        .position(|(s, _)| *s == step)
        .unwrap_or_else(|| panic!("step {step} is not on the path that files a request"));
    FLOW[at..]
        .iter()
        .filter_map(|(s, answer)| answer.map(|a| (*s, a)))
        .collect()
}

fn start_args(pairs: &[(&str, &str)]) -> Vec<String> {
    let mut args: Vec<String> = ["run", WORKFLOW_ID, "--agent", AGENT]
        .map(str::to_owned)
        .into();
    args.extend(answers(pairs));
    args
}

/// English, so a racer's error can be matched by its text.
fn resume_args(id: &str, pairs: &[(&str, &str)]) -> Vec<String> {
    let mut args: Vec<String> = ["resume", id, "--locale", "en"].map(str::to_owned).into();
    args.extend(answers(pairs));
    args
}

fn spawn(env: &Env, args: &[String]) -> Child {
    env.process()
        .args(args)
        .arg("--json")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn docflow")
}

/// SIGKILLs `child` at `deadline` unless it has ended by then; one that
/// ended must have succeeded. Returns whether the kill cut it short.
fn kill_at(mut child: Child, deadline: Instant, what: &str) -> bool {
    sleep(deadline.saturating_duration_since(Instant::now()));
    // The child is not reaped before this, so the signal cannot reach
    // another process that reused its id.
    child.kill().expect("kill");
    let output = child.wait_with_output().expect("wait");
    if output.status.signal() == Some(9) {
        return true;
    }
    assert!(output.status.success(), "{what}:\n{}", show(&output));
    false
}

fn run_id(run: &Value) -> String {
    run["id"].as_i64().expect("run id").to_string()
}

fn runs(env: &Env) -> Vec<Value> {
    env.json(&["runs"]).as_array().expect("runs list").clone()
}

fn events(run: &Value) -> impl Iterator<Item = &Value> {
    run["events"].as_array().expect("events").iter()
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

/// Whether this process saved its answer for `step`: it showed the step's
/// prompt and went on to the next step rather than to an error. (The
/// prompt is shown before the answer is saved, the next step after.)
fn saved(output: &Output, step: &str) -> bool {
    lines(output)
        .windows(2)
        .any(|w| w[0]["type"] == "prompt" && w[0]["step"] == step && w[1]["type"] != "error")
}

/// Whether a resume showed the prompt of `step`: it read the run while it
/// was still there.
fn showed(output: &Output, step: &str) -> bool {
    lines(output)
        .iter()
        .any(|l| l["type"] == "prompt" && l["step"] == step)
}

fn error_texts(output: &Output) -> Vec<String> {
    lines(output)
        .iter()
        .filter(|l| l["type"] == "error")
        .map(|l| l["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn show(output: &Output) -> String {
    format!(
        "  exit {:?}\n  stdout: {}\n  stderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout).trim_end(),
        String::from_utf8_lossy(&output.stderr).trim_end()
    )
}

/// SplitMix64: a few lines of deterministic randomness, no dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A delay from zero to `max`, in thousandths of it.
    fn delay(&mut self, max: Duration) -> Duration {
        max * (self.next() % 1001) as u32 / 1000
    }
}
