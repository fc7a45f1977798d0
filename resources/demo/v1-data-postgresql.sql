-- v1 demo data on PostgreSQL, generated server-side ({{users}} users). Unqualified: load it
-- with search_path set to the target schema. The same kinds of awkward values as the SQLite
-- demo (DemoDatabaseWriter): quotes, backslashes, newlines, Unicode, '' vs NULL, ~2 KB tokens,
-- unfinished OAuth sign-ins, Telegram with and without a signup token, Signal.
INSERT INTO users (id, email, name, timezone, created_at,
                   access_token, refresh_token, client_id, client_secret, auth_code, granted_scopes, refresh_expired,
                   access_token_2, refresh_token_2, client_id_2, client_secret_2, auth_code_2, granted_scopes_2,
                   refresh_expired_2, telegram_id, telegram_signup_token, signal_source_uuid)
SELECT id,
    CASE WHEN e < 5 THEN 'User' || i || '@Example.COM'
         WHEN e < 7 THEN 'Zoë.' || i || '@example.com'
         WHEN e = 8 THEN 'o''brien.' || i || '@example.ie'
         ELSE 'user' || i || '@example.com' END,
    CASE nm WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN 'Seán O''Brien' WHEN 3 THEN 'say "hi"'
            WHEN 4 THEN 'Back\Slash \n not a newline' WHEN 5 THEN E'First line\nsecond line'
            WHEN 6 THEN E'Tab\tSeparated' WHEN 7 THEN 'Emoji 😀🎉 ' || i WHEN 8 THEN '山田 太郎'
            WHEN 9 THEN 'Robert''); DROP TABLE users;--' ELSE 'Test User ' || i END,
    CASE WHEN z < 5 THEN NULL WHEN z < 8 THEN '' ELSE (ARRAY['UTC', 'Europe/Berlin', 'Asia/Tokyo'])[1 + i % 3] END,
    timestamptz '2019-01-01 00:00:00+00' + make_interval(secs => (h2 % 157680000)::double precision + (h3 % 1000) / 1000.0),
    -- Gmail
    CASE WHEN g IN (0, 1, 2, 3) OR g >= 60 THEN NULL WHEN g = 4 THEN long_at WHEN g = 6 THEN awkward
         WHEN g = 7 THEN '' ELSE at END,
    CASE WHEN g IN (0, 1) OR g BETWEEN 50 AND 54 OR g >= 60 THEN NULL WHEN g = 5 THEN long_awkward
         WHEN g = 6 THEN awkward || ' (refresh)' WHEN g = 7 THEN '' ELSE rt END,
    CASE WHEN g IN (2, 3) OR g BETWEEN 55 AND 57 OR g >= 60 THEN NULL ELSE cid END,
    CASE WHEN g IN (1, 2, 3) OR g BETWEEN 55 AND 57 OR g >= 60 THEN NULL
         WHEN g = 6 THEN E'GOCSPX-"quoted"\\\nü' WHEN g = 7 THEN '' ELSE secret END,
    -- g 60..63: an unfinished sign-in (auth code or scopes, no token and no client id)
    CASE WHEN g IN (60, 62) THEN code WHEN g = 63 THEN code || ' "code" \ ü'
         WHEN g BETWEEN 4 AND 59 AND h1 % 4 = 0 THEN code ELSE NULL END,
    CASE WHEN g IN (3, 61, 62, 63) THEN 'https://www.googleapis.com/auth/gmail.readonly openid'
         WHEN g < 4 OR g >= 58 THEN NULL WHEN g = 8 THEN '["gmail.readonly","openid"]'
         ELSE 'https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.send' END,
    CASE WHEN g >= 60 OR g % 3 = 0 THEN NULL WHEN g % 3 = 1 THEN true ELSE false END,
    -- Google Calendar
    CASE WHEN c < 40 OR c >= 90 THEN NULL WHEN c = 40 THEN long_awkward WHEN c = 41 THEN '' ELSE at || '-cal' END,
    CASE WHEN c < 40 OR c >= 90 OR c BETWEEN 80 AND 84 THEN NULL WHEN c = 42 THEN awkward ELSE rt || '-cal' END,
    CASE WHEN c < 40 OR c >= 90 OR c = 85 THEN NULL ELSE cid || '-cal' END,
    CASE WHEN c < 40 OR c >= 90 THEN NULL WHEN c = 43 THEN '' ELSE secret || '-cal' END,
    CASE WHEN c IN (90, 92) THEN code || '-cal' WHEN c BETWEEN 40 AND 89 AND h2 % 5 = 0 THEN code ELSE NULL END,
    CASE WHEN c IN (91, 92) THEN 'https://www.googleapis.com/auth/calendar' WHEN c < 40 OR c >= 90 THEN NULL
         ELSE 'https://www.googleapis.com/auth/calendar.readonly' END,
    CASE WHEN c < 40 OR c >= 90 OR c % 4 = 0 THEN NULL ELSE c % 2 = 1 END,
    -- Telegram: with a token, without one, with an empty one, with an awkward one
    CASE WHEN t < 30 THEN (100000000 + i)::text ELSE NULL END,
    CASE WHEN t < 10 THEN 'tg-' || md5(i::text) WHEN t < 15 THEN '' WHEN t = 15 THEN awkward
         WHEN t = 16 THEN long_awkward WHEN t = 50 THEN 'token of a user without telegram' ELSE NULL END,
    -- Signal
    CASE WHEN s < 20 THEN md5('signal' || i)::uuid::text WHEN s = 20 THEN '' ELSE NULL END
