-- Deploy flipr:flip_tags to sqlite
-- requires: flips

BEGIN;

CREATE TABLE flip_tags (
    flip_id INTEGER NOT NULL REFERENCES flips (id),
    tag     TEXT    NOT NULL DEFAULT 'untagged'
);

CREATE TRIGGER flip_tags_lower AFTER INSERT ON flip_tags
BEGIN
    -- END; in a comment of the trigger body
    UPDATE flip_tags SET tag = lower(NEW.tag) WHERE rowid = NEW.rowid;
END;

INSERT INTO flip_tags (flip_id) SELECT id FROM flips;
INSERT INTO flip_tags (flip_id, tag) SELECT id, 'FIRST' FROM flips WHERE id = 1;

COMMIT;
