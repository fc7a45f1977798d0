-- SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- v1 demo data on SQLite: the tasks (DemoDatabaseWriter runs it with @USERS@ replaced by the
-- number of users; the rows and their buckets are described in v1-data-sqlite-users.sql).
-- About one task per two users; most point at one of their user's emails, some at none.
WITH RECURSIVE
counter(i) AS (
    SELECT 1 WHERE @USERS@ >= 1
    UNION ALL
    SELECT i + 1 FROM counter WHERE i < @USERS@
),
k(n) AS (VALUES (1), (2))
INSERT INTO tasks (id, user_id, extracted_from_id, title)
SELECT
    printf('t%07d-%d', i, n),
    printf('u%07d', i),
    CASE
        WHEN i % 10 = 0 OR (i + n) % 3 = 0 THEN NULL
        ELSE printf('e%07d-%d', i, n)
    END,
    CASE (i + n) % 5
        WHEN 0 THEN NULL
        WHEN 1 THEN 'Call O''Brien about "the deal"'
        WHEN 2 THEN 'Pay invoice #' || i || char(10) || 'by Friday'
        WHEN 3 THEN '买牛奶 🥛'
        ELSE 'Task ' || i || '/' || n
    END
FROM counter CROSS JOIN k
WHERE n <= CASE i % 8 WHEN 1 THEN 1 WHEN 3 THEN 2 WHEN 5 THEN 1 ELSE 0 END
