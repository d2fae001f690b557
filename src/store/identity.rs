//! Credentials: password hashes, API tokens and sign-in sessions. Only
//! hashes and digests reach this module (see `crate::auth`), so nothing
//! here, nor in the database, can be used to sign in.

use super::Tx;
use super::domain::{self, Agent};
use crate::error::Result;

/// The argon2id hash of an agent's password, if it has one.
pub fn password_hash(tx: &Tx, agent: &str) -> Result<Option<String>> {
    tx.query_opt(
        "SELECT hash FROM agent_passwords WHERE agent = ?1",
        params![agent],
        |r| r.text(0),
    )
}

/// Sets (or replaces) an agent's password hash, and ends their sign-in
/// sessions. Fails with `UnknownAgent` for an agent that does not exist.
pub fn set_password_hash(tx: &Tx, agent: &str, hash: &str) -> Result<()> {
    domain::agent(tx, agent)?;
    tx.execute(
        concat!(
            "INSERT INTO agent_passwords (agent, hash, updated_at) VALUES (?1, ?2, ",
            now!(),
            ") ON CONFLICT (agent) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at"
        ),
        params![agent, hash],
    )?;
    // A new password signs the agent out everywhere.
    tx.execute("DELETE FROM web_sessions WHERE agent = ?1", params![agent])?;
    Ok(())
}

/// Sets an agent's password hash unless they have one.
pub fn set_password_hash_if_absent(tx: &Tx, agent: &str, hash: &str) -> Result<()> {
    tx.execute(
        concat!(
            "INSERT INTO agent_passwords (agent, hash, updated_at) VALUES (?1, ?2, ",
            now!(),
            ") ON CONFLICT (agent) DO NOTHING"
        ),
        params![agent, hash],
    )?;
    Ok(())
}

/// Records a new API token by its digest; returns its number.
pub fn add_token(tx: &Tx, agent: &str, digest: &str) -> Result<i64> {
    domain::agent(tx, agent)?;
    tx.query_one(
        concat!(
            "INSERT INTO api_tokens (agent, digest, created_at) VALUES (?1, ?2, ",
            now!(),
            ") RETURNING id"
        ),
        params![agent, digest],
        |r| r.int(0),
    )
}

/// Revokes every token of an agent still in use; returns how many.
pub fn revoke_tokens(tx: &Tx, agent: &str) -> Result<usize> {
    domain::agent(tx, agent)?;
    tx.execute(
        concat!(
            "UPDATE api_tokens SET revoked_at = ",
            now!(),
            " WHERE agent = ?1 AND revoked_at IS NULL"
        ),
        params![agent],
    )
}

/// The agent a token (by its digest) belongs to, unless it was revoked.
pub fn token_agent(tx: &Tx, digest: &str) -> Result<Option<Agent>> {
    tx.query_opt(
        "SELECT a.id, a.name, a.role, a.locale FROM api_tokens t JOIN agents a ON a.id = t.agent
         WHERE t.digest = ?1 AND t.revoked_at IS NULL",
        params![digest],
        domain::agent_from_row,
    )
}

/// A signed-in browser: who, and the token its forms must carry.
#[derive(Clone, Debug)]
pub struct WebSession {
    pub agent: Agent,
    pub csrf: String,
}

/// Opens a sign-in session that ends after `hours`.
pub fn open_session(tx: &Tx, digest: &str, agent: &str, csrf: &str, hours: u32) -> Result<()> {
    tx.execute(
        concat!(
            "INSERT INTO web_sessions (digest, agent, csrf, created_at, expires_at) VALUES (?1, ?2, ?3, ",
            now!(),
            ", strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || ?4 || ' hours'))"
        ),
        params![digest, agent, csrf, hours],
    )?;
    // Sessions that ended are of no use to anyone: forget them as new
    // ones start, so the table stays small without a sweeper.
    tx.execute(
        concat!("DELETE FROM web_sessions WHERE expires_at < ", now!()),
        params![],
    )?;
    Ok(())
}

/// The session with this digest, unless it has expired.
pub fn session(tx: &Tx, digest: &str) -> Result<Option<WebSession>> {
    tx.query_opt(
        concat!(
            "SELECT a.id, a.name, a.role, a.locale, s.csrf FROM web_sessions s
             JOIN agents a ON a.id = s.agent WHERE s.digest = ?1 AND s.expires_at > ",
            now!()
        ),
        params![digest],
        |r| {
            Ok(WebSession {
                agent: domain::agent_from_row(r)?,
                csrf: r.text(4)?,
            })
        },
    )
}

pub fn close_session(tx: &Tx, digest: &str) -> Result<()> {
    tx.execute(
        "DELETE FROM web_sessions WHERE digest = ?1",
        params![digest],
    )?;
    Ok(())
}
