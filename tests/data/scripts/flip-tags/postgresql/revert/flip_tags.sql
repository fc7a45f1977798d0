-- Revert flipr:flip_tags from pg

BEGIN;

DROP TABLE flip_tags;
DROP FUNCTION flip_tag_count(integer);
DROP FUNCTION flip_tags_lower();

COMMIT;
