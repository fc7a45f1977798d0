// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The test plans of tests/data/plans (task-labels v3 → v4, task-positions v4 → v5), the path
// after the built-ins that the path tests use, each run on its own with --plan DIR by the REAL
// binary on a SQLite demo database taken to v3 by the built-ins: they load, their detect
// queries tell v1…v5 apart, they apply, re-apply as nothing to do, roll back to exactly the
// tables before, and their warning stops a run without --yes.
#include "TestSupport.h"
#include "TokenOpener.h"
#include "plan/Plan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

constexpr int kUsers = 300;
constexpr int kRunTimeoutMs = 60000;
const QString kHistory = QStringLiteral("migration_assistant_history");
const QString kLabels = QStringLiteral("task-labels");
const QString kPositions = QStringLiteral("task-positions");

QString planDir(const QString &id)
{
    return QStringLiteral(MA_SOURCE_DIR "/tests/data/plans/") + id;
}

Result runOn(const QString &db, const QStringList &arguments)
{
    return TestSupport::runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--db"),
                                              QStringLiteral("sqlite:") + db}
                                      + arguments,
                                  kRunTimeoutMs, TestSupport::headlessEnvironment());
}

// --plan DIR of a test plan, then the action.
Result runPlan(const QString &db, const QString &id, const QStringList &arguments)
{
    return runOn(db, QStringList{QStringLiteral("--plan"), planDir(id)} + arguments);
}

QStringList args(const char *a, const char *b = nullptr, const char *c = nullptr)
{
    QStringList out{QString::fromLatin1(a)};
    for (const char *more : {b, c})
        if (more)
            out << QString::fromLatin1(more);
    return out;
}

// Every table's rows and CREATE statement, and every other schema object (indexes, triggers,
// views), all but the assistant's history: equal states mean the same database.
QString state(const QString &db)
{
    return TestSupport::dumpDatabase(db, {kHistory}) + QLatin1Char('\n')
           + TestSupport::scalar(db, QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || tbl_name || ' ' || "
                                                    "coalesce(sql, ''), char(10)) FROM (SELECT * FROM sqlite_master "
                                                    "WHERE type <> 'table' AND tbl_name <> 'migration_assistant_history' "
                                                    "ORDER BY name)"))
                 .toString();
}

