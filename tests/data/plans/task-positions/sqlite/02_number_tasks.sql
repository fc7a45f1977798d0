-- Each user's tasks numbered 1, 2, ... in the order of their ids (UPDATE ... FROM: SQLite 3.33).
UPDATE tasks
SET list_position = numbered.n
FROM (SELECT id, row_number() OVER (PARTITION BY user_id ORDER BY id) AS n FROM tasks) AS numbered
WHERE numbered.id = tasks.id;
