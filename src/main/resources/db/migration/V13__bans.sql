-- Account and address bans, and invites (the ban ops, the admin API's /bans, /address-bans and /invites). One row per banned
-- account; "until" is the end in epoch millis, NULL for a ban without end. A row whose end has
-- passed bans no one: it is replaced by the next ban, or removed by unban.
CREATE TABLE bans (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    by_name    TEXT    NOT NULL,
    reason     TEXT,
    created_at INTEGER NOT NULL,
    until      INTEGER
);

-- Address bans: an IPv4 or IPv6 address or network, in its normal form (such as 10.0.0.0/8 or
-- 2001:db8:0:0:0:0:0:0/32); "until" as for accounts.
CREATE TABLE address_bans (
    cidr       TEXT    PRIMARY KEY,
    by_name    TEXT    NOT NULL,
    reason     TEXT,
    created_at INTEGER NOT NULL,
    until      INTEGER
);

-- Invites: single-use stand-ins for the server password at register, kept only as the SHA-256 of
-- the invite; used_at and used_by are set when one is spent.
CREATE TABLE invites (
    hash       BLOB    PRIMARY KEY,
    created_by TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    used_by    TEXT
);
