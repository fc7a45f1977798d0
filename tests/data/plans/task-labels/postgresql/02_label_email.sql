-- "email": the task was extracted from one of its user's emails.
INSERT INTO task_labels (task_id, label)
SELECT id, 'email'
FROM tasks
WHERE ({{chunk}}) AND extracted_from_id IS NOT NULL;
