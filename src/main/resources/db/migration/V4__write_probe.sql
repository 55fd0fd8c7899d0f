-- One row the writer rewrites while writes fail (a full disk), to find out by itself when a
-- write commits again and the server can be ready (store.sqlite.StoreWriter).
CREATE TABLE write_probe (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    writes INTEGER NOT NULL
);
