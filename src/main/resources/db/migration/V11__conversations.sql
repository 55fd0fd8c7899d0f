-- Read positions and away messages (the conversations, mark_read and away ops).
-- An account's read position in each room it has joined and each DM partner: the newest msg_id it
-- has read there. It only moves forward. A membership starts at the room's newest message, so a
-- room's older history is not unread to someone who just joined it.
CREATE TABLE room_reads (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    room_id    INTEGER NOT NULL REFERENCES rooms (id),
    msg_id     INTEGER NOT NULL,
    PRIMARY KEY (account_id, room_id)
) WITHOUT ROWID;

CREATE TABLE dm_reads (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    partner_id INTEGER NOT NULL REFERENCES accounts (id),
    msg_id     INTEGER NOT NULL,
    PRIMARY KEY (account_id, partner_id)
) WITHOUT ROWID;

-- The away text an account set, kept until it clears it (so a restart or a re-login keeps it).
CREATE TABLE away_messages (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    text       TEXT    NOT NULL,
    set_at     INTEGER NOT NULL
);

-- The sender in the room and DM indexes makes an unread count (others' messages after a position)
-- an index-only range scan; the second DM index finds an account's partners from either side.
DROP INDEX messages_room;
CREATE INDEX messages_room ON messages (room_id, id, sender_id) WHERE room_id IS NOT NULL;
DROP INDEX messages_dm;
CREATE INDEX messages_dm ON messages (dm_low, dm_high, id, sender_id) WHERE dm_low IS NOT NULL;
CREATE INDEX messages_dm_high ON messages (dm_high, dm_low, id) WHERE dm_low IS NOT NULL;

-- What was stored before this version counts as read: an upgrade shows no old message as new.
INSERT INTO room_reads (account_id, room_id, msg_id)
    SELECT m.account_id, m.room_id, COALESCE((SELECT MAX(id) FROM messages WHERE room_id = m.room_id), 0)
    FROM memberships m;
INSERT INTO dm_reads (account_id, partner_id, msg_id)
    SELECT dm_low, dm_high, MAX(id) FROM messages WHERE dm_low IS NOT NULL GROUP BY dm_low, dm_high;
INSERT INTO dm_reads (account_id, partner_id, msg_id)
    SELECT dm_high, dm_low, MAX(id) FROM messages WHERE dm_low IS NOT NULL AND dm_high <> dm_low
    GROUP BY dm_low, dm_high;
