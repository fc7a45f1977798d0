INSERT INTO users_new (id, email, name, timezone, created_at)
SELECT id, email, name, timezone, created_at
FROM users
WHERE {{chunk}};
