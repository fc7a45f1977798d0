// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in plan on a LIVE, throwaway PostgreSQL 15 server (PgTestServer), in a schema
// with an awkward name: the spec's mapping byte for byte, foreign keys after the swap,
// rehearse and a failure half-way leave the schema exactly as it was, rollback restores it
// exactly (constraint and index names included), a second apply does nothing, and every
// kind of connection failure is CannotConnect with a clear message and no password in it.
// Then the server as others share it: a second machine's run (advisory lock), an application
// holding the tables, four assistants racing, a writer inserting during the migration, a
// cancel in the middle of a long statement, and the backend killed mid-run and at COMMIT.
#include "lock/AdvisoryLock.h"
#include "db/DatabaseConnection.h"
#include "plan/Plan.h"
#include "transaction/MigrationRunner.h"
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <csignal>

namespace {

const QString kSchema = QStringLiteral("Customer \"One\" ü's");
constexpr int kUsers = 400;

} // namespace

class TestPostgresql : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_tmp;
    int m_databases = 0;

    // A fresh database per test function, v1 loaded into kSchema.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("ma_test_%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error) || !m_server.loadV1(name, kSchema, kUsers, &error))
            qWarning("%s", qPrintable(error));
        return name;
    }

    RunResult run(const QString &database, RunAction action, const QString &plan = {},
                  const std::function<void(RunOptions &)> &adjust = {})
    {
        RunOptions options;
        options.action = action;
        options.connection = m_server.spec(database, kSchema);
        options.plan = TestSupport::plan(plan);
        options.acceptAllWarnings = true;
        options.operatorName = QStringLiteral("pg-test");
        options.lockFile = m_tmp.filePath(database + QStringLiteral(".lock"));
        if (adjust)
            adjust(options);
        MigrationRunner runner(options);
        return runner.run();
    }

    QString sql(const QString &database, const QString &script)
    {
        QString out, error;
        if (!m_server.psql(database, script, &out, &error))
            qWarning("psql: %s", qPrintable(error));
        return out;
    }

    QString lit() const { return PgTestServer::quoteLiteral(kSchema); }

    // Everything in the schema but the assistant's history (PgTestServer::dump).
    QString dump(const QString &database) { return m_server.dump(database, kSchema); }

    QString q(const QString &table) const
    {
        return PgTestServer::quoteIdent(kSchema) + QLatin1Char('.') + table;
    }

    QString passwordFile()
    {
        const QString path = m_tmp.filePath(QStringLiteral("password"));
        if (!QFile::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(m_server.password().toUtf8() + "\n");
        }
        return path;
    }

    // The real binary, started and left running; each call is "another machine" unless it is
    // given the same lock file.
    std::unique_ptr<QProcess> startBinary(const QString &database, const QStringList &action, const QString &lockFile,
                                          const QStringList &environment = {})
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = TestSupport::headlessEnvironment();
        for (const QString &kv : environment)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p->setProcessEnvironment(env);
        p->start(TestSupport::binary(), QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                    m_server.url(database, kSchema), QStringLiteral("--password-file"),
                                                    passwordFile(), QStringLiteral("--lock-file"), lockFile}
                                            + action);
        return p;
    }

    static bool waitForStderr(QProcess &p, const QByteArray &marker, QByteArray *seen, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            *seen += p.readAllStandardError();
            if (seen->contains(marker))
                return true;
            if (p.state() == QProcess::NotRunning)
                return false;
            p.waitForReadyRead(100);
        }
        return false;
    }

    // A session of "the customer's application": its own connection and application_name.
    std::unique_ptr<DatabaseConnection> appSession(const QString &database, const QString &name)
    {
        auto c = std::make_unique<DatabaseConnection>(m_server.spec(database, kSchema));
        ErrorInfo e;
        if (!c->open(DatabaseConnection::Mode::ReadWrite, &e)
            || !c->exec(QStringLiteral("SET application_name = '%1'").arg(name), &e))
            qWarning("app session: %s", qPrintable(e.message));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void applyMapsEveryValueByteForByte()
    {
        const QString db = freshDatabase();
        const RunResult r = run(db, RunAction::Apply);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message + QLatin1Char('\n') + r.error.details));
        QVERIFY(!r.validations.isEmpty());

        // The data has the awkward cases the spec names.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FILTER (WHERE length(access_token) > 2000) > 0, "
                                        "count(*) FILTER (WHERE access_token = '') > 0, "
                                        "count(*) FILTER (WHERE access_token LIKE E'%%\\n%%' AND access_token LIKE E'%%\\\\\\\\%%') > 0, "
                                        "count(*) FILTER (WHERE telegram_id IS NOT NULL AND telegram_signup_token IS NULL) > 0, "
                                        "count(*) FILTER (WHERE telegram_signup_token = '') > 0, "
                                        "count(*) FILTER (WHERE telegram_signup_token LIKE '%%😀%%') > 0 FROM %1;")
                             .arg(q(QStringLiteral("users_old"))))
                     .trimmed(),
                 QStringLiteral("t|t|t|t|t|t"));

        // Expected rows computed from users_old by the spec's table; EXCEPT compares
        // NULL-exactly, and text equality is byte equality (deterministic collation).
        const QString expected = QStringLiteral(
            "SELECT id AS user_id, 'gmail' AS service_id, email AS external_user_id, access_token, refresh_token, "
            "client_id, client_secret, auth_code, granted_scopes, COALESCE(refresh_expired, false) AS refresh_expired, "
            "'{}'::jsonb AS credentials FROM %1 WHERE access_token IS NOT NULL OR refresh_token IS NOT NULL OR "
            "client_id IS NOT NULL "
            "UNION ALL SELECT id, 'google_calendar', email, access_token_2, refresh_token_2, client_id_2, "
            "client_secret_2, auth_code_2, granted_scopes_2, COALESCE(refresh_expired_2, false), '{}'::jsonb FROM %1 "
            "WHERE access_token_2 IS NOT NULL OR refresh_token_2 IS NOT NULL OR client_id_2 IS NOT NULL "
            "UNION ALL SELECT id, 'telegram', telegram_id, NULL, NULL, NULL, NULL, NULL, NULL, false, "
            "CASE WHEN telegram_signup_token IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('signup_token', "
            "telegram_signup_token) END FROM %1 WHERE telegram_id IS NOT NULL "
            "UNION ALL SELECT id, 'signal', signal_source_uuid, NULL, NULL, NULL, NULL, NULL, NULL, false, '{}'::jsonb "
            "FROM %1 WHERE signal_source_uuid IS NOT NULL")
                                     .arg(q(QStringLiteral("users_old")));
        const QString actual = QStringLiteral(
            "SELECT user_id, service_id, external_user_id, access_token, refresh_token, client_id, client_secret, "
            "auth_code, granted_scopes, refresh_expired, credentials FROM %1")
                                   .arg(q(QStringLiteral("user_integrations")));
        QCOMPARE(sql(db, QStringLiteral("SELECT (SELECT count(*) FROM ((%1) EXCEPT ALL (%2)) a), "
                                        "(SELECT count(*) FROM ((%2) EXCEPT ALL (%1)) b), (SELECT count(*) FROM (%1) c), "
                                        "(SELECT count(*) FROM %3 WHERE NOT is_active);")
                             .arg(expected, actual, q(QStringLiteral("user_integrations"))))
                     .trimmed()
                     .section(QLatin1Char('|'), 0, 1),
                 QStringLiteral("0|0"));
        // The same, as bytes: md5 over every value's UTF-8, NULL and '' told apart.
        const QString bytes = QStringLiteral(
            "SELECT md5(string_agg(concat_ws('|', md5(convert_to(user_id, 'UTF8')), service_id, "
            "coalesce(md5(convert_to(external_user_id, 'UTF8')), 'NULL'), coalesce(md5(convert_to(access_token, "
            "'UTF8')), 'NULL'), coalesce(md5(convert_to(refresh_token, 'UTF8')), 'NULL'), coalesce(md5(convert_to("
            "client_secret, 'UTF8')), 'NULL'), coalesce(md5(convert_to(credentials->>'signup_token', 'UTF8')), "
            "'NULL')), E'\\n' ORDER BY user_id, service_id)) FROM (%1) x;");
        const QString want = sql(db, bytes.arg(expected)).trimmed();
        QVERIFY(!want.isEmpty());
        QCOMPARE(sql(db, bytes.arg(actual)).trimmed(), want);
        // Telegram without a token gets {} (not {"signup_token": null}); the counts match the checks.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM %1 WHERE credentials = 'null'::jsonb OR credentials ? "
                                        "'signup_token' AND credentials->'signup_token' = 'null'::jsonb;")
                             .arg(q(QStringLiteral("user_integrations"))))
                     .trimmed(),
                 QStringLiteral("0"));
        // v2 users: the core columns of every v1 user, exactly.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM (SELECT id, email, name, timezone, created_at FROM %1 "
                                        "EXCEPT ALL SELECT id, email, name, timezone, created_at FROM %2) d;")
                             .arg(q(QStringLiteral("users_old")), q(QStringLiteral("users"))))
                     .trimmed(),
                 QStringLiteral("0"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM %1;").arg(q(QStringLiteral("users")))).trimmed(),
                 QString::number(kUsers));

        // Types of v2 on PostgreSQL.
        QCOMPARE(sql(db, QStringLiteral("SELECT string_agg(column_name || ':' || data_type || ':' || "
                                        "coalesce(is_identity, ''), ',' ORDER BY column_name) FROM "
                                        "information_schema.columns WHERE table_schema = %1 AND table_name = "
                                        "'user_integrations' AND column_name IN ('id', 'credentials', 'created_at', "
                                        "'refresh_expired');")
                             .arg(lit()))
                     .trimmed(),
                 QStringLiteral("created_at:timestamp with time zone:NO,credentials:jsonb:NO,id:bigint:YES,"
                                "refresh_expired:boolean:NO"));
        QVERIFY(sql(db, QStringLiteral("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = "
                                       "to_regclass(format('%I.%I', %1, 'user_integrations')) AND contype = 'u';")
                            .arg(lit()))
                    .contains(QLatin1String("UNIQUE NULLS NOT DISTINCT (user_id, service_id, external_user_id)")));
    }

    void foreignKeysPointAtTheNewUsers()
    {
        const QString db = freshDatabase();
        const RunResult r = run(db, RunAction::Apply);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message + QLatin1Char('\n') + r.error.details));
        const QString fks = sql(db, QStringLiteral(
                                        "SELECT cl.relname || ' ' || co.conname || ' -> ' || rf.relname FROM "
                                        "pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_class rf "
                                        "ON rf.oid = co.confrelid JOIN pg_namespace n ON n.oid = cl.relnamespace "
                                        "WHERE co.contype = 'f' AND n.nspname = %1 ORDER BY 1;")
                                        .arg(lit()));
        const QStringList lines = fks.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("emails emails_user_id_fkey -> users")), qPrintable(fks));
        QVERIFY2(lines.contains(QStringLiteral("digests digests_user_id_fkey -> users")), qPrintable(fks));
        QVERIFY2(lines.contains(QStringLiteral("tasks tasks_extracted_from_id_fkey -> emails")), qPrintable(fks));
        QVERIFY2(!fks.contains(QLatin1String("-> users_old")) && !fks.contains(QLatin1String("users_new")),
                 qPrintable(fks));
        // ...and "users" is the v2 table (no credential columns), with the v1 names back on it.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = %1 "
                                        "AND table_name = 'users' AND column_name = 'access_token';")
                             .arg(lit()))
                     .trimmed(),
                 QStringLiteral("0"));
        const QString names = sql(db, QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                                                     "pg_indexes WHERE schemaname = %1 AND tablename IN ('users', "
                                                     "'users_old');")
                                          .arg(lit()))
                                  .trimmed();
        QCOMPARE(names, QStringLiteral("users_email_key,users_old_email_key,users_old_pkey,"
                                       "users_old_telegram_id_key,users_pkey"));
        // tasks.user_id still has no foreign key, on purpose.
        QVERIFY(!fks.contains(QLatin1String("tasks_user_id")));
    }

    void rehearseChangesNothing()
    {
        const QString db = freshDatabase();
        const QString before = dump(db);
        QVERIFY(before.contains(QLatin1String("constraint emails emails_user_id_fkey")));
        QVERIFY(before.contains(QLatin1String("users: (u0000001,")));
        QVERIFY(before.contains(QLatin1String("index users_telegram_id_key CREATE UNIQUE INDEX")));
        const RunResult r = run(db, RunAction::Rehearse);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message + QLatin1Char('\n') + r.error.details));
        QVERIFY(!r.tablesAfter.isEmpty());
        QCOMPARE(dump(db), before);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = %1 AND tablename = "
                                        "'migration_assistant_history';").arg(lit())).trimmed(),
                 QStringLiteral("0"));
    }

    void failureHalfWayChangesNothing()
    {
        const QString db = freshDatabase();
        const QString before = dump(db);
        QTemporaryDir dir;
        const QString plan = TestSupport::copyBuiltinPlan(dir.path());
        // After the swap: services gets a duplicate key, so the run fails with DDL already done.
        QFile f(plan + QStringLiteral("/postgresql/04_create_integrations.sql"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nINSERT INTO services (id, display_name) VALUES ('gmail', 'Gmail again');\n");
        f.close();
        const RunResult r = run(db, RunAction::Apply, plan);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QVERIFY2(r.error.message.contains(QLatin1String("duplicate key")) ||
                     r.error.details.contains(QLatin1String("duplicate key")),
                 qPrintable(r.error.message + QLatin1Char('\n') + r.error.details));
        QCOMPARE(dump(db), before);
    }

    void rollbackRestoresExactly()
    {
        const QString db = freshDatabase();
        const QString before = dump(db);
        const RunResult applied = run(db, RunAction::Apply);
        QVERIFY2(applied.outcome == RunOutcome::Ok,
                 qPrintable(applied.error.message + QLatin1Char('\n') + applied.error.details));
        QVERIFY(dump(db) != before);
        const RunResult back = run(db, RunAction::Rollback);
        QVERIFY2(back.outcome == RunOutcome::RolledBack,
                 qPrintable(back.error.message + QLatin1Char('\n') + back.error.details));
        QVERIFY(back.differences.isEmpty());
        const QString after = dump(db);
        QCOMPARE(after, before);
        // Applying again after the rollback works, and rolling back again restores again.
        QCOMPARE(run(db, RunAction::Apply).outcome, RunOutcome::Ok);
        QCOMPARE(run(db, RunAction::Rollback).outcome, RunOutcome::RolledBack);
        QCOMPARE(dump(db), before);
    }

    void secondApplyIsANoOp()
    {
        const QString db = freshDatabase();
        QCOMPARE(run(db, RunAction::Apply).outcome, RunOutcome::Ok);
        const QString applied = dump(db);
        const RunResult again = run(db, RunAction::Apply);
        QCOMPARE(again.outcome, RunOutcome::NothingToDo);
        QVERIFY(!again.notes.isEmpty());
        QCOMPARE(dump(db), applied);
        QCOMPARE(run(db, RunAction::Check).outcome, RunOutcome::NothingToDo);
        const RunResult status = run(db, RunAction::Status);
        QCOMPARE(status.outcome, RunOutcome::Ok);
        QCOMPARE(status.history.size(), 1);
    }

    // A history table an earlier version created (no plan_files, plain-hex checksums): --status
    // reads it without altering it and sees no change; the next run adds the column in its
    // transaction and records each file's checksum.
    void historyTableOfAnEarlierVersion()
    {
        const QString db = freshDatabase();
        QCOMPARE(run(db, RunAction::Apply).outcome, RunOutcome::Ok);
        const QString table = q(QStringLiteral("migration_assistant_history"));
        sql(db, QStringLiteral("ALTER TABLE %1 DROP COLUMN plan_files; UPDATE %1 SET plan_checksum = '%2';")
                    .arg(table, TestSupport::plan()->legacyChecksum));
        const QString columns = QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = %1 "
                                               "AND table_name = 'migration_assistant_history' AND column_name = "
                                               "'plan_files';")
                                    .arg(lit());
        QCOMPARE(sql(db, columns).trimmed(), QStringLiteral("0"));
        const RunResult status = run(db, RunAction::Status);
        QCOMPARE(status.outcome, RunOutcome::Ok);
        QCOMPARE(status.warnings(), 0);
        QVERIFY(status.history.first().planFiles.isEmpty());
        QCOMPARE(sql(db, columns).trimmed(), QStringLiteral("0"));
        const RunResult back = run(db, RunAction::Rollback);
        QVERIFY2(back.outcome == RunOutcome::RolledBack,
                 qPrintable(back.error.message + QLatin1Char('\n') + back.error.details));
        QCOMPARE(back.warnings(), 0);
        QCOMPARE(sql(db, columns).trimmed(), QStringLiteral("1"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM %1 WHERE plan_files LIKE '%sha256-lf:%';").arg(table))
                     .trimmed(),
                 QStringLiteral("1"));
    }

    void checksOnPostgresql()
    {
        const QString db = freshDatabase();
        const RunResult r = run(db, RunAction::Check, {}, [](RunOptions &o) { o.acceptAllWarnings = false; });
        QHash<QString, qint64> values;
        for (const CheckResult &c : r.checks)
            values.insert(c.id, c.value);
        for (const char *id : {"schema-version", "users-total", "migrate-gmail", "migrate-google_calendar",
                               "migrate-telegram", "migrate-signal", "incomplete-oauth-gmail",
                               "incomplete-oauth-google_calendar", "null-emails", "duplicate-emails", "orphan-rows",
                               "users-old-exists", "active-connections", "server-version"})
            QVERIFY2(values.contains(QLatin1String(id)), id);
        QCOMPARE(values.value(QStringLiteral("users-total")), qint64(kUsers));
        QVERIFY(values.value(QStringLiteral("incomplete-oauth-gmail")) > 0);
        QCOMPARE(values.value(QStringLiteral("orphan-rows")), qint64(0));
        QVERIFY(values.value(QStringLiteral("server-version")) >= 150000);
        QCOMPARE(r.blockers(), 0);
        QCOMPARE(r.outcome, RunOutcome::Blocked); // the unfinished sign-ins are warnings, not accepted
        // A duplicate email (case-insensitive) is a blocker.
        sql(db, QStringLiteral("UPDATE %1 SET email = upper(email) WHERE id = 'u0000002'; UPDATE %1 SET email = "
                               "(SELECT lower(email) FROM %1 WHERE id = 'u0000002') WHERE id = 'u0000003';")
                    .arg(q(QStringLiteral("users"))));
        const RunResult dup = run(db, RunAction::Check);
        QCOMPARE(dup.outcome, RunOutcome::Blocked);
        QVERIFY(dup.blockers() >= 1);
    }

    // On PostgreSQL a validated foreign key is the server's proof that no row is an orphan, so
    // the checks read the catalog instead of joining every row; without that key they count.
    void orphansCountedWhereNoForeignKeyGuards()
    {
        const QString db = freshDatabase();
        sql(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT emails_user_id_fkey; "
                               "INSERT INTO %1 (id, user_id, subject) VALUES ('orphan-1', 'nobody', 'a'), ('orphan-2', 'nobody', 'b');")
                    .arg(q(QStringLiteral("emails"))));
        const RunResult r = run(db, RunAction::Check);
        qint64 orphans = -1;
        for (const CheckResult &c : r.checks)
            if (c.id == QLatin1String("orphan-rows"))
                orphans = c.value;
        QCOMPARE(orphans, qint64(2));
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        QVERIFY(r.blockers() >= 1);
    }

    // The content checksum sees a one-character change: rollback refuses to lose it.
    void rollbackRefusedAfterAOneCharacterChange()
    {
        const QString db = freshDatabase();
        QCOMPARE(run(db, RunAction::Apply).outcome, RunOutcome::Ok);
        sql(db, QStringLiteral("UPDATE %1 SET name = name || '.' WHERE id = 'u0000007';").arg(q(QStringLiteral("users"))));
        const QString changed = dump(db);
        const RunResult back = run(db, RunAction::Rollback);
        QCOMPARE(back.outcome, RunOutcome::Blocked);
        QVERIFY2(back.differences.join(QLatin1Char(' ')).contains(QLatin1String("users")),
                 qPrintable(back.differences.join(QLatin1Char(' '))));
        QCOMPARE(dump(db), changed);
    }

    // The real binary, as support staff run it: --password-file, exit codes, no password shown.
    void binaryWithPasswordFile()
    {
        const QString db = freshDatabase();
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_server.password().toUtf8() + "\n");
        f.close();
        const QString url = m_server.url(db, kSchema);
        const QString lock = dir.filePath(QStringLiteral("run.lock"));
        auto ma = [&](const QStringList &action, const QString &pwFile) {
            QStringList args{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), url, QStringLiteral("--password-file"),
                             pwFile, QStringLiteral("--lock-file"), lock};
            return TestSupport::runBinary(args + action, 60000, TestSupport::headlessEnvironment());
        };
        const QString before = dump(db);
        auto r = ma({QStringLiteral("--check")}, passwordFile);
        QCOMPARE(r.exitCode, 3); // unfinished sign-ins are warnings
        r = ma({QStringLiteral("--apply"), QStringLiteral("--yes")}, passwordFile);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ma({QStringLiteral("--status")}, passwordFile);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("applied"));
        r = ma({QStringLiteral("--apply"), QStringLiteral("--yes")}, passwordFile);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("othing to do"));
        r = ma({QStringLiteral("--rollback")}, passwordFile);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(dump(db), before);

        const QString wrongFile = dir.filePath(QStringLiteral("wrong"));
        QFile w(wrongFile);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write("NotThePassw0rd\n");
        w.close();
        r = ma({QStringLiteral("--check")}, wrongFile);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("password authentication failed"));
        QVERIFY(!r.out.contains("NotThePassw0rd") && !r.err.contains("NotThePassw0rd"));
        QVERIFY(!r.out.contains(m_server.password().toUtf8()) && !r.err.contains(m_server.password().toUtf8()));
    }

    // Another machine's assistant holds the plan's advisory lock (its lock file is elsewhere):
    // this run stops at once, names that session, and changes nothing; with a wait, it goes
    // ahead as soon as the other run ends.
    void advisoryLockStopsASecondMachine()
    {
        const QString db = freshDatabase();
        const QString before = dump(db);
        auto other = appSession(db, QStringLiteral("assistant-on-laptop-2"));
        ErrorInfo e;
        const qint64 key = AdvisoryLock::key(QStringLiteral("user-integrations"), m_server.spec(db, kSchema));
        QVERIFY(key >= 0);
        QVERIFY(other->exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key), &e));
        const qint64 otherPid = other->scalar(QStringLiteral("SELECT pg_backend_pid()"), &e).toLongLong();

        QElapsedTimer t;
        t.start();
        const RunResult r = run(db, RunAction::Apply);
        QCOMPARE(r.outcome, RunOutcome::Locked);
        QVERIFY2(t.elapsed() < 5000, "a held lock must stop the run at once");
        QVERIFY2(r.error.message.contains(QLatin1String("assistant-on-laptop-2"))
                     && r.error.message.contains(QString::number(otherPid)),
                 qPrintable(r.error.message));
        QCOMPARE(r.lockHolder.pid, otherPid);
        QCOMPARE(r.lockHolder.application, QStringLiteral("assistant-on-laptop-2"));
        QCOMPARE(dump(db), before);
        // Rollback and rehearse are stopped by the same lock; check is only reading.
        QCOMPARE(run(db, RunAction::Rehearse).outcome, RunOutcome::Locked);
        QCOMPARE(run(db, RunAction::Check).outcome, RunOutcome::Ok);

        // --wait-lock: the run waits on the server, and goes ahead when the lock is released.
        QFuture<RunResult> waiting = QtConcurrent::run([&] {
            return run(db, RunAction::Apply, {}, [](RunOptions &o) { o.waitLockSeconds = 20; });
        });
        QTest::qWait(1500);
        QVERIFY(!waiting.isFinished());
        QVERIFY(other->exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key), &e));
        const RunResult waited = waiting.result();
        QVERIFY2(waited.outcome == RunOutcome::Ok, qPrintable(waited.error.message + '\n' + waited.error.details));
    }

    // An application still writes: its open transaction holds a lock on users. The run waits
    // lock_timeout, gives up without changing anything, and names the session in the way.
    void namesTheSessionsInTheWay()
    {
        const QString db = freshDatabase();
        const QString before = dump(db);
        auto app = appSession(db, QStringLiteral("billing-app"));
        ErrorInfo e;
        QVERIFY(app->exec(QStringLiteral("BEGIN"), &e));
        QVERIFY(app->exec(QStringLiteral("UPDATE %1 SET name = name WHERE id = 'u0000001'").arg(q(QStringLiteral("users"))),
                          &e));
        const qint64 appPid = app->scalar(QStringLiteral("SELECT pg_backend_pid()"), &e).toLongLong();
        QElapsedTimer t;
        t.start();
        const RunResult r = run(db, RunAction::Apply);
        QCOMPARE(r.outcome, RunOutcome::Locked);
        QVERIFY2(t.elapsed() >= 4500 && t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(r.error.message.contains(QLatin1String("billing-app"))
                     && r.error.message.contains(QString::number(appPid))
                     && r.error.message.contains(QLatin1String("idle in transaction")),
                 qPrintable(r.error.message));
        QVERIFY(app->exec(QStringLiteral("ROLLBACK"), &e));
        QCOMPARE(dump(db), before);
        QCOMPARE(run(db, RunAction::Apply).outcome, RunOutcome::Ok);
    }

    // Four assistants on four machines (four lock files) started together: the server's lock
    // lets exactly one apply; the others exit 4 at once, naming the winner's session.
    void fourAssistantsRace()
    {
        for (int round = 0; round < 3; ++round) {
            const QString db = freshDatabase();
            std::vector<std::unique_ptr<QProcess>> runs;
            for (int i = 0; i < 4; ++i)
                runs.push_back(startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--yes")},
                                           m_tmp.filePath(QStringLiteral("race-%1-%2.lock").arg(round).arg(i)),
                                           {QStringLiteral("MA_TEST_PAUSE_AT=copy-users:2500")}));
            int applied = 0, locked = 0;
            for (auto &p : runs) {
                QVERIFY(p->waitForFinished(60000));
                const QByteArray err = p->readAllStandardError();
                if (p->exitCode() == 0) {
                    ++applied;
                } else {
                    QVERIFY2(p->exitCode() == 4, err.constData());
                    QVERIFY2(err.contains("migration-assistant/"), err.constData()); // the winner's session
                    ++locked;
                }
            }
            QCOMPARE(applied, 1);
            QCOMPARE(locked, 3);
            QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM %1;").arg(q(QStringLiteral("migration_assistant_history"))))
                         .trimmed(),
                     QStringLiteral("1"));
        }
    }

    // A writer keeps inserting users while the migration runs (it is held in the middle of its
    // transaction for a while): every insert the server acknowledged is in the final users
    // table — those before the migration were carried over, those during it waited for it.
    void concurrentWriterLosesNothing()
    {
        const QString db = freshDatabase();
        std::atomic<bool> stop{false};
        QStringList acknowledged;
        int refused = 0;
        qint64 longestWaitMs = 0;
        const ConnectionSpec spec = m_server.spec(db, kSchema);
        const QString users = q(QStringLiteral("users"));
        QFuture<void> writer = QtConcurrent::run([&] {
            DatabaseConnection c(spec);
            ErrorInfo e;
            if (!c.open(DatabaseConnection::Mode::ReadWrite, &e))
                return;
            c.exec(QStringLiteral("SET application_name = 'writer'"), &e);
            QSqlQuery insert = c.query();
            for (int i = 0; !stop.load(); ++i) {
                const QString id = QStringLiteral("w%1").arg(i, 7, 10, QLatin1Char('0'));
                QElapsedTimer t;
                t.start();
                ErrorInfo err;
                if (c.exec(insert,
                           QStringLiteral("INSERT INTO %1 (id, email, name, timezone, created_at) "
                                          "VALUES (?, ?, 'Writer', 'UTC', now())").arg(users),
                           {id, id + QStringLiteral("@writer.example")}, &err))
                    acknowledged << id;
                else
                    ++refused;
                longestWaitMs = qMax(longestWaitMs, t.elapsed());
                QThread::msleep(5);
            }
        });
        QTest::qWait(300);
        auto migration = startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--yes")},
                                     m_tmp.filePath(QStringLiteral("writer.lock")),
                                     {QStringLiteral("MA_TEST_PAUSE_AT=migrate-gmail:1500")});
        QVERIFY(migration->waitForFinished(60000));
        const QByteArray err = migration->readAllStandardError();
        QVERIFY2(migration->exitCode() == 0, err.constData());
        QTest::qWait(300);
        stop = true;
        writer.waitForFinished();
        QVERIFY2(acknowledged.size() > 20, qPrintable(QString::number(acknowledged.size())));
        QVERIFY2(longestWaitMs >= 1000, "the writer never waited for the migration: it did not overlap");
        const QStringList present = sql(db, QStringLiteral("SELECT id FROM %1 WHERE id LIKE 'w%%' ORDER BY id;")
                                                .arg(q(QStringLiteral("users"))))
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList missing;
        for (const QString &id : std::as_const(acknowledged))
            if (!present.contains(id))
                missing << id;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 acknowledged inserts lost: %2")
                                                   .arg(missing.size())
                                                   .arg(missing.mid(0, 10).join(QLatin1Char(' ')))));
        qInfo("writer: %lld inserts acknowledged, %d refused, longest wait %lld ms, 0 lost",
              qint64(acknowledged.size()), refused, longestWaitMs);
    }

    // Cancel while the server runs a long statement: libpq's cancel request stops it, rather
    // than the assistant waiting for it to end; everything is rolled back (exit 130).
    void cancelStopsARunningStatement()
    {
        const QString db = freshDatabase();
        const QString before = dump(db);
        QTemporaryDir dir;
        const QString plan = TestSupport::copyBuiltinPlan(dir.path());
        QFile f(plan + QStringLiteral("/postgresql/04_create_integrations.sql"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nSELECT pg_sleep(120);\n");
        f.close();
        auto p = startBinary(db, {QStringLiteral("--plan"), plan, QStringLiteral("--apply"), QStringLiteral("--yes"),
                                  QStringLiteral("--progress")},
                             m_tmp.filePath(QStringLiteral("cancel.lock")));
        QByteArray seen;
        QVERIFY2(waitForStderr(*p, "\"step\":\"create-integrations\"", &seen), seen.constData());
        QTest::qWait(700); // inside pg_sleep by now
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(30000));
        QVERIFY2(t.elapsed() < 5000, "the running statement was not cancelled");
        QCOMPARE(p->exitCode(), 130);
        QCOMPARE(dump(db), before);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%%pg_sleep(120)%%' "
                                        "AND state = 'active' AND pid <> pg_backend_pid();"))
                     .trimmed(),
                 QStringLiteral("0"));
    }

    // The backend is killed (pg_terminate_backend) in the middle of the run, and at the moment
    // of COMMIT: exit 5, a message that says the database is as it was, and it is; the next
    // run goes ahead (no lock left behind, neither file nor advisory).
    void backendKilledMidRun_data()
    {
        QTest::addColumn<QString>("pauseAt");
        QTest::newRow("after the swap") << QStringLiteral("create-integrations");
        QTest::newRow("during validation") << QStringLiteral("validate");
        QTest::newRow("before COMMIT") << QStringLiteral("commit");
    }

    void backendKilledMidRun()
    {
        QFETCH(QString, pauseAt);
        const QString db = freshDatabase();
        const QString before = dump(db);
        const QString lock = m_tmp.filePath(QStringLiteral("killed-%1.lock").arg(pauseAt));
        auto p = startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}, lock,
                             {QStringLiteral("MA_TEST_PAUSE_AT=") + pauseAt + QStringLiteral(":1500")});
        QByteArray seen;
        QVERIFY2(waitForStderr(*p, "MA_TEST_PAUSED", &seen), seen.constData());
        QCOMPARE(sql(db, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                        "application_name LIKE 'migration-assistant/%%' AND datname = current_database();"))
                     .trimmed(),
                 QStringLiteral("1"));
        QVERIFY(p->waitForFinished(30000));
        seen += p->readAllStandardError();
        QCOMPARE(p->exitCode(), 5);
        QVERIFY2(seen.contains("connection") && seen.contains("as it was"), seen.constData());
        QVERIFY2(!seen.contains(m_server.password().toUtf8()), "the password was shown");
        QCOMPARE(dump(db), before);
        auto again = startBinary(db, {QStringLiteral("--apply"), QStringLiteral("--yes")}, lock);
        QVERIFY(again->waitForFinished(60000));
        QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());
    }

    void connectionFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wrong password") << QStringLiteral("password");
        QTest::newRow("unknown database") << QStringLiteral("database");
        QTest::newRow("nothing listening") << QStringLiteral("port");
        QTest::newRow("missing schema") << QStringLiteral("schema");
    }

    void connectionFailures()
    {
        QFETCH(QString, kind);
        const QString wrong = QStringLiteral("Wr0ngPassw0rdXyz");
        const RunResult r = run(QStringLiteral("postgres"), RunAction::Check, {}, [&](RunOptions &o) {
            if (kind == QLatin1String("password"))
                o.connection.password = wrong;
            else if (kind == QLatin1String("database"))
                o.connection.database = QStringLiteral("no_such_database");
            else if (kind == QLatin1String("port"))
                o.connection.port = PgTestServer::freePort();
            else
                o.connection.schema = QStringLiteral("no such schema");
            o.connection.connectTimeoutSeconds = 3;
        });
        QCOMPARE(r.outcome, RunOutcome::CannotConnect);
        const QString text = r.error.message + QLatin1Char('\n') + r.error.details + QLatin1Char('\n') + r.database;
        QVERIFY2(!r.error.message.isEmpty(), qPrintable(text));
        QVERIFY2(!text.contains(m_server.password()) && !text.contains(wrong), "the password was shown");
        if (kind == QLatin1String("password"))
            QVERIFY2(text.contains(QLatin1String("password authentication failed")), qPrintable(text));
        else if (kind == QLatin1String("database"))
            QVERIFY2(text.contains(QLatin1String("no_such_database")), qPrintable(text));
        else if (kind == QLatin1String("port"))
            QVERIFY2(text.contains(QLatin1String("refused")) || text.contains(QLatin1String("connect")),
                     qPrintable(text));
        else
            QVERIFY2(text.contains(QLatin1String("no such schema")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPostgresql)
#include "tst_postgresql.moc"
