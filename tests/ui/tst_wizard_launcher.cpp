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
        QProcess wizard;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        wizard.setProcessEnvironment(env);
        wizard.start(TestSupport::binary(), {db});
        QVERIFY(wizard.waitForStarted());
        // The wizard runs its event loop: still there after a while, not crashed or exited.
        QVERIFY(!wizard.waitForFinished(1500));
        QCOMPARE(wizard.state(), QProcess::Running);
        wizard.terminate();
        QVERIFY(wizard.waitForFinished(10000));
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
        QProcess wizard;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        wizard.setProcessEnvironment(env);
        wizard.start(TestSupport::binary(), {QStringLiteral("--verbose"), db});
        QVERIFY(wizard.waitForStarted());
        QVERIFY(!wizard.waitForFinished(1500));
        QCOMPARE(wizard.state(), QProcess::Running);
        wizard.terminate();
        QVERIFY(wizard.waitForFinished(10000));
        const QByteArray err = wizard.readAllStandardError();
        QVERIFY2(err.contains("ma.db: opened sqlite:" + db.toUtf8()), err.constData());
    }

    void headlessNeedsNoDisplay()
    {
        QTemporaryDir dir;
        const QString db = TestSupport::demoDatabase(dir.path(), 50);
        const auto r = TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--db"), db,
                                               QStringLiteral("--status")},
                                              30000, TestSupport::headlessEnvironment());
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestWizardLauncher)
#include "tst_wizard_launcher.moc"
