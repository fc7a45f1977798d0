-- The v1 schema on PostgreSQL. Unqualified: load it with search_path set to the target schema.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    timezone TEXT,
    created_at timestamptz NOT NULL,
    access_token TEXT,
    refresh_token TEXT,
    client_id TEXT,
    client_secret TEXT,
    auth_code TEXT,
    granted_scopes TEXT,
    refresh_expired boolean,
    access_token_2 TEXT,
    refresh_token_2 TEXT,
    client_id_2 TEXT,
    client_secret_2 TEXT,
    auth_code_2 TEXT,
    granted_scopes_2 TEXT,
    refresh_expired_2 boolean,
    telegram_id TEXT UNIQUE,
    telegram_signup_token TEXT,
    signal_source_uuid TEXT
);

CREATE TABLE emails (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    subject TEXT,
    received_at timestamptz
);

CREATE TABLE digests (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    body TEXT,
    created_at timestamptz
);

CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    extracted_from_id TEXT REFERENCES emails(id),
    title TEXT
);
