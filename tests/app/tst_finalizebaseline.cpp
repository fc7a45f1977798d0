// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// --baseline and --finalize through the real binary, on SQLite and on a live PostgreSQL:
// a baseline only where the version's detect query confirms it and only on a database without
// history; a finalize refused (exit 3, with the date) before the plan's keep period is over,
// run once it is (users_old and the backup gone), and then the rollback refused with who
// finalized it and when. "On time" is made by moving the apply's finished_at back in the test
// database, never by a clock of the product's.
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Result = TestSupport::ProcessResult;

namespace {
const QString kPlan = QStringLiteral("user-integrations");
const QString kSchema = QStringLiteral("app");
const QString kOperator = QStringLiteral("finalize-tester");

QString longAgo() { return QDateTime::currentDateTimeUtc().addDays(-15).toString(Qt::ISODateWithMs); }
} // namespace

class TestFinalizeBaseline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    PgTestServer m_pg;
    QString m_passwordFile;

    Result run(const QStringList &db, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless")} + db + arguments
                                          + QStringList{QStringLiteral("--operator"), kOperator},
                                      120000, m_env);
    }
    static QStringList plan(const QStringList &action) { return action + QStringList{QStringLiteral("--plan"), kPlan}; }
    QStringList sqlite(const QString &path) const { return {QStringLiteral("--db"), QStringLiteral("sqlite:") + path}; }
    QStringList pg(const QString &database) const
    {
        return {QStringLiteral("--db"), m_pg.url(database, kSchema), QStringLiteral("--password-file"), m_passwordFile};
    }
    QString pgScalar(const QString &database, const QString &sql)
    {
        QString out, error;
        if (!m_pg.psql(database, QStringLiteral("SET search_path TO %1;\n\\pset tuples_only on\n\\pset format unaligned\n%2;\n")
                                     .arg(PgTestServer::quoteIdent(kSchema), sql),
                       &out, &error))
            qWarning("%s", qPrintable(error));
        return out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    }
    QString newPgDatabase(const QString &name)
    {
        QString error;
        if (!m_pg.createDatabase(name, &error) || !m_pg.loadV1(name, kSchema, 200, &error))
            qWarning("%s", qPrintable(error));
        return name;
    }
    static QString err(const Result &r) { return QString::fromUtf8(r.err); }
    static QString all(const Result &r) { return QString::fromUtf8(r.out) + QString::fromUtf8(r.err); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(m_pg.password().toUtf8() + '\n');
    }

    void baselineConfirmedAndRefusedSqlite()
    {
        const QString path = TestSupport::demoDatabase(m_tmp.path(), 200, QStringLiteral("baseline.db"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = TestSupport::fileSha256(path);
        // A version no plan knows: bad input.
        Result r = run(sqlite(path), {QStringLiteral("--baseline"), QStringLiteral("v9")});
        EXPECT_EXIT(r, 1);
        QVERIFY2(err(r).contains(QLatin1String("No plan knows the version v9")), qPrintable(TestSupport::describe(r)));
        // The schema is v1: v2's detect query says no.
        r = run(sqlite(path), {QStringLiteral("--baseline"), QStringLiteral("v2")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("does not look like v2")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(TestSupport::fileSha256(path), before);
        QVERIFY(!TestSupport::hasTable(path, QStringLiteral("migration_assistant_history")));
        // v1 is confirmed and recorded.
        r = run(sqlite(path), {QStringLiteral("--baseline"), QStringLiteral("v1")});
        EXPECT_EXIT(r, 0);
        QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT action || ' ' || to_version || ' ' || plan_id "
                                                          "FROM migration_assistant_history")).toString(),
                 QStringLiteral("baseline v1 user-integrations"));
        // Now it has a history: a second baseline is refused.
        r = run(sqlite(path), {QStringLiteral("--baseline"), QStringLiteral("v1")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("already has a history")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT count(*) FROM migration_assistant_history")).toInt(), 1);
        // The baseline does not count as an apply: the plan still applies from v1.
        EXPECT_EXIT(run(sqlite(path), plan({QStringLiteral("--apply"), QStringLiteral("--yes")})), 0);
    }

    void finalizeTooEarlyOnTimeThenRollbackRefusedSqlite()
    {
        const QString path = TestSupport::demoDatabase(m_tmp.path(), 300, QStringLiteral("finalize.db"));
        QVERIFY(!path.isEmpty());
        // Nothing applied: nothing to finalize.
        Result r = run(sqlite(path), {QStringLiteral("--finalize")});
        EXPECT_EXIT(r, 0);
        EXPECT_EXIT(run(sqlite(path), plan({QStringLiteral("--apply"), QStringLiteral("--yes")})), 0);
        const QString backup = TestSupport::scalar(path, QStringLiteral("SELECT backup_path FROM "
                                                                        "migration_assistant_history WHERE action = 'apply'"))
                                   .toString();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        const QDateTime applied = QDateTime::fromString(
            TestSupport::scalar(path, QStringLiteral("SELECT finished_at FROM migration_assistant_history")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(applied.isValid());

        // Too early: exit 3, the day it is due, nothing changed.
        QByteArray before = TestSupport::fileSha256(path);
        r = run(sqlite(path), {QStringLiteral("--finalize")});
        EXPECT_EXIT(r, 3);
        const QString dueDay = applied.addDays(14).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(err(r).contains(dueDay), qPrintable(dueDay + QLatin1Char(' ') + TestSupport::describe(r)));
        QCOMPARE(TestSupport::fileSha256(path), before);
        QVERIFY(TestSupport::hasTable(path, QStringLiteral("users_old")));
        QVERIFY(QFile::exists(backup));
        r = run(sqlite(path), plan({QStringLiteral("--status")}));
        EXPECT_EXIT(r, 0);
        QVERIFY2(all(r).contains(QLatin1String("is due from ") + dueDay), qPrintable(TestSupport::describe(r)));

        // On time: the apply was 15 days ago.
        QVERIFY(TestSupport::execSql(path, QStringLiteral("UPDATE migration_assistant_history SET finished_at = '%1' "
                                                          "WHERE action = 'apply';")
                                               .arg(longAgo())));
        r = run(sqlite(path), {QStringLiteral("--finalize")});
        EXPECT_EXIT(r, 0);
        QVERIFY(!TestSupport::hasTable(path, QStringLiteral("users_old")));
        QVERIFY2(!QFile::exists(backup), qPrintable(backup));
        QVERIFY2(all(r).contains(QLatin1String("Deleted the backup ") + backup), qPrintable(TestSupport::describe(r)));
        QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT operator FROM migration_assistant_history WHERE "
                                                          "action = 'finalize'")).toString(),
                 kOperator);
        // Once is enough.
        EXPECT_EXIT(run(sqlite(path), {QStringLiteral("--finalize")}), 0);
        QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT count(*) FROM migration_assistant_history WHERE "
                                                          "action = 'finalize'")).toInt(), 1);

        // The rollback is refused, naming who and when; nothing changes.
        before = TestSupport::fileSha256(path);
        r = run(sqlite(path), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("was finalized on ")) && err(r).contains(kOperator),
                 qPrintable(TestSupport::describe(r)));
        QCOMPARE(TestSupport::fileSha256(path), before);
        // --status says it, and the database is still v2: apply has nothing to do.
        r = run(sqlite(path), plan({QStringLiteral("--status")}));
        EXPECT_EXIT(r, 0);
        QVERIFY2(all(r).contains(QLatin1String("was finalized on ")) && all(r).contains(QLatin1String("finalized v2")),
                 qPrintable(TestSupport::describe(r)));
        r = run(sqlite(path), plan({QStringLiteral("--apply"), QStringLiteral("--yes")}));
        EXPECT_EXIT(r, 0);
        QVERIFY2(all(r).contains(QLatin1String("already applied")), qPrintable(TestSupport::describe(r)));
    }

    void baselineConfirmedAndRefusedPostgresql()
    {
        const QString database = newPgDatabase(QStringLiteral("baseline_pg"));
        Result r = run(pg(database), {QStringLiteral("--baseline"), QStringLiteral("v2")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("does not look like v2")), qPrintable(TestSupport::describe(r)));
        r = run(pg(database), {QStringLiteral("--baseline"), QStringLiteral("v1")});
        EXPECT_EXIT(r, 0);
        QCOMPARE(pgScalar(database, QStringLiteral("SELECT action || ' ' || to_version FROM migration_assistant_history")),
                 QStringLiteral("baseline v1"));
        r = run(pg(database), {QStringLiteral("--baseline"), QStringLiteral("v1")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("already has a history")), qPrintable(TestSupport::describe(r)));
    }

    void finalizeTooEarlyOnTimeThenRollbackRefusedPostgresql()
    {
        const QString database = newPgDatabase(QStringLiteral("finalize_pg"));
        EXPECT_EXIT(run(pg(database), plan({QStringLiteral("--apply"), QStringLiteral("--yes")})), 0);
        Result r = run(pg(database), {QStringLiteral("--finalize")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("its finalize is not due before then")), qPrintable(TestSupport::describe(r)));
        QCOMPARE(pgScalar(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND "
                                                   "tablename = 'users_old'")),
                 QStringLiteral("1"));

        QString error;
        QVERIFY2(m_pg.psql(database, QStringLiteral("UPDATE %1.migration_assistant_history SET finished_at = '%2' WHERE "
                                                    "action = 'apply';")
                                         .arg(PgTestServer::quoteIdent(kSchema), longAgo()),
                           nullptr, &error),
                 qPrintable(error));
        r = run(pg(database), {QStringLiteral("--finalize")});
        EXPECT_EXIT(r, 0);
        QCOMPARE(pgScalar(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND "
                                                   "tablename = 'users_old'")),
                 QStringLiteral("0"));
        const QString dump = m_pg.dump(database, kSchema);
        r = run(pg(database), plan({QStringLiteral("--rollback")}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(err(r).contains(QLatin1String("was finalized on ")) && err(r).contains(kOperator),
                 qPrintable(TestSupport::describe(r)));
        QCOMPARE(m_pg.dump(database, kSchema), dump);
    }
};

QTEST_GUILESS_MAIN(TestFinalizeBaseline)
#include "tst_finalizebaseline.moc"
