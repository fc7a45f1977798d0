-- The v2 users table, built beside v1 and swapped in later: v1 stays untouched as users_old.
CREATE TABLE users_new (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    timezone TEXT,
    created_at TEXT NOT NULL
);
