-- The v3 columns; each is NULL until the batches fill it. Plain ADD COLUMN: no table rewrite.
ALTER TABLE user_integrations ADD COLUMN access_token_enc BLOB;
ALTER TABLE user_integrations ADD COLUMN refresh_token_enc BLOB;
ALTER TABLE user_integrations ADD COLUMN client_secret_enc BLOB;
ALTER TABLE user_integrations ADD COLUMN key_id TEXT;
