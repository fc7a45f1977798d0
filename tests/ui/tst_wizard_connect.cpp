// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectPage.h"
#include "ConnectionTester.h"
#include "FileDialog.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "RecentConnections.h"
#include "TestSupport.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The first page: a file given on the command line is filled in and tested; failures are
// told in plain words; recent connections come back without their password.
class TestWizardConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void commandLineFileIsFilledInAndTested()
    {
        // What `migration-assistant DBFILE` does after showing the wizard.
        const QString db = TestSupport::demoDatabase(m_dir.path(), 100, QStringLiteral("cli.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("cli.ini")));
        driver.wizard()->openDatabaseFile(db);
        QVERIFY(QTest::qWaitFor([&] { return driver.wizard()->config()->isConnectionVerified(); }, 30000));
        QVERIFY(driver.isNextEnabled());
        QCOMPARE(driver.wizard()->config()->connection().path, db);
        const QString said = driver.wizard()->connectPage()->testResultText();
        QVERIFY2(said.contains(QStringLiteral("SQLite")) && said.contains(QStringLiteral("v1")), qPrintable(said));
        // Remembered for next time.
        QSettings settings(m_dir.filePath(QStringLiteral("cli.ini")), QSettings::IniFormat);
        QCOMPARE(RecentConnections(&settings).list().value(0).path, db);
    }

    void failuresAreToldInPlainWords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("missing.db") << QStringLiteral("There is no database file");
        QTest::newRow("not a database") << QStringLiteral("notes.txt")
                                        << QStringLiteral("is not a SQLite database, or it is damaged");
    }

    void failuresAreToldInPlainWords()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(file);
        if (file.endsWith(QLatin1String(".txt"))) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("these are not the pages you are looking for\n").repeated(200));
        }
        WizardDriver driver(m_dir.filePath(QStringLiteral("fail.ini")));
        driver.wizard()->connectPage()->openSqliteFile(path);
        QVERIFY(QTest::qWaitFor([&] { return !driver.wizard()->connectPage()->tester()->isTesting(); }, 30000));
        QTest::qWait(20);
        QVERIFY(!driver.wizard()->config()->isConnectionVerified());
        QVERIFY(!driver.isNextEnabled());
        const QString said = driver.wizard()->connectPage()->testResultText();
        QVERIFY2(said.contains(expected), qPrintable(said));
    }

    void postgresqlRefusalIsLibpqsWordsAndNoPasswordIsKept()
    {
        WizardDriver driver(m_dir.filePath(QStringLiteral("pg.ini")));
        ConnectPage *page = driver.wizard()->connectPage();
        QRadioButton *postgres = nullptr;
        for (QRadioButton *b : page->findChildren<QRadioButton *>())
            if (b->text().contains(QStringLiteral("PostgreSQL")))
                postgres = b;
        QVERIFY(postgres);
        QTest::mouseClick(postgres, Qt::LeftButton);
        QVERIFY(postgres->isChecked());
        auto field = [&](const QString &name) -> QWidget * {
            for (QWidget *w : page->findChildren<QWidget *>())
                if (w->accessibleName() == name)
                    return w;
            return nullptr;
        };
        auto *host = qobject_cast<QLineEdit *>(field(QStringLiteral("Host")));
        auto *port = qobject_cast<QSpinBox *>(field(QStringLiteral("Port")));
        auto *database = qobject_cast<QLineEdit *>(field(QStringLiteral("Database")));
        auto *user = qobject_cast<QLineEdit *>(field(QStringLiteral("User")));
        auto *password = qobject_cast<QLineEdit *>(field(QStringLiteral("Password")));
        QVERIFY(host && port && database && user && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->setValue(1); // nothing listens there
        QTest::keyClicks(database, QStringLiteral("customers"));
        QTest::keyClicks(user, QStringLiteral("support"));
        QTest::keyClicks(password, QStringLiteral("s3cret-Pa55"));
        QVERIFY(page->testButton()->isEnabled());
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page->tester()->isTesting() && !page->testResultText().startsWith(
                                                                                 QStringLiteral("Connecting")); },
                                30000));
        const QString said = page->testResultText();
        // libpq's own reason, or — without Qt's PostgreSQL driver — which package is missing.
        QVERIFY2(said.startsWith(QStringLiteral("Cannot connect to the PostgreSQL server"))
                     || said.contains(QStringLiteral("libqt6sql6-psql")),
                 qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("s3cret")));
        QVERIFY(!driver.isNextEnabled());
        qInfo("PostgreSQL refusal as shown: %s", qPrintable(said));

        // As if a server had answered (there is none here): the connection is remembered
        // without its password, and the built-in plan, which has PostgreSQL SQL, is offered
        // on the plan page without a problem.
        DatabaseVersion v1;
        v1.source = DatabaseVersion::Source::Detected;
        v1.version = QStringLiteral("v1");
        driver.wizard()->config()->connectionTested(driver.wizard()->config()->connection(), true, v1);
        QVERIFY(QTest::qWaitFor([&] { return driver.isNextEnabled(); }, 5000));
        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        QVERIFY(driver.chooseTarget(QStringLiteral("v2"))); // the first plan: no key needed
        QVERIFY2(driver.wizard()->config()->planProblem().isEmpty(),
                 qPrintable(driver.wizard()->config()->planProblem()));
        QVERIFY(driver.wizard()->planPage()->detailsText().contains(QStringLiteral("v1")));
        QVERIFY(driver.isNextEnabled());
        QSettings settings(m_dir.filePath(QStringLiteral("pg.ini")), QSettings::IniFormat);
        const QList<ConnectionSpec> recent = RecentConnections(&settings).list();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().host, QStringLiteral("127.0.0.1"));
        QVERIFY(recent.first().password.isEmpty());
        QFile ini(m_dir.filePath(QStringLiteral("pg.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY2(!ini.readAll().contains("s3cret"), "the password never reaches the settings");
    }

    void recentConnectionRefillsTheFields()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 100, QStringLiteral("recent.db"));
        {
            WizardDriver first(m_dir.filePath(QStringLiteral("recent.ini")));
            QVERIFY(first.connectSqlite(db));
        }
        WizardDriver driver(m_dir.filePath(QStringLiteral("recent.ini")));
        auto *recent = driver.wizard()->connectPage()->findChild<QComboBox *>();
        QVERIFY(recent);
        QVERIFY(recent->accessibleName().contains(QStringLiteral("Recent")));
        QCOMPARE(recent->count(), 2);
        QCOMPARE(recent->itemText(1), QStringLiteral("sqlite:") + db);
        recent->setFocus();
        // Keyboard: Down selects the entry, which fills the fields in and tests them.
        QTest::keyClick(recent, Qt::Key_Down);
        QVERIFY(QTest::qWaitFor([&] { return driver.wizard()->config()->isConnectionVerified(); }, 30000));
        QCOMPARE(driver.wizard()->config()->connection().path, db);
    }

    void createDemoDatabaseFillsItIn()
    {
        WizardDriver driver(m_dir.filePath(QStringLiteral("demo.ini")));
        const QString path = m_dir.filePath(QStringLiteral("created-demo.db"));
        FileDialog::setNextFileName(path);
        QPushButton *create = nullptr;
        for (QPushButton *b : driver.wizard()->connectPage()->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("demo")))
                create = b;
        QVERIFY(create);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return driver.wizard()->config()->isConnectionVerified(); }, 60000));
        QCOMPARE(driver.wizard()->config()->connection().path, path);
        QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT count(*) FROM users")).toInt(), 10000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardConnect)
#include "tst_wizard_connect.moc"
