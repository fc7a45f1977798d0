-- The index first: SQLite refuses to drop an indexed column (DROP COLUMN: SQLite 3.35).
DROP INDEX tasks_user_position;
ALTER TABLE tasks DROP COLUMN list_position;
