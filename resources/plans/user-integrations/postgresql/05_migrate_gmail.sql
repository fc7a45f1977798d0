-- ORDER BY id: the identity values follow the users' ids within each chunk (a block range),
-- not whatever order the scan happens to take (it depends on the planner's statistics), so
-- every run on the same database hands out the same ids: rehearsal, rerun, uninterrupted run.
INSERT INTO user_integrations (user_id, service_id, external_user_id, access_token, refresh_token,
                               client_id, client_secret, auth_code, granted_scopes, refresh_expired)
SELECT id, 'gmail', email, access_token, refresh_token,
       client_id, client_secret, auth_code, granted_scopes, COALESCE(refresh_expired, false)
FROM users_old
WHERE ({{chunk}})
  AND (access_token IS NOT NULL OR refresh_token IS NOT NULL OR client_id IS NOT NULL)
ORDER BY id;
