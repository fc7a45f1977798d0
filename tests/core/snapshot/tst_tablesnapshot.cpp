// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// TableSnapshot on SQLite: row counts, a content checksum that ignores row order and names
// but sees every byte and every storage class, a schema fingerprint, the sentences that
// name differences, and the JSON kept in the history. Also ma_casefold.
#include "db/ConnectionSpec.h"
#include "db/DatabaseConnection.h"
#include "snapshot/TableSnapshot.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

bool isHex32(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(s).hasMatch();
}

TableState state(const QString &table, qint64 rows, const QString &checksum, const QString &schema)
{
    TableState s;
    s.table = table;
    s.rows = rows;
    s.checksum = checksum;
    s.schema = schema;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(TableState)

class TestTableSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowCounts();
    void missingTableIsAnError();
    void oddTableName();
    void reorderedCopyHasTheSameChecksum();
    void renameKeepsChecksumAndSchema_data();
    void renameKeepsChecksumAndSchema();
    void contentChange_data();
    void contentChange();
    void storageClasses_data();
    void storageClasses();
    void addedColumnChangesSchema();
    void indexBecomingUniqueChangesSchema();
    void renamedIndexKeepsSchema();

    void differences_data();
    void differences();
    void jsonRoundTrip();

    void casefold_data();
    void casefold();

private:
    // Takes one table's state on the open connection; fails the test on an error.
    TableState take(const QString &table);
    bool exec(const QString &sql);

    QTemporaryDir m_dir;
    QString m_master;
    QString m_path;
    std::unique_ptr<DatabaseConnection> m_db;
    int m_copies = 0;
};

void TestTableSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_master = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("master.db"));
    QVERIFY(!m_master.isEmpty());
}

void TestTableSnapshot::init()
{
    // Every test function works on its own copy of the demo database.
    m_path = m_dir.path() + QStringLiteral("/copy-%1.db").arg(++m_copies);
    QVERIFY(QFile::copy(m_master, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_db = std::make_unique<DatabaseConnection>(ConnectionSpec::sqlite(m_path));
    ErrorInfo error;
    QVERIFY2(m_db->open(DatabaseConnection::Mode::ReadWrite, &error), qPrintable(error.message));
}

void TestTableSnapshot::cleanup()
{
    m_db.reset();
}

TableState TestTableSnapshot::take(const QString &table)
{
    ErrorInfo error;
    const auto states = TableSnapshot::take(*m_db, {table}, &error);
    if (!states || states->size() != 1) {
        qWarning("take(%s): %s %s", qPrintable(table), qPrintable(error.message), qPrintable(error.details));
        return {};
    }
    return states->first();
}

bool TestTableSnapshot::exec(const QString &sql)
{
    ErrorInfo error;
    if (m_db->exec(sql, &error))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(error.message));
    return false;
}

void TestTableSnapshot::rowCounts()
{
    const QStringList tables{QStringLiteral("users"), QStringLiteral("emails"), QStringLiteral("digests"),
                             QStringLiteral("tasks")};
    ErrorInfo error;
    const auto states = TableSnapshot::take(*m_db, tables, &error);
    QVERIFY2(states, qPrintable(error.message));
    QCOMPARE(states->size(), tables.size());
    for (int i = 0; i < tables.size(); ++i) {
        const TableState &s = states->at(i);
        QCOMPARE(s.table, tables.at(i));
        const qint64 count = m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(tables.at(i)), &error).toLongLong();
        QCOMPARE(s.rows, count);
        QVERIFY2(isHex32(s.checksum), qPrintable(s.checksum));
        QVERIFY2(isHex32(s.schema), qPrintable(s.schema));
    }
    QCOMPARE(states->at(0).rows, qint64(500));
    QVERIFY(states->at(1).rows > 0);
    // Different tables, different content and shape.
    QVERIFY(states->at(0).checksum != states->at(1).checksum);
    QVERIFY(states->at(0).schema != states->at(1).schema);
    // The same table twice: the same state.
    QCOMPARE(take(QStringLiteral("users")), states->at(0));
}

