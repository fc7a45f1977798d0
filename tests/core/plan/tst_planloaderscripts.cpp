// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// What plan.json says of scripts written for other tools, as PlanLoader reads it: "variables",
// a step's "outside_transaction" (only the migration's last steps), a validation's
// "expect": "succeeds", and the file each driver's SQL came from (for file:line).
#include "plan/PlanLoader.h"
#include "plan/ScriptTransactionControl.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPlan = QStringLiteral(MA_SOURCE_DIR "/tests/data/scripts/flip-tags");
} // namespace

class TestPlanLoaderScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // The loader's fault for flip-tags with `from` replaced by `to` in plan.json.
    QString faultWith(const QByteArray &from, const QByteArray &to)
    {
        const QString plan = TestSupport::copyPlan(kPlan, m_dir.filePath(QString::number(++m_n)));
        if (plan.isEmpty() || !TestSupport::replaceInFile(plan + QStringLiteral("/plan.json"), from, to))
            return QStringLiteral("could not edit the copy");
        // The first step outside, the second inside: the one outside would not come last.
        if (from.contains("\"id\": \"flip-tags\"")
            && !TestSupport::replaceInFile(plan + QStringLiteral("/plan.json"),
                                           "\"title\": \"Index flip_tags without locking it\",\n   \"outside_transaction\": true,",
                                           "\"title\": \"Index flip_tags without locking it\","))
            return QStringLiteral("could not edit the copy");
        ErrorInfo error;
        return PlanLoader::load(plan, &error) ? QString() : error.message;
    }

private Q_SLOTS:
    void readsWhatScriptsNeed()
    {
        ErrorInfo error;
        const auto plan = PlanLoader::load(kPlan, &error);
        QVERIFY2(plan, qPrintable(error.message));
        QCOMPARE(plan->variables.value(QStringLiteral("first_tag")), QStringLiteral("FIRST"));
        QCOMPARE(plan->steps.size(), 2);
        QVERIFY(!plan->steps.at(0).outsideTransaction);
        QVERIFY(plan->steps.at(1).outsideTransaction);
        QVERIFY(plan->hasStepsOutsideTransaction());
        QCOMPARE(plan->steps.at(1).sql.files.value(QStringLiteral("postgresql")),
                 QStringLiteral("postgresql/deploy/flip_tags_index.sql"));
        QVERIFY(!plan->validations.at(0).mustSucceed);
        QVERIFY(plan->validations.at(2).mustSucceed);
        QVERIFY(plan->validations.at(2).sql.has(QStringLiteral("sqlite")));
        // The engine's own warning is a warning of the plan: --accept-risk may name it.
        const PlanCheck *warning = plan->check(QStringLiteral("outside-transaction"));
        QVERIFY(warning && warning->severity == PlanCheck::Severity::Warning);
        QVERIFY(ScriptTransactionControl::planFaults(*plan, QStringLiteral("postgresql"), 150000).isEmpty());
        QVERIFY(ScriptTransactionControl::planFaults(*plan, QStringLiteral("sqlite"), 0).isEmpty());
    }

    void refusesWhatCannotBe_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("fault");
        QTest::newRow("outside step before an inside one")
            << QByteArray("\"id\": \"flip-tags\",\n   \"title\"") << QByteArray("\"id\": \"flip-tags\", \"outside_transaction\": true,\n   \"title\"")
            << QStringLiteral("put it after every step that runs inside");
        QTest::newRow("outside rollback step") << QByteArray("\"id\": \"drop-flip-tags\",")
                                               << QByteArray("\"id\": \"drop-flip-tags\", \"outside_transaction\": true,")
                                               << QStringLiteral("only the migration's steps can run outside");
        QTest::newRow("a value that must succeed") << QByteArray("\"id\": \"verify-flip-tags\",")
                                                   << QByteArray("\"id\": \"verify-flip-tags\", \"value\": \"q.c\",")
                                                   << QStringLiteral("has its own SQL, not a value");
        QTest::newRow("a variable that is no string") << QByteArray("{\"first_tag\": \"FIRST\"}")
                                                      << QByteArray("{\"first_tag\": 1}")
                                                      << QStringLiteral("variables.first_tag: must be a string");
        QTest::newRow("another word than succeeds") << QByteArray("\"expect\": \"succeeds\"")
                                                    << QByteArray("\"expect\": \"fails\"")
                                                    << QStringLiteral("needs equals, min or equals_check");
    }

    void refusesWhatCannotBe()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, fault);
        const QString message = faultWith(from, to);
        QVERIFY2(message.contains(fault), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestPlanLoaderScripts)
#include "tst_planloaderscripts.moc"
