// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

// The History view's table: newest first, and which run a rollback would undo.
class TestHistoryTableModel : public QObject
{
    Q_OBJECT

    static HistoryEntry entry(qint64 id, const QString &plan, const QString &action)
    {
        HistoryEntry e;
        e.id = id;
        e.planId = plan;
        e.action = action;
        e.outcome = action == QLatin1String("apply") ? QStringLiteral("applied") : QStringLiteral("rolled-back");
        e.fromVersion = action == QLatin1String("apply") ? QStringLiteral("v1") : QStringLiteral("v2");
        e.toVersion = action == QLatin1String("apply") ? QStringLiteral("v2") : QStringLiteral("v1");
        e.startedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0, int(id)), Qt::UTC);
        e.finishedAt = e.startedAt.addSecs(5);
        e.operatorName = QStringLiteral("ana");
        e.osUser = QStringLiteral("ana");
        e.host = QStringLiteral("desk-7");
        e.appVersion = QStringLiteral("0.1.0");
        e.planChecksum = QStringLiteral("0123456789abcdef");
        return e;
    }

private Q_SLOTS:
    void newestFirstAndTheRollbackCandidate()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString plan = QStringLiteral("user-integrations");
        model.setEntries({entry(1, plan, QStringLiteral("apply")), entry(2, plan, QStringLiteral("rollback")),
                          entry(3, plan, QStringLiteral("apply")), entry(4, QStringLiteral("other"),
                                                                         QStringLiteral("apply"))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.entryAt(0)->id, 4);
        QCOMPARE(model.rollbackCandidateRow(plan), 1); // run 3: the plan's newest, an apply
        QCOMPARE(model.rollbackCandidateRow(QStringLiteral("other")), 0);
        QCOMPARE(model.rollbackCandidateRow(QStringLiteral("unknown")), -1);
        QCOMPARE(model.data(model.index(1, HistoryTableModel::ActionColumn)).toString(),
                 QStringLiteral("Applied v1 → v2"));
        QCOMPARE(model.data(model.index(2, HistoryTableModel::ActionColumn)).toString(),
                 QStringLiteral("Rolled back v2 → v1"));

        model.setEntries({entry(1, plan, QStringLiteral("apply")), entry(2, plan, QStringLiteral("rollback"))});
        QCOMPARE(model.rollbackCandidateRow(plan), -1); // already rolled back
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void acceptedRisksAndDetails()
    {
        HistoryEntry e = entry(7, QStringLiteral("user-integrations"), QStringLiteral("apply"));
        e.acceptedRisks.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("incomplete-oauth-gmail")},
                                           {QStringLiteral("value"), 8000},
                                           {QStringLiteral("accepted_by"), QStringLiteral("ana")}});
        e.backupPath = QStringLiteral("/data/c.db.before-user-integrations-x.bak");
        QCOMPARE(HistoryTableModel::risksText(e, false), QStringLiteral("incomplete-oauth-gmail"));
        QCOMPARE(HistoryTableModel::risksText(e), QStringLiteral("incomplete-oauth-gmail (8\u202F000, by ana)"));
        QCOMPARE(HistoryTableModel::risksText(entry(8, QString(), QStringLiteral("apply"))), QStringLiteral("none"));
        const QString details = HistoryTableModel::details(e);
        QVERIFY(details.contains(QStringLiteral("Run 7")));
        QVERIFY(details.contains(QStringLiteral("desk-7")));
        QVERIFY(details.contains(e.backupPath));
        QVERIFY(details.contains(QStringLiteral("by ana")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryTableModel)
#include "tst_historytablemodel.moc"
