-- Each account's second factor (TOTP, RFC 6238). The shared secret is never stored in the clear:
-- AES-256-GCM under the storage key (key_id), its account bound in as associated data, so a
-- secret copied to another account's row fails to open. enabled = 0 is a secret set up but not yet
-- confirmed with a code: nothing is enforced until then. last_step is the time step (Unix time / 30)
-- of the last code accepted: no code of it or an earlier step is accepted again.
CREATE TABLE totp_secrets (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    key_id     TEXT    NOT NULL,
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL,
    enabled    INTEGER NOT NULL DEFAULT 0,
    last_step  INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

-- Single-use recovery codes, as SHA-256 hashes only: a used one is deleted.
CREATE TABLE totp_recovery_codes (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    code_hash  BLOB    NOT NULL,
    PRIMARY KEY (account_id, code_hash)
) WITHOUT ROWID;
