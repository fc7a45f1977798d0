-- Needs SQLite 3.35 (the server-version check makes sure); source has no index or key.
ALTER TABLE tasks DROP COLUMN source;
