// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A plan written as Sqitch writes it (tests/data/scripts/flip-tags) through the engine, on the
// real PostgreSQL (PgTestServer) and on SQLite: its BEGIN/COMMIT left out, \set and :'var'
// filled in, its verify script a validation that fails on the first error (a missing column,
// PostgreSQL's division by zero; not SQLite's 1/0, which is NULL, as with sqitch), run in a
// savepoint that leaves nothing behind; its CONCURRENTLY index a blocker inside the transaction
// and, in a step outside it, a warning to accept that then runs after the COMMIT.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "db/ConnectionSpec.h"
#include "transaction/MigrationRunner.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPlan = QStringLiteral(MA_SOURCE_DIR "/tests/data/scripts/flip-tags");
const QString kSchema = QStringLiteral("app");
const QString kFlips = QStringLiteral("CREATE TABLE flips (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                                      "INSERT INTO flips VALUES (1, 'one'), (2, 'two'), (3, 'three');\n");

QString describe(const RunResult &r)
{
    QStringList checks;
    for (const CheckResult &c : r.checks)
        if (!c.passed)
            checks << c.id + QStringLiteral(": ") + c.message;
    return QStringLiteral("%1: %2\n%3\n%4").arg(r.resultWord(), r.error.message, r.error.details, checks.join(QLatin1Char('\n')));
}

const CheckResult *check(const RunResult &r, const QString &id)
{
    for (const CheckResult &c : r.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestScriptValidation : public QObject
{
    Q_OBJECT

    PgTestServer m_pg;
    QTemporaryDir m_dir;
    int m_n = 0;

    // A fresh PostgreSQL database at s1.
    QString pgDatabase()
    {
        const QString name = QStringLiteral("flips%1").arg(++m_n);
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

    RunResult runPg(const QString &database, RunAction action, const QString &plan, bool acceptWarnings = true)
    {
        RunOptions options;
        options.action = action;
        options.connection = m_pg.spec(database, kSchema);
        options.plan = TestSupport::plan(plan);
        options.acceptAllWarnings = acceptWarnings;
        return MigrationRunner(options).run();
    }

    QVariant pgScalar(const QString &database, const QString &sql)
    {
        QString out;
        m_pg.psql(database, QStringLiteral("\\pset tuples_only on\n\\pset format unaligned\nSET search_path TO app;\n") + sql,
                  &out);
        return out.trimmed().section(QLatin1Char('\n'), -1);
    }

    // A copy of flip-tags with `from` replaced by `to` in one of its files.
    QString planWith(const QString &file, const QByteArray &from, const QByteArray &to)
    {
        const QString plan = TestSupport::copyPlan(kPlan, m_dir.filePath(QStringLiteral("plan%1").arg(++m_n)));
        if (plan.isEmpty() || !TestSupport::replaceInFile(plan + QLatin1Char('/') + file, from, to))
            return {};
        return plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    void postgresqlRunsTheSqitchScripts()
    {
        const QString db = pgDatabase();
        QVERIFY(!db.isEmpty());
        const RunResult r = runPg(db, RunAction::Apply, kPlan);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(describe(r)));
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM flip_tags")).toInt(), 4);
        // \set tag_default 'untagged' filled the DEFAULT in; :'first_tag' came from "variables".
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM flip_tags WHERE tag = 'untagged'")).toInt(), 3);
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM flip_tags WHERE tag = 'first'")).toInt(), 1);
        // The step outside the transaction ran after the COMMIT, and says so.
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'flip_tags_flip_id'")).toInt(), 1);
        QVERIFY2(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("flip-tags-index")), qPrintable(r.notes.join(QLatin1Char('\n'))));
        const CheckResult *warning = check(r, QStringLiteral("outside-transaction"));
        QVERIFY(warning && warning->accepted);
        const auto verify = std::find_if(r.validations.begin(), r.validations.end(),
                                         [](const ValidationResult &v) { return v.id == QLatin1String("verify-flip-tags"); });
        QVERIFY(verify != r.validations.end() && verify->passed);

        const RunResult back = runPg(db, RunAction::Rollback, kPlan);
        QVERIFY2(back.outcome == RunOutcome::RolledBack, qPrintable(describe(back)));
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'flip_tags'")).toInt(), 0);
    }

    void aFailingVerifyScriptFailsTheRunWithItsError_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("line");
        QTest::newRow("missing column") << QByteArray("SELECT flip_id, tag FROM") << QByteArray("SELECT flip_id, nope FROM")
                                        << QStringLiteral("column \"nope\" does not exist") << 5;
        QTest::newRow("division by zero") << QByteArray("WHERE tag = 'first'") << QByteArray("WHERE tag = 'none'")
                                          << QStringLiteral("division by zero") << 7;
    }

    void aFailingVerifyScriptFailsTheRunWithItsError()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, error);
        QFETCH(int, line);
        const QString db = pgDatabase();
        const QString plan = planWith(QStringLiteral("postgresql/verify/flip_tags.sql"), from, to);
        QVERIFY(!db.isEmpty() && !plan.isEmpty());
        const RunResult r = runPg(db, RunAction::Apply, plan);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        const QString text = r.error.message + QLatin1Char('\n') + r.error.details;
        QVERIFY2(text.contains(error), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("postgresql/verify/flip_tags.sql:%1").arg(line)), qPrintable(text));
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'flip_tags'")).toInt(), 0);
    }

    void whatAVerifyScriptDoesIsRolledBack()
    {
        const QString db = pgDatabase();
        const QString plan = planWith(QStringLiteral("postgresql/verify/flip_tags.sql"), "SELECT flip_tag_count(1);",
                                      "SELECT flip_tag_count(1);\nINSERT INTO flip_tags (flip_id) SELECT id FROM flips;\n"
                                      "DROP TABLE flips CASCADE;");
        QVERIFY(!db.isEmpty() && !plan.isEmpty());
        const RunResult r = runPg(db, RunAction::Apply, plan);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(describe(r)));
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM flip_tags")).toInt(), 4);
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM flips")).toInt(), 3);
    }

    void concurrentlyInsideTheTransactionIsABlocker()
    {
        const QString db = pgDatabase();
        const QString plan = planWith(QStringLiteral("plan.json"), "\"outside_transaction\": true,", "");
        QVERIFY(!db.isEmpty() && !plan.isEmpty());
        const RunResult r = runPg(db, RunAction::Apply, plan);
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        const CheckResult *blocker = check(r, QStringLiteral("script-statements"));
        QVERIFY2(blocker && blocker->isBlocking(), qPrintable(describe(r)));
        QVERIFY2(blocker->message.contains(QLatin1String("postgresql/deploy/flip_tags_index.sql:4: CREATE INDEX CONCURRENTLY")),
                 qPrintable(blocker->message));
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'flip_tags'")).toInt(), 0);
    }

    void theOutsideStepNeedsItsWarningAccepted()
    {
        const QString db = pgDatabase();
        QVERIFY(!db.isEmpty());
        const RunResult r = runPg(db, RunAction::Apply, kPlan, false);
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        QCOMPARE(r.unacceptedWarnings(), QStringList{QStringLiteral("outside-transaction")});
        QCOMPARE(pgScalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'flip_tags'")).toInt(), 0);
    }

    void aFailingStepOutsideTheTransactionNeedsAPerson()
    {
        // The migration is committed by then: it stays, and a person finishes the step.
        const QString db = m_dir.filePath(QStringLiteral("outside.db"));
        QVERIFY(TestSupport::execSql(db, kFlips));
        const QString plan = planWith(QStringLiteral("sqlite/deploy/flip_tags_index.sql"), "ON flip_tags", "ON no_such_table");
        QVERIFY(!plan.isEmpty());
        RunOptions options;
        options.action = RunAction::Apply;
        options.connection = ConnectionSpec::sqlite(db);
        options.plan = TestSupport::plan(plan);
        options.acceptAllWarnings = true;
        const RunResult r = MigrationRunner(options).run();
        QCOMPARE(r.outcome, RunOutcome::NeedsPerson);
        QVERIFY2(r.error.message.contains(QLatin1String("The migration was committed")), qPrintable(describe(r)));
        QVERIFY2(r.error.message.contains(QLatin1String("no such table")), qPrintable(describe(r)));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM flip_tags")).toInt(), 4);
    }

    void sqliteVerifyFailsOnErrorsOnly()
    {
        const QString db = m_dir.filePath(QStringLiteral("flips.db"));
        QVERIFY(TestSupport::execSql(db, kFlips));
        // 1/0 is NULL on SQLite: no error, so the verify script passes, as with sqitch.
        QString plan = planWith(QStringLiteral("sqlite/verify/flip_tags.sql"), "WHERE 0;", "WHERE 0;\nSELECT 1/0;");
        RunOptions options;
        options.action = RunAction::Rehearse;
        options.connection = ConnectionSpec::sqlite(db);
        options.plan = TestSupport::plan(plan);
        options.acceptAllWarnings = true;
        RunResult r = MigrationRunner(options).run();
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(describe(r)));
        plan = planWith(QStringLiteral("sqlite/verify/flip_tags.sql"), "WHERE 0;", "WHERE 0;\nSELECT nope FROM flip_tags;");
        options.plan = TestSupport::plan(plan);
        const QByteArray before = TestSupport::fileSha256(db);
        r = MigrationRunner(options).run();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QVERIFY2(r.error.message.contains(QLatin1String("sqlite/verify/flip_tags.sql:6")), qPrintable(describe(r)));
        QVERIFY2((r.error.message + r.error.details).contains(QLatin1String("no such column: nope")), qPrintable(describe(r)));
        QCOMPARE(TestSupport::fileSha256(db), before);
    }
};

QTEST_GUILESS_MAIN(TestScriptValidation)
#include "tst_scriptvalidation.moc"
