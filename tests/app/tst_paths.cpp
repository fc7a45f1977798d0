// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Paths (../shared/spec/cli.md, "Versions and paths"), run by the REAL binary without --plan:
// from the version a database is at to the latest or --to, through the built-in plans and the
// tests' two transactional plans (tests/data/plans: task-labels v3 → v4, task-positions
// v4 → v5). A path of transactional plans is one transaction: a failure in its second plan, or
// a kill -9 anywhere in it, leaves the database at the version it started from — on SQLite
// the file byte for byte, on PostgreSQL its dump.
#include "PausedRun.h"
#include "PgTestServer.h"
#include "TestSupport.h"
#include "TokenOpener.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

using Result = TestSupport::ProcessResult;

constexpr int kUsers = 300;
const QString kHistory = QStringLiteral("migration_assistant_history");
const QString kSchema = QStringLiteral("app");
const QStringList kTokenColumns{QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                QStringLiteral("client_secret")};

QString testPlans()
{
    return QStringLiteral(MA_SOURCE_DIR "/tests/data/plans");
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromLatin1(a);
    return out;
}

// Every token of a v2 database's user_integrations (plaintext), sorted: what v3 must decrypt to.
QStringList v2Tokens(const QString &path)
{
    QStringList out;
    const QString name = QStringLiteral("tst_paths-v2");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.open();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT * FROM user_integrations ORDER BY id"));
        while (q.next())
            for (const QString &col : kTokenColumns)
                if (!q.value(col).isNull())
                    out << q.value(col).toString();
    }
    QSqlDatabase::removeDatabase(name);
    out.sort();
    return out;
}

