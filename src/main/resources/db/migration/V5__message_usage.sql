-- What each account's stored messages take, kept with every insert and deletion so the quota
-- (chat.quota.account-bytes) is checked without summing the account's messages. A message counts
-- its sealed text (the ciphertext, with its 16-byte tag) plus 112 for its row and index entries:
-- the same sum as store.sqlite.MessageUsage.
CREATE TABLE message_usage (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    bytes      INTEGER NOT NULL
);

INSERT INTO message_usage (account_id, bytes)
    SELECT sender_id, SUM(length(ciphertext) + 112) FROM messages GROUP BY sender_id;
