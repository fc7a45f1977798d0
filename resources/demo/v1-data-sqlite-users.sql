-- SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- v1 demo data on SQLite: the users (DemoDatabaseWriter runs it with @USERS@ replaced by the
-- number of users), and how every row of the demo is made.
--
-- How the rows are made
-- ---------------------
-- Every row is a pure function of its row number i (1-based), computed by SQLite itself inside
-- INSERT ... SELECT statements fed by a recursive counter, so a million users never cross the
-- Qt/SQLite boundary one by one and the same user count always yields the same content.
--
-- Each kind of awkwardness is chosen by a "bucket" in 0..99 computed as (i * a + b) % 100 with a
-- coprime to 100. Such a bucket is a permutation of 0..99 over any 100 consecutive users, so every
-- case occurs at least once from 100 users on, and the features (Gmail, Calendar, Telegram,
-- Signal, name, email, timezone, created_at) are mixed independently of each other.
-- "Random-looking" text comes from multiplicative hashes h1..h3 of i (all below 2^32, so the
-- arithmetic stays in 64-bit integers and never turns into floating point).
--
-- Buckets (see the statements below for the exact values):
--   g = i % 100          Gmail:  0-59 connected (60 %), 60-63 incomplete OAuth, 64-99 none
--                          0 client_id + client_secret only, 1 client_id only, 2 refresh_token
--                          only, 3 refresh_token + granted_scopes only, 4 ~2 KB access token,
--                          5 ~2.4 KB awkward refresh token, 6 awkward tokens, 7 empty-string
--                          tokens, 8/9 JSON / comma-separated scopes, 50-54 no refresh token,
--                          55-57 no client id/secret, 58-59 no scopes
--   c = (37i + 11) % 100 Calendar (_2): 0-34 connected (35 %), 35-37 incomplete OAuth
--                          0 client_id_2 only, 1 refresh_token_2 only, 2 ~2 KB access token,
--                          3 awkward tokens (the refresh token ~2.4 KB), 4 empty-string tokens,
--                          5 no refresh token
--   t = (53i + 29) % 100 Telegram: 0-19 telegram_id (20 %); token NULL for 0-4, awkward for 5-11
--                          ('' for 10), ordinary otherwise; 20-21 a signup token without
--                          telegram_id (a signup that was never finished)
--   s = (71i + 3) % 100  Signal: 0-9 signal_source_uuid (10 %), upper case for 0
--   nm, e, z, f          name, email, timezone and created_at variants
-- Per user: emails 0/2/4 (i % 10 = 0 / else / 9; 2.0 on average), digests 0/1/2 (i % 7 = 0 /
-- else / 3; 1.0 on average), tasks 0/1/2 (i % 8 in {1,5} one, 3 two, else none; 0.5 on average).
-- Users: the counter, the per-user buckets and hashes, and the column values built from them.
WITH RECURSIVE
counter(i) AS (
    SELECT 1 WHERE @USERS@ >= 1
    UNION ALL
    SELECT i + 1 FROM counter WHERE i < @USERS@
),
base AS (
    SELECT i,
        printf('u%07d', i) AS id,
        i % 100 AS g,
        (i * 37 + 11) % 100 AS c,
        (i * 53 + 29) % 100 AS t,
        (i * 71 + 3) % 100 AS s,
        (i * 17 + 5) % 100 AS nm,
        (i * 29 + 13) % 100 AS z,
        (i * 43 + 1) % 100 AS e,
        (i * 31 + 7) % 100 AS f,
        (i * 2654435761) % 4294967296 AS h1,
        (i * 2246822519 + 374761393) % 4294967296 AS h2,
        (i * 3266489917 + 668265263) % 4294967296 AS h3,
        1546300800 + ((i * 2246822519 + 374761393) % 4294967296) % 157680000 AS ts
    FROM counter
),
v AS (
    SELECT *,
        printf('ya29.a0%08x%08x%08xAb%d', h1, h2, h3, i) AS at,
        printf('1//0%08x%08xCg%d', h2, h3, i) AS rt,
        printf('%d-%08x.apps.googleusercontent.com', 100000000000 + h1, h3) AS cid,
        printf('GOCSPX-%08x%08x', h3, h2) AS secret,
        printf('4/0A%08x%04x', h2, i % 65536) AS code,
        printf('ya29.c.%08x%08x%08xKx%d', h3, h1, h2, i) AS at2,
        printf('1//0e%08x%08xDh%d', h1, h3, i) AS rt2,
        printf('%d-%08x.apps.googleusercontent.com', 200000000000 + h2, h1) AS cid2,
        printf('GOCSPX-%08x%08x', h1, h2) AS secret2,
        printf('4/0B%08x%04x', h3, i % 65536) AS code2,
        'ya29.' || replace(hex(zeroblob(128)), '00', printf('%08x%08x', h1, h2)) AS long_at,
        replace(hex(zeroblob(96)),
                '00',
                'a"b''c\d' || char(10) || '{"a":1}' || 'é😀' || printf('%04x', h1 % 65536))
            AS long_awkward,
        'ya29.tok"en''s\path' || char(10) || 'line2' || char(13) || char(10) || char(9)
            || '{"a":1,"b":"\"x\""}' || ' Grüße 漢字 😀 ' || i AS awkward
    FROM base
)
INSERT INTO users (id, email, name, timezone, created_at,
                   access_token, refresh_token, client_id, client_secret, auth_code,
                   granted_scopes, refresh_expired,
                   access_token_2, refresh_token_2, client_id_2, client_secret_2, auth_code_2,
                   granted_scopes_2, refresh_expired_2,
                   telegram_id, telegram_signup_token, signal_source_uuid)
