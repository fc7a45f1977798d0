-- Drops a column that holds values and a table that holds rows, deletes a row, adds an index
-- and a table with a foreign key: everything the impact preview reports.
ALTER TABLE notes DROP COLUMN legacy;
DROP TABLE archive;
DELETE FROM notes WHERE body IS NULL;
CREATE INDEX notes_owner ON notes (owner_id);
CREATE TABLE note_tags (note_id INTEGER NOT NULL REFERENCES notes (id), tag TEXT NOT NULL);
INSERT INTO note_tags (note_id, tag) SELECT id, 'imported' FROM notes;
