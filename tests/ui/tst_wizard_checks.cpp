// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTableModel.h"
#include "ChecksPage.h"
#include "FileDialog.h"
#include "MigrationWizard.h"
#include "RehearsalDialog.h"
#include "RunController.h"
#include "RunResultView.h"
#include "TableCountsModel.h"
#include "TestSupport.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// The Checks page decides whether the migration may go ahead: a failing blocker keeps Next
// disabled whatever else is ticked, and each failing warning needs its own checkbox.
class TestWizardChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void blockerDisablesNext()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("blocker.db"));
        QVERIFY(!db.isEmpty());
        // The same address twice, differing in case only: SQLite's UNIQUE lets it through.
        QString error;
        QVERIFY2(TestSupport::execSql(db, QStringLiteral("UPDATE users SET email = (SELECT upper(email) FROM users "
                                                         "WHERE id = 'u0000001') WHERE id = 'u0000002'"),
                                      &error),
                 qPrintable(error));

        WizardDriver driver(m_dir.filePath(QStringLiteral("blocker.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.reachChecks(db));
        CheckTableModel *checks = wizard->config()->checks();
        QCOMPARE(checks->blockerCount(), 1);
        const CheckResult *duplicate = checks->checkAt(checks->rowOf(QStringLiteral("duplicate-emails")));
        QVERIFY(duplicate);
        QVERIFY(duplicate->isBlocking());
        QCOMPARE(checks->rowOf(QStringLiteral("duplicate-emails")), 0); // failing blockers come first
        QVERIFY(wizard->checksPage()->summaryText().contains(QStringLiteral("Blockers")));

        // Accepting every warning does not get past a blocker.
        driver.acceptAllWarnings();
        QCOMPARE(checks->unacknowledgedWarnings(), 0);
        QTest::qWait(50);
        QVERIFY(!driver.isNextEnabled());
        QVERIFY(!wizard->checksPage()->isComplete());
        QVERIFY(!wizard->checksPage()->rehearseButton()->isEnabled());

        // Fixed in the database, checked again: the blocker is gone and Next comes back.
        QVERIFY(TestSupport::execSql(db, QStringLiteral("UPDATE users SET email = 'user2@example.com' WHERE id = "
                                                        "'u0000002'")));
        wizard->checksPage()->runChecks();
        QVERIFY(driver.waitForChecks());
        QCOMPARE(checks->blockerCount(), 0);
        driver.acceptAllWarnings();
        QVERIFY(QTest::qWaitFor([&] { return driver.isNextEnabled(); }, 5000));
    }

    void eachWarningNeedsItsOwnCheckbox()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("warnings.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("warnings.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.reachChecks(db));
        CheckTableModel *checks = wizard->config()->checks();
        const QStringList warnings = checks->failingWarnings();
        QCOMPARE(warnings, (QStringList{QStringLiteral("incomplete-oauth-gmail"),
                                        QStringLiteral("incomplete-oauth-google_calendar")}));
        QCOMPARE(checks->blockerCount(), 0);
        QVERIFY(!driver.isNextEnabled());

        QCheckBox *gmail = wizard->checksPage()->acceptBox(warnings.at(0));
        QCheckBox *calendar = wizard->checksPage()->acceptBox(warnings.at(1));
        QVERIFY(gmail && calendar);
        QVERIFY(!gmail->accessibleName().isEmpty());

        gmail->setFocus();
        QTest::keyClick(gmail, Qt::Key_Space);
        QVERIFY(gmail->isChecked());
        QTest::qWait(50);
        QVERIFY2(!driver.isNextEnabled(), "one warning is still not acknowledged");

        calendar->setFocus();
        QTest::keyClick(calendar, Qt::Key_Space);
        QVERIFY(QTest::qWaitFor([&] { return driver.isNextEnabled(); }, 5000));
        // Exactly these become the run's accepted risks (and so the history's).
        QCOMPARE(wizard->config()->runOptions(RunAction::Apply).acceptedRisks, warnings);
        QVERIFY(!wizard->config()->runOptions(RunAction::Apply).acceptAllWarnings);

        QTest::keyClick(gmail, Qt::Key_Space);
        QVERIFY(!gmail->isChecked());
        QTest::qWait(50);
        QVERIFY(!driver.isNextEnabled());
        QCOMPARE(wizard->config()->runOptions(RunAction::Apply).acceptedRisks, QStringList{warnings.at(1)});
    }

    void rehearsalShowsCountsAndChangesNothing()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 1000, QStringLiteral("rehearse.db"));
        const QByteArray sha = TestSupport::fileSha256(db);
        WizardDriver driver(m_dir.filePath(QStringLiteral("rehearse.ini")));
        QVERIFY(driver.reachChecks(db));
        QPushButton *rehearse = driver.wizard()->checksPage()->rehearseButton();
        QVERIFY(rehearse->isEnabled());
        QTest::mouseClick(rehearse, Qt::LeftButton);
        auto *dialog = driver.wizard()->findChild<RehearsalDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->controller()->isRunning() && dialog->controller()->hasResult(); },
                                120000));
        QCOMPARE(dialog->controller()->result().outcome, RunOutcome::Ok);
        TableCountsModel *counts = dialog->resultView()->counts();
        QCOMPARE(counts->rowsAfter(QStringLiteral("users")), 1000);
        QVERIFY(counts->rowsAfter(QStringLiteral("user_integrations")) > 0);
        QVERIFY(dialog->resultView()->headlineText().contains(QStringLiteral("rehearsal")));
        QCOMPARE(TestSupport::fileSha256(db), sha);
        QVERIFY(!TestSupport::tableNames(db).contains(QStringLiteral("user_integrations")));
        dialog->reject();
    }

    void saveReportWritesHtmlAndJson()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("report.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("report.ini")));
        QVERIFY(driver.reachChecks(db));
        driver.acceptAllWarnings();
        ChecksPage *page = driver.wizard()->checksPage();

        const QString html = m_dir.filePath(QStringLiteral("checks.html"));
        FileDialog::setNextFileName(html);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(htmlText.contains(QStringLiteral("<html")));
        QVERIFY(htmlText.contains(QStringLiteral("incomplete-oauth-gmail")));

        // The format follows the name: .json gives the machine-readable document.
        const QString json = m_dir.filePath(QStringLiteral("checks.json"));
        FileDialog::setNextFileName(json);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("action")).toString(), QStringLiteral("check"));
        QCOMPARE(doc.value(QStringLiteral("blockers")).toInt(), 0);
        bool sawAccepted = false;
        for (const QJsonValue &v : doc.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("incomplete-oauth-gmail"))
                sawAccepted = v.toObject().value(QStringLiteral("accepted")).toBool();
        QVERIFY2(sawAccepted, "the report marks the warnings the operator accepted");
        // A report never carries a secret: the masked samples only.
        QVERIFY(!htmlText.contains(QStringLiteral("ya29.")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardChecks)
#include "tst_wizard_checks.moc"
