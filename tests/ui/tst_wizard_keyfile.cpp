// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard with a plan that encrypts (encrypt-tokens, the path from v2): the plan page asks for the key file
// (through FileDialog, answered here), refuses a malformed one, puts only the path into the
// run's options and never into the settings, and the apply run from the wizard uses that key.
#include "DonePage.h"
#include "FileDialog.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "TestSupport.h"
#include "TokenOpener.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestWizardKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encryptWithAChosenKeyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = TestSupport::demoDatabase(dir.path(), 300);
        const auto v2 = TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--db"), db,
                                                QStringLiteral("--apply"), QStringLiteral("--yes"),
                                                QStringLiteral("--to"), QStringLiteral("v2")});
        QCOMPARE(v2.exitCode, 0);
        const QByteArray key = TokenOpener::randomKey();
        const QString keyFile = dir.filePath(QStringLiteral("tokens.key"));
        const QString badFile = dir.filePath(QStringLiteral("bad.key"));
        {
            QFile good(keyFile), bad(badFile);
            QVERIFY(good.open(QIODevice::WriteOnly) && bad.open(QIODevice::WriteOnly));
            good.write(TokenOpener::keyFileText(key));
            bad.write("not a key\n");
        }

        const QString ini = dir.filePath(QStringLiteral("keyfile.ini"));
        WizardDriver driver(ini);
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.connectSqlite(db));
        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        PlanPage *page = wizard->planPage();
        // The database is at v2: the path to the newest version is encrypt-tokens, which needs a key.
        QCOMPARE(wizard->config()->runPlans().size(), 1);
        QCOMPARE(wizard->config()->runPlans().first()->id, QStringLiteral("encrypt-tokens"));
        QVERIFY(page->keyRowShown());
        QVERIFY(!driver.isNextEnabled()); // no key yet

        FileDialog::setNextFileName(badFile);
        QTest::mouseClick(page->keyButton(), Qt::LeftButton);
        QVERIFY2(page->problemText().contains(QStringLiteral("64 hexadecimal")), qPrintable(page->problemText()));
        QVERIFY(!driver.isNextEnabled());

        FileDialog::setNextFileName(keyFile);
        QTest::mouseClick(page->keyButton(), Qt::LeftButton);
        QVERIFY2(driver.isNextEnabled(), qPrintable(page->problemText()));
        QVERIFY(page->detailsText().contains(QStringLiteral("batch by batch")));
        QCOMPARE(wizard->config()->runOptions(RunAction::Apply).keyFile, keyFile);
        QCOMPARE(wizard->config()->keyFingerprint(), TokenOpener::keyId(key));

        // Back on the plan page after the checks; then the run with the wizard's options.
        driver.clickNext();
        QVERIFY(driver.waitForPage(ChecksPageId));
        QVERIFY(driver.waitForChecks());
        driver.acceptAllWarnings();
        QVERIFY(driver.startApplyFromChecks());
        QVERIFY(driver.waitForRunFinished());
        QVERIFY(driver.waitForPage(DonePageId, 60000));
        QCOMPARE(wizard->donePage()->shownResult().outcome, RunOutcome::Ok);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM user_integrations WHERE access_token IS NOT "
                                                        "NULL OR refresh_token IS NOT NULL OR client_secret IS NOT NULL"))
                     .toInt(),
                 0);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(DISTINCT key_id) FROM user_integrations")).toInt(), 1);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT min(key_id) FROM user_integrations")).toString(),
                 TokenOpener::keyId(key));

        // Neither the key nor its path went into the settings.
        driver.take()->deleteLater();
        QFile settings(ini);
        if (settings.open(QIODevice::ReadOnly)) {
            const QByteArray text = settings.readAll();
            QVERIFY(!text.toLower().contains(key.toHex().toLower()));
            QVERIFY(!text.contains("tokens.key"));
        }
    }
};

QTEST_MAIN(TestWizardKeyFile)
#include "tst_wizard_keyfile.moc"