// Every token of a v3 database, decrypted with the tests' own code, sorted; `bad` counts those
// that do not decrypt and `plain` those left in plaintext.
QStringList v3Tokens(const QString &path, const QByteArray &key, int *bad, int *plain)
{
    QStringList out;
    *bad = 0;
    *plain = 0;
    const QString name = QStringLiteral("tst_paths-tokens");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.open();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT * FROM user_integrations ORDER BY id"));
        while (q.next()) {
            const qint64 id = q.value(QStringLiteral("id")).toLongLong();
            for (const QString &col : kTokenColumns) {
                if (!q.value(col).isNull())
                    ++*plain;
                const QVariant enc = q.value(col + QStringLiteral("_enc"));
                if (enc.isNull())
                    continue;
                const auto opened = TokenOpener::open(key, enc.toByteArray(), id, col);
                if (opened)
                    out << QString::fromUtf8(*opened);
                else
                    ++*bad;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    out.sort();
    return out;
}

// A copy of a plan folder at `target` itself (TestSupport::copyPlan adds a folder "plan").
bool copyFolder(const QString &source, const QString &target)
{
    const QString copied = TestSupport::copyPlan(source, target + QStringLiteral(".tmp"));
    return !copied.isEmpty() && QDir().rename(copied, target) && QDir(target + QStringLiteral(".tmp")).removeRecursively();
}

QJsonObject jsonOf(const Result &r)
{
    QString problem;
    return TestSupport::jsonOf(r.out, &problem);
}

QStringList pathResults(const QJsonObject &doc)
{
    QStringList out;
    for (const QJsonValue &v : doc.value(QLatin1String("path")).toArray())
        out << v.toObject().value(QLatin1String("plan")).toString() + QLatin1Char('=')
                   + v.toObject().value(QLatin1String("result")).toString();
    return out;
}

} // namespace

class TestPaths : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_keyFile;
    QByteArray m_key;
    QString m_v1; // a v1 demo database, never changed
    QString m_v3; // the same taken to v3 by one path run
    QString m_badPlans; // the test plans, task-positions failing in its last step
    int m_n = 0;
    PgTestServer m_pg;
    QString m_passwordFile;

    QString copyOf(const QString &source)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("run%1").arg(++m_n));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/test.db");
        return QFile::copy(source, db) ? db : QString();
    }
    Result runOn(const QString &db, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                                  QStringLiteral("sqlite:") + db}
                                          + arguments,
                                      120000, TestSupport::headlessEnvironment());
    }
    QStringList pg(const QString &database) const
    {
        return {QStringLiteral("--headless"), QStringLiteral("--db"), m_pg.url(database, kSchema),
                QStringLiteral("--password-file"), m_passwordFile};
    }
    Result runPg(const QString &database, const QStringList &arguments)
    {
        return TestSupport::runBinary(pg(database) + arguments, 180000, TestSupport::headlessEnvironment());
    }
    QString versionOf(const Result &status)
    {
        return jsonOf(status).value(QLatin1String("version")).toString();
    }
    QString sqliteVersion(const QString &db)
    {
        return versionOf(runOn(db, args({"--plans"}) + QStringList{testPlans()} + args({"--status", "--json"})));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        m_key = TokenOpener::randomKey();
        m_keyFile = m_tmp.filePath(QStringLiteral("tokens.key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(TokenOpener::keyFileText(m_key)) > 0);
        key.close();
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("v1"))));
        m_v1 = TestSupport::demoDatabase(m_tmp.filePath(QStringLiteral("v1")), kUsers);
        QVERIFY(!m_v1.isEmpty());
        m_v3 = copyOf(m_v1);
        EXPECT_EXIT(runOn(m_v3, args({"--apply", "--yes", "--key-file"}) + QStringList{m_keyFile}), 0);

        // The test plans with a failure in the last step of the second one.
        m_badPlans = m_tmp.filePath(QStringLiteral("bad-plans"));
        for (const QString &id : {QStringLiteral("task-labels"), QStringLiteral("task-positions")})
            QVERIFY(copyFolder(testPlans() + QLatin1Char('/') + id, m_badPlans + QLatin1Char('/') + id));
        QVERIFY(TestSupport::appendToFile(m_badPlans + QStringLiteral("/task-positions/sqlite/03_index_position.sql"),
                                          "\nINSERT INTO no_such_table VALUES (1);\n"));
        QVERIFY(TestSupport::appendToFile(m_badPlans
                                              + QStringLiteral("/task-positions/postgresql/03_index_position.sql"),
                                          "\nINSERT INTO no_such_table VALUES (1);\n"));

        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
        QFile pass(m_passwordFile);
        QVERIFY(pass.open(QIODevice::WriteOnly) && pass.write(m_pg.password().toUtf8() + '\n') > 0);
        pass.close();
    }

    // v1 → v3 in one run: both plans, and every token decrypts to what the v1 database's tokens
    // become by user-integrations alone, byte for byte.
    void oneRunTakesV1ToV3()
    {
        QCOMPARE(sqliteVersion(m_v3), QStringLiteral("v3"));
        int bad = 0, plain = 0;
        const QStringList tokens = v3Tokens(m_v3, m_key, &bad, &plain);
        QCOMPARE(bad, 0);
        QCOMPARE(plain, 0);
        QVERIFY(tokens.size() > 100);
        // The same v1 taken to v2 by its plan alone holds exactly these tokens in plaintext.
        const QString v2 = copyOf(m_v1);
        EXPECT_EXIT(runOn(v2, args({"--plan", "user-integrations", "--apply", "--yes"})), 0);
        QCOMPARE(tokens, v2Tokens(v2));
        const Result status = runOn(m_v3, args({"--status", "--json"}));
        EXPECT_EXIT(status, 0);
        const QJsonObject doc = jsonOf(status);
        QCOMPARE(doc.value(QLatin1String("version")).toString(), QStringLiteral("v3"));
        QCOMPARE(doc.value(QLatin1String("pending")).toArray().size(), 0);
        QVERIFY(doc.value(QLatin1String("plan")).isNull());
        // The latest version: nothing to do, and it says so.
        const Result again = runOn(m_v3, args({"--apply", "--yes", "--key-file"}) + QStringList{m_keyFile});
        EXPECT_EXIT(again, 0);
        QVERIFY2(again.out.contains("the newest version: nothing to do"), again.out.constData());
    }

    // The check shows the risks of every plan of the path, the later one's from inside a
    // rehearsal of the first; nothing changes; PLAN:ID accepts a warning of one plan.
    void checkShowsEveryPlan()
    {
        const QString db = copyOf(m_v1);
        const QByteArray before = TestSupport::fileSha256(db);
        const Result r = runOn(db, args({"--check", "--json", "--key-file"}) + QStringList{m_keyFile});
        EXPECT_EXIT(r, 3);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc.value(QLatin1String("from_version")).toString(), QStringLiteral("v1"));
        QCOMPARE(doc.value(QLatin1String("to_version")).toString(), QStringLiteral("v3"));
        QCOMPARE(doc.value(QLatin1String("plan")).toString(), QStringLiteral("user-integrations"));
        const QJsonArray path = doc.value(QLatin1String("path")).toArray();
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(1).toObject().value(QLatin1String("plan")).toString(), QStringLiteral("encrypt-tokens"));
        QVERIFY(!path.at(0).toObject().value(QLatin1String("checks")).toArray().isEmpty());
        QVERIFY(!path.at(1).toObject().value(QLatin1String("checks")).toArray().isEmpty());
        // encrypt-tokens' checks ran against v2 (inside the rehearsal): it counts the tokens of
        // user_integrations, which v1 does not have.
        bool sawPlanField = false;
        for (const QJsonValue &c : path.at(1).toObject().value(QLatin1String("checks")).toArray())
            sawPlanField = sawPlanField || c.toObject().value(QLatin1String("plan")).toString() == "encrypt-tokens";
        QVERIFY(sawPlanField);
        QCOMPARE(doc.value(QLatin1String("warnings")).toInt(), 2);
        QCOMPARE(TestSupport::fileSha256(db), before);

        const Result accepted = runOn(db, args({"--check", "--key-file"}) + QStringList{m_keyFile}
                                              + args({"--accept-risk",
                                                      "user-integrations:incomplete-oauth-gmail,incomplete-oauth-google_"
                                                      "calendar"}));
        EXPECT_EXIT(accepted, 0);
        EXPECT_EXIT(runOn(db, args({"--check", "--accept-risk", "nosuchplan:incomplete-oauth-gmail", "--key-file"})
                                  + QStringList{m_keyFile}),
                    1);
        QCOMPARE(TestSupport::fileSha256(db), before);
    }

    // A plan of the path needs input that was not given: exit 3 at once, with what to give.
    void keyMissingIsABlocker()
    {
        const QString db = copyOf(m_v1);
        EXPECT_EXIT(runOn(db, args({"--apply", "--yes", "--to", "v2"})), 0);
        const QByteArray v2 = TestSupport::fileSha256(db);
        const Result r = runOn(db, args({"--apply", "--yes"}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains("--key-file"), r.err.constData());
        QCOMPARE(TestSupport::fileSha256(db), v2);
        const Result check = runOn(copyOf(m_v1), args({"--check", "--yes"}));
        EXPECT_EXIT(check, 3);
        QVERIFY2(check.err.contains("or stop before it with --to v2"), check.err.constData());
    }

    void toStopsThePath()
    {
        const QString db = copyOf(m_v1);
        const Result r = runOn(db, args({"--apply", "--yes", "--to", "v2", "--json"}));
        EXPECT_EXIT(r, 0);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc.value(QLatin1String("to_version")).toString(), QStringLiteral("v2"));
        QCOMPARE(pathResults(doc), QStringList{QStringLiteral("user-integrations=ok")});
        QCOMPARE(sqliteVersion(db), QStringLiteral("v2"));
        // Backwards is not an apply.
        const Result back = runOn(db, args({"--apply", "--to", "v1"}));
        EXPECT_EXIT(back, 1);
        QVERIFY2(back.err.contains("--rollback --to v1"), back.err.constData());
        EXPECT_EXIT(runOn(db, args({"--apply", "--to", "v9"})), 1);
    }

    // A failure in the second plan of a transactional path: the file is byte-identical.
    void failureInSecondPlanChangesNothing()
    {
        const QString db = copyOf(m_v3);
        const QByteArray before = TestSupport::fileSha256(db);
        const QStringList files = TestSupport::listing(QFileInfo(db).absolutePath());
        const Result r = runOn(db, args({"--apply", "--yes", "--json", "--plans"}) + QStringList{m_badPlans});
        EXPECT_EXIT(r, 5);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(pathResults(doc),
                 (QStringList{QStringLiteral("task-labels=rolled-back"), QStringLiteral("task-positions=failed")}));
        QCOMPARE(doc.value(QLatin1String("to_version")).toString(), QStringLiteral("v3"));
        QCOMPARE(TestSupport::fileSha256(db), before);
        QCOMPARE(TestSupport::listing(QFileInfo(db).absolutePath()), files); // its backup is gone too
    }

    // --commit-each keeps the first plan; a rerun with the fault fixed finishes the path.
    void commitEachKeepsWhatCommitted()
    {
        const QString db = copyOf(m_v3);
        const Result r = runOn(db, args({"--apply", "--yes", "--commit-each", "--json", "--plans"})
                                       + QStringList{m_badPlans});
        EXPECT_EXIT(r, 5);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(pathResults(doc), (QStringList{QStringLiteral("task-labels=ok"), QStringLiteral("task-positions=failed")}));
        QCOMPARE(doc.value(QLatin1String("to_version")).toString(), QStringLiteral("v4"));
        QCOMPARE(sqliteVersion(db), QStringLiteral("v4"));
        const Result status = runOn(db, args({"--status", "--json", "--plans"}) + QStringList{testPlans()});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(jsonOf(status).value(QLatin1String("pending")).toArray(), QJsonArray{QStringLiteral("task-positions")});
        const Result rerun = runOn(db, args({"--apply", "--yes", "--commit-each", "--json", "--plans"})
                                           + QStringList{testPlans()});
        EXPECT_EXIT(rerun, 0);
        QCOMPARE(pathResults(jsonOf(rerun)), QStringList{QStringLiteral("task-positions=ok")});
        QCOMPARE(sqliteVersion(db), QStringLiteral("v5"));
    }

    // Back along the path: v5 → v1 in one command restores v1's tables exactly.
    void rollbackToRestoresV1()
    {
        const QString db = copyOf(m_v3);
        EXPECT_EXIT(runOn(db, args({"--apply", "--yes", "--plans"}) + QStringList{testPlans()}), 0);
        QCOMPARE(sqliteVersion(db), QStringLiteral("v5"));
        // Without --to: only the last plan.
        EXPECT_EXIT(runOn(db, args({"--rollback", "--plans"}) + QStringList{testPlans()}), 0);
        QCOMPARE(sqliteVersion(db), QStringLiteral("v4"));
        const Result r = runOn(db, args({"--rollback", "--to", "v1", "--json", "--key-file"}) + QStringList{m_keyFile}
                                       + args({"--plans"}) + QStringList{testPlans()});
        EXPECT_EXIT(r, 0);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("rolled-back"));
        QCOMPARE(pathResults(doc), (QStringList{QStringLiteral("task-labels=rolled-back"),
                                                QStringLiteral("encrypt-tokens=rolled-back"),
                                                QStringLiteral("user-integrations=rolled-back")}));
        QCOMPARE(doc.value(QLatin1String("to_version")).toString(), QStringLiteral("v1"));
        QCOMPARE(sqliteVersion(db), QStringLiteral("v1"));
        QCOMPARE(TestSupport::dumpDatabase(db, {kHistory}), TestSupport::dumpDatabase(m_v1, {kHistory}));
    }

    void unknownNewerAndDriftedAreRefused()
    {
        // Unknown: a schema no plan recognises.
        const QString unknown = m_tmp.filePath(QStringLiteral("unknown.db"));
        QVERIFY(TestSupport::execSql(unknown, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);")));
        Result r = runOn(unknown, args({"--apply", "--yes"}));
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains("version of the database is unknown"), r.err.constData());

        // Newer: its history names a version past every plan, written by a plan this assistant lacks.
        const QString newer = copyOf(m_v3);
        QVERIFY(TestSupport::execSql(newer, QStringLiteral("INSERT INTO migration_assistant_history (plan_id, "
                                                           "plan_checksum, from_version, to_version, action, outcome, "
                                                           "started_at, finished_at) SELECT 'audit-trail', 'x', 'v3', "
                                                           "'v4', 'apply', 'applied', finished_at, finished_at FROM "
                                                           "migration_assistant_history ORDER BY id DESC LIMIT 1;")));
        const QByteArray newerSum = TestSupport::fileSha256(newer);
        r = runOn(newer, args({"--apply", "--yes", "--key-file"}) + QStringList{m_keyFile});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains("is at v4; this assistant knows up to v3: a newer assistant is needed"),
                 r.err.constData());
        QCOMPARE(TestSupport::fileSha256(newer), newerSum);

        // Drift: the history says v2, the schema is not v2's.
        const QString drifted = copyOf(m_v1);
        EXPECT_EXIT(runOn(drifted, args({"--apply", "--yes", "--to", "v2"})), 0);
        QVERIFY(TestSupport::execSql(drifted, QStringLiteral("DROP TABLE services;")));
        r = runOn(drifted, args({"--apply", "--yes", "--key-file"}) + QStringList{m_keyFile});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains("history and its schema disagree"), r.err.constData());
    }

    void ambiguousCatalogueIsRefused()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("twice"));
        const QString copy = dir + QStringLiteral("/task-labels-again");
        QVERIFY(copyFolder(testPlans() + QStringLiteral("/task-labels"), copy));
        QVERIFY(TestSupport::replaceInFile(copy + QStringLiteral("/plan.json"), "\"id\": \"task-labels\"",
                                           "\"id\": \"task-labels-again\""));
        const Result r = runOn(copyOf(m_v3), args({"--check", "--plans"}) + QStringList{testPlans()}
                                                  + args({"--plans"}) + QStringList{dir});
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains("task-labels") && r.err.contains("task-labels-again"), r.err.constData());
    }

    // kill -9 at moments of a two-plan transactional path: at the first version or the last,
    // never between.
    void killedPathIsAtFirstOrLastVersion_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::newRow("first plan's last step") << QStringLiteral("add-source");
        QTest::newRow("second plan's first step") << QStringLiteral("add-position");
        QTest::newRow("second plan's last step") << QStringLiteral("index-position");
        QTest::newRow("commit") << QStringLiteral("commit");
    }
    void killedPathIsAtFirstOrLastVersion()
    {
        QFETCH(QString, moment);
        const QString db = copyOf(m_v3);
        const QByteArray before = TestSupport::fileSha256(db);
        PausedRun paused;
        QString why;
        QVERIFY2(paused.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                          QStringLiteral("sqlite:") + db, QStringLiteral("--apply"),
                                          QStringLiteral("--yes"), QStringLiteral("--plans"), testPlans()},
                              moment, &why),
                 qPrintable(why));
        paused.signal(SIGKILL);
        QVERIFY(paused.finish(20000).crashed);
        // Opening it read-write rolls the journal back: v3 exactly, history included.
        QCOMPARE(TestSupport::dumpDatabase(db), TestSupport::dumpDatabase(m_v3));
        QCOMPARE(sqliteVersion(db), QStringLiteral("v3"));
        Q_UNUSED(before);
        // And it goes on from there.
        EXPECT_EXIT(runOn(db, args({"--apply", "--yes", "--plans"}) + QStringList{testPlans()}), 0);
        QCOMPARE(sqliteVersion(db), QStringLiteral("v5"));
    }

    // The same on the live PostgreSQL server: v1 → v3 in one run, a failing second plan leaves
    // the dump unchanged, --commit-each keeps v4, and --rollback --to v1 restores v1's dump.
    void postgresqlPath()
    {
        const QString database = QStringLiteral("paths");
        QString error;
        QVERIFY2(m_pg.createDatabase(database, &error), qPrintable(error));
        QVERIFY2(m_pg.loadV1(database, kSchema, kUsers, &error), qPrintable(error));
        const QString v1 = m_pg.dump(database, kSchema);
        QVERIFY(!v1.isEmpty());
        EXPECT_EXIT(runPg(database, args({"--apply", "--yes", "--key-file"}) + QStringList{m_keyFile}), 0);
        const QStringList plans = QStringList{QStringLiteral("--plans"), testPlans()};
        QCOMPARE(versionOf(runPg(database, args({"--status", "--json"}) + plans)), QStringLiteral("v3"));
        const QString v3 = m_pg.dump(database, kSchema);

        const QStringList bad = QStringList{QStringLiteral("--plans"), m_badPlans};
        Result r = runPg(database, args({"--apply", "--yes", "--json"}) + bad);
        EXPECT_EXIT(r, 5);
        QCOMPARE(pathResults(jsonOf(r)),
                 (QStringList{QStringLiteral("task-labels=rolled-back"), QStringLiteral("task-positions=failed")}));
        QCOMPARE(m_pg.dump(database, kSchema), v3);

        r = runPg(database, args({"--apply", "--yes", "--commit-each"}) + bad);
        EXPECT_EXIT(r, 5);
        QCOMPARE(versionOf(runPg(database, args({"--status", "--json"}) + plans)), QStringLiteral("v4"));
        EXPECT_EXIT(runPg(database, args({"--apply", "--yes"}) + plans), 0);
        QCOMPARE(versionOf(runPg(database, args({"--status", "--json"}) + plans)), QStringLiteral("v5"));

        r = runPg(database, args({"--rollback", "--to", "v1", "--key-file"}) + QStringList{m_keyFile} + plans);
        EXPECT_EXIT(r, 0);
        QCOMPARE(versionOf(runPg(database, args({"--status", "--json"}) + plans)), QStringLiteral("v1"));
        QCOMPARE(m_pg.dump(database, kSchema), v1);
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
