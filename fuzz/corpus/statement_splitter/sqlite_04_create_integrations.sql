CREATE TABLE services (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL
);
INSERT INTO services (id, display_name) VALUES
    ('gmail', 'Gmail'),
    ('google_calendar', 'Google Calendar'),
    ('telegram', 'Telegram'),
    ('signal', 'Signal');
CREATE TABLE user_integrations (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    service_id TEXT NOT NULL REFERENCES services(id),
    external_user_id TEXT,
    access_token TEXT,
    refresh_token TEXT,
    client_id TEXT,
    client_secret TEXT,
    auth_code TEXT,
    granted_scopes TEXT,
    refresh_expired BOOLEAN NOT NULL DEFAULT 0,
    credentials TEXT NOT NULL DEFAULT '{}',
    is_active BOOLEAN NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (user_id, service_id, external_user_id)
);
