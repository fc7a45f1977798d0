-- Deploy rebuild:parent to sqlite
-- SQLite's twelve steps (lang_altertable.html): foreign keys off, a new table, copy, drop, rename.
PRAGMA foreign_keys=off;

BEGIN TRANSACTION;

CREATE TABLE new_parent (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_parent (id, name) SELECT id, name FROM parent;
DROP TABLE parent;
ALTER TABLE new_parent RENAME TO parent;

COMMIT;

PRAGMA foreign_keys=on;
