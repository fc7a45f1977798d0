// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonePage.h"
#include "MessageBox.h"
#include "MigrationWizard.h"
#include "PgTestServer.h"
#include "RunController.h"
#include "RunResultView.h"
#include "TableCountsModel.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// The whole wizard against a live, throwaway PostgreSQL 15 server, typed in as a person would
// (server form, awkward schema name, password field): checks, apply, and the one-click
// rollback from the Done page, with the schema's catalog and rows compared before and after.
class TestWizardPostgresql : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    const QString m_schema = QStringLiteral("Kunde \"Zwei\" ß");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("wizard_db"), &error), qPrintable(error));
        QVERIFY2(m_server.loadV1(QStringLiteral("wizard_db"), m_schema, 1500, &error), qPrintable(error));
    }

    void applyThenRollBackThroughTheWizard()
    {
        const QString db = QStringLiteral("wizard_db");
        const QString before = m_server.dump(db, m_schema);
        QVERIFY(before.contains(QLatin1String("users: (u0000001,")));

        WizardDriver driver(m_dir.filePath(QStringLiteral("pg.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.connectPostgresql(m_server.spec(db, m_schema)));
        QVERIFY(driver.reachChecksFromConnected());
        QVERIFY(driver.startApplyFromChecks());
        QVERIFY(driver.waitForPage(DonePageId, 300000));

        DonePage *done = wizard->donePage();
        QVERIFY2(done->shownResult().outcome == RunOutcome::Ok, qPrintable(done->shownResult().error.message));
        QCOMPARE(done->resultView()->counts()->rowsBefore(QStringLiteral("users")), 1500);
        QCOMPARE(done->resultView()->counts()->rowsAfter(QStringLiteral("users_old")), 1500);
        QVERIFY(done->resultView()->counts()->rowsAfter(QStringLiteral("user_integrations")) > 0);
        QVERIFY(done->shownResult().backupPath.isEmpty()); // the server's transaction is the safety net
        QVERIFY(m_server.dump(db, m_schema) != before);

        QVERIFY(done->rollbackButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(done->rollbackButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !done->controller()->isRunning() && done->controller()->hasResult(); },
                                300000));
        QCOMPARE(done->shownResult().outcome, RunOutcome::RolledBack);
        QCOMPARE(m_server.dump(db, m_schema), before);

        // The settings remember the server, never the password.
        QFile ini(m_dir.filePath(QStringLiteral("pg.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("wizard_db"));
        QVERIFY(!settings.contains(m_server.password().toUtf8()));
    }
};

QTEST_MAIN(TestWizardPostgresql)
#include "tst_wizard_postgresql.moc"
