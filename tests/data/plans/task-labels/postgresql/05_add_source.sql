-- Where a task came from: 'email' (extracted from one) or 'manual'. Dropping the column
-- again leaves v3's columns as they were (a dropped column keeps its attnum, hidden).
ALTER TABLE tasks ADD COLUMN source text;
UPDATE tasks SET source = CASE WHEN extracted_from_id IS NOT NULL THEN 'email' ELSE 'manual' END;