void TestTableSnapshot::missingTableIsAnError()
{
    ErrorInfo error;
    QVERIFY(!TableSnapshot::take(*m_db, {QStringLiteral("users"), QStringLiteral("no_such_table")}, &error));
    QVERIFY2(error.message.contains(QLatin1String("no_such_table")), qPrintable(error.message));
}

void TestTableSnapshot::oddTableName()
{
    // Names are quoted wherever they go into SQL.
    QVERIFY(exec(QStringLiteral("CREATE TABLE \"odd \"\"name\"\"; x\" (\"a b\" TEXT, \"c\"\"d\" INTEGER)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO \"odd \"\"name\"\"; x\" VALUES ('x', 1), ('y', 2)")));
    const TableState s = take(QStringLiteral("odd \"name\"; x"));
    QCOMPARE(s.rows, qint64(2));
    QVERIFY(isHex32(s.checksum));
}

void TestTableSnapshot::reorderedCopyHasTheSameChecksum()
{
    const TableState original = take(QStringLiteral("users"));
    QCOMPARE(original.rows, qint64(500));
    // The same table definition under another name, filled in the opposite order.
    ErrorInfo error;
    QString ddl = m_db->scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'"),
                               &error).toString();
    QVERIFY2(ddl.startsWith(QLatin1String("CREATE TABLE users")), qPrintable(ddl));
    ddl.replace(0, int(qstrlen("CREATE TABLE users")), QStringLiteral("CREATE TABLE users_copy"));
    QVERIFY(exec(ddl));
    QVERIFY(exec(QStringLiteral("INSERT INTO users_copy SELECT * FROM users ORDER BY id DESC")));
    // Really stored in another order.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM users_copy ORDER BY rowid LIMIT 1"), &error),
             m_db->scalar(QStringLiteral("SELECT max(id) FROM users"), &error));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT id FROM users ORDER BY rowid LIMIT 1"), &error)
            != m_db->scalar(QStringLiteral("SELECT id FROM users_copy ORDER BY rowid LIMIT 1"), &error));

    const TableState copy = take(QStringLiteral("users_copy"));
    QCOMPARE(copy.rows, original.rows);
    QCOMPARE(copy.checksum, original.checksum);
    QCOMPARE(copy.schema, original.schema);

    // Emails the same way, into a table created from a query (another declared shape).
    QVERIFY(exec(QStringLiteral("CREATE TABLE emails_copy AS SELECT * FROM emails ORDER BY id DESC")));
    const TableState emails = take(QStringLiteral("emails"));
    const TableState emailsCopy = take(QStringLiteral("emails_copy"));
    QCOMPARE(emailsCopy.rows, emails.rows);
    QCOMPARE(emailsCopy.checksum, emails.checksum);
}

void TestTableSnapshot::renameKeepsChecksumAndSchema_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("users") << "users";
    QTest::newRow("emails") << "emails";
    QTest::newRow("tasks") << "tasks";
}

void TestTableSnapshot::renameKeepsChecksumAndSchema()
{
    QFETCH(QString, table);
    const TableState before = take(table);
    QVERIFY(before.rows > 0);
    QVERIFY(exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_renamed").arg(table)));
    const TableState after = take(table + QStringLiteral("_renamed"));
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.checksum, before.checksum);
    QCOMPARE(after.schema, before.schema);
    // And back.
    QVERIFY(exec(QStringLiteral("ALTER TABLE %1_renamed RENAME TO %1").arg(table)));
    QCOMPARE(take(table), before);
}

