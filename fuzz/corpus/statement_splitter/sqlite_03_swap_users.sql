-- SQLite's trap: since 3.26, renaming users would silently rewrite the REFERENCES users(id)
-- of emails and digests to users_old. With legacy_alter_table on, their foreign keys keep
-- naming "users", which from the second rename on is the new table.
PRAGMA legacy_alter_table = ON;
ALTER TABLE users RENAME TO users_old;
ALTER TABLE users_new RENAME TO users;
PRAGMA legacy_alter_table = OFF;
