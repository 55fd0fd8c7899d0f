-- Resume tokens: a session comes back after a reconnect or a restart without the server password
-- or a password hash check. Only SHA-256 of a token is kept: a token is 256 random bits, so it
-- needs no slow hash. Rotated on each resume (the row's hash replaced), so an old token stops working.
-- last_used_at is when it was issued or last resumed: it expires chat.session.ttl after that.
CREATE TABLE session_tokens (
    token_hash   BLOB    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    device_id    TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX session_tokens_by_account ON session_tokens (account_id, last_used_at);
