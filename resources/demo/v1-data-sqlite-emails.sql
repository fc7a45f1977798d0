-- SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- v1 demo data on SQLite: the emails (DemoDatabaseWriter runs it with @USERS@ replaced by the
-- number of users; the rows and their buckets are described in v1-data-sqlite-users.sql).
-- About two emails per user; ids name their user so that tasks can point at them.
WITH RECURSIVE
counter(i) AS (
    SELECT 1 WHERE @USERS@ >= 1
    UNION ALL
    SELECT i + 1 FROM counter WHERE i < @USERS@
),
k(n) AS (VALUES (1), (2), (3), (4))
INSERT INTO emails (id, user_id, subject, received_at)
SELECT
    printf('e%07d-%d', i, n),
    printf('u%07d', i),
    CASE (i + n) % 8
        WHEN 0 THEN NULL
        WHEN 1 THEN ''
        WHEN 2 THEN 'Re: "Quarterly" numbers for O''Brien'
        WHEN 3 THEN 'Invoice #' || i || ' – €' || (i % 1000) || ' \ paid?'
        WHEN 4 THEN '会议通知 📅 ' || n
        WHEN 5 THEN 'Line one' || char(10) || 'Line two'
        ELSE 'Subject ' || i || '/' || n
    END,
    CASE
        WHEN (i + n) % 13 = 0 THEN NULL
        ELSE strftime('%Y-%m-%dT%H:%M:%SZ',
                      1546300800 + ((i * 2246822519 + 374761393) % 4294967296) % 157680000 + n * 3600,
                      'unixepoch')
    END
FROM counter CROSS JOIN k
WHERE n <= CASE i % 10 WHEN 0 THEN 0 WHEN 9 THEN 4 ELSE 2 END
