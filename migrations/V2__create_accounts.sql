-- Accounts: people, their roles, their sessions, one-time email links, and the counters throttling uses.
-- Times are ISO-8601 UTC text; ids are integers.

CREATE TABLE users (
    id                 INTEGER PRIMARY KEY,
    email              TEXT    NOT NULL,              -- as typed, for sending mail
    email_key          TEXT    NOT NULL UNIQUE,       -- normalised (NFKC, lower case): unique whatever the case
    name               TEXT    NOT NULL,
    password_hash      TEXT    NOT NULL,              -- bcrypt
    lang               TEXT    NOT NULL DEFAULT 'en', -- language of the emails we send
    email_verified_at  TEXT,
    consent_at         TEXT    NOT NULL,              -- when the privacy notice was accepted
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT    NOT NULL
);

-- learner (everyone), instructor and school_admin (scoped to a school, from a later migration), admin (global)
CREATE TABLE roles (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('learner', 'instructor', 'school_admin', 'admin')),
    school_id  INTEGER,
    granted_at TEXT    NOT NULL
);
CREATE UNIQUE INDEX roles_unique ON roles (user_id, role, COALESCE(school_id, 0));

-- Only the SHA-256 of a session token is stored: a copy of the database cannot be used to log in.
CREATE TABLE sessions (
    token_hash   TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    last_seen_at TEXT    NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Verification and password-reset links, one-time, stored as SHA-256 of the token.
CREATE TABLE email_tokens (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset')),
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL,
    used_at    TEXT
);
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

-- Throttling counters: failed logins, reset and verification requests, sign-ups; by email key and by address.
CREATE TABLE attempts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('login', 'reset', 'verify', 'signup')),
    email_key  TEXT,
    ip         TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX attempts_email ON attempts (kind, email_key, at);
CREATE INDEX attempts_ip ON attempts (kind, ip, at);
