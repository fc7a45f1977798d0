-- Verify rebuild:parent on sqlite
BEGIN;
SELECT id, name, note FROM parent WHERE 0;
ROLLBACK;
