// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `migration-assistant [DBFILE]` opens the wizard; the headless flags never need a display.
class TestWizardLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is set by CTest");
    }

    void moreThanOneFileIsBadUsage()
    {
        const auto r = TestSupport::runBinary({QStringLiteral("a.db"), QStringLiteral("b.db")}, 30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("at most one database file"), r.err.constData());
    }

    void wizardOpensWithAFile()
    {
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 50);
        runWizardBriefly(dir.path(), {db});
        if (QTest::currentTestFailed())
            return;
        // It connected and remembered the file (without anything secret: SQLite has none).
        QFile settings(dir.filePath(QStringLiteral("config/migration-assistant/migration-assistant.conf")));
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        QVERIFY(settings.readAll().contains(db.toUtf8()));
    }

    // --verbose is the wizard's too: the connection it opens for the file is logged on stderr.
    void wizardTakesVerbose()
    {
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 50);
        const QByteArray err = runWizardBriefly(dir.path(), {QStringLiteral("--verbose"), db});
        QVERIFY2(err.contains("ma.db: opened sqlite:" + db.toUtf8()), err.constData());
    }

    void headlessNeedsNoDisplay()
    {
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 50);
        const auto r = TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), db,
                                               QStringLiteral("--status")},
                                              30000, TestSupport::headlessEnvironment());
        QCOMPARE(r.exitCode, 0);
    }

private:
    // Runs the wizard offscreen (its settings in dir) for a moment and ends it; its stderr.
    QByteArray runWizardBriefly(const QString &dir, const QStringList &arguments)
    {
        QProcess wizard;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        wizard.setProcessEnvironment(env);
        wizard.start(TestSupport::binary(), arguments);
        [&] {
            QVERIFY(wizard.waitForStarted());
            // The wizard runs its event loop: still there after a while, not crashed or exited.
            QVERIFY(!wizard.waitForFinished(1500));
            QCOMPARE(wizard.state(), QProcess::Running);
            wizard.terminate();
            QVERIFY(wizard.waitForFinished(10000));
        }();
        return wizard.readAllStandardError();
    }
};

QTEST_GUILESS_MAIN(TestWizardLauncher)
#include "tst_wizard_launcher.moc"
