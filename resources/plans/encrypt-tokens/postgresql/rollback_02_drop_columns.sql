-- Runs only when the decrypting batches left no row behind (every _enc column is NULL).
ALTER TABLE user_integrations
    DROP COLUMN key_id,
    DROP COLUMN client_secret_enc,
    DROP COLUMN refresh_token_enc,
    DROP COLUMN access_token_enc;
