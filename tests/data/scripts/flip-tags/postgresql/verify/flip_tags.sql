-- Verify flipr:flip_tags on pg

BEGIN;

SELECT flip_id, tag FROM flip_tags WHERE FALSE;
-- Fails with a division by zero when the trigger did not lower the first tag.
SELECT 1/COUNT(*) FROM flip_tags WHERE tag = 'first';
SELECT flip_tag_count(1);

ROLLBACK;
