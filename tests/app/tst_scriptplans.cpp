// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The REAL binary with --plan DIR on tests/data/scripts/flip-tags, a plan whose scripts are
// written as Sqitch writes them (BEGIN/COMMIT, \set and :'var', a DO $$ … BEGIN … END $$ block,
// function bodies with comments, a trigger, a verify script, CREATE INDEX CONCURRENTLY), on the
// real PostgreSQL and on SQLite: the CONCURRENTLY index inside the transaction is a blocker at
// its file:line (exit 3, nothing changed) that --lint names at the same place; in a step of its
// own outside the transaction it is a warning to accept, and then the plan applies (exit 0).
#include "PgTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

const QString kPlan = QStringLiteral(MA_SOURCE_DIR "/tests/data/scripts/flip-tags");
const QString kSchema = QStringLiteral("app");
const QString kFlips = QStringLiteral("CREATE TABLE flips (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                                      "INSERT INTO flips VALUES (1, 'one'), (2, 'two'), (3, 'three');\n");
const QString kIndexFault =
    QStringLiteral("postgresql/deploy/flip_tags_index.sql:4: CREATE INDEX CONCURRENTLY cannot run inside a transaction");

QString text(const Result &r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestScriptPlans : public QObject
{
    Q_OBJECT

    PgTestServer m_pg;
    QTemporaryDir m_tmp;
    QString m_passwordFile;
    QString m_inside; // flip-tags with its index step inside the transaction

    Result runPg(const QString &database, const QString &plan, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                                  m_pg.url(database, kSchema), QStringLiteral("--password-file"),
                                                  m_passwordFile, QStringLiteral("--plan"), plan}
                                          + arguments,
                                      120000, TestSupport::headlessEnvironment());
    }

    Result runSqlite(const QString &db, const QString &plan, const QStringList &arguments)
    {
        return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                                  QStringLiteral("sqlite:") + db, QStringLiteral("--plan"), plan}
                                          + arguments,
                                      120000, TestSupport::headlessEnvironment());
    }

    QString pgDatabase(const QString &name)
    {
        QString error;
        if (!m_pg.createDatabase(name, &error)
            || !m_pg.psql(name, QStringLiteral("CREATE SCHEMA app AUTHORIZATION %1; SET search_path TO app;\n%2"
                                               "ALTER TABLE flips OWNER TO %1;")
                                    .arg(PgTestServer::quoteIdent(m_pg.user()), kFlips),
                          nullptr, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return name;
    }

    QString pgDump(const QString &database) { return m_pg.dump(database, kSchema); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
        QFile pass(m_passwordFile);
        QVERIFY(pass.open(QIODevice::WriteOnly) && pass.write(m_pg.password().toUtf8() + '\n') > 0);
        pass.close();
        m_inside = TestSupport::copyPlan(kPlan, m_tmp.filePath(QStringLiteral("inside")));
        QVERIFY(!m_inside.isEmpty());
        QVERIFY(TestSupport::replaceInFile(m_inside + QStringLiteral("/plan.json"), "\"outside_transaction\": true,", ""));
    }

    void theTestPlanLintsClean()
    {
        const Result r = TestSupport::runBinary({QStringLiteral("--lint"), kPlan});
        EXPECT_EXIT(r, 0);
    }

    void lintNamesTheIndexWhereTheCheckDoes()
    {
        const Result r = TestSupport::runBinary({QStringLiteral("--lint"), m_inside});
        EXPECT_EXIT(r, 1);
        QVERIFY2(text(r).contains(m_inside + QLatin1Char('/') + kIndexFault), qPrintable(text(r)));
    }

    void concurrentlyInsideTheTransactionIsABlockerAndChangesNothing()
    {
        const QString db = pgDatabase(QStringLiteral("inside"));
        QVERIFY(!db.isEmpty());
        const QString before = pgDump(db);
        const Result check = runPg(db, m_inside, {QStringLiteral("--check")});
        EXPECT_EXIT(check, 3);
        QVERIFY2(text(check).contains(kIndexFault), qPrintable(text(check)));
        QVERIFY2(text(check).contains(QLatin1String("script-statements")), qPrintable(text(check)));
        const Result apply = runPg(db, m_inside, {QStringLiteral("--apply"), QStringLiteral("--yes")});
        EXPECT_EXIT(apply, 3);
        QVERIFY2(text(apply).contains(kIndexFault), qPrintable(text(apply)));
        QCOMPARE(pgDump(db), before);
    }

    void postgresqlAppliesOnceTheOutsideStepIsAccepted()
    {
        const QString db = pgDatabase(QStringLiteral("outside"));
        QVERIFY(!db.isEmpty());
        const QString before = pgDump(db);
        // Not all-or-nothing: the warning must be accepted by id.
        const Result unaccepted = runPg(db, kPlan, {QStringLiteral("--apply")});
        EXPECT_EXIT(unaccepted, 3);
        QVERIFY2(text(unaccepted).contains(QLatin1String("outside-transaction")), qPrintable(text(unaccepted)));
        QCOMPARE(pgDump(db), before);

        const Result apply = runPg(db, kPlan, {QStringLiteral("--apply"), QStringLiteral("--accept-risk"),
                                               QStringLiteral("outside-transaction")});
        EXPECT_EXIT(apply, 0);
        QString out, error;
        QVERIFY2(m_pg.psql(db, QStringLiteral("SET search_path TO app;\nSELECT string_agg(tag, ',' ORDER BY flip_id, tag) "
                                              "|| ' ' || (SELECT count(*) FROM pg_indexes WHERE indexname = "
                                              "'flip_tags_flip_id') || ' ' || flip_tag_count(1) FROM flip_tags"),
                           &out, &error),
                 qPrintable(error));
        QVERIFY2(out.contains(QLatin1String("first,untagged,untagged,untagged 1 2")), qPrintable(out));

        const Result rollback = runPg(db, kPlan, {QStringLiteral("--rollback")});
        EXPECT_EXIT(rollback, 0);
    }

    void sqliteAppliesTheSameScripts()
    {
        const QString db = m_tmp.filePath(QStringLiteral("flips.db"));
        QVERIFY(TestSupport::execSql(db, kFlips));
        const Result apply = runSqlite(db, kPlan, {QStringLiteral("--apply"), QStringLiteral("--accept-risk"),
                                                   QStringLiteral("outside-transaction")});
        EXPECT_EXIT(apply, 0);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT group_concat(tag, ',') FROM (SELECT tag FROM flip_tags "
                                                        "ORDER BY flip_id, tag)"))
                     .toString(),
                 QStringLiteral("first,untagged,untagged,untagged"));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toInt(), 1);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'flip_tags_flip_id'")).toInt(), 1);
        const Result rollback = runSqlite(db, kPlan, {QStringLiteral("--rollback")});
        EXPECT_EXIT(rollback, 0);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'flip_tags'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScriptPlans)
#include "tst_scriptplans.moc"
