-- Verify flipr:flip_tags on sqlite

BEGIN;

SELECT flip_id, tag FROM flip_tags WHERE 0;

ROLLBACK;
