-- Deploy flipr:flip_tags_index to sqlite
CREATE INDEX flip_tags_flip_id ON flip_tags (flip_id);
