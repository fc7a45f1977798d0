-- SQLite adds a NOT NULL column only with a default; every row gets its real value in the
-- next step. A plain ADD COLUMN appends it, so dropping it restores v4's table exactly.
ALTER TABLE tasks ADD COLUMN list_position INTEGER NOT NULL DEFAULT 0;
