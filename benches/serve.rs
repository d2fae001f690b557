//! `cargo bench --bench serve`: 16 concurrent API clients over 127.0.0.1
//! complete assign-support-contact flows against `docflow serve` (the
//! release binary) for a bounded time, in both durability modes. Reports
//! flows/s, the p50 and p99 latency of one step (one HTTP request), errors,
//! and the server's memory: resident size in the first and the second half
//! of the run (flat means no growth with the work done) and its peak.
//!
//! The raw baseline, in the same run and mode: the same flows in raw
//! rusqlite, one after another in one process, one transaction per answer
//! (`support/raw.rs`): what an implementation without HTTP and without
//! group commit gets from this disk. The ratio is docflow's flows/s over
//! raw's.
//!
//! Environment: `DOCFLOW_BENCH_SECONDS` (per mode, default 10);
//! `DOCFLOW_TEST_POSTGRES` (a PostgreSQL server's maintenance database, as
//! `scripts/with-postgres --fsync cargo bench --bench serve` sets it): the
//! same clients then also run against one and then two servers sharing a
//! new database on it, at `--durability full`.

use std::io::BufRead as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use docflow::auth;
use docflow::store::{Durability, Store, demo, identity};
use serde_json::{Value, json};

// Shared with `flows.rs`, which uses the rest of it.
#[allow(dead_code)]
#[path = "support/raw.rs"]
mod raw;

use raw::{Raw, contact, env_count, machine, new_postgres_database, postgres_server};

const CLIENTS: usize = 16;
const AGENT: &str = "megan";
/// The subscriptions the clients work on, with their customers: several
/// clients share each one, so flows really contend.
const SUBSCRIPTIONS: [(&str, &str); 5] = [
    ("contoso", "contoso-o365-business-standard"),
    ("contoso", "contoso-m365-e3"),
    ("woodgrove", "woodgrove-m365-business-premium"),
    ("litware", "litware-dynamics-365-sales"),
    ("litware", "litware-azure-plan"),
];

fn main() {
    let seconds = env_count("DOCFLOW_BENCH_SECONDS", 10) as u64;
    println!("machine: {}", machine());
    let mut lines = Vec::new();
    for (durability, name) in [(Durability::Normal, "normal"), (Durability::Full, "full")] {
        let served = serve_mode(name, Duration::from_secs(seconds));
        let raw = raw_mode(
            durability,
            Duration::from_secs(seconds / 2).max(Duration::from_secs(1)),
        );
        println!(
            "{name:>6}: docflow serve {:>6.0} flows/s ({CLIENTS} clients, {} flows, {} errors), step p50 {:.2} ms, p99 {:.2} ms; raw rusqlite {:>6.0} flows/s; ratio {:.2}",
            served.tally.flows_per_s,
            served.tally.flows,
            served.tally.errors,
            served.tally.p50_ms,
            served.tally.p99_ms,
            raw,
            served.tally.flows_per_s / raw,
        );
        println!(
            "        server: {:.2} cores busy; memory {:.1} MiB in the first half, {:.1} MiB in the second, peak {:.1} MiB",
            served.server_cores, served.rss_first_mib, served.rss_second_mib, served.peak_mib
        );
        lines.push(json!({
            "durability": name,
            "clients": CLIENTS,
            "flows_per_s": served.tally.flows_per_s.round(),
            "errors": served.tally.errors,
            "step_p50_ms": served.tally.p50_ms,
            "step_p99_ms": served.tally.p99_ms,
            "rss_first_half_mib": served.rss_first_mib,
            "rss_second_half_mib": served.rss_second_mib,
            "peak_rss_mib": served.peak_mib,
            "server_cores": served.server_cores,
            "raw_flows_per_s": raw.round(),
            "ratio": served.tally.flows_per_s / raw,
        }));
    }
    if let Some(server) = postgres_server() {
        for servers in [1, 2] {
            let url = new_postgres_database(&server, "serve");
            let Tally {
                flows_per_s,
                errors,
                p50_ms: p50,
                p99_ms: p99,
                ..
            } = postgres_mode(&url, servers, Duration::from_secs(seconds));
            println!(
                "postgres: {servers} server(s) {flows_per_s:>6.0} flows/s ({CLIENTS} clients, {errors} errors), step p50 {p50:.2} ms, p99 {p99:.2} ms"
            );
            lines.push(json!({
                "backend": "postgres",
                "servers": servers,
                "flows_per_s": flows_per_s.round(),
                "errors": errors,
                "step_p50_ms": p50,
                "step_p99_ms": p99,
            }));
        }
    }
    for line in lines {
        println!("{line}");
    }
}

