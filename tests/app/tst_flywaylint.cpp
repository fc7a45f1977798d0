// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// --lint DIR of a Flyway folder by the REAL binary: each malformed case alone is exit 1 with
// DIR/file:line on stderr; a clean folder (awkward but valid: 1.9 < 1.10, DO $$ … $$, a trigger,
// comments inside a function body, placeholders from flyway.conf) is exit 0.
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

const QByteArray kFunction = "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                             "BEGIN\n"
                             "    -- a comment; with a semicolon\n"
                             "    NEW.updated := now(); /* and ; another */\n"
                             "    RETURN NEW;\n"
                             "END;\n"
                             "$$;\n"
                             "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\n";

} // namespace

class TestFlywayLint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void cleanFolderLintsClean()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("clean"));
        QVERIFY(TestSupport::writeFiles(dir, {{QStringLiteral("flyway.conf"), "flyway.placeholders.owner=app\n"},
                                              {QStringLiteral("V1__t.sql"), "CREATE TABLE t (id INT, updated TIMESTAMP);\n"},
                                              {QStringLiteral("U1__t.sql"), "DROP TABLE t;\n"},
                                              {QStringLiteral("V1.9__do.sql"), "DO $$ BEGIN RAISE NOTICE 'x;y'; END $$;\n"},
                                              {QStringLiteral("U1.9__do.sql"), "SELECT 1;\n"},
                                              {QStringLiteral("V1.10__trigger.sql"), kFunction},
                                              {QStringLiteral("U1.10__trigger.sql"), "DROP TRIGGER t_touch ON t;\nDROP FUNCTION touch();\n"},
                                              {QStringLiteral("V2__grant.sql"), "COMMENT ON TABLE t IS '${owner}';\n"},
                                              {QStringLiteral("U2__grant.sql"), "COMMENT ON TABLE t IS NULL;\n"}}));
        const Result r = TestSupport::lintFolder(dir);
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(TestSupport::describe(r)));
    }

    void eachMalformedCaseIsAFaultAtItsLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one underscore") << QStringLiteral("V2_init.sql") << QByteArray("SELECT 1;\n")
                                        << QStringLiteral("/V2_init.sql:1: not a Flyway migration name");
        QTest::newRow("duplicate") << QStringLiteral("V1.0__again.sql") << QByteArray("SELECT 1;\n")
                                   << QStringLiteral("/V1__t.sql:1: version 1 is also the version of V1.0__again.sql");
        QTest::newRow("bad version") << QStringLiteral("V2a__x.sql") << QByteArray("SELECT 1;\n")
                                     << QStringLiteral("/V2a__x.sql:1: \"2a\" is not a Flyway version");
        QTest::newRow("undo alone") << QStringLiteral("U7__x.sql") << QByteArray("SELECT 1;\n")
                                    << QStringLiteral("/U7__x.sql:1: an undo migration without V7");
        QTest::newRow("no undo") << QStringLiteral("V3__x.sql") << QByteArray("SELECT 1;\n")
                                 << QStringLiteral("/V3__x.sql:1: no undo migration U3");
        QTest::newRow("placeholder") << QStringLiteral("V4__p.sql") << QByteArray("SELECT 1;\n\nSELECT '${who}';\n")
                                     << QStringLiteral("/V4__p.sql:3: no value for the placeholder ${who}");
        QTest::newRow("concurrently") << QStringLiteral("V5__i.sql") << QByteArray("-- x\nCREATE INDEX CONCURRENTLY i ON t (id);\n")
                                      << QStringLiteral("/V5__i.sql:2: CREATE INDEX CONCURRENTLY cannot run inside a transaction");
        // A script's own ROLLBACK would end or undo the run's transaction (the words of the
        // finding are ScriptLint's).
        QTest::newRow("rollback") << QStringLiteral("V6__c.sql") << QByteArray("SELECT 1;\nROLLBACK;\n")
                                  << QStringLiteral("/V6__c.sql:2: ROLLBACK");
    }

    void eachMalformedCaseIsAFaultAtItsLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(TestSupport::writeFiles(dir, {{QStringLiteral("V1__t.sql"), "CREATE TABLE t (id INT);\n"},
                                              {QStringLiteral("U1__t.sql"), "DROP TABLE t;\n"},
                                              {file, content}}));
        const Result r = TestSupport::lintFolder(dir);
        EXPECT_EXIT(r, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QDir::cleanPath(dir) + expected), qPrintable(TestSupport::describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestFlywayLint)
#include "tst_flywaylint.moc"
