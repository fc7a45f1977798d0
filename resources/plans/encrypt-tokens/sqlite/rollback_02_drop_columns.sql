-- Runs only when the decrypting batches left no row behind (every _enc column is NULL).
ALTER TABLE user_integrations DROP COLUMN key_id;
ALTER TABLE user_integrations DROP COLUMN client_secret_enc;
ALTER TABLE user_integrations DROP COLUMN refresh_token_enc;
ALTER TABLE user_integrations DROP COLUMN access_token_enc;
