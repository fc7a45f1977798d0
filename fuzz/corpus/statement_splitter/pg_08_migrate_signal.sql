INSERT INTO user_integrations (user_id, service_id, external_user_id)
SELECT id, 'signal', signal_source_uuid
FROM users_old
WHERE ({{chunk}}) AND signal_source_uuid IS NOT NULL;
