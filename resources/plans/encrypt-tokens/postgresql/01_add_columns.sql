-- The v3 columns; nullable without a default, so no table rewrite: the lock is held for milliseconds.
ALTER TABLE user_integrations
    ADD COLUMN access_token_enc bytea,
    ADD COLUMN refresh_token_enc bytea,
    ADD COLUMN client_secret_enc bytea,
    ADD COLUMN key_id text;
