-- Account bans (the ban, unban and bans ops, and the admin API's /bans). One row per banned
-- account; "until" is the end in epoch millis, NULL for a ban without end. A row whose end has
-- passed bans no one: it is replaced by the next ban, or removed by unban.
CREATE TABLE bans (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    by_name    TEXT    NOT NULL,
    reason     TEXT,
    created_at INTEGER NOT NULL,
    until      INTEGER
);
