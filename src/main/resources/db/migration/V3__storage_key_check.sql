-- The storage key's check value (store.KeyCheck): a known text sealed under the key by the first
-- start, so a later start with another key stops instead of showing every message as unreadable.
-- One row: the key the database's messages are sealed with.
CREATE TABLE storage_key_check (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_id     TEXT    NOT NULL,
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);
