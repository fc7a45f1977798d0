DROP INDEX tasks_user_position;
ALTER TABLE tasks DROP COLUMN list_position;
