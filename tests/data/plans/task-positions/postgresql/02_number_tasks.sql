-- Each user's tasks numbered 1, 2, ... in the order of their ids (bytewise, as on SQLite).
UPDATE tasks
SET list_position = numbered.n
FROM (SELECT id, row_number() OVER (PARTITION BY user_id ORDER BY id COLLATE "C") AS n FROM tasks) AS numbered
WHERE numbered.id = tasks.id;
ALTER TABLE tasks ALTER COLUMN list_position SET NOT NULL;
