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

    // A path's checks: a heading per plan, in the order the plans run, failing first within
    // each; an id two plans share is named PLAN:ID.
    void aPathsChecksAreGroupedByPlan()
    {
        auto of = [](CheckResult c, const QString &plan) {
            c.planId = plan;
            return c;
        };
        const QString a = QStringLiteral("user-integrations"), b = QStringLiteral("encrypt-tokens");
        CheckTableModel model;
        model.setChecks({of(check(QStringLiteral("key-fingerprint"), PlanCheck::Severity::Blocker, true), b),
                         of(check(QStringLiteral("users-total"), PlanCheck::Severity::Info, true, 9), a),
                         of(check(QStringLiteral("shared"), PlanCheck::Severity::Warning, false, 2), a),
                         of(check(QStringLiteral("shared"), PlanCheck::Severity::Warning, false, 3), b)},
                        {{a, QStringLiteral("Move"), QStringLiteral("v1"), QStringLiteral("v2")},
                         {b, QStringLiteral("Encrypt"), QStringLiteral("v2"), QStringLiteral("v3")}});
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.isHeading(0));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Plan 1 of 2: Move (v1 → v2)"));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(!model.checkAt(0));
        QCOMPARE(model.firstCheckRow(), 1);
        QCOMPARE(model.checkAt(1)->planId, a); // failing first within its plan
        QCOMPARE(model.checkAt(1)->id, QStringLiteral("shared"));
        QCOMPARE(model.checkAt(2)->id, QStringLiteral("users-total"));
        QVERIFY(model.isHeading(3));
        QCOMPARE(model.data(model.index(3, 0)).toString(), QStringLiteral("Plan 2 of 2: Encrypt (v2 → v3)"));
        QCOMPARE(model.checkAt(4)->planId, b);
        QCOMPARE(model.failingWarnings(), (QStringList{a + QStringLiteral(":shared"), b + QStringLiteral(":shared")}));
        QVERIFY(model.setAccepted(b + QStringLiteral(":shared"), true));
        QCOMPARE(model.acceptedRisks(), QStringList{b + QStringLiteral(":shared")});
        QVERIFY(!model.allowsProceeding());
        QVERIFY(model.setAccepted(a + QStringLiteral(":shared"), true));
        QVERIFY(model.allowsProceeding());

        // One plan only: no headings, plain ids.
        model.setChecks({of(check(QStringLiteral("w"), PlanCheck::Severity::Warning, false, 1), a)},
                        {{a, QStringLiteral("Move"), QStringLiteral("v1"), QStringLiteral("v2")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.failingWarnings(), QStringList{QStringLiteral("w")});
    }
};

QTEST_GUILESS_MAIN(TestCheckTableModel)
#include "tst_checktablemodel.moc"
