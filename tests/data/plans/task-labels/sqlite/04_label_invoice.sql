-- "invoice": the title speaks of an invoice, in any case of ASCII letters.
INSERT INTO task_labels (task_id, label)
SELECT id, 'invoice'
FROM tasks
WHERE ({{chunk}}) AND lower(title) LIKE '%invoice%';
