-- HTLC atomic swaps (swaps.*). A swap has two legs: A, the initiator's asset locked for the
-- participant until T1 (a_timelock_ns), and B, the participant's asset locked for the initiator until
-- T2 < T1. Locked funds sit in real ledger accounts (owner: the swap-escrow principal, subaccount
-- derived from the swap id and leg; core/swapcontract.h), so ledger blocks record every lock and
-- payout and the ledger's total-supply invariant covers escrow too. Amounts are 16-byte big-endian
-- BLOBs like the ledger's. The secret is NULL until the initiator redeems with it.
CREATE TABLE swaps (
    id              INTEGER PRIMARY KEY,
    state           TEXT NOT NULL CHECK (state IN ('pending_approval', 'initiated', 'participated', 'redeemed',
                                                   'participant_refunded', 'disputed', 'completed', 'refunded',
                                                   'cancelled', 'resolved')),
    initiator       BLOB NOT NULL,
    participant     BLOB NOT NULL,
    hashlock        BLOB NOT NULL UNIQUE CHECK (length(hashlock) = 32),
    secret          BLOB CHECK (secret IS NULL OR length(secret) = 32),
    a_asset         TEXT NOT NULL REFERENCES ledger_assets(symbol),
    a_amount        BLOB NOT NULL CHECK (length(a_amount) = 16),
    a_subaccount    BLOB NOT NULL CHECK (length(a_subaccount) = 32),
    a_timelock_ns   INTEGER NOT NULL,
    a_state         TEXT NOT NULL CHECK (a_state IN ('none', 'locked', 'redeemed', 'refunded')),
    b_asset         TEXT NOT NULL REFERENCES ledger_assets(symbol),
    b_amount        BLOB NOT NULL CHECK (length(b_amount) = 16),
    b_subaccount    BLOB CHECK (b_subaccount IS NULL OR length(b_subaccount) = 32),
    b_timelock_ns   INTEGER,
    b_state         TEXT NOT NULL CHECK (b_state IN ('none', 'locked', 'redeemed', 'refunded')),
    value_usd       TEXT,                       -- the larger leg in USD at initiation ("12345.67"); NULL: not priced
    value_note      TEXT NOT NULL DEFAULT '',   -- how it was valued, or why it could not be
    approvals_required INTEGER NOT NULL DEFAULT 0,
    disputed_from   TEXT,                       -- the state a dispute froze
    due_ns          INTEGER,                    -- when the expiry job next acts (NULL: never)
    created_ns      INTEGER NOT NULL,
    updated_ns      INTEGER NOT NULL,
    CHECK (initiator <> participant),
    CHECK (a_asset <> b_asset)
);
CREATE INDEX swaps_due ON swaps(due_ns) WHERE due_ns IS NOT NULL;
CREATE INDEX swaps_by_initiator ON swaps(initiator, id);
CREATE INDEX swaps_by_participant ON swaps(participant, id);
CREATE INDEX swaps_by_state ON swaps(state, id);

-- Admin approvals of high-value swaps (M-of-N): one per approver and swap.
CREATE TABLE swap_approvals (
    swap_id     INTEGER NOT NULL REFERENCES swaps(id),
    approver    BLOB NOT NULL,
    approved_ns INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (swap_id, approver)
) WITHOUT ROWID;

-- At most one dispute per swap: opened by a party, resolved by an admin (refund or release).
CREATE TABLE swap_disputes (
    swap_id     INTEGER PRIMARY KEY REFERENCES swaps(id),
    opened_by   BLOB NOT NULL,
    opened_ns   INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    resolved_by BLOB,
    resolved_ns INTEGER,
    resolution  TEXT CHECK (resolution IS NULL OR resolution IN ('refund', 'release')),
    resolution_reason TEXT
);

-- What happened to each swap, in order, with the ledger block of any funds moved. Never holds the
-- secret (only the hashlock identifies it).
CREATE TABLE swap_events (
    swap_id     INTEGER NOT NULL REFERENCES swaps(id),
    n           INTEGER NOT NULL,
    ts_ns       INTEGER NOT NULL,
    actor       BLOB NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    asset       TEXT,
    block_index INTEGER,
    PRIMARY KEY (swap_id, n)
) WITHOUT ROWID;

CREATE TRIGGER swap_events_no_update BEFORE UPDATE ON swap_events
BEGIN
    SELECT RAISE(ABORT, 'swap events are append-only');
END;
CREATE TRIGGER swap_events_no_delete BEFORE DELETE ON swap_events
BEGIN
    SELECT RAISE(ABORT, 'swap events are append-only');
END;
