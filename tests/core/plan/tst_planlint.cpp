// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanLint.h"
#include "plan/PlanSkeleton.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// --lint's checking (PlanLint, ScriptLint): every plan of the project lints clean, each kind of
// fault is found at its file and line, and --new-plan's skeleton lints clean.
class TestPlanLint : public QObject
{
    Q_OBJECT

    static QString source(const QString &relative) { return QStringLiteral(MA_SOURCE_DIR "/") + relative; }
    static QString describe(const QList<LintFinding> &findings)
    {
        QStringList out;
        for (const LintFinding &f : findings)
            out << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.message);
        return out.join(QLatin1Char('\n'));
    }
    // A copy of the test plan task-positions to break.
    QString copy()
    {
        return TestSupport::copyPlan(source(QStringLiteral("tests/data/plans/task-positions")), m_dir.path());
    }
    static bool has(const QList<LintFinding> &findings, const QString &file, int line, const QString &text)
    {
        for (const LintFinding &f : findings)
            if (f.file == file && (line == 0 || f.line == line) && f.message.contains(text))
                return true;
        return false;
    }

private Q_SLOTS:
    void everyPlanOfTheProjectLintsClean_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("user-integrations") << source(QStringLiteral("resources/plans/user-integrations"));
        QTest::newRow("encrypt-tokens") << source(QStringLiteral("resources/plans/encrypt-tokens"));
        QTest::newRow("task-labels") << source(QStringLiteral("tests/data/plans/task-labels"));
        QTest::newRow("task-positions") << source(QStringLiteral("tests/data/plans/task-positions"));
        QTest::newRow("the folder of test plans") << source(QStringLiteral("tests/data/plans"));
        QTest::newRow("the plans with other tools' scripts") << source(QStringLiteral("tests/data/scripts"));
        QTest::newRow("the folder of built-in plans") << source(QStringLiteral("resources/plans"));
    }

    void everyPlanOfTheProjectLintsClean()
    {
        QFETCH(QString, folder);
        const QList<LintFinding> findings = PlanLint::lint(folder);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void statementsThatCannotRunInATransaction()
    {
        const QString plan = copy();
        QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/postgresql/03_index_position.sql"),
                                           "CREATE INDEX tasks_user_position",
                                           "-- one\n-- two\nCREATE INDEX CONCURRENTLY tasks_user_position"));
        QVERIFY(TestSupport::appendToFile(plan + QStringLiteral("/postgresql/03_index_position.sql"),
                                          "VACUUM tasks;\nALTER SYSTEM SET work_mem = '1GB';\nROLLBACK;\n"
                                          "ALTER TYPE mood ADD VALUE 'meh';\n\\i other.sql\nCOMMIT;\n"));
        QVERIFY(TestSupport::appendToFile(plan + QStringLiteral("/sqlite/03_index_position.sql"),
                                          "BEGIN;\nVACUUM;\nSELECT FROM WHERE;\nCOMMIT;\n"));
        const QList<LintFinding> f = PlanLint::lint(plan);
        const QString pg = QStringLiteral("postgresql/03_index_position.sql");
        const QString lite = QStringLiteral("sqlite/03_index_position.sql");
        QVERIFY2(has(f, pg, 3, QStringLiteral("CREATE INDEX CONCURRENTLY cannot run inside a transaction")), qPrintable(describe(f)));
        QVERIFY2(has(f, pg, 4, QStringLiteral("VACUUM")), qPrintable(describe(f)));
        QVERIFY2(has(f, pg, 5, QStringLiteral("ALTER SYSTEM")), qPrintable(describe(f)));
        QVERIFY2(has(f, pg, 6, QStringLiteral("ROLLBACK would undo the step")), qPrintable(describe(f)));
        QVERIFY2(has(f, pg, 7, QStringLiteral("PostgreSQL 12")), qPrintable(describe(f)));
        QVERIFY2(has(f, pg, 8, QStringLiteral("meta-command \\i is not supported")), qPrintable(describe(f)));
        QVERIFY2(has(f, lite, 3, QStringLiteral("VACUUM cannot run")), qPrintable(describe(f)));
        QVERIFY2(has(f, lite, 4, QStringLiteral("SQLite cannot parse")), qPrintable(describe(f)));
        // The scripts' own BEGIN and COMMIT are no fault: the runner leaves them out.
        QCOMPARE(f.size(), 8);
    }

    void planLevelFaults_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QByteArray>("lineOf"); // the fault is on the first line holding this (empty: not checked)
        QTest::newRow("no rollback") << QByteArray("\"rollback\"") << QByteArray("\"rollback_later\"")
                                     << QStringLiteral("rollback.steps: must be a list of steps") << QByteArray();
        QTest::newRow("no validations") << QByteArray("\"validations\": [") << QByteArray("\"old_validations\": [")
                                        << QStringLiteral("no validations") << QByteArray();
        QTest::newRow("unknown check id") << QByteArray("\"equals_check\": \"tasks-total\"")
                                          << QByteArray("\"equals_check\": \"tasks-totl\"")
                                          << QStringLiteral("which the plan does not have")
                                          << QByteArray("\"validations\"");
        QTest::newRow("misspelt key") << QByteArray("\"fails_when\"") << QByteArray("\"fail_when\"")
                                      << QStringLiteral("unknown key") << QByteArray("\"fail_when\"");
        QTest::newRow("bad JSON") << QByteArray("\"format\": 1,") << QByteArray("\"format\": 1,,")
                                  << QStringLiteral("not valid JSON") << QByteArray("\"format\"");
    }

    void planLevelFaults()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, fault);
        QFETCH(QByteArray, lineOf);
        const QString plan = copy();
        QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/plan.json"), from, to));
        const QList<LintFinding> f = PlanLint::lint(plan);
        QVERIFY2(has(f, QStringLiteral("plan.json"), 0, fault), qPrintable(describe(f)));
        // the line is the one holding the change (or, for a removed block, where it would be)
        QFile manifest(plan + QStringLiteral("/plan.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray text = manifest.readAll();
        const int line = int(text.left(text.indexOf(lineOf)).count('\n')) + 1;
        if (!lineOf.isEmpty())
            QVERIFY2(has(f, QStringLiteral("plan.json"), line, fault), qPrintable(describe(f) + QStringLiteral(" want line %1").arg(line)));
    }

    static bool edit(const QString &plan, const std::function<void(QJsonObject &)> &change)
    {
        QFile manifest(plan + QStringLiteral("/plan.json"));
        if (!manifest.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        change(root);
        return manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) && manifest.write(QJsonDocument(root).toJson()) > 0;
    }

    void emptyRollbackAndBatchedWithoutKey()
    {
        const QString plan = copy();
        QVERIFY(edit(plan, [](QJsonObject &root) {
            QJsonObject rollback = root.value(QStringLiteral("rollback")).toObject();
            rollback.insert(QStringLiteral("steps"), QJsonArray());
            rollback.remove(QStringLiteral("validations"));
            root.insert(QStringLiteral("rollback"), rollback);
        }));
        QList<LintFinding> f = PlanLint::lint(plan);
        QVERIFY2(f.size() == 1 && has(f, QStringLiteral("plan.json"), 0, QStringLiteral("no rollback steps")), qPrintable(describe(f)));

        const QString encrypt = TestSupport::copyPlan(source(QStringLiteral("resources/plans/encrypt-tokens")), m_dir.path());
        QVERIFY(edit(encrypt, [](QJsonObject &root) { root.remove(QStringLiteral("needs_key")); }));
        f = PlanLint::lint(encrypt);
        QVERIFY2(f.size() == 2 && has(f, QStringLiteral("plan.json"), 0, QStringLiteral("\"encrypt\" encrypts or decrypts")),
                 qPrintable(describe(f)));
    }

    void aDriverWithoutDetectQueries()
    {
        const QString plan = copy();
        QVERIFY(edit(plan, [](QJsonObject &root) {
            QJsonObject detect = root.value(QStringLiteral("detect")).toObject();
            for (const QString &side : {QStringLiteral("source"), QStringLiteral("target")}) {
                QJsonObject o = detect.value(side).toObject();
                o.remove(QStringLiteral("postgresql"));
                detect.insert(side, o);
            }
            root.insert(QStringLiteral("detect"), detect);
        }));
        const QList<LintFinding> f = PlanLint::lint(plan);
        QVERIFY2(f.size() == 1 && has(f, QStringLiteral("plan.json"), 0, QStringLiteral("no postgresql detect query")),
                 qPrintable(describe(f)));
    }

    void otherFoldersAreNotLinted()
    {
        const QList<LintFinding> none = PlanLint::lint(m_dir.path() + QStringLiteral("/missing"));
        QCOMPARE(none.size(), 1);
        QDir(m_dir.path()).mkpath(QStringLiteral("flyway/sql"));
        const QList<LintFinding> f = PlanLint::lint(m_dir.path() + QStringLiteral("/flyway"));
        QVERIFY2(f.size() == 1 && f.constFirst().message.contains(QLatin1String("other migration projects are not linted")),
                 qPrintable(describe(f)));
    }

    void theSkeletonLintsClean()
    {
        const QString folder = m_dir.path() + QStringLiteral("/new/my-change");
        ErrorInfo error;
        const QStringList files = PlanSkeleton::write(folder, QStringLiteral("v7"), QStringLiteral("v8"), &error);
        QVERIFY2(files.contains(QStringLiteral("plan.json")) && files.size() == 6, qPrintable(error.message));
        const QList<LintFinding> f = PlanLint::lint(folder);
        QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
        QVERIFY(PlanSkeleton::write(folder, QStringLiteral("v7"), QStringLiteral("v8"), &error).isEmpty());
        QVERIFY2(error.message.contains(QLatin1String("not empty")), qPrintable(error.message));
        QVERIFY(PlanSkeleton::write(m_dir.path() + QStringLiteral("/other"), QStringLiteral("v 7"), QStringLiteral("v8"), &error).isEmpty());
        QVERIFY(PlanSkeleton::write(m_dir.path() + QStringLiteral("/other"), QStringLiteral("v7"), QStringLiteral("v7"), &error).isEmpty());
        QCOMPARE(PlanSkeleton::standInTable(QStringLiteral("1.2-rc")), QStringLiteral("example_1_2_rc"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPlanLint)
#include "tst_planlint.moc"
