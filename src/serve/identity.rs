//! Who is asking: an API token, a sign-in session, or a trusted proxy's
//! header; and the throttle on sign-in attempts.
//!
//! Credentials are read from the request by the handler, but settled in
//! the worker's job, on the worker's connection.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderName, header};

use crate::auth;
use crate::error::Result;
use crate::store::Tx;
use crate::store::domain::{self, Agent};
use crate::store::identity;
use crate::store::journal::RunRecord;

/// The cookie a signed-in browser carries: the session's id (stored only as
/// its digest).
pub const SESSION_COOKIE: &str = "docflow_session";
/// How long a sign-in lasts.
pub const SESSION_HOURS: u32 = 12;
/// The longest agent id a sign-in looks up; a longer one is nobody.
pub const MAX_AGENT_ID: usize = 100;

/// What a request presented.
#[derive(Clone, Debug)]
pub enum Credentials {
    Bearer(String),
    Session(String),
    /// The agent id a signing-in proxy put in the configured header.
    Proxy(String),
    None,
}

impl Credentials {
    /// API requests: a token, or the proxy's header. A cookie does not
    /// count, so a page elsewhere cannot make a browser call the API.
    pub fn for_api(headers: &HeaderMap, proxy: Option<&HeaderName>) -> Credentials {
        if let Some(agent) = proxy_agent(headers, proxy) {
            return Credentials::Proxy(agent);
        }
        // The scheme's name is case-insensitive (RFC 9110).
        let bearer = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim());
        match bearer {
            Some(token) if !token.is_empty() => Credentials::Bearer(token.to_owned()),
            _ => Credentials::None,
        }
    }

    /// Pages: the proxy's header, else the session cookie.
    pub fn for_page(headers: &HeaderMap, proxy: Option<&HeaderName>) -> Credentials {
        if let Some(agent) = proxy_agent(headers, proxy) {
            return Credentials::Proxy(agent);
        }
        match cookie(headers, SESSION_COOKIE) {
            Some(id) => Credentials::Session(id),
            None => Credentials::None,
        }
    }
}

fn proxy_agent(headers: &HeaderMap, proxy: Option<&HeaderName>) -> Option<String> {
    let value = headers.get(proxy?)?.to_str().ok()?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// A cookie's value from the request's `Cookie` headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The signed-in agent, and the token their forms carry.
#[derive(Clone, Debug)]
pub struct Who {
    pub agent: Agent,
    /// The session's CSRF token; `None` for API callers, who send none.
    pub csrf: Option<String>,
}

impl Who {
    /// The visibility rule: a run is the business of the agent who started
    /// it, and of Global admins, who oversee every agent's work.
    pub fn may_see(&self, run: &RunRecord) -> bool {
        crate::session::may_see(&self.agent, run)
    }

    /// Whether a form's token is this session's.
    pub fn csrf_ok(&self, sent: Option<&str>) -> bool {
        match (&self.csrf, sent) {
            (Some(expected), Some(sent)) => auth::same_secret(expected, sent),
            _ => false,
        }
    }
}

/// Settles credentials: `None` when they name nobody (an unknown, revoked or
/// expired token or session, or an agent the proxy named who does not exist).
/// `secret` derives the CSRF token of a proxy-signed-in browser.
pub fn authenticate(tx: &Tx, credentials: &Credentials, secret: &str) -> Result<Option<Who>> {
    Ok(match credentials {
        Credentials::Bearer(token) => {
            identity::token_agent(tx, &auth::digest(token))?.map(|agent| Who { agent, csrf: None })
        }
        Credentials::Session(id) => identity::session(tx, &auth::digest(id))?.map(|s| Who {
            agent: s.agent,
            csrf: Some(s.csrf),
        }),
        Credentials::Proxy(id) => match domain::agent(tx, id) {
            Ok(agent) => {
                let csrf = auth::digest(&format!("{secret}:{}", agent.id));
                Some(Who {
                    agent,
                    csrf: Some(csrf),
                })
            }
            Err(crate::error::Error::UnknownAgent(_)) => None,
            Err(other) => return Err(other),
        },
        Credentials::None => None,
    })
}

/// Failed sign-ins, per name tried (an agent's id or not): after `LIMIT`
/// failures in `WINDOW`, the name is refused without checking the password
/// until the window ends.
#[derive(Debug, Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, Failures>>,
}

#[derive(Debug)]
struct Failures {
    count: u32,
    since: Instant,
}

const LIMIT: u32 = 5;
/// The most names the throttle remembers at once.
const MAX_TRACKED: usize = 10_000;
const WINDOW: Duration = Duration::from_secs(15 * 60);

impl Throttle {
    pub fn allows(&self, agent: &str) -> bool {
        let Ok(mut failures) = self.failures.lock() else {
            return false;
        };
        match failures.get(&agent.to_lowercase()) {
            Some(f) if f.since.elapsed() > WINDOW => {
                failures.remove(&agent.to_lowercase());
                true
            }
            Some(f) => f.count < LIMIT,
            None => true,
        }
    }

    pub fn failed(&self, agent: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            // Windows that ended are forgotten, so the map holds only the
            // names failing now; past a bound, the oldest go first, so no
            // stream of made-up names can grow it without end.
            failures.retain(|_, f| f.since.elapsed() <= WINDOW);
            if failures.len() >= MAX_TRACKED
                && let Some(oldest) = failures
                    .iter()
                    .min_by_key(|(_, f)| f.since)
                    .map(|(name, _)| name.clone())
            {
                failures.remove(&oldest);
            }
            let entry = failures.entry(agent.to_lowercase()).or_insert(Failures {
                count: 0,
                since: Instant::now(),
            });
            entry.count += 1;
        }
    }

    pub fn succeeded(&self, agent: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(&agent.to_lowercase());
        }
    }
}