void TestTableSnapshot::contentChange_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("precondition"); // a count that must be > 0 for the row to mean something
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("changedRows");

    QTest::newRow("one byte of one value")
        << "emails"
        << "SELECT count(*) FROM emails WHERE length(subject) > 0 AND unicode(substr(subject, -1)) < 128"
        << "UPDATE emails SET subject = substr(subject, 1, length(subject) - 1) "
           "|| CASE WHEN substr(subject, -1) = 'a' THEN 'b' ELSE 'a' END "
           "WHERE id = (SELECT min(id) FROM emails WHERE length(subject) > 0 AND unicode(substr(subject, -1)) < 128)"
        << 1;
    QTest::newRow("a NULL becomes ''")
        << "users" << "SELECT count(*) FROM users WHERE access_token IS NULL"
        << "UPDATE users SET access_token = '' WHERE id = (SELECT min(id) FROM users WHERE access_token IS NULL)" << 1;
    QTest::newRow("a NULL becomes 0")
        << "users" << "SELECT count(*) FROM users WHERE refresh_expired IS NULL"
        << "UPDATE users SET refresh_expired = 0 WHERE id = (SELECT min(id) FROM users WHERE refresh_expired IS NULL)" << 1;
    QTest::newRow("a trailing space")
        << "users" << "SELECT count(*) FROM users WHERE name IS NOT NULL"
        << "UPDATE users SET name = name || ' ' WHERE id = (SELECT min(id) FROM users WHERE name IS NOT NULL)" << 1;
    QTest::newRow("upper case")
        << "users" << "SELECT count(*) FROM users WHERE email <> upper(email)"
        << "UPDATE users SET email = upper(email) WHERE id = (SELECT min(id) FROM users WHERE email <> upper(email))" << 1;
    QTest::newRow("two values swapped between columns of one row")
        << "users"
        << "SELECT count(*) FROM users WHERE access_token IS NOT NULL AND refresh_token IS NOT NULL "
           "AND access_token <> refresh_token"
        << "UPDATE users SET access_token = refresh_token, refresh_token = access_token WHERE id = (SELECT min(id) "
           "FROM users WHERE access_token IS NOT NULL AND refresh_token IS NOT NULL AND access_token <> refresh_token)"
        << 1;
    QTest::newRow("two values swapped between rows of one column")
        << "users" << "SELECT count(DISTINCT name) FROM users WHERE name IS NOT NULL"
        << "UPDATE users SET name = CASE id WHEN (SELECT min(id) FROM users) THEN (SELECT name FROM users WHERE id = "
           "(SELECT max(id) FROM users)) ELSE (SELECT name FROM users WHERE id = (SELECT min(id) FROM users)) END "
           "WHERE id IN ((SELECT min(id) FROM users), (SELECT max(id) FROM users)) "
           "AND (SELECT name FROM users WHERE id = (SELECT min(id) FROM users)) IS NOT "
           "(SELECT name FROM users WHERE id = (SELECT max(id) FROM users))"
        << 2;
    QTest::newRow("a row replaced by a second copy of another")
        << "tasks" << "SELECT count(*) FROM tasks"
        << "UPDATE tasks SET user_id = (SELECT user_id FROM tasks ORDER BY id LIMIT 1), "
           "extracted_from_id = (SELECT extracted_from_id FROM tasks ORDER BY id LIMIT 1), "
           "title = (SELECT title FROM tasks ORDER BY id LIMIT 1) "
           "WHERE id = (SELECT max(id) FROM tasks) AND (user_id, extracted_from_id, title) IS NOT "
           "(SELECT user_id, extracted_from_id, title FROM tasks ORDER BY id LIMIT 1)"
        << 1;
}

void TestTableSnapshot::contentChange()
{
    QFETCH(QString, table);
    QFETCH(QString, precondition);
    QFETCH(QString, change);
    QFETCH(int, changedRows);

    ErrorInfo error;
    QVERIFY2(m_db->scalar(precondition, &error).toLongLong() > 0, qPrintable(precondition + error.message));
    const TableState before = take(table);
    QVERIFY(before.rows > 0);
    QVERIFY(exec(change));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT changes()"), &error).toInt(), changedRows);
    const TableState after = take(table);
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.schema, before.schema);
    QVERIFY2(after.checksum != before.checksum, "a changed value must change the checksum");

    const QStringList diff = TableSnapshot::differences({before}, {after});
    QCOMPARE(diff.size(), 1);
    QVERIFY2(diff.first().contains(table) && diff.first().contains(QLatin1String("content")), qPrintable(diff.first()));
}

