-- Published experiences (ImmersiVerse's /publish: a world with a title, description, tags,
-- visibility and a PNG thumbnail) with full-text search, and telemetry events.
CREATE TABLE experiences (
    id           INTEGER PRIMARY KEY,
    world_id     INTEGER NOT NULL REFERENCES worlds(id),
    owner        BLOB NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    tags         TEXT NOT NULL,              -- JSON array of lower-case tags
    visibility   TEXT NOT NULL CHECK (visibility IN ('public', 'unlisted', 'private')),
    thumbnail    BLOB,                       -- PNG bytes
    created_ns   INTEGER NOT NULL
);
CREATE INDEX experiences_by_owner ON experiences(owner, id);
-- Full text of the experiences; rowid = experiences.id.
CREATE VIRTUAL TABLE experiences_search USING fts5(title, description, tags);

CREATE TABLE telemetry_events (
    id            INTEGER PRIMARY KEY,
    event_type    TEXT NOT NULL,
    principal     BLOB NOT NULL,
    session_id    INTEGER,
    world_id      INTEGER,
    data          TEXT NOT NULL,
    ts_ns         INTEGER NOT NULL
);
CREATE INDEX telemetry_by_type_time ON telemetry_events(event_type, ts_ns);
