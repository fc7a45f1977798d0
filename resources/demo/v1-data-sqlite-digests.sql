-- SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- v1 demo data on SQLite: the digests (DemoDatabaseWriter runs it with @USERS@ replaced by the
-- number of users; the rows and their buckets are described in v1-data-sqlite-users.sql).
-- About one digest per user.
WITH RECURSIVE
counter(i) AS (
    SELECT 1 WHERE @USERS@ >= 1
    UNION ALL
    SELECT i + 1 FROM counter WHERE i < @USERS@
),
k(n) AS (VALUES (1), (2))
INSERT INTO digests (id, user_id, body, created_at)
SELECT
    printf('d%07d-%d', i, n),
    printf('u%07d', i),
    CASE (i + n) % 6
        WHEN 0 THEN NULL
        WHEN 1 THEN 'Daily digest' || char(10) || '• 3 new emails' || char(10) || '• 1 task'
        WHEN 2 THEN '{"items":[1,2,3],"note":"a \"quoted\" word"}'
        WHEN 3 THEN CASE WHEN i % 20 = 0
                         THEN replace(hex(zeroblob(40)), '00', 'Lorem ipsum dolor sit amet. ')
                         ELSE 'Short digest ' || i END
        WHEN 4 THEN 'Zusammenfassung: Grüße 😀 東京 ''quoted'''
        ELSE 'Digest for user ' || i
    END,
    strftime('%Y-%m-%dT%H:%M:%SZ',
             1546300800 + ((i * 2246822519 + 374761393) % 4294967296) % 157680000 + n * 86400,
             'unixepoch')
FROM counter CROSS JOIN k
WHERE n <= CASE i % 7 WHEN 0 THEN 0 WHEN 3 THEN 2 ELSE 1 END
