-- Who an agent is, for `docflow serve`: a password, API tokens, sign-in
-- sessions. No secret is stored as given: a password as its argon2id hash
-- (a PHC string), a token or a session id as its BLAKE2b-256 digest, so a
-- copy of the database lets nobody sign in.

CREATE TABLE agent_passwords (
    agent      TEXT PRIMARY KEY REFERENCES agents (id),
    hash       TEXT NOT NULL CHECK (hash LIKE '$argon2id$%'),
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    agent      TEXT NOT NULL REFERENCES agents (id),
    digest     TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) STRICT;

CREATE TABLE web_sessions (
    digest     TEXT PRIMARY KEY,
    agent      TEXT NOT NULL REFERENCES agents (id),
    -- Sent back in every form; a POST without it is refused.
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX web_sessions_agent ON web_sessions (agent);
