// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteWriteTracker: the state after a run may keep a table's checksum from before only when
// nothing wrote that table. The property tested for every script below: the states taken
// with the tracker's help are exactly the states read afresh from every row — whatever the
// script did through renames, triggers, foreign-key actions, drops and re-creations.
#include "db/ConnectionSpec.h"
#include "db/DatabaseConnection.h"
#include "snapshot/SqliteWriteTracker.h"
#include "plan/StatementSplitter.h"
#include "snapshot/TableSnapshot.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSqliteWriteTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statesMatchAFreshRead_data();
    void statesMatchAFreshRead();
    void untouchedTablesAreReused();
    void pragmaThatRewritesMeansEverything();
    void virtualTableMeansEverything();

private:
    bool exec(const QString &script);
    QList<TableState> take(const QStringList &tables, const QList<TableState> &earlier = {},
                           const SqliteWriteTracker *writes = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseConnection> m_db;
    int m_files = 0;
};

namespace {

// Three tables and a child with a foreign key: the source schema of every case.
const char *const kSchema = R"(
CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE b (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE c (id TEXT PRIMARY KEY, v TEXT);
CREATE TABLE child (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id) ON DELETE CASCADE ON UPDATE CASCADE);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO a SELECT i, 'a' || i FROM n;
INSERT INTO b SELECT id, 'b' || id FROM a;
INSERT INTO c SELECT 'c' || id, 'c' FROM a;
INSERT INTO child SELECT id, id FROM a;
)";

const QStringList kTables{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("child")};

} // namespace

void TestSqliteWriteTracker::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<DatabaseConnection>(
        ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_files))));
    QFile touch(m_db->spec().path);
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    ErrorInfo error;
    QVERIFY2(m_db->open(DatabaseConnection::Mode::ReadWrite, &error), qPrintable(error.message));
    QVERIFY(exec(QString::fromUtf8(kSchema)));
}

void TestSqliteWriteTracker::cleanup()
{
    m_db.reset();
}

bool TestSqliteWriteTracker::exec(const QString &script)
{
    for (const QString &statement : StatementSplitter::split(script, StatementSplitter::Dialect::Sqlite)) {
        ErrorInfo error;
        if (!m_db->exec(statement, &error)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(error.message));
            return false;
        }
    }
    return true;
}

QList<TableState> TestSqliteWriteTracker::take(const QStringList &tables, const QList<TableState> &earlier,
                                               const SqliteWriteTracker *writes)
{
    ErrorInfo error;
    const auto states = TableSnapshot::take(*m_db, tables, &error, earlier, writes);
    if (!states)
        qWarning("take: %s", qPrintable(error.message));
    return states.value_or(QList<TableState>{});
}

void TestSqliteWriteTracker::statesMatchAFreshRead_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("after");

    const QStringList all = kTables;
    QTest::newRow("nothing") << QString() << QString() << all;
    QTest::newRow("insert") << QString() << QStringLiteral("INSERT INTO b VALUES (1000, 'x')") << all;
    QTest::newRow("update one row") << QString() << QStringLiteral("UPDATE c SET v = 'y' WHERE id = 'c7'") << all;
    QTest::newRow("delete all (truncate)") << QString() << QStringLiteral("DELETE FROM b") << all;
    QTest::newRow("rename, then the old name re-created empty")
        << QString()
        << QStringLiteral("ALTER TABLE a RENAME TO a_old; CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);")
        << QStringList{QStringLiteral("a"), QStringLiteral("a_old"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("rename then write the new name")
        << QString() << QStringLiteral("ALTER TABLE b RENAME TO b2; UPDATE b2 SET v = 'z' WHERE id = 3;")
        << QStringList{QStringLiteral("a"), QStringLiteral("b2"), QStringLiteral("c")};
    QTest::newRow("drop and re-create with the same shape (root page reused)")
        << QString() << QStringLiteral("DROP TABLE c; CREATE TABLE c (id TEXT PRIMARY KEY, v TEXT);") << all;
    QTest::newRow("drop and re-create, filled by CREATE AS SELECT")
        << QString() << QStringLiteral("DROP TABLE b; CREATE TABLE b AS SELECT id, v FROM a WHERE id < 5;") << all;
    QTest::newRow("a trigger writes another table")
        << QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE c SET v = 'trig' WHERE id = 'c' || new.id; END;")
        << QStringLiteral("UPDATE a SET v = 'q' WHERE id = 9") << all;
    QTest::newRow("a trigger deletes from another table")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON b BEGIN DELETE FROM c WHERE id = 'c1'; END;")
        << QStringLiteral("INSERT INTO b VALUES (5000, 'new')") << all;
    QTest::newRow("ON DELETE CASCADE") << QString()
                                       << QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM a WHERE id <= 3; "
                                                         "PRAGMA foreign_keys = OFF;")
                                       << all;
    QTest::newRow("ON UPDATE CASCADE") << QString()
                                       << QStringLiteral("PRAGMA foreign_keys = ON; UPDATE a SET id = id + 1000 "
                                                         "WHERE id = 4; PRAGMA foreign_keys = OFF;")
                                       << all;
    QTest::newRow("column added") << QString() << QStringLiteral("ALTER TABLE c ADD COLUMN w TEXT DEFAULT 'd'") << all;
    QTest::newRow("column dropped") << QString() << QStringLiteral("ALTER TABLE b DROP COLUMN v") << all;
    QTest::newRow("REPLACE") << QString() << QStringLiteral("REPLACE INTO a VALUES (1, 'replaced')") << all;
    QTest::newRow("write through a view's INSTEAD OF trigger")
        << QStringLiteral("CREATE VIEW vb AS SELECT * FROM b; CREATE TRIGGER tv INSTEAD OF DELETE ON vb BEGIN "
                          "DELETE FROM b WHERE id = old.id; END;")
        << QStringLiteral("DELETE FROM vb WHERE id = 10") << all;
}