SELECT
    id,
    CASE
        WHEN e < 5 THEN 'User' || i || '@Example.COM'
        WHEN e < 7 THEN 'Zoë.' || i || '@example.com'
        WHEN e = 7 THEN 'josé.' || i || '@exämple.org'
        WHEN e = 8 THEN 'user' || i || '+newsletter@example.com'
        WHEN e = 9 THEN 'o''brien.' || i || '@example.ie'
        ELSE 'user' || i || '@example.com'
    END,
    CASE nm
        WHEN 0 THEN NULL
        WHEN 1 THEN ''
        WHEN 2 THEN 'Seán O''Brien'
        WHEN 3 THEN 'say "hi"'
        WHEN 4 THEN 'Back\Slash \n not a newline'
        WHEN 5 THEN 'First line' || char(10) || 'second line'
        WHEN 6 THEN 'Tab' || char(9) || 'Separated'
        WHEN 7 THEN 'Emoji 😀🎉 ' || i
        WHEN 8 THEN '山田 太郎'
        WHEN 9 THEN 'Zoë Åström-Núñez'
        WHEN 10 THEN '  padded  '
        WHEN 11 THEN 'Robert''); DROP TABLE users;--'
        WHEN 12 THEN '100% %s %d {"name":"json"}'
        WHEN 13 THEN 'Ольга Петрова'
        ELSE 'Test User ' || i
    END,
    CASE
        WHEN z < 5 THEN NULL
        WHEN z < 8 THEN ''
        WHEN z = 8 THEN 'UTC+02:00'
        WHEN z = 9 THEN 'America/Argentina/Buenos_Aires'
        ELSE CASE i % 7
            WHEN 0 THEN 'UTC'
            WHEN 1 THEN 'Europe/Berlin'
            WHEN 2 THEN 'America/New_York'
            WHEN 3 THEN 'Asia/Tokyo'
            WHEN 4 THEN 'Australia/Sydney'
            WHEN 5 THEN 'America/Sao_Paulo'
            ELSE 'Asia/Kolkata'
        END
    END,
    CASE
        WHEN f < 10 THEN strftime('%Y-%m-%d %H:%M:%S', ts, 'unixepoch')
        WHEN f < 15 THEN strftime('%Y-%m-%dT%H:%M:%S', ts, 'unixepoch') || printf('.%03dZ', h3 % 1000)
        WHEN f < 20 THEN strftime('%Y-%m-%dT%H:%M:%S', ts + 7200, 'unixepoch') || '+02:00'
        ELSE strftime('%Y-%m-%dT%H:%M:%SZ', ts, 'unixepoch')
    END,
    -- Gmail
    CASE
        WHEN g IN (0, 1, 2, 3) OR g >= 60 THEN NULL
        WHEN g = 4 THEN long_at
        WHEN g = 6 THEN awkward
        WHEN g = 7 THEN ''
        ELSE at
    END,
    CASE
        WHEN g IN (0, 1) OR g BETWEEN 50 AND 54 OR g >= 60 THEN NULL
        WHEN g = 5 THEN long_awkward
        WHEN g = 6 THEN awkward || ' (refresh)'
        WHEN g = 7 THEN ''
        ELSE rt
    END,
    CASE WHEN g IN (2, 3) OR g BETWEEN 55 AND 57 OR g >= 60 THEN NULL ELSE cid END,
    CASE
        WHEN g IN (1, 2, 3) OR g BETWEEN 55 AND 57 OR g >= 60 THEN NULL
        WHEN g = 6 THEN 'GOCSPX-"quoted"\' || char(10) || 'ü'
        WHEN g = 7 THEN ''
        ELSE secret
    END,
    CASE
        WHEN g IN (60, 62) THEN code
        WHEN g = 63 THEN code || ' "code" \ ü'
        WHEN g BETWEEN 4 AND 59 AND h1 % 4 = 0 THEN code
        ELSE NULL
    END,
    CASE
        WHEN g IN (3, 61, 62, 63) THEN 'https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.send'
        WHEN g < 4 OR g >= 58 THEN NULL
        WHEN g = 8 THEN '["https://www.googleapis.com/auth/gmail.readonly","openid"]'
        WHEN g = 9 THEN 'email,profile,openid'
        ELSE 'https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.send'
    END,
    CASE
        WHEN g IN (1, 2, 3) OR g >= 60 THEN NULL
        ELSE CASE i % 3 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE NULL END
    END,
    -- Google Calendar
    CASE
        WHEN c IN (0, 1) OR c >= 35 THEN NULL
        WHEN c = 2 THEN long_at
        WHEN c = 3 THEN awkward || ' (calendar)'
        WHEN c = 4 THEN ''
        ELSE at2
    END,
    CASE
        WHEN c IN (0, 5) OR c >= 35 THEN NULL
        WHEN c = 3 THEN long_awkward
        WHEN c = 4 THEN ''
        ELSE rt2
    END,
    CASE WHEN c = 1 OR c >= 35 THEN NULL ELSE cid2 END,
    CASE WHEN c IN (0, 1) OR c >= 35 THEN NULL ELSE secret2 END,
    CASE
        WHEN c IN (35, 37) THEN code2
        WHEN c BETWEEN 6 AND 34 AND h2 % 5 = 0 THEN code2
        ELSE NULL
    END,
    CASE
        WHEN c IN (36, 37) OR c BETWEEN 2 AND 34
            THEN 'https://www.googleapis.com/auth/calendar.readonly https://www.googleapis.com/auth/calendar.events'
        ELSE NULL
    END,
    CASE
        WHEN c IN (0, 1) OR c >= 35 THEN NULL
        ELSE CASE (i / 3) % 3 WHEN 0 THEN 1 WHEN 1 THEN NULL ELSE 0 END
    END,
    -- Telegram
    CASE WHEN t < 20 THEN CAST(100000000 + i * 7919 AS TEXT) ELSE NULL END,
    CASE
        WHEN t < 5 THEN NULL
        WHEN t = 5 THEN 'he said "hi"'
        WHEN t = 6 THEN 'C:\tokens\tg'
        WHEN t = 7 THEN 'first' || char(10) || 'second'
        WHEN t = 8 THEN 'Grüße 🚀 東京'
        WHEN t = 9 THEN '{"x":"y"}'
        WHEN t = 10 THEN ''
        WHEN t = 11 THEN 'it''s {"x":"y","q":"\"quoted\""}' || char(13) || char(10) || 'end'
        WHEN t < 22 THEN printf('tg_%08x%08x', h3, h1)
        ELSE NULL
    END,
    -- Signal
    CASE
        WHEN s = 0 THEN upper(printf('%08x-%04x-4%03x-%04x-%012x', h1, h2 % 65536, h3 % 4096, 32768 + h1 % 16384, i))
        WHEN s < 10 THEN printf('%08x-%04x-4%03x-%04x-%012x', h1, h2 % 65536, h3 % 4096, 32768 + h1 % 16384, i)
        ELSE NULL
    END
FROM v
