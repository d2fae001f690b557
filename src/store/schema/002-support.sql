-- docflow schema, version 2: sub-workflows, service health, escalation.

-- Callers waiting for the sub-workflow a run is in (JSON, innermost last).
ALTER TABLE runs ADD COLUMN stack TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(stack));

-- The partner's competencies; Gold and Silver include Signature Cloud Support.
CREATE TABLE competencies (
    area  TEXT PRIMARY KEY,
    level TEXT NOT NULL CHECK (level IN ('gold', 'silver'))
) STRICT;

-- Fee-based support contracts the partner holds.
CREATE TABLE support_contracts (
    kind  TEXT PRIMARY KEY CHECK (kind IN ('premier', 'advanced')),
    since TEXT NOT NULL
) STRICT;

-- Escalation vehicles the partner is entitled to: commercial issues always;
-- technical issues only through a contract or a competency.
CREATE VIEW support_vehicles AS
    SELECT 'commercial' AS id, 'commercial' AS kind
    UNION ALL
    SELECT 'premier', 'technical' WHERE EXISTS (SELECT 1 FROM support_contracts WHERE kind = 'premier')
    UNION ALL
    SELECT 'advanced', 'technical' WHERE EXISTS (SELECT 1 FROM support_contracts WHERE kind = 'advanced')
    UNION ALL
    SELECT 'signature', 'technical' WHERE EXISTS (SELECT 1 FROM competencies);

CREATE TABLE services (
    id       TEXT PRIMARY KEY,
    customer TEXT NOT NULL REFERENCES customers (id),
    name     TEXT NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('healthy', 'degraded', 'outage'))
) STRICT;
CREATE INDEX services_by_customer ON services (customer);

CREATE TABLE incidents (
    id         TEXT PRIMARY KEY,
    service    TEXT NOT NULL REFERENCES services (id),
    title      TEXT NOT NULL,
    active     INTEGER NOT NULL CHECK (active IN (0, 1)),
    started_at TEXT NOT NULL
) STRICT;
CREATE INDEX incidents_by_service ON incidents (service);

CREATE TABLE service_requests (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    customer    TEXT NOT NULL REFERENCES customers (id),
    service     TEXT NOT NULL REFERENCES services (id),
    kind        TEXT NOT NULL CHECK (kind IN ('commercial', 'technical')),
    vehicle     TEXT NOT NULL,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    status      TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    agent       TEXT NOT NULL REFERENCES agents (id),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TRIGGER service_requests_use_an_entitled_vehicle
BEFORE INSERT ON service_requests
WHEN NOT EXISTS (SELECT 1 FROM support_vehicles WHERE id = NEW.vehicle AND kind = NEW.kind)
BEGIN
    SELECT RAISE(ABORT, 'docflow rule: the partner is not entitled to this support vehicle');
END;

-- Issues the partner resolved within the baseline support scope.
CREATE TABLE baseline_resolutions (
    id          INTEGER PRIMARY KEY,
    customer    TEXT NOT NULL REFERENCES customers (id),
    service     TEXT NOT NULL REFERENCES services (id),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    agent       TEXT NOT NULL REFERENCES agents (id),
    created_at  TEXT NOT NULL
) STRICT;
