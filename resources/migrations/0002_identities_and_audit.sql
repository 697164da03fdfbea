-- Local key store (private keys sealed with a passphrase) and the hash-chained audit log.
CREATE TABLE identities (
    name        TEXT PRIMARY KEY,
    principal   BLOB NOT NULL UNIQUE,
    key_type    TEXT NOT NULL CHECK (key_type IN ('ed25519', 'secp256k1')),
    public_der  BLOB NOT NULL,
    sealed_key  BLOB NOT NULL,
    created_ns  INTEGER NOT NULL
);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    ts_ns       INTEGER NOT NULL,
    caller      BLOB NOT NULL,
    role        TEXT NOT NULL,
    method      TEXT NOT NULL,
    args_digest BLOB NOT NULL,
    summary     TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    phash       BLOB,
    hash        BLOB NOT NULL
);
CREATE INDEX audit_by_caller ON audit_log(caller, seq);
CREATE INDEX audit_by_method ON audit_log(method, seq);
CREATE INDEX audit_by_time ON audit_log(ts_ns);

-- Append-only: the application never updates or deletes audit rows.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
