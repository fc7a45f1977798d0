-- PostgreSQL's trap: a foreign key holds the OID of the table it references, so it follows
-- a renamed table. Renaming users to users_old would leave emails and digests pointing at
-- users_old. So every foreign key that references users (from any table) is read from the
-- catalog, dropped, the tables are swapped (with their constraint and index names), and
-- the foreign keys are re-created with their original definitions against the new users.
DO $swap$
DECLARE
    v_schema text := {{schema_literal}};
    v_users regclass := to_regclass(format('%I.%I', {{schema_literal}}, 'users'));
    v_fks text[] := '{}';
    v_tables text[] := '{}';
    v_names text[] := '{}';
    r record;
    i int;
BEGIN
    IF v_users IS NULL OR to_regclass(format('%I.%I', v_schema, 'users_new')) IS NULL THEN
        RAISE EXCEPTION 'users or users_new is missing in schema %', v_schema;
    END IF;
    -- 1. Remember and drop every foreign key that references users.
    FOR r IN SELECT c.conname, c.conrelid::regclass::text AS tbl, pg_get_constraintdef(c.oid) AS def
             FROM pg_constraint c
             WHERE c.contype = 'f' AND c.confrelid = v_users
             ORDER BY c.conrelid::regclass::text, c.conname
    LOOP
        v_tables := v_tables || r.tbl;
        v_names := v_names || r.conname;
        v_fks := v_fks || r.def;
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP;
    -- 2. users -> users_old, with its constraint and index names users_* -> users_old_*.
    EXECUTE format('ALTER TABLE %I.users RENAME TO users_old', v_schema);
    FOR r IN SELECT c.conname FROM pg_constraint c
             WHERE c.conrelid = format('%I.users_old', v_schema)::regclass AND c.conname LIKE 'users\_%'
    LOOP
        EXECUTE format('ALTER TABLE %I.users_old RENAME CONSTRAINT %I TO %I', v_schema, r.conname,
                       'users_old_' || substr(r.conname, length('users_') + 1));
    END LOOP;
    FOR r IN SELECT ci.relname FROM pg_index x JOIN pg_class ci ON ci.oid = x.indexrelid
             WHERE x.indrelid = format('%I.users_old', v_schema)::regclass AND ci.relname LIKE 'users\_%'
               AND ci.relname NOT LIKE 'users\_old\_%'
    LOOP
        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', v_schema, r.relname,
                       'users_old_' || substr(r.relname, length('users_') + 1));
    END LOOP;
    -- 3. users_new -> users, users_new_* -> users_*.
    EXECUTE format('ALTER TABLE %I.users_new RENAME TO users', v_schema);
    FOR r IN SELECT c.conname FROM pg_constraint c
             WHERE c.conrelid = format('%I.users', v_schema)::regclass AND c.conname LIKE 'users\_new\_%'
    LOOP
        EXECUTE format('ALTER TABLE %I.users RENAME CONSTRAINT %I TO %I', v_schema, r.conname,
                       'users_' || substr(r.conname, length('users_new_') + 1));
    END LOOP;
    FOR r IN SELECT ci.relname FROM pg_index x JOIN pg_class ci ON ci.oid = x.indexrelid
             WHERE x.indrelid = format('%I.users', v_schema)::regclass AND ci.relname LIKE 'users\_new\_%'
    LOOP
        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', v_schema, r.relname,
                       'users_' || substr(r.relname, length('users_new_') + 1));
    END LOOP;
    -- 4. The foreign keys again, as they were; "users" now resolves to the new table.
    FOR i IN 1 .. coalesce(array_length(v_fks, 1), 0) LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', v_tables[i], v_names[i], v_fks[i]);
    END LOOP;
END
$swap$;
