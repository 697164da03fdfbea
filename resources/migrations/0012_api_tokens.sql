-- Bearer tokens of the local HTTP API. Only the SHA-256 of a token is kept; revoking sets
-- revoked_ns (the row stays, so the audit trail and the token list still name it).
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    owner       BLOB NOT NULL,
    name        TEXT NOT NULL,
    token_hash  BLOB NOT NULL UNIQUE,
    prefix      TEXT NOT NULL,
    created_ns  INTEGER NOT NULL,
    expires_ns  INTEGER,
    revoked_ns  INTEGER
);
CREATE INDEX api_tokens_by_owner ON api_tokens(owner, id);
