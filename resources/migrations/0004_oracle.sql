-- Price oracle: feeds (pairs) with their circuit breaker, sources, 1-minute rounds with every
-- source's quote, and alerts. Rates are fixed-point integers with 9 decimals (rate_e9).
-- A pair's deviation / heartbeat / jump limit here are its defaults; changes are versioned in
-- config as oracle.<base>_<quote>.<field> and win over these columns.
-- CHECKs use OR chains: a constant IN (...) list costs SQLite a temporary index on every insert.
CREATE TABLE oracle_pairs (
    id              INTEGER PRIMARY KEY,
    base            TEXT NOT NULL,
    quote           TEXT NOT NULL,
    deviation_bps   INTEGER NOT NULL DEFAULT 50,
    heartbeat_s     INTEGER NOT NULL DEFAULT 3600,
    jump_limit_bps  INTEGER NOT NULL DEFAULT 1000,
    breaker         TEXT NOT NULL DEFAULT 'ok' CHECK (breaker = 'ok' OR breaker = 'tripped' OR breaker = 'manual'),
    trip_reason     TEXT NOT NULL DEFAULT '' CHECK (trip_reason = '' OR trip_reason = 'stale' OR trip_reason = 'inconsistent' OR trip_reason = 'jump'),
    tripped_ns      INTEGER,
    rebase          INTEGER NOT NULL DEFAULT 0,
    manual_rate_e9  INTEGER,
    last_rate_e9    INTEGER,
    last_pub_ns     INTEGER,
    last_round_ns   INTEGER,
    created_ns      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (base, quote)
);

CREATE TABLE oracle_sources (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES oracle_pairs(id),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind = 'sim' OR kind = 'http'),
    url         TEXT NOT NULL DEFAULT '',
    json_path   TEXT NOT NULL DEFAULT '',
    poll_s      INTEGER NOT NULL DEFAULT 60,
    enabled     INTEGER NOT NULL DEFAULT 1,
    created_ns  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pair_id, name)
);

-- One row per pair and minute. rate_e9 is the median of the surviving quotes (NULL when nobody
-- answered); band_* span every positive answer; published marks what consumers were served.
-- quotes holds every source's answer as JSON [[source_id, rate_e9 | null, reason], ...] with
-- reason 0 included, 1 no answer, 2 invalid, 3 outlier: one row per round instead of one per quote
-- (30 days x 3 pairs is 130,000 rounds but 1.2 million quotes). oracle_quotes lists them as rows.
CREATE TABLE oracle_rounds (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES oracle_pairs(id),
    ts_ns       INTEGER NOT NULL,
    rate_e9     INTEGER,
    queried     INTEGER NOT NULL,
    received    INTEGER NOT NULL,
    used        INTEGER NOT NULL,
    stddev_e9   INTEGER NOT NULL DEFAULT 0,
    band_lo_e9  INTEGER,
    band_hi_e9  INTEGER,
    status      TEXT NOT NULL CHECK (status = 'ok' OR status = 'no_rates' OR status = 'too_few_rates' OR status = 'inconsistent'),
    consistent  INTEGER NOT NULL,
    published   INTEGER NOT NULL,
    published_why TEXT NOT NULL DEFAULT '',
    quotes      TEXT NOT NULL
);
CREATE UNIQUE INDEX oracle_rounds_by_time ON oracle_rounds(pair_id, ts_ns);
CREATE INDEX oracle_rounds_published ON oracle_rounds(pair_id, ts_ns) WHERE published = 1;
-- Covers the history chart's scan (30 days = 43,200 rows per pair) without touching the wide rows.
CREATE INDEX oracle_rounds_series ON oracle_rounds(pair_id, ts_ns, rate_e9, consistent, published, band_lo_e9, band_hi_e9);

CREATE VIEW oracle_quotes AS
SELECT r.id AS round_id, r.pair_id AS pair_id, r.ts_ns AS ts_ns,
       json_extract(q.value, '$[0]') AS source_id,
       json_extract(q.value, '$[1]') AS rate_e9,
       json_extract(q.value, '$[2]') = 0 AS included,
       CASE json_extract(q.value, '$[2]') WHEN 0 THEN 'included' WHEN 1 THEN 'no_answer' WHEN 2 THEN 'invalid' ELSE 'outlier' END AS reason
FROM oracle_rounds r, json_each(r.quotes) q;

CREATE TABLE oracle_alerts (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES oracle_pairs(id),
    ts_ns       INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity = 'info' OR severity = 'critical'),
    message     TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    acked_by    BLOB,
    acked_ns    INTEGER,
    ack_note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX oracle_alerts_by_pair ON oracle_alerts(pair_id, ts_ns);
CREATE INDEX oracle_alerts_by_time ON oracle_alerts(ts_ns);

INSERT INTO oracle_pairs (base, quote) VALUES ('BTC', 'USD'), ('ETH', 'USD'), ('ICP', 'USD');