void TestTableSnapshot::storageClasses_data()
{
    // Two tables l(a, b) and r(a, b) without declared types (no affinity: every value keeps
    // its storage class), filled with the given rows.
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("same");

    QTest::newRow("1 vs '1'") << "(1, 'x')" << "('1', 'x')" << false;
    QTest::newRow("1 vs 1.0") << "(1, 'x')" << "(1.0, 'x')" << false;
    QTest::newRow("'1' vs x'31'") << "('1', 'x')" << "(x'31', 'x')" << false;
    QTest::newRow("NULL vs ''") << "(NULL, 'x')" << "('', 'x')" << false;
    QTest::newRow("NULL vs 0") << "(NULL, 'x')" << "(0, 'x')" << false;
    QTest::newRow("'' vs empty blob") << "('', 'x')" << "(x'', 'x')" << false;
    QTest::newRow("values swapped between columns") << "('a', 'b')" << "('b', 'a')" << false;
    QTest::newRow("NULL moves to the other column") << "(NULL, 'a')" << "('a', NULL)" << false;
    QTest::newRow("text split differently") << "('abc', 'def')" << "('abcd', 'ef')" << false;
    QTest::newRow("text moved into the next column") << "('ab', '')" << "('a', 'b')" << false;
    QTest::newRow("long text, last byte differs")
        << "(replace(hex(zeroblob(3000)), '0', 'a') || 'b', 1)" << "(replace(hex(zeroblob(3000)), '0', 'a') || 'c', 1)" << false;
    QTest::newRow("largest integers") << "(9223372036854775807, 0)" << "(9223372036854775806, 0)" << false;
    QTest::newRow("same values, other pairing") << "(1, 'a'), (2, 'b')" << "(1, 'b'), (2, 'a')" << false;
    QTest::newRow("another row duplicated") << "(1, 'a'), (1, 'a'), (2, 'b')" << "(1, 'a'), (2, 'b'), (2, 'b')" << false;
    QTest::newRow("same rows, other order") << "(1, 'a'), (2, 'b'), (3, NULL)" << "(3, NULL), (1, 'a'), (2, 'b')" << true;
    QTest::newRow("same blobs and reals") << "(x'00ff', 2.5), (NULL, -1)" << "(NULL, -1), (x'00ff', 2.5)" << true;
    QTest::newRow("both empty") << "" << "" << true;
}

void TestTableSnapshot::storageClasses()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, same);

    QVERIFY(exec(QStringLiteral("CREATE TABLE l(a, b)")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE r(a, b)")));
    if (!left.isEmpty())
        QVERIFY(exec(QStringLiteral("INSERT INTO l VALUES ") + left));
    if (!right.isEmpty())
        QVERIFY(exec(QStringLiteral("INSERT INTO r VALUES ") + right));
    const TableState l = take(QStringLiteral("l"));
    const TableState r = take(QStringLiteral("r"));
    QVERIFY(isHex32(l.checksum));
    QCOMPARE(l.schema, r.schema);
    if (same) {
        QCOMPARE(r.rows, l.rows);
        QCOMPARE(r.checksum, l.checksum);
    } else {
        QVERIFY2(r.checksum != l.checksum, "different content must give different checksums");
    }
}

void TestTableSnapshot::addedColumnChangesSchema()
{
    const TableState before = take(QStringLiteral("emails"));
    QVERIFY(exec(QStringLiteral("ALTER TABLE emails ADD COLUMN flagged INTEGER")));
    const TableState after = take(QStringLiteral("emails"));
    QCOMPARE(after.rows, before.rows);
    QVERIFY(after.schema != before.schema);
    const QStringList diff = TableSnapshot::differences({before}, {after});
    QVERIFY2(diff.join(QLatin1Char('\n')).contains(QLatin1String("columns")), qPrintable(diff.join(QLatin1Char('\n'))));
    for (const QString &line : diff)
        QVERIFY2(line.startsWith(QLatin1String("emails")), qPrintable(line));
}

void TestTableSnapshot::indexBecomingUniqueChangesSchema()
{
    QVERIFY(exec(QStringLiteral("CREATE INDEX emails_by_user ON emails(user_id, id)")));
    const TableState before = take(QStringLiteral("emails"));
    QVERIFY(exec(QStringLiteral("DROP INDEX emails_by_user")));
    QVERIFY(exec(QStringLiteral("CREATE UNIQUE INDEX emails_by_user ON emails(user_id, id)")));
    const TableState after = take(QStringLiteral("emails"));
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.checksum, before.checksum);
    QVERIFY2(after.schema != before.schema, "a unique index is part of the shape");
    const QStringList diff = TableSnapshot::differences({before}, {after});
    QCOMPARE(diff.size(), 1);
    QVERIFY2(diff.first().contains(QLatin1String("emails")) && diff.first().contains(QLatin1String("columns")),
             qPrintable(diff.first()));
}

