-- Nullable first (no default, so no rewrite here); the backfill fills it, then NOT NULL.
ALTER TABLE tasks ADD COLUMN list_position integer;
