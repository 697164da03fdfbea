-- Personal labels on ledger transactions and accounts (BIP-329 style), one set per identity.
CREATE TABLE wallet_labels (
    owner       BLOB NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('tx', 'addr')),
    ref         TEXT NOT NULL,
    label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 255),
    updated_ns  INTEGER NOT NULL,
    PRIMARY KEY (owner, type, ref)
);
