-- Blueprints stored once by content. A world asked for again (same prompt and seed) is the same
-- bytes, so worlds and their versions point at one copy by SHA-256 of the canonical JSON. Rows
-- written before this keep their blueprint inline (blueprint_hash NULL); new rows leave the
-- inline column empty. A version also says why it was saved (hand edits in the Worlds panel).
CREATE TABLE blueprints (
    hash   BLOB PRIMARY KEY,
    json   TEXT NOT NULL
);
ALTER TABLE worlds ADD COLUMN blueprint_hash BLOB REFERENCES blueprints(hash);
ALTER TABLE world_versions ADD COLUMN blueprint_hash BLOB REFERENCES blueprints(hash);
ALTER TABLE world_versions ADD COLUMN note TEXT NOT NULL DEFAULT ''
