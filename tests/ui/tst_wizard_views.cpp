// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockedPanel.h"
#include "run/RunResult.h"
#include "RunResultView.h"
#include "TableCountsModel.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The result and lock views on their own, with results no healthy test database produces:
// a rollback whose verification found differences, a lock held by a named process.
class TestWizardViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsPersonShowsTheDifferences()
    {
        RunResult r;
        r.action = RunAction::Rollback;
        r.outcome = RunOutcome::NeedsPerson;
        r.fromVersion = QStringLiteral("v1");
        r.toVersion = QStringLiteral("v2");
        r.error = ErrorInfo::make(QStringLiteral("The restored tables differ from the state before the migration."),
                                  QStringLiteral("users: 2 000 rows before, 1 999 now"));
        r.differences = {QStringLiteral("users: 2 000 rows before, 1 999 now"),
                         QStringLiteral("emails: checksum differs")};
        TableState users;
        users.table = QStringLiteral("users");
        users.rows = 1999;
        r.tablesAfter = {users};
        RunResultView view;
        view.setResult(r);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.headlineText(), QStringLiteral("A person needs to look at this database."));
        QVERIFY(view.explanationText().contains(QStringLiteral("restored tables differ")));
        QVERIFY(view.differencesText().contains(QStringLiteral("emails: checksum differs")));
        QCOMPARE(view.counts()->rowsAfter(QStringLiteral("users")), 1999);
        QVERIFY(view.backupText().isEmpty());

        // A later, clean result hides what no longer applies.
        RunResult ok;
        ok.action = RunAction::Apply;
        ok.outcome = RunOutcome::Ok;
        ok.toVersion = QStringLiteral("v2");
        ok.backupPath = QStringLiteral("/data/c.db.before-x.bak");
        view.setResult(ok);
        QVERIFY(view.differencesText().isEmpty());
        QVERIFY(view.backupText().contains(QStringLiteral("/data/c.db.before-x.bak")));
    }

    void lockedPanelNamesTheHolderAndRetries()
    {
        RunResult r;
        r.outcome = RunOutcome::Locked;
        r.lockHolder.pid = 31337;
        r.lockHolder.host = QStringLiteral("ops-laptop");
        r.lockHolder.since = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
        r.lockHolder.lockFile = QStringLiteral("/data/c.db.migration-lock");
        LockedPanel panel;
        panel.setResult(r);
        QVERIFY(panel.holderText().contains(QStringLiteral("31337")));
        QVERIFY(panel.holderText().contains(QStringLiteral("ops-laptop")));
        QVERIFY(panel.holderText().contains(QStringLiteral("2026-11-24")));
        QSignalSpy retry(&panel, &LockedPanel::retryRequested);
        QTest::mouseClick(panel.retryButton(), Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
    }
};

QTEST_MAIN(TestWizardViews)
#include "tst_wizard_views.moc"
