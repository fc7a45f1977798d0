-- Revert flipr:flip_tags from sqlite

BEGIN;

DROP TABLE flip_tags;

COMMIT;
