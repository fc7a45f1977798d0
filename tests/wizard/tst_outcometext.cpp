// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeText.h"

#include <QTest>

// Every view of a result says the same thing about it.
class TestOutcomeText : public QObject
{
    Q_OBJECT

    static RunResult result(RunAction action, RunOutcome outcome)
    {
        RunResult r;
        r.action = action;
        r.outcome = outcome;
        r.fromVersion = QStringLiteral("v1");
        r.toVersion = QStringLiteral("v2");
        return r;
    }

private Q_SLOTS:
    void headlines()
    {
        QCOMPARE(OutcomeText::headline(result(RunAction::Apply, RunOutcome::Ok)),
                 QStringLiteral("The migration was applied and validated."));
        QVERIFY(OutcomeText::explanation(result(RunAction::Apply, RunOutcome::Ok)).contains(QStringLiteral("v2")));
        QVERIFY(OutcomeText::explanation(result(RunAction::Rollback, RunOutcome::RolledBack))
                    .contains(QStringLiteral("back at v1")));
        QVERIFY(OutcomeText::explanation(result(RunAction::Apply, RunOutcome::Interrupted))
                    .contains(QStringLiteral("exactly as it was")));
        QCOMPARE(OutcomeText::headline(result(RunAction::Rollback, RunOutcome::NothingToDo)),
                 QStringLiteral("Nothing to roll back."));
    }

    void lockedNamesTheHolder()
    {
        RunResult r = result(RunAction::Apply, RunOutcome::Locked);
        r.lockHolder.pid = 4242;
        r.lockHolder.host = QStringLiteral("ops-3");
        r.lockHolder.since = QDateTime::currentDateTime();
        const QString text = OutcomeText::explanation(r);
        QVERIFY(text.contains(QStringLiteral("4242")));
        QVERIFY(text.contains(QStringLiteral("ops-3")));
        QVERIFY(text.contains(QStringLiteral("Nothing was changed")));
    }

    void statusAndChange()
    {
        QCOMPARE(OutcomeText::status(result(RunAction::Apply, RunOutcome::Ok)), ItemStatus::Passed);
        QCOMPARE(OutcomeText::status(result(RunAction::Rollback, RunOutcome::NeedsPerson)), ItemStatus::Failed);
        QCOMPARE(OutcomeText::status(result(RunAction::Apply, RunOutcome::Locked)), ItemStatus::Warning);
        QVERIFY(OutcomeText::databaseChanged(result(RunAction::Apply, RunOutcome::Ok)));
        QVERIFY(!OutcomeText::databaseChanged(result(RunAction::Rehearse, RunOutcome::Ok)));
        QVERIFY(OutcomeText::databaseChanged(result(RunAction::Rollback, RunOutcome::RolledBack)));
        QVERIFY(!OutcomeText::databaseChanged(result(RunAction::Apply, RunOutcome::Failed)));
    }

    void aPathListsEachPlan()
    {
        RunResult r;
        r.action = RunAction::Apply;
        r.outcome = RunOutcome::Failed;
        QVERIFY(OutcomeText::pathLines(r).isEmpty()); // one plan on its own: nothing to list
        RunResult first;
        first.action = RunAction::Apply;
        first.outcome = RunOutcome::Ok;
        first.planTitle = QStringLiteral("Move");
        first.fromVersion = QStringLiteral("v1");
        first.toVersion = QStringLiteral("v2");
        first.pathWord = QStringLiteral("rolled-back");
        RunResult second = first;
        second.planTitle.clear();
        second.planId = QStringLiteral("encrypt-tokens");
        second.fromVersion = QStringLiteral("v2");
        second.toVersion = QStringLiteral("v3");
        second.pathWord.clear();
        second.outcome = RunOutcome::Failed;
        r.path = {first, second};
        QCOMPARE(OutcomeText::pathLines(r),
                 (QStringList{QStringLiteral("1. Move (v1 → v2): ran, then rolled back with the rest of the path"),
                              QStringLiteral("2. encrypt-tokens (v2 → v3): failed and rolled back")}));
    }
};

QTEST_GUILESS_MAIN(TestOutcomeText)
#include "tst_outcometext.moc"
