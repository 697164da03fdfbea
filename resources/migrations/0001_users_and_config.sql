-- Users, roles, specialised permissions and versioned configuration.
CREATE TABLE users (
    principal   BLOB PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    bio         TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL CHECK (role IN ('user', 'creator', 'admin', 'super_admin', 'controller')),
    kyc_status  TEXT NOT NULL DEFAULT 'unverified' CHECK (kyc_status IN ('unverified', 'pending', 'verified', 'rejected')),
    kyc_note    TEXT NOT NULL DEFAULT '',
    disabled    INTEGER NOT NULL DEFAULT 0,
    created_ns  INTEGER NOT NULL,
    updated_ns  INTEGER NOT NULL
);
CREATE INDEX users_by_name ON users(name COLLATE NOCASE);
CREATE UNIQUE INDEX one_controller ON users(role) WHERE role = 'controller';

CREATE TABLE permissions (
    principal   BLOB NOT NULL REFERENCES users(principal) ON DELETE CASCADE,
    permission  TEXT NOT NULL,
    granted_by  BLOB NOT NULL,
    granted_ns  INTEGER NOT NULL,
    PRIMARY KEY (principal, permission)
);

CREATE TABLE config (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    version     INTEGER NOT NULL
);

CREATE TABLE config_history (
    key         TEXT NOT NULL,
    version     INTEGER NOT NULL,
    value       TEXT NOT NULL,
    changed_by  BLOB NOT NULL,
    changed_ns  INTEGER NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, version)
);