/// `servers` instances of `docflow serve` on one PostgreSQL database, the
/// clients spread over them.
fn postgres_mode(url: &str, servers: usize, length: Duration) -> Tally {
    let running: Vec<Running> = (0..servers)
        .map(|_| start_server(Path::new(url), "full"))
        .collect();
    let started = Instant::now();
    let deadline = started + length;
    let results = run_clients(&running, deadline);
    Tally::of(&results, started.elapsed())
}

struct Served {
    tally: Tally,
    rss_first_mib: f64,
    rss_second_mib: f64,
    peak_mib: f64,
    /// The server's CPU time over the run's wall time: cores it kept busy.
    server_cores: f64,
}

/// The server on a new demo database, and one API token.
struct Running {
    child: Child,
    url: String,
    token: String,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(db: &Path, durability: &str) -> Running {
    let mut store = Store::create_or_open(db, Durability::Normal).expect("database");
    store.write(demo::seed).expect("demo data");
    let token = auth::new_token();
    store
        .write(|tx| identity::add_token(tx, AGENT, &auth::digest(&token)))
        .expect("token");
    drop(store);
    let mut child = Command::new(env!("CARGO_BIN_EXE_docflow"))
        .arg("--db")
        .arg(db)
        .args([
            "--durability",
            durability,
            "--json",
            "serve",
            "--listen",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("docflow serve");
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("the address");
    let listening: Value = serde_json::from_str(&first).expect("the address as JSON");
    let url = listening["url"]
        .as_str()
        .expect("url")
        .trim_end_matches('/')
        .to_owned();
    Running { child, url, token }
}

/// The server at durability `name` (as `--durability` spells it).
fn serve_mode(name: &str, length: Duration) -> Served {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = start_server(&dir.path().join("serve.db"), name);
    let pid = server.child.id();
    let stop = Arc::new(AtomicBool::new(false));
    let samples = Arc::new(Mutex::new(Vec::new()));
    let sampler = {
        let (stop, samples) = (Arc::clone(&stop), Arc::clone(&samples));
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Some(kib) = status_kib(pid, "VmRSS:") {
                    samples.lock().unwrap().push(kib);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let cpu_before = cpu_seconds(pid).unwrap_or_default();
    let started = Instant::now();
    let deadline = started + length;
    let results = run_clients(std::slice::from_ref(&server), deadline);
    let elapsed = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    sampler.join().expect("sampler");
    let peak_kib = status_kib(pid, "VmHWM:").unwrap_or_default();
    let cpu = cpu_seconds(pid).unwrap_or_default() - cpu_before;
    let tally = Tally::of(&results, elapsed);
    let samples = samples.lock().unwrap().clone();
    let half = samples.len() / 2;
    let max_mib = |s: &[u64]| s.iter().copied().max().unwrap_or_default() as f64 / 1024.0;
    Served {
        tally,
        rss_first_mib: max_mib(&samples[..half]),
        rss_second_mib: max_mib(&samples[half..]),
        peak_mib: peak_kib as f64 / 1024.0,
        server_cores: cpu / elapsed.as_secs_f64(),
    }
}

/// A process's CPU time so far (user and system), in seconds.
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
    Some(ticks / 100.0)
}

/// What the clients did together: flows completed, flows/s, errors, and
/// the p50 and p99 latency of one step (one request).
struct Tally {
    flows: usize,
    flows_per_s: f64,
    errors: usize,
    p50_ms: f64,
    p99_ms: f64,
}

impl Tally {
    fn of(results: &[ClientResult], elapsed: Duration) -> Tally {
        let mut latencies: Vec<Duration> = results
            .iter()
            .flat_map(|r| r.latencies.iter().copied())
            .collect();
        latencies.sort();
        let flows: usize = results.iter().map(|r| r.flows).sum();
        Tally {
            flows,
            flows_per_s: flows as f64 / elapsed.as_secs_f64(),
            errors: results.iter().map(|r| r.errors).sum(),
            p50_ms: percentile(&latencies, 0.50),
            p99_ms: percentile(&latencies, 0.99),
        }
    }
}

struct ClientResult {
    flows: usize,
    errors: usize,
    latencies: Vec<Duration>,
}

/// One client: whole flows, one after another, until the deadline.
fn client(server: &Running, n: usize, deadline: Instant) -> ClientResult {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let (customer, subscription) = SUBSCRIPTIONS[n % SUBSCRIPTIONS.len()];
    let mut result = ClientResult {
        flows: 0,
        errors: 0,
        latencies: Vec::new(),
    };
    let post = |path: &str, body: Value, latencies: &mut Vec<Duration>| -> Option<Value> {
        let started = Instant::now();
        let response = agent
            .post(format!("{}{path}", server.url))
            .header("Authorization", format!("Bearer {}", server.token))
            .send_json(body)
            .ok()?;
        let status = response.status();
        let said: Value =
            serde_json::from_str(&response.into_body().read_to_string().ok()?).ok()?;
        latencies.push(started.elapsed());
        if !status.is_success() || said.to_string().contains("\"type\":\"error\"") {
            // Errors are rare and each one matters: say what it was.
            eprintln!("error: {status} {path}: {said}");
        }
        status.is_success().then_some(said)
    };
    let mut count = 0;
    while Instant::now() < deadline {
        let answer =
            |step: &str, value: &str| json!({ "answers": [{ "step": step, "value": value }] });
        let started = post(
            "/api/runs",
            json!({ "workflow": "assign-support-contact", "answers": [{ "step": "customer", "value": customer }] }),
            &mut result.latencies,
        );
        let Some(run) = started.as_ref().and_then(|said| said[0]["run"].as_i64()) else {
            result.errors += 1;
            continue;
        };
        let path = format!("/api/runs/{run}/answers");
        let mut last = None;
        for (step, value) in [
            ("subscription", subscription),
            ("contact", contact(n + count)),
            ("submit", "submit"),
            ("review", "close"),
        ] {
            last = post(&path, answer(step, value), &mut result.latencies);
            if last
                .as_ref()
                .is_none_or(|said| said.to_string().contains("\"type\":\"error\""))
            {
                last = None;
                break;
            }
        }
        let completed = last
            .as_ref()
            .and_then(|said| said.as_array()?.last().cloned())
            .is_some_and(|status| status["status"] == "completed");
        if completed {
            result.flows += 1;
        } else {
            result.errors += 1;
        }
        count += 1;
    }
    result
}

/// The clients, spread over `servers`, each doing whole flows until the
/// deadline.
fn run_clients(servers: &[Running], deadline: Instant) -> Vec<ClientResult> {
    std::thread::scope(|scope| {
        let clients: Vec<_> = (0..CLIENTS)
            .map(|n| {
                let server = &servers[n % servers.len()];
                scope.spawn(move || client(server, n, deadline))
            })
            .collect();
        clients
            .into_iter()
            .map(|c| c.join().expect("client"))
            .collect()
    })
}

/// Raw rusqlite's flows/s over `length` in `durability`.
fn raw_mode(durability: Durability, length: Duration) -> f64 {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("raw.db");
    let mut store = Store::create_or_open(&db, durability).expect("database");
    store.write(demo::seed).expect("demo data");
    drop(store);
    let mut raw = Raw::new(&db, durability);
    let (mut done, mut spent) = (0, Duration::ZERO);
    while spent < length {
        spent += raw.flows(done, 50);
        done += 50;
    }
    raw.check(done);
    done as f64 / spent.as_secs_f64()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

/// A `/proc/<pid>/status` line's figure, in KiB.
fn status_kib(pid: u32, key: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
