-- The marketplace: NFT collections (ICRC-7 tokens, ICRC-37 approvals, one ICRC-3 block chain per
-- collection), listings with fees settled on the ledger, full-text search, moderation, Virtual
-- Nexus tickets and Cosmic Loop events with check-ins. Principals and subaccounts are BLOBs (the
-- owner's bytes and 32 subaccount bytes); times are ns since the Unix epoch.

CREATE TABLE nft_collections (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    symbol        TEXT NOT NULL,
    name          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    logo          TEXT NOT NULL DEFAULT '',
    creator       BLOB NOT NULL,
    supply_cap    INTEGER,
    total_supply  INTEGER NOT NULL DEFAULT 0,
    next_token_id INTEGER NOT NULL DEFAULT 1,
    metadata      TEXT NOT NULL,              -- extra collection metadata: a Value Map as tagged JSON
    blocks        INTEGER NOT NULL DEFAULT 0, -- chain length = next block index
    tip_hash      BLOB,
    created_ns    INTEGER NOT NULL
);
CREATE INDEX nft_collections_by_creator ON nft_collections(creator, id);

-- locked_by: the active listing holding the token; a locked token moves only through that listing.
CREATE TABLE nft_tokens (
    collection  INTEGER NOT NULL REFERENCES nft_collections(id),
    token_id    INTEGER NOT NULL,
    owner       BLOB NOT NULL,
    subaccount  BLOB NOT NULL CHECK (length(subaccount) = 32),
    metadata    TEXT NOT NULL,
    minted_ns   INTEGER NOT NULL,
    locked_by   INTEGER,
    PRIMARY KEY (collection, token_id)
) WITHOUT ROWID;
CREATE INDEX nft_tokens_by_owner ON nft_tokens(owner, subaccount, collection, token_id);

-- ICRC-37 approvals; an expired approval counts as absent. Token approvals end when the token moves.
CREATE TABLE nft_token_approvals (
    collection  INTEGER NOT NULL,
    token_id    INTEGER NOT NULL,
    spender     BLOB NOT NULL,
    spender_sub BLOB NOT NULL,
    expires_at  INTEGER,
    created_ns  INTEGER NOT NULL,
    PRIMARY KEY (collection, token_id, spender, spender_sub)
) WITHOUT ROWID;

CREATE TABLE nft_collection_approvals (
    collection  INTEGER NOT NULL,
    owner       BLOB NOT NULL,
    owner_sub   BLOB NOT NULL,
    spender     BLOB NOT NULL,
    spender_sub BLOB NOT NULL,
    expires_at  INTEGER,
    created_ns  INTEGER NOT NULL,
    PRIMARY KEY (collection, owner, owner_sub, spender, spender_sub)
) WITHOUT ROWID;

-- Each block's Value (tagged JSON, core/nftblock.h), its recorded hash; phash is inside the Value.
CREATE TABLE nft_blocks (
    collection  INTEGER NOT NULL,
    idx         INTEGER NOT NULL,
    btype       TEXT NOT NULL,
    ts_ns       INTEGER NOT NULL,
    block       TEXT NOT NULL,
    hash        BLOB NOT NULL,
    PRIMARY KEY (collection, idx)
) WITHOUT ROWID;

-- ICRC-7 deduplication of items with created_at_time (the ledger's 24 h window + 60 s drift).
CREATE TABLE nft_dedup (
    created_at  INTEGER NOT NULL,
    collection  INTEGER NOT NULL,
    tx_hash     BLOB NOT NULL,
    idx         INTEGER NOT NULL,
    PRIMARY KEY (created_at, collection, tx_hash)
) WITHOUT ROWID;

CREATE TRIGGER nft_blocks_no_update BEFORE UPDATE ON nft_blocks
BEGIN
    SELECT RAISE(ABORT, 'NFT blocks are append-only');
END;
CREATE TRIGGER nft_blocks_no_delete BEFORE DELETE ON nft_blocks
BEGIN
    SELECT RAISE(ABORT, 'NFT blocks are append-only');
END;

-- Listings. price and listing_fee_paid are 16-byte big-endian amounts (ordered like the numbers).
-- facets: the filter terms indexed for search (core/marketrules.h listingFacets); fixed at listing.
-- collection_text: the collection's name and handle, searched with the listing.
CREATE TABLE market_listings (
    id              INTEGER PRIMARY KEY,
    collection      INTEGER NOT NULL REFERENCES nft_collections(id),
    token_id        INTEGER NOT NULL,
    seller          BLOB NOT NULL,
    seller_sub      BLOB NOT NULL CHECK (length(seller_sub) = 32),
    creator         BLOB NOT NULL,
    asset           TEXT NOT NULL,
    price           BLOB NOT NULL CHECK (length(price) = 16),
    status          TEXT NOT NULL CHECK (status IN ('active', 'sold', 'cancelled')),
    hidden          INTEGER NOT NULL DEFAULT 0,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    tags            TEXT NOT NULL DEFAULT '',
    collection_text TEXT NOT NULL,
    facets          TEXT NOT NULL,
    views           INTEGER NOT NULL DEFAULT 0,
    listing_fee_paid BLOB NOT NULL CHECK (length(listing_fee_paid) = 16),
    fee_version     INTEGER NOT NULL,
    created_ns      INTEGER NOT NULL,
    updated_ns      INTEGER NOT NULL,
    closed_ns       INTEGER,
    buyer           BLOB
);
CREATE UNIQUE INDEX market_one_active_listing ON market_listings(collection, token_id) WHERE status = 'active';
CREATE INDEX market_listings_by_seller ON market_listings(seller, id);

-- Completed sales; the seller's 30-day volume (fee discounts) sums their prices per asset.
CREATE TABLE market_sales (
    id            INTEGER PRIMARY KEY,
    listing       INTEGER NOT NULL REFERENCES market_listings(id),
    seller        BLOB NOT NULL,
    buyer         BLOB NOT NULL,
    asset         TEXT NOT NULL,
    price         BLOB NOT NULL CHECK (length(price) = 16),
    fee           BLOB NOT NULL CHECK (length(fee) = 16),
    fee_bps       INTEGER NOT NULL,
    discount_bps  INTEGER NOT NULL,
    fee_version   INTEGER NOT NULL,
    payment_block INTEGER NOT NULL,
    fee_block     INTEGER NOT NULL,
    nft_block     INTEGER NOT NULL,
    ts_ns         INTEGER NOT NULL
);
CREATE INDEX market_sales_by_seller ON market_sales(seller, asset, ts_ns);
CREATE INDEX market_sales_by_buyer ON market_sales(buyer, id);

-- Hide / unhide decisions with their reasons (the seller sees them on the listing).
CREATE TABLE market_moderation (
    id          INTEGER PRIMARY KEY,
    listing     INTEGER NOT NULL REFERENCES market_listings(id),
    action      TEXT NOT NULL CHECK (action IN ('hide', 'unhide')),
    reason      TEXT NOT NULL,
    moderator   BLOB NOT NULL,
    ts_ns       INTEGER NOT NULL
);
CREATE INDEX market_moderation_by_listing ON market_moderation(listing, id);

-- Browsing without words: the page order comes from these indexes (price needs an asset).
CREATE INDEX market_listings_by_price ON market_listings(status, hidden, asset, price, id);
CREATE INDEX market_listings_by_views ON market_listings(status, hidden, views, id);

-- Full-text search over the listings (external content: the text lives in market_listings).
-- facets holds the selective filter terms (c<collection> u<seller> k<creator>), so those filters
-- intersect with the words inside the index; asset, status, hidden and price are checked on the
-- listing rows. columnsize=0: no ranking is needed. Only new listings (and deletes) touch the
-- index: the searched columns never change after listing.
CREATE VIRTUAL TABLE market_search USING fts5(
    title, description, tags, collection_text, facets,
    content = 'market_listings', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', columnsize = 0
);
CREATE TRIGGER market_search_insert AFTER INSERT ON market_listings
BEGIN
    INSERT INTO market_search (rowid, title, description, tags, collection_text, facets)
    VALUES (new.id, new.title, new.description, new.tags, new.collection_text, new.facets);
END;
CREATE TRIGGER market_search_delete AFTER DELETE ON market_listings
BEGIN
    INSERT INTO market_search (market_search, rowid, title, description, tags, collection_text, facets)
    VALUES ('delete', old.id, old.title, old.description, old.tags, old.collection_text, old.facets);
END;
CREATE TRIGGER market_search_update AFTER UPDATE OF title, description, tags, collection_text, facets ON market_listings
BEGIN
    INSERT INTO market_search (market_search, rowid, title, description, tags, collection_text, facets)
    VALUES ('delete', old.id, old.title, old.description, old.tags, old.collection_text, old.facets);
    INSERT INTO market_search (rowid, title, description, tags, collection_text, facets)
    VALUES (new.id, new.title, new.description, new.tags, new.collection_text, new.facets);
END;

-- Virtual Nexus tickets: numbered from 1 (shown as VRN-%08X); event_id is set for tickets that
-- registration for a Cosmic Loop event minted.
CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY,
    event_name  TEXT NOT NULL,
    event_id    INTEGER,
    owner       BLOB NOT NULL,
    metadata    TEXT NOT NULL DEFAULT '{}',
    minted_ns   INTEGER NOT NULL
);
CREATE INDEX tickets_by_owner ON tickets(owner, id);

-- Cosmic Loop events.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    organiser   BLOB NOT NULL,
    capacity    INTEGER NOT NULL CHECK (capacity > 0),
    registered  INTEGER NOT NULL DEFAULT 0,
    starts_ns   INTEGER NOT NULL,
    ends_ns     INTEGER NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'cancelled')),
    created_ns  INTEGER NOT NULL,
    updated_ns  INTEGER NOT NULL,
    CHECK (registered <= capacity),
    CHECK (ends_ns > starts_ns)
);
CREATE INDEX events_by_status ON events(status, starts_ns);
CREATE INDEX events_by_organiser ON events(organiser, id);

-- One registration per principal and event, each with the ticket it minted.
CREATE TABLE event_registrations (
    event_id    INTEGER NOT NULL REFERENCES events(id),
    principal   BLOB NOT NULL,
    ticket_id   INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
    registered_ns INTEGER NOT NULL,
    PRIMARY KEY (event_id, principal)
);

-- A ticket checks in once per event.
CREATE TABLE event_checkins (
    event_id    INTEGER NOT NULL REFERENCES events(id),
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id),
    holder      BLOB NOT NULL,
    checked_by  BLOB NOT NULL,
    checked_ns  INTEGER NOT NULL,
    PRIMARY KEY (event_id, ticket_id)
);
