CREATE INDEX tasks_user_position ON tasks (user_id, list_position);
