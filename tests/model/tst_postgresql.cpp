// The built-in plan on a LIVE, throwaway PostgreSQL 15 server (PgTestServer), in a schema
// with an awkward name: the spec's mapping byte for byte, foreign keys after the swap,
// rehearse and a failure half-way leave the schema exactly as it was, rollback restores it
// exactly (constraint and index names included), a second apply does nothing, and every
// kind of connection failure is CannotConnect with a clear message and no password in it.
#include "MigrationRunner.h"
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
        options.plan = plan;
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
            QStringList args{QStringLiteral("--headless"), QStringLiteral("--db"), url, QStringLiteral("--password-file"),
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
