-- users_old is the v1 users table, kept untouched since the apply so that a rollback could
-- restore it. Once the keep period is over nothing needs it: --finalize drops it, and from then
-- on the rollback of this plan is refused.
DROP TABLE users_old;
