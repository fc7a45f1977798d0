-- "untitled": no title, or one of blanks only.
INSERT INTO task_labels (task_id, label)
SELECT id, 'untitled'
FROM tasks
WHERE ({{chunk}}) AND (title IS NULL OR trim(title) = '');