FROM (
    SELECT *,
        'ya29.a0' || md5(i::text) || 'Ab' || i AS at,
        '1//0' || md5('r' || i) || 'Cg' || i AS rt,
        (100000000000 + h1) || '-' || substr(md5('c' || i), 1, 8) || '.apps.googleusercontent.com' AS cid,
        'GOCSPX-' || substr(md5('s' || i), 1, 16) AS secret,
        '4/0A' || substr(md5('a' || i), 1, 12) AS code,
        'ya29.' || repeat(md5('long' || i), 64) AS long_at,
        repeat(E'a"b''c\\d\n{"a":1}é😀' || lpad(to_hex(h1 % 65536), 4, '0'), 96) AS long_awkward,
        E'ya29.tok"en''s\\path\nline2\r\n\t{"a":1,"b":"\\"x\\""} Grüße 漢字 😀 ' || i AS awkward
    FROM (
        SELECT i, 'u' || lpad(i::text, 7, '0') AS id,
            i % 100 AS g, (i * 37 + 11) % 100 AS c, (i * 53 + 29) % 100 AS t, (i * 71 + 3) % 100 AS s,
            (i * 17 + 5) % 100 AS nm, (i * 29 + 13) % 100 AS z, (i * 43 + 1) % 100 AS e,
            (i::bigint * 2654435761) % 4294967296 AS h1,
            (i::bigint * 2246822519 + 374761393) % 4294967296 AS h2,
            (i::bigint * 3266489917 + 668265263) % 4294967296 AS h3
        FROM generate_series(1, {{users}}) AS i
    ) base
) v;

INSERT INTO emails (id, user_id, subject, received_at)
SELECT 'e' || lpad(i::text, 8, '0'), 'u' || lpad((1 + (i * 7) % {{users}})::text, 7, '0'),
       CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN E'Re: "quotes" \\ back\nslash ü 😀' ELSE 'Subject ' || i END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE timestamptz '2024-01-01 00:00:00+00' + make_interval(mins => i) END
FROM generate_series(1, 2 * {{users}}) AS i;

INSERT INTO digests (id, user_id, body, created_at)
SELECT 'd' || lpad(i::text, 8, '0'), 'u' || lpad((1 + (i * 13) % {{users}})::text, 7, '0'),
       CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE E'Digest\n' || repeat('línea ', i % 20) END,
       timestamptz '2024-02-01 00:00:00+00' + make_interval(hours => i)
FROM generate_series(1, {{users}}) AS i;

-- tasks.user_id has no foreign key on purpose; some tasks name no email.
INSERT INTO tasks (id, user_id, extracted_from_id, title)
SELECT 't' || lpad(i::text, 8, '0'), 'u' || lpad((1 + (i * 3) % {{users}})::text, 7, '0'),
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'e' || lpad((1 + i % (2 * {{users}}))::text, 8, '0') END,
       CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'Task «' || i || '»' END
FROM generate_series(1, {{users}}) AS i;
