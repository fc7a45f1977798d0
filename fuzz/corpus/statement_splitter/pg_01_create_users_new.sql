-- The v2 users table, built beside v1 and swapped in later: v1 stays untouched as users_old.
-- Unqualified names resolve in the run's schema (the connection's search_path).
CREATE TABLE users_new (
    id text PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text,
    timezone text,
    created_at timestamptz NOT NULL
);
