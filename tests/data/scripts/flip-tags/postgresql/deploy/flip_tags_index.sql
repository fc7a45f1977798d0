-- Deploy flipr:flip_tags_index to pg
-- CONCURRENTLY cannot run inside a transaction: this step runs outside it (plan.json).

CREATE INDEX CONCURRENTLY flip_tags_flip_id ON flip_tags (flip_id);
