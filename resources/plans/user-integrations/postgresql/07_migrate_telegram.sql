-- ORDER BY id: the identity values follow the users' ids within each chunk (a block range),
-- not whatever order the scan happens to take (it depends on the planner's statistics), so
-- every run on the same database hands out the same ids: rehearsal, rerun, uninterrupted run.
INSERT INTO user_integrations (user_id, service_id, external_user_id, credentials)
SELECT id, 'telegram', telegram_id,
       CASE WHEN telegram_signup_token IS NULL THEN '{}'::jsonb
            ELSE jsonb_build_object('signup_token', telegram_signup_token) END
FROM users_old
WHERE ({{chunk}}) AND telegram_id IS NOT NULL
ORDER BY id;
