-- users_old is the v1 table, every row and column untouched: it becomes users again.
-- legacy_alter_table keeps the foreign keys of emails and digests naming "users".
PRAGMA legacy_alter_table = ON;
DROP TABLE users;
ALTER TABLE users_old RENAME TO users;
PRAGMA legacy_alter_table = OFF;
