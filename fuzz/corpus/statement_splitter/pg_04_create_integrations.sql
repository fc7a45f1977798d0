CREATE TABLE services (
    id text PRIMARY KEY,
    display_name text NOT NULL
);
INSERT INTO services (id, display_name) VALUES
    ('gmail', 'Gmail'),
    ('google_calendar', 'Google Calendar'),
    ('telegram', 'Telegram'),
    ('signal', 'Signal');
-- NULLS NOT DISTINCT needs PostgreSQL 15 (the server-version check makes sure).
CREATE TABLE user_integrations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL REFERENCES users(id),
    service_id text NOT NULL REFERENCES services(id),
    external_user_id text,
    access_token text,
    refresh_token text,
    client_id text,
    client_secret text,
    auth_code text,
    granted_scopes text,
    refresh_expired boolean NOT NULL DEFAULT false,
    credentials jsonb NOT NULL DEFAULT '{}',
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (user_id, service_id, external_user_id)
);
