-- Which associated data a row's text was sealed with (store.MessageBinding): the rows written
-- before this column are version 1; new rows bind their DM pair too (version 2).
ALTER TABLE messages ADD COLUMN aad_version INTEGER NOT NULL DEFAULT 1;
