-- New listings reach the full-text index in batches. FTS5 writes a new index segment for every
-- transaction that touches it, and with one listing per call that segment cost a quarter of
-- market.create_listing. A new listing now waits in market_search_pending; the writer indexes
-- the waiting ones once there are enough of them (MarketStore::kSearchBatch), and a full-text
-- search indexes them first, so a search always sees every listing.
-- A waiting listing is not in the index: deleting it or changing its words must not touch the
-- index (FTS5 'delete' of a row it never had would corrupt it), only the queue.
CREATE TABLE market_search_pending (
    listing INTEGER PRIMARY KEY
);
DROP TRIGGER market_search_insert;
DROP TRIGGER market_search_delete;
DROP TRIGGER market_search_update;
CREATE TRIGGER market_search_insert AFTER INSERT ON market_listings
BEGIN
    INSERT INTO market_search_pending (listing) VALUES (new.id);
END;
CREATE TRIGGER market_search_delete AFTER DELETE ON market_listings
BEGIN
    INSERT INTO market_search (market_search, rowid, title, description, tags, collection_text, facets)
    SELECT 'delete', old.id, old.title, old.description, old.tags, old.collection_text, old.facets
    WHERE NOT EXISTS (SELECT 1 FROM market_search_pending WHERE listing = old.id);
    DELETE FROM market_search_pending WHERE listing = old.id;
END;
CREATE TRIGGER market_search_update AFTER UPDATE OF title, description, tags, collection_text, facets ON market_listings
WHEN NOT EXISTS (SELECT 1 FROM market_search_pending WHERE listing = old.id)
BEGIN
    INSERT INTO market_search (market_search, rowid, title, description, tags, collection_text, facets)
    VALUES ('delete', old.id, old.title, old.description, old.tags, old.collection_text, old.facets);
    INSERT INTO market_search (rowid, title, description, tags, collection_text, facets)
    VALUES (new.id, new.title, new.description, new.tags, new.collection_text, new.facets);
END;
