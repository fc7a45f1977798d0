// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// RunContext on its own: the phases' progress ids come from the one declared list, and the
// two ways a run's total of rows behaves when more rows are done than it said.
#include "run/RunContext.h"

#include <QTest>

class TestRunContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesHaveOneIdEach()
    {
        QStringList seen;
        for (const RunPhaseName &p : kRunPhases)
            seen << QString::fromLatin1(p.pause);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), qsizetype(kRunPhases.size()));
        QCOMPARE(QLatin1String(runPhaseName(RunPhase::RollbackCommit).step), QLatin1String("commit"));
        QCOMPARE(QLatin1String(runPhaseName(RunPhase::RollbackCommit).pause), QLatin1String("rollback-commit"));
    }

    void enterAnnouncesThePhase()
    {
        RunContext context{RunOptions{}};
        QList<ProgressEvent> events;
        context.setProgressSink([&](const ProgressEvent &e) { events << e; });
        context.startClock();
        context.enter(RunPhase::SnapshotBefore, QStringLiteral("Recording"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.last().step, QStringLiteral("snapshot-before"));
        QCOMPARE(events.last().stepTitle, QStringLiteral("Recording"));
    }

    void estimatedTotalStopsTheBarAtFull()
    {
        RunContext context{RunOptions{}};
        ProgressEvent last;
        context.setProgressSink([&](const ProgressEvent &e) { last = e; });
        context.setRowsTotal(100);
        context.setRowsDone(120);
        context.progress(true);
        QCOMPARE(last.total, qint64(100));
        QCOMPARE(last.done, qint64(100));
    }

    void growingTotalCountsRowsWrittenBehind()
    {
        RunContext context{RunOptions{}};
        context.setTotalBehaviour(RunContext::Total::Grows);
        ProgressEvent last;
        context.setProgressSink([&](const ProgressEvent &e) { last = e; });
        context.setRowsBefore(50);
        context.setRowsTotal(100);
        context.setRowsDone(70);
        context.progress(true);
        QCOMPARE(last.total, qint64(120));
        QCOMPARE(last.done, qint64(120));
    }

    void operatorIsTheOsUserUnlessNamed()
    {
        QCOMPARE(RunContext{RunOptions{}}.operatorName(), RunContext::osUser());
        RunOptions named;
        named.operatorName = QStringLiteral("maria");
        QCOMPARE(RunContext{named}.operatorName(), QStringLiteral("maria"));
    }
};

QTEST_GUILESS_MAIN(TestRunContext)
#include "tst_runcontext.moc"
