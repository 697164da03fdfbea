-- Generated worlds: each generate call stores its blueprint (canonical JSON) under a local world
-- number, with the fields lists show. Edits add versions; the newest is in worlds.blueprint and
-- every one (the first included) in world_versions.
CREATE TABLE worlds (
    id          INTEGER PRIMARY KEY,
    owner       BLOB NOT NULL,
    prompt      TEXT NOT NULL,
    title       TEXT NOT NULL,
    world_type  TEXT NOT NULL,
    seed        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    instances   INTEGER NOT NULL,
    blueprint   TEXT NOT NULL,
    created_ns  INTEGER NOT NULL,
    updated_ns  INTEGER NOT NULL
);
CREATE INDEX worlds_by_owner ON worlds(owner, id);

CREATE TABLE world_versions (
    world_id    INTEGER NOT NULL REFERENCES worlds(id),
    version     INTEGER NOT NULL,
    blueprint   TEXT NOT NULL,
    saved_ns    INTEGER NOT NULL,
    saved_by    BLOB NOT NULL,
    PRIMARY KEY (world_id, version)
);
