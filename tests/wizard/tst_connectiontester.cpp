// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"
#include "TestSupport.h"
#include "plan/PlanCatalogue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// "Test connection": on a worker, and in plain words either way.
class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void goodSqliteFileSaysWhatItIs()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("ok.db"));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        auto catalogue = PlanCatalogue::load({}, QString(), nullptr);
        QVERIFY(catalogue);
        tester.test(ConnectionSpec::sqlite(db), std::make_shared<const PlanCatalogue>(std::move(*catalogue)));
        QVERIFY(tester.isTesting());
        QVERIFY(finished.wait(30000));
        QVERIFY(!tester.isTesting());
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Connected: SQLite 3.")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The database is at v1")), qPrintable(message));
        QCOMPARE(tester.lastTested().path, db);
        QVERIFY(tester.lastOutcome().version);
        QCOMPARE(tester.lastOutcome().version->version, QStringLiteral("v1"));
        QCOMPARE(tester.lastOutcome().version->source, DatabaseVersion::Source::Detected);
    }

    // Where the database stands on the catalogue's chain, in the engine's words (an unknown
    // schema too: the connection is good all the same); without a catalogue the test only connects.
    void saysWhereTheDatabaseStands()
    {
        const auto catalogue = PlanCatalogue::load({}, QString(), nullptr);
        QVERIFY(catalogue);
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(TestSupport::execSql(other, QStringLiteral("CREATE TABLE unrelated (id INTEGER PRIMARY KEY);")));
        const auto unknown = ConnectionTester::run(ConnectionSpec::sqlite(other), &*catalogue);
        QVERIFY(unknown.ok);
        QVERIFY(unknown.version);
        QVERIFY(!unknown.version->isKnown());
        QVERIFY2(unknown.summary.contains(QStringLiteral("unknown")), qPrintable(unknown.summary));
        const QString db = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("chosen.db"));
        const auto withoutCatalogue = ConnectionTester::run(ConnectionSpec::sqlite(db));
        QVERIFY(withoutCatalogue.ok);
        QVERIFY(!withoutCatalogue.version);
        QVERIFY2(!withoutCatalogue.summary.contains(QStringLiteral("v1")), qPrintable(withoutCatalogue.summary));
    }

    void failuresInPlainWords()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto missing = ConnectionTester::run(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("nope.db"))));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.message.startsWith(QStringLiteral("There is no database file at")));
        const auto damaged = ConnectionTester::run(ConnectionSpec::sqlite(junk));
        QVERIFY(!damaged.ok);
        QVERIFY2(damaged.error.message.contains(QStringLiteral("not a SQLite database")),
                 qPrintable(damaged.error.message));
    }

    void postgresqlRefusalCarriesLibpqsReason()
    {
        ConnectionSpec spec;
        spec.driver = ConnectionSpec::Driver::Postgresql;
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = 1;
        spec.database = QStringLiteral("customers");
        spec.user = QStringLiteral("support");
        spec.password = QStringLiteral("hunter2-secret");
        const auto outcome = ConnectionTester::run(spec);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("Connection refused"))
                     || outcome.error.message.contains(QStringLiteral("libqt6sql6-psql")),
                 qPrintable(outcome.error.message));
        QVERIFY(!outcome.error.message.contains(QStringLiteral("hunter2")));
        QVERIFY(!outcome.error.details.contains(QStringLiteral("hunter2")));
    }

    void extraDetailsDropWhatTheMessageSays()
    {
        const ErrorInfo error = ErrorInfo::make(
            QStringLiteral("Cannot connect to the PostgreSQL server: connection to server at \"h\", port 1 failed: "
                           "Connection refused"),
            QStringLiteral("connection to server at \"h\", port 1 failed: Connection refused\n\tIs the server "
                           "running on that host and accepting TCP/IP connections?\n"));
        QCOMPARE(ConnectionTester::extraDetails(error),
                 QStringLiteral("Is the server running on that host and accepting TCP/IP connections?"));
        QCOMPARE(ConnectionTester::extraDetails(ErrorInfo::make(QStringLiteral("x"))), QString());
    }

    void onlyTheNewestTestIsReported()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 50, QStringLiteral("newest.db"));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("old.db"))), nullptr);
        tester.test(ConnectionSpec::sqlite(db), nullptr);
        QVERIFY(finished.wait(30000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(tester.lastTested().path, db);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