QJsonObject checkById(const QJsonObject &doc, const QString &id)
{
    for (const QJsonValue &v : doc.value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestTestPlans : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_keyFile;
    QMap<QString, QString> m_at; // "v1" … "v5": a database at that version, never changed after
    int m_n = 0;

    // A copy of the database at `version` in a folder of its own (backups land beside it).
    QString copyOf(const QString &version)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("run%1").arg(++m_n));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/test.db");
        return QFile::copy(m_at.value(version), db) ? db : QString();
    }

    // Runs one step of the way up from the previous version's file and keeps the result.
    bool step(const QString &from, const QString &to, const QStringList &arguments)
    {
        const QString db = copyOf(from);
        const Result r = runOn(db, arguments);
        if (r.crashed || r.exitCode != 0) {
            qWarning("%s → %s: %s", qPrintable(from), qPrintable(to), qPrintable(TestSupport::describe(r)));
            return false;
        }
        const QString kept = m_tmp.filePath(to + QStringLiteral(".db"));
        if (!QFile::copy(db, kept))
            return false;
        m_at.insert(to, kept);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_keyFile = m_tmp.filePath(QStringLiteral("tokens.key"));
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(TokenOpener::keyFileText(TokenOpener::randomKey())) > 0);
        key.close();
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("v1"))));
        const QString v1 = TestSupport::demoDatabase(m_tmp.filePath(QStringLiteral("v1")), kUsers);
        QVERIFY(!v1.isEmpty());
        m_at.insert(QStringLiteral("v1"), v1);
        // The built-ins, each named (without --plan a run follows the path).
        QVERIFY(step(QStringLiteral("v1"), QStringLiteral("v2"),
                     {QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--apply"),
                      QStringLiteral("--yes")}));
        QVERIFY(step(QStringLiteral("v2"), QStringLiteral("v3"),
                     {QStringLiteral("--plan"), QStringLiteral("encrypt-tokens"), QStringLiteral("--apply"),
                      QStringLiteral("--yes"), QStringLiteral("--key-file"), m_keyFile}));
        QVERIFY(step(QStringLiteral("v3"), QStringLiteral("v4"),
                     {QStringLiteral("--plan"), planDir(kLabels), QStringLiteral("--apply"), QStringLiteral("--yes")}));
        QVERIFY(step(QStringLiteral("v4"), QStringLiteral("v5"),
                     {QStringLiteral("--plan"), planDir(kPositions), QStringLiteral("--apply"), QStringLiteral("--yes")}));
    }

    void plansLoadAndLink()
    {
        const auto labels = TestSupport::plan(planDir(kLabels));
        const auto positions = TestSupport::plan(planDir(kPositions));
        QVERIFY(labels && positions);
        QCOMPARE(labels->id, kLabels);
        QCOMPARE(labels->fromVersion, QStringLiteral("v3"));
        QCOMPARE(labels->toVersion, QStringLiteral("v4"));
        QCOMPARE(positions->id, kPositions);
        QCOMPARE(positions->fromVersion, labels->toVersion);
        QCOMPARE(positions->toVersion, QStringLiteral("v5"));
        // Transactional: no batched step (encrypt-tokens, before them, is the batched one).
        for (const Plan *p : {labels.get(), positions.get()})
            for (const PlanStep &s : p->steps + p->rollbackSteps)
                QVERIFY2(!s.isBatched(), qPrintable(p->id + QLatin1Char(':') + s.id));
    }

    // Each detect query holds on exactly one of v1 … v5 (read from the files, the schemas
    // the real runs left), so a path and the drift check can tell the versions apart.
    void detectQueriesTellVersionsApart_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("source");
        QTest::addColumn<QString>("version");
        QTest::newRow("task-labels source = v3") << kLabels << true << QStringLiteral("v3");
        QTest::newRow("task-labels target = v4") << kLabels << false << QStringLiteral("v4");
        QTest::newRow("task-positions source = v4") << kPositions << true << QStringLiteral("v4");
        QTest::newRow("task-positions target = v5") << kPositions << false << QStringLiteral("v5");
    }
    void detectQueriesTellVersionsApart()
    {
        QFETCH(QString, plan);
        QFETCH(bool, source);
        QFETCH(QString, version);
        const auto p = TestSupport::plan(planDir(plan));
        QVERIFY(p);
        const QString sql = (source ? p->detectSource : p->detectTarget).value(QStringLiteral("sqlite"));
        QVERIFY(!sql.isEmpty());
        for (auto it = m_at.cbegin(); it != m_at.cend(); ++it) {
            const QVariant v = TestSupport::scalar(it.value(), sql);
            QVERIFY2(v.isValid(), qPrintable(QStringLiteral("the query failed on ") + it.key()));
            QVERIFY2(v.toBool() == (it.key() == version),
                     qPrintable(QStringLiteral("on %1 it says %2").arg(it.key(), v.toString())));
        }
    }

    void applyStatusRollbackBothPlans()
    {
        const QString db = copyOf(QStringLiteral("v3"));
        const QString v3 = state(db);

        // v3 → v4
        EXPECT_EXIT(runPlan(db, kLabels, args("--check")), 0);
        EXPECT_EXIT(runPlan(db, kLabels, args("--rehearse")), 0);
        QCOMPARE(state(db), v3);
        Result r = runPlan(db, kLabels, args("--apply", "--yes", "--json"));
        EXPECT_EXIT(r, 0);
        PARSE_JSON(applied, r);
        QCOMPARE(applied.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
        const qint64 tasks = TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM tasks")).toLongLong();
        QVERIFY(tasks > 50);
        QCOMPARE(applied.value(QLatin1String("counts")).toObject().value(QLatin1String("tasks")).toInteger(), tasks);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM task_labels")).toLongLong(),
                 TestSupport::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM tasks WHERE extracted_from_id IS "
                                                        "NOT NULL) + (SELECT count(*) FROM tasks WHERE title IS NULL OR "
                                                        "trim(title) = '') + (SELECT count(*) FROM tasks WHERE "
                                                        "lower(title) LIKE '%invoice%')"))
                     .toLongLong());
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE source IS NULL")).toInt(), 0);
        r = runPlan(db, kLabels, args("--apply", "--yes", "--json"));
        EXPECT_EXIT(r, 0);
        PARSE_JSON(again, r);
        QCOMPARE(again.value(QLatin1String("result")).toString(), QStringLiteral("nothing-to-do"));
        r = runPlan(db, kLabels, args("--status"));
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains("task-labels applied v3"), r.out.constData());
        const QString v4 = state(db);
        QCOMPARE(v4, state(m_at.value(QStringLiteral("v4"))));

        // v4 → v5
        EXPECT_EXIT(runPlan(db, kPositions, args("--check")), 0);
        EXPECT_EXIT(runPlan(db, kPositions, args("--rehearse")), 0);
        QCOMPARE(state(db), v4);
        EXPECT_EXIT(runPlan(db, kPositions, args("--apply", "--yes")), 0);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE list_position < 1")).toInt(), 0);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE list_position = 1")).toLongLong(),
                 TestSupport::scalar(db, QStringLiteral("SELECT count(DISTINCT user_id) FROM tasks")).toLongLong());
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                        "name = 'tasks_user_position'")).toInt(), 1);
        r = runPlan(db, kPositions, args("--status"));
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains("task-positions applied v4"), r.out.constData());
        const QString v5 = state(db);

        // task-labels cannot go back past task-positions: tasks changed since it was applied.
        r = runPlan(db, kLabels, args("--rollback", "--json"));
        EXPECT_EXIT(r, 3);
        PARSE_JSON(refused, r);
        QCOMPARE(checkById(refused, QStringLiteral("changed-since-apply")).value(QLatin1String("passed")).toBool(true),
                 false);
        QCOMPARE(state(db), v5);

        // Back down, each rollback verified by the assistant and here against the state before.
        r = runPlan(db, kPositions, args("--rollback", "--json"));
        EXPECT_EXIT(r, 0);
        PARSE_JSON(back5, r);
        QCOMPARE(back5.value(QLatin1String("result")).toString(), QStringLiteral("rolled-back"));
        QCOMPARE(state(db), v4);
        r = runPlan(db, kLabels, args("--rollback", "--json"));
        EXPECT_EXIT(r, 0);
        PARSE_JSON(back4, r);
        QCOMPARE(back4.value(QLatin1String("result")).toString(), QStringLiteral("rolled-back"));
        QCOMPARE(state(db), v3);
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("task_labels")));
        r = runPlan(db, kLabels, args("--rollback", "--json"));
        EXPECT_EXIT(r, 0);
        PARSE_JSON(nothing, r);
        QCOMPARE(nothing.value(QLatin1String("result")).toString(), QStringLiteral("nothing-to-do"));
        QCOMPARE(state(db), v3);
    }

    // Each plan's warning is 0 on the demo data; one row makes it fail. Without --yes the run
    // stops with exit 3 and the file is byte for byte as it was; with --yes it applies, and
    // the rollback restores the tables with that row.
    void warningBlocksWithoutYes_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<QString>("check");
        QTest::newRow("task-labels: a task without a user")
            << kLabels << QStringLiteral("v3")
            << QStringLiteral("INSERT INTO tasks (id, user_id, extracted_from_id, title) "
                              "VALUES ('t-orphan', 'u-nobody', NULL, 'Left behind')")
            << QStringLiteral("orphan-tasks");
        QTest::newRow("task-positions: a task from another user's email")
            << kPositions << QStringLiteral("v4")
            << QStringLiteral("INSERT INTO tasks (id, user_id, extracted_from_id, title, source) "
                              "SELECT 't-foreign', (SELECT min(id) FROM users WHERE id <> e.user_id), e.id, "
                              "'Not mine', 'email' FROM emails e ORDER BY e.id LIMIT 1")
            << QStringLiteral("foreign-email-tasks");
    }
    void warningBlocksWithoutYes()
    {
        QFETCH(QString, plan);
        QFETCH(QString, version);
        QFETCH(QString, insert);
        QFETCH(QString, check);
        const QString db = copyOf(version);
        const Result clean = runPlan(db, plan, args("--check", "--json"));
        EXPECT_EXIT(clean, 0);
        PARSE_JSON(before, clean);
        QCOMPARE(checkById(before, check).value(QLatin1String("value")).toInteger(-1), 0);

        QString error;
        QVERIFY2(TestSupport::execSql(db, insert, &error), qPrintable(error));
        const QString withRow = state(db);
        const QByteArray bytes = TestSupport::fileSha256(db);
        Result r = runPlan(db, plan, args("--apply", "--json"));
        EXPECT_EXIT(r, 3);
        PARSE_JSON(blocked, r);
        QCOMPARE(blocked.value(QLatin1String("result")).toString(), QStringLiteral("blocked"));
        QCOMPARE(blocked.value(QLatin1String("warnings")).toInt(), 1);
        QCOMPARE(blocked.value(QLatin1String("blockers")).toInt(), 0);
        const QJsonObject warning = checkById(blocked, check);
        QCOMPARE(warning.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(warning.value(QLatin1String("passed")).toBool(true), false);
        QCOMPARE(warning.value(QLatin1String("value")).toInteger(), 1);
        QCOMPARE(TestSupport::fileSha256(db), bytes);
        QVERIFY(TestSupport::backups(QFileInfo(db).absolutePath()).isEmpty());

        EXPECT_EXIT(runPlan(db, plan, args("--apply", "--yes")), 0);
        QVERIFY(state(db) != withRow);
        EXPECT_EXIT(runPlan(db, plan, args("--rollback")), 0);
        QCOMPARE(state(db), withRow);
    }
};

QTEST_GUILESS_MAIN(TestTestPlans)
#include "tst_testplans.moc"
