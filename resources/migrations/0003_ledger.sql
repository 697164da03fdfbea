-- Multi-asset ICRC-1/2/3 ledger. Every amount (fees, balances, allowances, totals, block amounts)
-- is an exact unsigned 128-bit integer of base units stored as a 16-byte big-endian BLOB.
-- Each asset is its own ICRC-3 chain (block indexes from 0); `seq` orders blocks across assets.
-- Fees are burned (no fee collector), so for each asset:
--   sum(ledger_balances.amount) = minted - burned - fees_burned = total supply.
CREATE TABLE ledger_assets (
    symbol      TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    decimals    INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 38),
    fee         BLOB NOT NULL CHECK (length(fee) = 16),
    position    INTEGER NOT NULL,
    minted      BLOB NOT NULL DEFAULT X'00000000000000000000000000000000' CHECK (length(minted) = 16),
    burned      BLOB NOT NULL DEFAULT X'00000000000000000000000000000000' CHECK (length(burned) = 16),
    fees_burned BLOB NOT NULL DEFAULT X'00000000000000000000000000000000' CHECK (length(fees_burned) = 16),
    blocks      INTEGER NOT NULL DEFAULT 0,
    tip_hash    BLOB
);

-- Default assets: ICP (8 decimals, fee 10,000 e8s = 0.0001 ICP), ckBTC (8 decimals, fee 10 satoshis),
-- ckETH (18 decimals, fee 2,000,000,000,000 wei = 0.000002 ETH), as on the IC mainnet ledgers.
INSERT INTO ledger_assets (symbol, name, decimals, fee, position) VALUES
    ('ICP', 'Internet Computer', 8, X'00000000000000000000000000002710', 1),
    ('ckBTC', 'ckBTC', 8, X'0000000000000000000000000000000A', 2),
    ('ckETH', 'ckETH', 18, X'0000000000000000000001D1A94A2000', 3);

-- Accounts by number, so the big tables hold small integers instead of 29 + 32 bytes.
CREATE TABLE ledger_accounts (
    id          INTEGER PRIMARY KEY,
    owner       BLOB NOT NULL,
    subaccount  BLOB NOT NULL CHECK (length(subaccount) = 32),
    UNIQUE (owner, subaccount)
);

CREATE TABLE ledger_balances (
    account     INTEGER NOT NULL REFERENCES ledger_accounts(id),
    asset       TEXT NOT NULL REFERENCES ledger_assets(symbol),
    amount      BLOB NOT NULL CHECK (length(amount) = 16),
    PRIMARY KEY (account, asset)
) WITHOUT ROWID;

-- Approvals (ICRC-2): one allowance per owner, asset and spender; an expired one counts as 0.
CREATE TABLE ledger_allowances (
    owner       INTEGER NOT NULL REFERENCES ledger_accounts(id),
    asset       TEXT NOT NULL REFERENCES ledger_assets(symbol),
    spender     INTEGER NOT NULL REFERENCES ledger_accounts(id),
    amount      BLOB NOT NULL CHECK (length(amount) = 16),
    expires_at  INTEGER,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (owner, asset, spender)
) WITHOUT ROWID;
CREATE INDEX ledger_allowances_by_spender ON ledger_allowances(spender, asset);

-- The blocks: the fields of each ICRC-3 block Value (core/ledgerblock.h rebuilds the Value from
-- them), its hash and its parent's hash. fee_in_tx: the caller named the fee (tx.fee).
-- seq numbers blocks across assets in the order they were appended (history paging key).
CREATE TABLE ledger_blocks (
    asset       TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    btype       TEXT NOT NULL,
    ts_ns       INTEGER NOT NULL,
    from_acct   INTEGER,
    to_acct     INTEGER,
    spender_acct INTEGER,
    amount      BLOB NOT NULL,
    fee         BLOB,
    fee_in_tx   INTEGER NOT NULL DEFAULT 0,
    memo        BLOB,
    created_at  INTEGER,
    expected_allowance BLOB,
    expires_at  INTEGER,
    phash       BLOB,
    hash        BLOB NOT NULL,
    PRIMARY KEY (asset, idx)
) WITHOUT ROWID;

-- One row per account a block names, with the account's balance in that asset after it: an
-- account's history page is a range scan of its own rows, newest first (filters are applied
-- while scanning).
CREATE TABLE ledger_entries (
    account     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    asset       TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    btype       TEXT NOT NULL,
    ts_ns       INTEGER NOT NULL,
    balance     BLOB NOT NULL,
    PRIMARY KEY (account, seq)
) WITHOUT ROWID;

-- ICRC-1 deduplication: transactions with created_at_time inside the 24 h window (+ drift).
-- A duplicate has the same created_at_time (it is part of the hash), so one key serves both the
-- lookup and the removal of expired rows.
CREATE TABLE ledger_dedup (
    created_at  INTEGER NOT NULL,
    asset       TEXT NOT NULL,
    tx_hash     BLOB NOT NULL,
    idx         INTEGER NOT NULL,
    PRIMARY KEY (created_at, asset, tx_hash)
) WITHOUT ROWID;

-- Append-only: the application never updates or deletes blocks.
CREATE TRIGGER ledger_blocks_no_update BEFORE UPDATE ON ledger_blocks
BEGIN
    SELECT RAISE(ABORT, 'ledger blocks are append-only');
END;
CREATE TRIGGER ledger_blocks_no_delete BEFORE DELETE ON ledger_blocks
BEGIN
    SELECT RAISE(ABORT, 'ledger blocks are append-only');
END;
