-- Where a task came from: 'email' (extracted from one) or 'manual'. A plain ADD COLUMN
-- appends the column, so dropping it again restores v3's table exactly.
ALTER TABLE tasks ADD COLUMN source TEXT;
UPDATE tasks SET source = CASE WHEN extracted_from_id IS NOT NULL THEN 'email' ELSE 'manual' END;
