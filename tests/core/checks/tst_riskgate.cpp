// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// RiskGate on its own: which warnings count as agreed to, in whose name, and what a run
// stopped by blockers or unaccepted warnings is told. Both engines gate through it.
#include "checks/RiskGate.h"
#include "plan/Plan.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

#include <QTest>

namespace {

CheckResult failing(const QString &id, PlanCheck::Severity severity)
{
    CheckResult c;
    c.id = id;
    c.severity = severity;
    c.passed = false;
    c.value = 3;
    return c;
}

} // namespace

class TestRiskGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingFailingPasses()
    {
        RunResult result;
        result.checks << CheckResult{};
        QVERIFY(RiskGate::pass(RunOptions{}, result));
        QVERIFY(!result.error.isError());
    }

    void acceptedWarningPassesInTheOperatorsName()
    {
        RunResult result;
        result.operatorName = QStringLiteral("maria");
        result.checks << failing(QStringLiteral("w1"), PlanCheck::Severity::Warning)
                      << failing(QStringLiteral("w2"), PlanCheck::Severity::Warning);
        RunOptions options;
        options.acceptedRisks = {QStringLiteral("w1")};
        QVERIFY(!RiskGate::pass(options, result));
        QCOMPARE(result.outcome, RunOutcome::Blocked);
        QCOMPARE(result.error.message, QStringLiteral("1 warning(s) need your agreement: nothing was changed."));
        QVERIFY(result.checks.at(0).accepted);
        QCOMPARE(result.checks.at(0).acceptedBy, QStringLiteral("maria"));
        QVERIFY(!result.checks.at(1).accepted);

        options.acceptedRisks << QStringLiteral("w2");
        result.error = {};
        QVERIFY(RiskGate::pass(options, result));
    }

    void blockersCannotBeAccepted()
    {
        RunResult result;
        result.checks << failing(QStringLiteral("b"), PlanCheck::Severity::Blocker);
        RunOptions options;
        options.acceptAllWarnings = true;
        QVERIFY(!RiskGate::pass(options, result));
        QVERIFY(!result.checks.at(0).accepted);
        QVERIFY2(result.error.message.startsWith(QLatin1String("1 blocker(s) found")),
                 qPrintable(result.error.message));
    }

    void onlyWarningsOfThePlanMayBeNamed()
    {
        Plan plan;
        plan.id = QStringLiteral("p");
        PlanCheck warning;
        warning.id = QStringLiteral("w");
        warning.severity = PlanCheck::Severity::Warning;
        PlanCheck blocker;
        blocker.id = QStringLiteral("b");
        blocker.severity = PlanCheck::Severity::Blocker;
        plan.checks << warning << blocker;
        RunOptions options;
        options.acceptedRisks = {QStringLiteral("w")};
        ErrorInfo error;
        QVERIFY(RiskGate::acceptsOnlyWarnings(plan, options, &error));
        options.acceptedRisks << QStringLiteral("b");
        QVERIFY(!RiskGate::acceptsOnlyWarnings(plan, options, &error));
        QVERIFY2(error.message.contains(QLatin1String("not a warning")), qPrintable(error.message));
        options.acceptedRisks = {QStringLiteral("nope")};
        QVERIFY(!RiskGate::acceptsOnlyWarnings(plan, options, &error));
        QVERIFY2(error.message.contains(QLatin1String("not a check of the plan")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestRiskGate)
#include "tst_riskgate.moc"
