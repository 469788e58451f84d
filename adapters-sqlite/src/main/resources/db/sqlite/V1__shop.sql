-- AWPT's shop in one SQLite file. Times are epoch milliseconds (UTC); Discord and Roblox ids are
-- decimal text; enum values are their names, key statuses the original bot's wire names.

-- The key inventory. id is the immutable row id: claims take the lowest available id of a type,
-- exports stream in id order.
CREATE TABLE license_keys (
    id                       INTEGER PRIMARY KEY,
    code                     TEXT    NOT NULL UNIQUE,
    type                     TEXT    NOT NULL,
    status                   TEXT    NOT NULL,
    created_at               INTEGER NOT NULL,
    requested_by             TEXT,
    requested_at             INTEGER,
    approved_by              TEXT,
    approved_at              INTEGER,
    holder                   TEXT,
    roblox_user              TEXT,
    used_at                  INTEGER,
    expires_at               INTEGER,
    -- At most one key per order or request line: a retried claim finds the order's key.
    order_id                 TEXT UNIQUE,
    -- The delivery outbox; delivery_attempts is NULL when the key has no delivery.
    delivery_told_at         INTEGER,
    delivery_channel         TEXT,
    delivery_attempts        INTEGER,
    delivery_last_attempt_at INTEGER,
    delivery_ticket_channel  TEXT,
    revoked_at               INTEGER,
    revoked_by               TEXT,
    revoke_reason            TEXT
);
-- Claims (the first available id of a type), counts per type and status.
CREATE INDEX license_keys_stock ON license_keys (type, status, id);
CREATE INDEX license_keys_listing ON license_keys (created_at, code);
CREATE INDEX license_keys_holder ON license_keys (holder) WHERE holder IS NOT NULL;
CREATE INDEX license_keys_roblox ON license_keys (roblox_user) WHERE roblox_user IS NOT NULL;
CREATE INDEX license_keys_used_at ON license_keys (used_at) WHERE used_at IS NOT NULL;
CREATE INDEX license_keys_expiry ON license_keys (status, expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX license_keys_pending ON license_keys (status, coalesce(used_at, approved_at))
    WHERE delivery_attempts IS NOT NULL AND delivery_told_at IS NULL;

CREATE TABLE payment_sessions (
    id                     TEXT    PRIMARY KEY,
    buyer                  TEXT    NOT NULL,
    type                   TEXT    NOT NULL,
    method                 TEXT    NOT NULL,
    details_method_used    TEXT,
    details_transaction_id TEXT,
    details_contact        TEXT,
    details_notes          TEXT,
    ticket_channel         TEXT,
    status                 TEXT    NOT NULL,
    proof_storage_id       TEXT,
    proof_format           TEXT,
    proof_size_bytes       INTEGER,
    proof_received_at      INTEGER,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    decided_by             TEXT,
    decided_at             INTEGER,
    reason                 TEXT,
    delivered_key          TEXT,
    version                INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX payment_sessions_buyer ON payment_sessions (buyer, status);
CREATE INDEX payment_sessions_status ON payment_sessions (status, created_at);
CREATE INDEX payment_sessions_updated ON payment_sessions (status, updated_at);

-- Where messages about a session were posted, in order.
CREATE TABLE payment_session_notices (
    session_id TEXT    NOT NULL REFERENCES payment_sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    channel_id TEXT    NOT NULL,
    message_id TEXT    NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

CREATE TABLE proofs (
    id         TEXT    PRIMARY KEY,
    session_id TEXT    NOT NULL,
    format     TEXT    NOT NULL,
    bytes      BLOB    NOT NULL,
    stored_at  INTEGER NOT NULL
);
CREATE INDEX proofs_session ON proofs (session_id);

CREATE TABLE key_requests (
    id           TEXT    PRIMARY KEY,
    requester    TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    -- The reserved key codes, comma-separated, in request order.
    codes        TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    requested_at INTEGER NOT NULL,
    decided_by   TEXT,
    decided_at   INTEGER,
    version      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX key_requests_status ON key_requests (status, requested_at);

CREATE TABLE storefront_visits (
    id           TEXT    PRIMARY KEY,
    buyer        TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    method       TEXT    NOT NULL,
    link         TEXT    NOT NULL,
    opened_at    INTEGER NOT NULL,
    cancelled_at INTEGER,
    version      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX storefront_visits_buyer ON storefront_visits (buyer, opened_at) WHERE cancelled_at IS NULL;

CREATE TABLE purchase_tickets (
    channel_id       TEXT    PRIMARY KEY,
    guild_id         TEXT    NOT NULL,
    buyer            TEXT    NOT NULL,
    embed_message_id TEXT,
    opened_at        INTEGER NOT NULL,
    closed_at        INTEGER
) WITHOUT ROWID;
CREATE INDEX purchase_tickets_open ON purchase_tickets (opened_at) WHERE closed_at IS NULL;
CREATE INDEX purchase_tickets_buyer ON purchase_tickets (buyer, opened_at) WHERE closed_at IS NULL;

CREATE TABLE once_marks (
    topic     TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    marked_at INTEGER NOT NULL,
    PRIMARY KEY (topic, subject)
) WITHOUT ROWID;

-- Append-only; seq orders events of the same instant.
CREATE TABLE audit_events (
    seq     INTEGER PRIMARY KEY,
    id      TEXT    NOT NULL UNIQUE,
    at      INTEGER NOT NULL,
    actor   TEXT,
    action  TEXT    NOT NULL,
    subject TEXT    NOT NULL
);
CREATE INDEX audit_events_at ON audit_events (at, seq);
CREATE INDEX audit_events_actor ON audit_events (actor, at, seq) WHERE actor IS NOT NULL;
CREATE INDEX audit_events_action ON audit_events (action, at, seq);

CREATE TABLE audit_event_details (
    event_seq INTEGER NOT NULL REFERENCES audit_events (seq) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (event_seq, name)
) WITHOUT ROWID;

CREATE TABLE cooldowns (
    user     TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    failures INTEGER NOT NULL,
    until    INTEGER NOT NULL,
    PRIMARY KEY (user, action)
) WITHOUT ROWID;

CREATE TABLE lockdowns (
    feature    TEXT    PRIMARY KEY,
    locked     INTEGER NOT NULL,
    changed_by TEXT,
    changed_at INTEGER NOT NULL,
    reason     TEXT
) WITHOUT ROWID;
