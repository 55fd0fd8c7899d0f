-- The audit trail (chat.port.AuditTrail): who did what, from where, when. seq is the chain's order
-- from 1; mac is HMAC-SHA256 (store.AuditChain) over the mac before it and this row's fields, under
-- a key derived from the storage key named by key_id, which is not in the database. Never a secret.
CREATE TABLE audit_log (
    seq    INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,  -- epoch milliseconds (UTC)
    actor  TEXT,              -- the account acting, if any
    action TEXT    NOT NULL,
    target TEXT,
    source TEXT    NOT NULL,  -- a peer address, or cli / bootstrap
    detail TEXT,
    key_id TEXT    NOT NULL,
    mac    BLOB    NOT NULL
);

-- The listing's filters, newest first: by user (as actor or target, any case), by action.
CREATE INDEX audit_log_actor ON audit_log (actor COLLATE NOCASE, seq) WHERE actor IS NOT NULL;
CREATE INDEX audit_log_target ON audit_log (target COLLATE NOCASE, seq) WHERE target IS NOT NULL;
CREATE INDEX audit_log_action ON audit_log (action, seq);
