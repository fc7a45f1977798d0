-- ORDER BY id: the identity values follow the users' ids within each chunk (a block range),
-- not whatever order the scan happens to take (it depends on the planner's statistics), so
-- every run on the same database hands out the same ids: rehearsal, rerun, uninterrupted run.
INSERT INTO user_integrations (user_id, service_id, external_user_id, access_token, refresh_token,
                               client_id, client_secret, auth_code, granted_scopes, refresh_expired)
SELECT id, 'google_calendar', email, access_token_2, refresh_token_2,
       client_id_2, client_secret_2, auth_code_2, granted_scopes_2, COALESCE(refresh_expired_2, false)
FROM users_old
WHERE ({{chunk}})
  AND (access_token_2 IS NOT NULL OR refresh_token_2 IS NOT NULL OR client_id_2 IS NOT NULL)
ORDER BY id;