void TestSqliteWriteTracker::statesMatchAFreshRead()
{
    QFETCH(QString, setup);
    QFETCH(QString, script);
    QFETCH(QStringList, after);
    QVERIFY(exec(setup));
    QVERIFY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    const QList<TableState> before = take(kTables);
    QCOMPARE(before.size(), kTables.size());
    SqliteWriteTracker writes(*m_db);
    for (const QString &statement : StatementSplitter::split(script, StatementSplitter::Dialect::Sqlite)) {
        QVERIFY(exec(statement));
        writes.statementDone();
    }
    const QList<TableState> helped = take(after, before, &writes);
    const QList<TableState> fresh = take(after);
    QCOMPARE(helped.size(), after.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(helped.at(i).table, fresh.at(i).table);
        QCOMPARE(helped.at(i).rows, fresh.at(i).rows);
        QCOMPARE(helped.at(i).checksum, fresh.at(i).checksum);
        QCOMPARE(helped.at(i).schema, fresh.at(i).schema);
    }
    QVERIFY(exec(QStringLiteral("ROLLBACK")));
}

void TestSqliteWriteTracker::untouchedTablesAreReused()
{
    // The point of it: a table nobody wrote keeps its state from before, even renamed;
    // a written one is read again.
    QVERIFY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    const QList<TableState> before = take(kTables);
    auto writes = std::make_unique<SqliteWriteTracker>(*m_db);
    QVERIFY(exec(QStringLiteral("ALTER TABLE a RENAME TO a_old")));
    writes->statementDone();
    QVERIFY(exec(QStringLiteral("UPDATE b SET v = 'seen'")));
    writes->statementDone();
    const qint64 rootOfC = SqliteWriteTracker::rootPage(*m_db, QStringLiteral("c"));
    QVERIFY(rootOfC > 0);
    QVERIFY(!writes->mayHaveWritten(rootOfC));
    QVERIFY(writes->mayHaveWritten(SqliteWriteTracker::rootPage(*m_db, QStringLiteral("b"))));
    QVERIFY(!writes->mayHaveWritten(SqliteWriteTracker::rootPage(*m_db, QStringLiteral("a_old"))));

    const QList<TableState> helped = take({QStringLiteral("a_old"), QStringLiteral("b"), QStringLiteral("c")}, before,
                                          writes.get());
    QCOMPARE(helped.at(0).checksum, before.at(0).checksum); // renamed: the same b-tree, kept
    QVERIFY(helped.at(1).checksum != before.at(1).checksum);  // written: read again
    QCOMPARE(helped.at(2).checksum, before.at(2).checksum);

    // A statement whose end was not reported yet makes every table suspect.
    QVERIFY(exec(QStringLiteral("INSERT INTO c VALUES ('late', 'x')")));
    QVERIFY(writes->mayHaveWritten(rootOfC));
    writes->statementDone();
    QVERIFY(writes->mayHaveWritten(rootOfC));
    writes.reset();
    QVERIFY(exec(QStringLiteral("ROLLBACK")));
}

void TestSqliteWriteTracker::pragmaThatRewritesMeansEverything()
{
    QVERIFY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    SqliteWriteTracker writes(*m_db);
    const qint64 root = SqliteWriteTracker::rootPage(*m_db, QStringLiteral("c"));
    QVERIFY(exec(QStringLiteral("PRAGMA legacy_alter_table = ON")));
    writes.statementDone();
    QVERIFY(!writes.mayHaveWritten(root));
    QVERIFY(exec(QStringLiteral("PRAGMA writable_schema = ON")));
    writes.statementDone();
    QVERIFY(writes.mayHaveWritten(root));
    QVERIFY(exec(QStringLiteral("PRAGMA writable_schema = OFF")));
    QVERIFY(exec(QStringLiteral("ROLLBACK")));
}

void TestSqliteWriteTracker::virtualTableMeansEverything()
{
    ErrorInfo error;
    if (!m_db->exec(QStringLiteral("CREATE VIRTUAL TABLE notes USING fts5(body)"), &error))
        QSKIP("this SQLite has no FTS5");
    QVERIFY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    SqliteWriteTracker writes(*m_db);
    QVERIFY(writes.mayHaveWritten(SqliteWriteTracker::rootPage(*m_db, QStringLiteral("c"))));
    QVERIFY(exec(QStringLiteral("ROLLBACK")));
}

QTEST_GUILESS_MAIN(TestSqliteWriteTracker)
#include "tst_sqlitewritetracker.moc"
