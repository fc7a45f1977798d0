// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// --lint DIR of a golang-migrate folder by the REAL binary: each malformed case alone is exit 1
// with DIR/file:line on stderr; a clean folder with gaps (1_, 3_, 10_) is exit 0.
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

} // namespace

class TestGolangMigrateLint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QMap<QString, QByteArray> base() const
    {
        return {{QStringLiteral("1_t.up.sql"), "CREATE TABLE t (id INT);\n"},
                {QStringLiteral("1_t.down.sql"), "DROP TABLE t;\n"},
                {QStringLiteral("3_n.up.sql"), "ALTER TABLE t ADD n INT;\n"},
                {QStringLiteral("3_n.down.sql"), "ALTER TABLE t DROP COLUMN n;\n"},
                {QStringLiteral("10_do.up.sql"), "DO $$ BEGIN PERFORM 1; END $$;\n"},
                {QStringLiteral("10_do.down.sql"), "SELECT 1;\n"}};
    }

private Q_SLOTS:
    void cleanFolderLintsClean()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("clean"));
        QVERIFY(TestSupport::writeFiles(dir, base()));
        const Result r = TestSupport::lintFolder(dir);
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(TestSupport::describe(r)));
    }

    void eachMalformedCaseIsAFaultAtItsLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no down") << QStringLiteral("11_x.up.sql") << QByteArray("SELECT 1;\n")
                                 << QStringLiteral("/11_x.up.sql:1: no 11_x.down.sql");
        QTest::newRow("down alone") << QStringLiteral("12_x.down.sql") << QByteArray("SELECT 1;\n")
                                    << QStringLiteral("/12_x.down.sql:1: a down migration without 12_");
        QTest::newRow("duplicate") << QStringLiteral("03_again.up.sql") << QByteArray("SELECT 1;\n")
                                   << QStringLiteral("/3_n.up.sql:1: version 3 is also the version of 03_again.up.sql");
        QTest::newRow("bad name") << QStringLiteral("13-x.up.sql") << QByteArray("SELECT 1;\n")
                                  << QStringLiteral("/13-x.up.sql:1: not a golang-migrate migration name");
        QTest::newRow("vacuum") << QStringLiteral("3_n.up.sql") << QByteArray("ALTER TABLE t ADD n INT;\n\nVACUUM;\n")
                                << QStringLiteral("/3_n.up.sql:3: VACUUM cannot run inside a transaction");
    }

    void eachMalformedCaseIsAFaultAtItsLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QMap<QString, QByteArray> files = base();
        files.insert(file, content);
        QVERIFY(TestSupport::writeFiles(dir, files));
        const Result r = TestSupport::lintFolder(dir);
        EXPECT_EXIT(r, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QDir::cleanPath(dir) + expected), qPrintable(TestSupport::describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestGolangMigrateLint)
#include "tst_golangmigratelint.moc"