void TestTableSnapshot::renamedIndexKeepsSchema()
{
    // Indexes count by content, not by name.
    QVERIFY(exec(QStringLiteral("CREATE UNIQUE INDEX emails_u1 ON emails(user_id, id)")));
    const TableState before = take(QStringLiteral("emails"));
    QVERIFY(exec(QStringLiteral("DROP INDEX emails_u1")));
    QVERIFY(exec(QStringLiteral("CREATE UNIQUE INDEX emails_u2 ON emails(user_id, id)")));
    QCOMPARE(take(QStringLiteral("emails")), before);
}

void TestTableSnapshot::differences_data()
{
    QTest::addColumn<QList<TableState>>("expected");
    QTest::addColumn<QList<TableState>>("actual");
    QTest::addColumn<QStringList>("sentences"); // per sentence: words it must contain, joined by '|'

    const TableState users = state(QStringLiteral("users"), 10000, QStringLiteral("c1"), QStringLiteral("s1"));
    const TableState emails = state(QStringLiteral("emails"), 250, QStringLiteral("c2"), QStringLiteral("s2"));
    const QList<TableState> both{users, emails};

    QTest::newRow("equal lists") << both << both << QStringList{};
    QTest::newRow("equal, other order") << both << QList<TableState>{emails, users} << QStringList{};
    QTest::newRow("both empty") << QList<TableState>{} << QList<TableState>{} << QStringList{};

    TableState fewer = users;
    fewer.rows = 9999;
    fewer.checksum = QStringLiteral("c9");
    QTest::newRow("rows") << both << QList<TableState>{fewer, emails} << QStringList{"users|rows"};

    TableState content = emails;
    content.checksum = QStringLiteral("c3");
    QTest::newRow("content") << both << QList<TableState>{users, content} << QStringList{"emails|content"};

    TableState shape = users;
    shape.schema = QStringLiteral("s9");
    QTest::newRow("columns") << both << QList<TableState>{shape, emails} << QStringList{"users|columns"};

    TableState contentAndShape = emails;
    contentAndShape.checksum = QStringLiteral("c3");
    contentAndShape.schema = QStringLiteral("s9");
    QTest::newRow("content and columns") << both << QList<TableState>{users, contentAndShape}
                                         << QStringList{"emails|content", "emails|columns"};

    QTest::newRow("every kind at once") << both << QList<TableState>{fewer, contentAndShape}
                                        << QStringList{"users|rows", "emails|content", "emails|columns"};

    QTest::newRow("missing table") << both << QList<TableState>{users} << QStringList{"emails|missing"};
    QTest::newRow("extra table") << QList<TableState>{users} << both << QStringList{"emails|should not be there"};
}

