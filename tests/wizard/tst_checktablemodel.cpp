// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The Checks page's verdict: no failing blocker, and each failing warning accepted one by one.
class TestCheckTableModel : public QObject
{
    Q_OBJECT

    static CheckResult check(const QString &id, PlanCheck::Severity severity, bool passed, qint64 value = 0)
    {
        CheckResult c;
        c.id = id;
        c.title = id + QStringLiteral(" title");
        c.severity = severity;
        c.passed = passed;
        c.value = value;
        c.message = QStringLiteral("%1 things").arg(value);
        c.explanation = QStringLiteral("why ") + id;
        return c;
    }

    static QList<CheckResult> sample()
    {
        using S = PlanCheck::Severity;
        return {check(QStringLiteral("users-total"), S::Info, true, 2000),
                check(QStringLiteral("warn-a"), S::Warning, false, 80),
                check(QStringLiteral("schema"), S::Blocker, true, 1),
                check(QStringLiteral("warn-ok"), S::Warning, true, 0),
                check(QStringLiteral("dupes"), S::Blocker, false, 1),
                check(QStringLiteral("warn-b"), S::Warning, false, 60)};
    }

private Q_SLOTS:
    void failingChecksComeFirst()
    {
        CheckTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(sample());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(CheckTableModel::ColumnCount));
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.data(model.index(row, 0), CheckTableModel::CheckIdRole).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("dupes"), QStringLiteral("warn-a"), QStringLiteral("warn-b"),
                                     QStringLiteral("users-total"), QStringLiteral("schema"),
                                     QStringLiteral("warn-ok")}));
        QCOMPARE(model.data(model.index(3, CheckTableModel::CountColumn)).toString(), QStringLiteral("2\u202F000"));
        QCOMPARE(model.data(model.index(0, CheckTableModel::StatusColumn)).toString(), QStringLiteral("Blocker"));
        QCOMPARE(model.data(model.index(0, CheckTableModel::StatusColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::Blocker));
        QCOMPARE(model.data(model.index(1, CheckTableModel::StatusColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::Warning));
        QCOMPARE(model.data(model.index(3, CheckTableModel::StatusColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::Info));
        QCOMPARE(model.data(model.index(4, CheckTableModel::StatusColumn), ItemStatusRole).toInt(),
                 int(ItemStatus::Passed));
        QCOMPARE(model.data(model.index(1, CheckTableModel::TitleColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("why warn-a"));
    }

    void blockerAndWarningsDecide()
    {
        CheckTableModel model;
        QSignalSpy changed(&model, &CheckTableModel::acknowledgementsChanged);
        QVERIFY(!model.allowsProceeding()); // nothing checked yet
        model.setChecks(sample());
        QCOMPARE(model.blockerCount(), 1);
        QCOMPARE(model.failingWarnings(), (QStringList{QStringLiteral("warn-a"), QStringLiteral("warn-b")}));
        QCOMPARE(model.unacknowledgedWarnings(), 2);
        QVERIFY(model.setAccepted(QStringLiteral("warn-a"), true));
        QVERIFY(model.setAccepted(QStringLiteral("warn-b"), true));
        QCOMPARE(model.unacknowledgedWarnings(), 0);
        QVERIFY2(!model.allowsProceeding(), "a blocker stops it whatever is accepted");
        // Only failing warnings can be accepted.
        QVERIFY(!model.setAccepted(QStringLiteral("dupes"), true));
        QVERIFY(!model.setAccepted(QStringLiteral("warn-ok"), true));
        QVERIFY(!model.setAccepted(QStringLiteral("nope"), true));
        QVERIFY(changed.count() >= 3);

        QList<CheckResult> fixed = sample();
        fixed[4].passed = true; // the blocker fixed in the database, checked again
        model.setChecks(fixed);
        QCOMPARE(model.blockerCount(), 0);
        // Still failing, still accepted: what was ticked stays ticked.
        QCOMPARE(model.acceptedRisks(), (QStringList{QStringLiteral("warn-a"), QStringLiteral("warn-b")}));
        QVERIFY(model.allowsProceeding());
        QCOMPARE(model.data(model.index(model.rowOf(QStringLiteral("warn-a")), 0)).toString(),
                 QStringLiteral("Accepted"));

        model.setAccepted(QStringLiteral("warn-b"), false);
        QVERIFY(!model.allowsProceeding());
        QCOMPARE(model.acceptedRisks(), QStringList{QStringLiteral("warn-a")});
    }

    void aWarningThatPassesNowIsForgotten()
    {
        CheckTableModel model;
        model.setChecks(sample());
        model.setAccepted(QStringLiteral("warn-a"), true);
        QList<CheckResult> now = sample();
        now[1].passed = true;
        model.setChecks(now);
        QVERIFY(!model.isAccepted(QStringLiteral("warn-a")));
        // And if it fails again later, it is a new warning to read.
        model.setChecks(sample());
        QVERIFY(!model.isAccepted(QStringLiteral("warn-a")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.acceptedRisks().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckTableModel)
#include "tst_checktablemodel.moc"
