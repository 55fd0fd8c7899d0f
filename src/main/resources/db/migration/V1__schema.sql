-- Accounts, rooms, memberships and encrypted messages. Times are epoch milliseconds (UTC).
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    name_key      TEXT    NOT NULL UNIQUE,  -- lower-cased name: unique without regard to case
    password_hash TEXT    NOT NULL,
    admin         INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);

CREATE TABLE rooms (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE memberships (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    room_id    INTEGER NOT NULL REFERENCES rooms (id),
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, room_id)
) WITHOUT ROWID;

CREATE INDEX memberships_room ON memberships (room_id);

-- The text is never stored in the clear: AES-256-GCM under the key named by key_id, with the
-- row's metadata as associated data, so a ciphertext moved to another row fails to decrypt.
CREATE TABLE messages (
    id           INTEGER PRIMARY KEY,
    room_id      INTEGER REFERENCES rooms (id),
    sender_id    INTEGER NOT NULL REFERENCES accounts (id),
    recipient_id INTEGER REFERENCES accounts (id),
    dm_low       INTEGER,  -- the DM pair, ordered, so one index serves both directions
    dm_high      INTEGER,
    kind         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    key_id       TEXT    NOT NULL,
    nonce        BLOB    NOT NULL,
    ciphertext   BLOB    NOT NULL,
    CHECK ((room_id IS NULL) <> (recipient_id IS NULL))
);

CREATE INDEX messages_room ON messages (room_id, id) WHERE room_id IS NOT NULL;
CREATE INDEX messages_dm ON messages (dm_low, dm_high, id) WHERE dm_low IS NOT NULL;

INSERT INTO rooms (name, created_at) VALUES ('general', CAST(strftime('%s', 'now') AS INTEGER) * 1000);
