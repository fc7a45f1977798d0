-- comments; with semicolons
/* block ; comment /* not nested in SQLite */
SELECT 'it''s; here' AS "a;b", [c;d], `e;f`;
CREATE TRIGGER t AFTER INSERT ON x BEGIN
  UPDATE y SET n = CASE WHEN NEW.end THEN 1 ELSE 2 END;
  SELECT 1;
END;
DO $body$ BEGIN RAISE NOTICE 'x;y'; END $body$;
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
SELECT E'\';' ; SELECT $tag$ $$ ; $tag$;
SELECT 'unterminated
