-- Deploy flipr:flip_tags to pg
-- requires: flips

BEGIN;

\set tag_default 'untagged'

CREATE TABLE flip_tags (
    flip_id INTEGER NOT NULL REFERENCES flips (id),
    tag     TEXT    NOT NULL DEFAULT :'tag_default'
);

CREATE FUNCTION flip_tag_count(p_flip integer) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    -- COMMIT; in a comment of the body is not a statement
    /* nor is BEGIN; here */
    RETURN (SELECT count(*) FROM flip_tags WHERE flip_id = p_flip);
END;
$$;

CREATE FUNCTION flip_tags_lower() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    NEW.tag := lower(NEW.tag); -- ':tag' is no variable in here
    RETURN NEW;
END;
$body$;

CREATE TRIGGER flip_tags_lower BEFORE INSERT ON flip_tags
    FOR EACH ROW EXECUTE FUNCTION flip_tags_lower();

DO $$
BEGIN
    INSERT INTO flip_tags (flip_id) SELECT id FROM flips;
END
$$;

INSERT INTO flip_tags (flip_id, tag) SELECT id, :'first_tag'::text FROM flips WHERE id = 1;

COMMIT;