void TestTableSnapshot::differences()
{
    QFETCH(QList<TableState>, expected);
    QFETCH(QList<TableState>, actual);
    QFETCH(QStringList, sentences);

    const QStringList diff = TableSnapshot::differences(expected, actual);
    QCOMPARE(diff.size(), sentences.size());
    for (const QString &wanted : std::as_const(sentences)) {
        const QStringList words = wanted.split(QLatin1Char('|'));
        const bool found = std::any_of(diff.begin(), diff.end(), [&](const QString &line) {
            return std::all_of(words.begin(), words.end(), [&](const QString &w) { return line.contains(w); });
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no sentence with %1 in: %2").arg(wanted, diff.join(QLatin1String(" / ")))));
    }
}

void TestTableSnapshot::jsonRoundTrip()
{
    ErrorInfo error;
    const auto states = TableSnapshot::take(*m_db, {QStringLiteral("users"), QStringLiteral("emails"),
                                                    QStringLiteral("digests"), QStringLiteral("tasks")}, &error);
    QVERIFY2(states, qPrintable(error.message));
    QCOMPARE(TableSnapshot::fromJson(TableSnapshot::toJson(*states)), *states);

    // Through text, as the history stores it, with a count beyond 32 bits.
    QList<TableState> big = *states;
    big[0].rows = 10000000000LL;
    const QByteArray text = QJsonDocument(TableSnapshot::toJson(big)).toJson(QJsonDocument::Compact);
    const QList<TableState> back = TableSnapshot::fromJson(QJsonDocument::fromJson(text).array());
    QCOMPARE(back, big);
    QCOMPARE(back.first().rows, 10000000000LL);
    QVERIFY(TableSnapshot::differences(big, back).isEmpty());

    QCOMPARE(TableSnapshot::fromJson(QJsonArray()), QList<TableState>());
}

void TestTableSnapshot::casefold_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("ZOË / zoë") << QStringLiteral("ZOË") << QStringLiteral("zoë") << true;
    QTest::newRow("ÅNGSTRÖM / ångström") << QStringLiteral("ÅNGSTRÖM@X.COM") << QStringLiteral("ångström@x.com") << true;
    QTest::newRow("final sigma") << QStringLiteral("ΟΔΥΣΣΕΥΣ") << QStringLiteral("οδυσσευς") << true;
    QTest::newRow("ASCII") << QStringLiteral("Anna@Example.COM") << QStringLiteral("anna@example.com") << true;
    QTest::newRow("accent matters") << QStringLiteral("zoe") << QStringLiteral("zoë") << false;
    // The ASCII fast path must agree with the Unicode one where the two meet.
    QTest::newRow("Kelvin sign / k") << QStringLiteral("\u212Aate@x.org") << QStringLiteral("KATE@X.ORG") << true;
    QTest::newRow("long ASCII") << QStringLiteral("A").repeated(300) + QStringLiteral("@X.ORG")
                                << QStringLiteral("a").repeated(300) + QStringLiteral("@x.org") << true;
    QTest::newRow("control characters") << QStringLiteral("A\tB\u007F@X") << QStringLiteral("a\tb\u007f@x") << true;
    QTest::newRow("ASCII differs") << QStringLiteral("anna@example.com") << QStringLiteral("anne@example.com") << false;
}

void TestTableSnapshot::casefold()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    ErrorInfo error;
    const QVariant same = m_db->scalar(QStringLiteral("SELECT ma_casefold(?) = ma_casefold(?)"), &error, {a, b});
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(same.toInt(), equal ? 1 : 0);
    if (equal) // SQLite's own lower() folds ASCII only; this is why ma_casefold exists
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT ma_casefold(?)"), &error, {a}).toString(),
                 m_db->scalar(QStringLiteral("SELECT ma_casefold(?)"), &error, {b}).toString());
    // The literal form of the spec's example, too.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT ma_casefold('ZOË') = ma_casefold('zoë')"), &error).toInt(), 1);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT ma_casefold(NULL)"), &error).isNull());
}

QTEST_GUILESS_MAIN(TestTableSnapshot)
#include "tst_tablesnapshot.moc"
