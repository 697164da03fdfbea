-- Avatars (the Virtual Nexus avatar canister: one per owner, a name up to 32 characters, free
-- metadata) and VR sessions in stored worlds with their participants.
CREATE TABLE avatars (
    owner       BLOB PRIMARY KEY,
    name        TEXT NOT NULL,
    metadata    TEXT NOT NULL DEFAULT '{}',
    created_ns  INTEGER NOT NULL,
    updated_ns  INTEGER NOT NULL
);

CREATE TABLE vr_sessions (
    id                INTEGER PRIMARY KEY,
    world_id          INTEGER NOT NULL REFERENCES worlds(id),
    host              BLOB NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('open', 'ended')),
    max_participants  INTEGER NOT NULL,
    created_ns        INTEGER NOT NULL,
    ended_ns          INTEGER
);
CREATE INDEX vr_sessions_open ON vr_sessions(state, id);

CREATE TABLE vr_participants (
    session_id  INTEGER NOT NULL REFERENCES vr_sessions(id),
    principal   BLOB NOT NULL,
    joined_ns   INTEGER NOT NULL,
    PRIMARY KEY (session_id, principal)
);
