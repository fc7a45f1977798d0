-- users_old is the v1 table, every row and column untouched: it becomes users again, with
-- its constraint and index names users_old_* -> users_*. The foreign keys that reference the
-- v2 users are read from the catalog, dropped with it, and re-created against the restored one.
DO $restore$
DECLARE
    v_schema text := {{schema_literal}};
    v_users regclass := to_regclass(format('%I.%I', {{schema_literal}}, 'users'));
    v_old regclass := to_regclass(format('%I.%I', {{schema_literal}}, 'users_old'));
    v_fks text[] := '{}';
    v_tables text[] := '{}';
    v_names text[] := '{}';
    r record;
    i int;
BEGIN
    IF v_users IS NULL OR v_old IS NULL THEN
        RAISE EXCEPTION 'users or users_old is missing in schema %', v_schema;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = v_old) THEN
        RAISE EXCEPTION 'a foreign key references users_old: restore it by hand';
    END IF;
    FOR r IN SELECT c.conname, c.conrelid::regclass::text AS tbl, pg_get_constraintdef(c.oid) AS def
             FROM pg_constraint c
             WHERE c.contype = 'f' AND c.confrelid = v_users AND c.conrelid <> v_users
             ORDER BY c.conrelid::regclass::text, c.conname
    LOOP
        v_tables := v_tables || r.tbl;
        v_names := v_names || r.conname;
        v_fks := v_fks || r.def;
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP;
    EXECUTE format('DROP TABLE %I.users', v_schema);
    EXECUTE format('ALTER TABLE %I.users_old RENAME TO users', v_schema);
    FOR r IN SELECT c.conname FROM pg_constraint c
             WHERE c.conrelid = v_old AND c.conname LIKE 'users\_old\_%'
    LOOP
        EXECUTE format('ALTER TABLE %I.users RENAME CONSTRAINT %I TO %I', v_schema, r.conname,
                       'users_' || substr(r.conname, length('users_old_') + 1));
    END LOOP;
    FOR r IN SELECT ci.relname FROM pg_index x JOIN pg_class ci ON ci.oid = x.indexrelid
             WHERE x.indrelid = v_old AND ci.relname LIKE 'users\_old\_%'
    LOOP
        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', v_schema, r.relname,
                       'users_' || substr(r.relname, length('users_old_') + 1));
    END LOOP;
    FOR i IN 1 .. coalesce(array_length(v_fks, 1), 0) LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', v_tables[i], v_names[i], v_fks[i]);
    END LOOP;
END
$restore$;
