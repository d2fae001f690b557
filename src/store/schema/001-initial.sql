-- docflow schema, version 1.
PRAGMA application_id = 1684434039; -- 0x64666C77, "dflw"

-- The partner (kind 'provider', the indirect provider) and indirect resellers.
CREATE TABLE organizations (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('provider', 'reseller'))
) STRICT;
CREATE UNIQUE INDEX organizations_one_provider ON organizations (kind) WHERE kind = 'provider';

CREATE TABLE relationships (
    reseller        TEXT PRIMARY KEY REFERENCES organizations (id),
    state           TEXT NOT NULL CHECK (state IN ('requested', 'established')),
    delegated_admin INTEGER NOT NULL CHECK (delegated_admin IN (0, 1)),
    requested_at    TEXT NOT NULL,
    established_at  TEXT,
    CHECK ((state = 'established') = (established_at IS NOT NULL))
) STRICT;

CREATE TABLE support_agreements (
    id         INTEGER PRIMARY KEY,
    reseller   TEXT NOT NULL REFERENCES organizations (id),
    scope      TEXT NOT NULL CHECK (scope IN ('technical')),
    created_at TEXT NOT NULL,
    UNIQUE (reseller, scope)
) STRICT;

CREATE TABLE customers (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE subscriptions (
    id              TEXT PRIMARY KEY,
    customer        TEXT NOT NULL REFERENCES customers (id),
    product         TEXT NOT NULL,
    support_contact TEXT NOT NULL REFERENCES organizations (id),
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX subscriptions_by_customer ON subscriptions (customer);

CREATE TABLE agents (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    role   TEXT NOT NULL CHECK (role IN ('admin-agent', 'global-admin', 'helpdesk-agent',
                                         'sales-agent', 'user-management-admin')),
    locale TEXT NOT NULL
) STRICT;

-- Who may be a designated support contact: the indirect provider, or a
-- reseller with an established relationship and delegated admin privileges.
CREATE VIEW eligible_support_contacts AS
    SELECT id, name, kind FROM organizations WHERE kind = 'provider'
    UNION ALL
    SELECT o.id, o.name, o.kind
      FROM organizations o JOIN relationships r ON r.reseller = o.id
     WHERE r.state = 'established' AND r.delegated_admin = 1;

CREATE TRIGGER subscriptions_start_with_provider
BEFORE INSERT ON subscriptions
WHEN NEW.support_contact IS NOT (SELECT id FROM organizations WHERE kind = 'provider')
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: a new subscription''s support contact is the indirect provider');
END;

CREATE TRIGGER subscriptions_contact_is_eligible
BEFORE UPDATE OF support_contact ON subscriptions
WHEN NEW.support_contact NOT IN (SELECT id FROM eligible_support_contacts)
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: the support contact must be eligible');
END;

-- A reseller stops being eligible only after no subscription names it.
CREATE TRIGGER relationships_keep_contacts_eligible
BEFORE UPDATE ON relationships
WHEN (NEW.state <> 'established' OR NEW.delegated_admin = 0)
 AND EXISTS (SELECT 1 FROM subscriptions WHERE support_contact = OLD.reseller)
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: the reseller is still a designated support contact');
END;

CREATE TRIGGER relationships_removed_only_when_unused
BEFORE DELETE ON relationships
WHEN EXISTS (SELECT 1 FROM subscriptions WHERE support_contact = OLD.reseller)
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: the reseller is still a designated support contact');
END;

-- The run journal. A run keeps the definition version it started with.
CREATE TABLE workflow_definitions (
    workflow  TEXT NOT NULL,
    version   INTEGER NOT NULL,
    source    TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (workflow, version)
) STRICT;

CREATE TABLE runs (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    workflow   TEXT NOT NULL,
    version    INTEGER NOT NULL,
    agent      TEXT NOT NULL REFERENCES agents (id),
    locale     TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('waiting', 'completed', 'cancelled')),
    step       TEXT NOT NULL,
    vars       TEXT NOT NULL CHECK (json_valid(vars)),
    -- Bumped by every change: a writer that read an older revision lost a race.
    revision   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    FOREIGN KEY (workflow, version) REFERENCES workflow_definitions (workflow, version)
) STRICT;

CREATE TABLE run_events (
    id     INTEGER PRIMARY KEY,
    run    INTEGER NOT NULL REFERENCES runs (id),
    at     TEXT NOT NULL,
    agent  TEXT NOT NULL,
    locale TEXT NOT NULL,
    kind   TEXT NOT NULL,
    step   TEXT,
    detail TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;
CREATE INDEX run_events_by_run ON run_events (run, id);

CREATE TRIGGER run_events_are_append_only_update
BEFORE UPDATE ON run_events
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: run events are append-only');
END;

CREATE TRIGGER run_events_are_append_only_delete
BEFORE DELETE ON run_events
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: run events are append-only');
END;
