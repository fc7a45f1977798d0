// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDatabaseWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

namespace {

// A read-only QSQLITE connection with its own name, removed when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString &file)
        : m_name(QStringLiteral("tst_demodatabasewriter-")
                 + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row; an invalid QVariant (and a warning) on error.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning().noquote() << "query failed:" << query.lastError().text() << sql;
            return {};
        }
        return query.value(0);
    }
    qint64 count(const QString &sql) const
    {
        const QVariant value = scalar(sql);
        return value.isValid() ? value.toLongLong() : -1;
    }
    QStringList column(const QString &sql) const
    {
        QStringList out;
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            qWarning().noquote() << "query failed:" << query.lastError().text() << sql;
            return {QStringLiteral("<query failed>")};
        }
        while (query.next())
            out << query.value(0).toString();
        return out;
    }

    // SHA-256 over the schema and every row of every table, NULL told apart from '' and each
    // value tagged with its storage class, so two databases with equal digests hold the same data.
    QByteArray digest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList tables = column(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        for (const QString &sql : column(QStringLiteral(
                 "SELECT type || ':' || name || ':' || coalesce(sql, '') FROM sqlite_schema "
                 "ORDER BY type, name")))
            hash.addData(sql.toUtf8() + '\n');
        for (const QString &table : tables) {
            QSqlQuery query(db());
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
                qWarning() << "dump failed:" << query.lastError().text();
                return {};
            }
            hash.addData(table.toUtf8() + '\n');
            while (query.next()) {
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant value = query.value(i);
                    if (value.isNull()) {
                        hash.addData(QByteArrayView("N;"));
                    } else {
                        const QByteArray bytes = value.toString().toUtf8();
                        hash.addData(QByteArray(value.typeName()) + ':'
                                     + QByteArray::number(bytes.size()) + ':' + bytes + ';');
                    }
                }
                hash.addData(QByteArrayView("\n"));
            }
        }
        return hash.result();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

const QStringList kTokenColumns = {
    QStringLiteral("access_token"), QStringLiteral("refresh_token"),
    QStringLiteral("access_token_2"), QStringLiteral("refresh_token_2"),
};

// "SELECT count(*) FROM users WHERE <predicate on access_token> OR <... on refresh_token> ..."
QString anyToken(const QString &predicate)
{
    QStringList parts;
    for (const QString &columnName : kTokenColumns)
        parts << QStringLiteral("(%1)").arg(QString(predicate).replace(QLatin1String("$"), columnName));
    return QStringLiteral("SELECT count(*) FROM users WHERE ") + parts.join(QStringLiteral(" OR "));
}

} // namespace

class TestDemoDatabaseWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowCounts();
    void schema();
    void refusesToOverwrite();
    void refusesBadInput();
    void awkwardCases_data();
    void awkwardCases();
    void noBlockers();
    void deterministic();
    void ownerOnlyAndNoLeftovers();
    void hundredThousandUsers();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestDemoDatabaseWriter::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_file = m_dir.filePath(QStringLiteral("demo-1000.sqlite"));
    ErrorInfo error;
    QVERIFY2(DemoDatabaseWriter::write(m_file, 1000, &error),
             qPrintable(error.message + QLatin1Char('\n') + error.details));
    QVERIFY(!error.isError());
    QVERIFY(QFileInfo::exists(m_file));
    QVERIFY(!DemoDatabaseWriter::describe().isEmpty());
}

void TestDemoDatabaseWriter::rowCounts()
{
    Connection c(m_file);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM users")), 1000);
    // Emails: none for i % 10 == 0, four for i % 10 == 9, two otherwise.
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM emails")), 2000);
    // Digests: none for i % 7 == 0, two for i % 7 == 3, one otherwise.
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM digests")), 1001);
    // Tasks: one for i % 8 in {1, 5}, two for i % 8 == 3.
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM tasks")), 500);
    QCOMPARE(c.scalar(QStringLiteral("SELECT min(id) FROM users")).toString(), QStringLiteral("u0000001"));
    QCOMPARE(c.scalar(QStringLiteral("SELECT max(id) FROM users")).toString(), QStringLiteral("u0001000"));
}

void TestDemoDatabaseWriter::schema()
{
    Connection c(m_file);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    QCOMPARE(c.column(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")),
             (QStringList{QStringLiteral("digests"), QStringLiteral("emails"), QStringLiteral("tasks"),
                          QStringLiteral("users")}));
    QCOMPARE(c.column(QStringLiteral("SELECT \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('emails')")),
             QStringList{QStringLiteral("users.id")});
    QCOMPARE(c.column(QStringLiteral("SELECT \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('digests')")),
             QStringList{QStringLiteral("users.id")});
    // tasks.user_id has no foreign key on purpose; only extracted_from_id has one.
    QCOMPARE(c.column(QStringLiteral("SELECT \"from\" || '>' || \"table\" || '.' || \"to\" "
                                     "FROM pragma_foreign_key_list('tasks')")),
             QStringList{QStringLiteral("extracted_from_id>emails.id")});
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM pragma_table_info('users')")), 22);
    QCOMPARE(c.count(QStringLiteral("SELECT \"notnull\" FROM pragma_table_info('users') WHERE name = 'email'")), 1);
    QCOMPARE(c.count(QStringLiteral("SELECT \"notnull\" FROM pragma_table_info('users') WHERE name = 'created_at'")), 1);
    QCOMPARE(c.scalar(QStringLiteral("SELECT type FROM pragma_table_info('users') WHERE name = 'refresh_expired_2'")).toString(),
             QStringLiteral("BOOLEAN"));
    // UNIQUE on email and on telegram_id (besides the primary key).
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM pragma_index_list('users') WHERE \"unique\" = 1")), 3);
    QCOMPARE(c.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(c.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestDemoDatabaseWriter::refusesToOverwrite()
{
    const QByteArray before = [this] {
        QFile f(m_file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    ErrorInfo error;
    QVERIFY(!DemoDatabaseWriter::write(m_file, 10, &error));
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(QLatin1String("already exists")), qPrintable(error.message));

    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);

    // An empty file is not overwritten either.
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
    }
    QVERIFY(!DemoDatabaseWriter::write(empty, 10));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(QFile::remove(empty));
}

void TestDemoDatabaseWriter::refusesBadInput()
{
    ErrorInfo error;
    QVERIFY(!DemoDatabaseWriter::write(m_dir.filePath(QStringLiteral("negative.sqlite")), -1, &error));
    QVERIFY(error.isError());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("negative.sqlite"))));

    error = {};
    QVERIFY(!DemoDatabaseWriter::write(m_dir.filePath(QStringLiteral("no/such/folder/demo.sqlite")), 10, &error));
    QVERIFY(error.isError());

    // Zero users: the schema and nothing else.
    const QString zero = m_dir.filePath(QStringLiteral("zero.sqlite"));
    QVERIFY(DemoDatabaseWriter::write(zero, 0));
    {
        Connection c(zero);
        QVERIFY2(c.isOpen(), qPrintable(c.error()));
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM users")), 0);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM emails")), 0);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")), 4);
    }
    QVERIFY(QFile::remove(zero));
}

void TestDemoDatabaseWriter::awkwardCases_data()
{
    QTest::addColumn<QString>("sql");
    auto users = [](const char *where) {
        return QStringLiteral("SELECT count(*) FROM users WHERE ") + QString::fromUtf8(where);
    };

    QTest::newRow("name with a single quote") << users("instr(name, '''') > 0");
    QTest::newRow("name with a double quote") << users("instr(name, '\"') > 0");
    QTest::newRow("name with a backslash") << users("instr(name, char(92)) > 0");
    QTest::newRow("name with a newline") << users("instr(name, char(10)) > 0");
    QTest::newRow("name with a tab") << users("instr(name, char(9)) > 0");
    QTest::newRow("name with non-ASCII") << users("length(name) <> length(CAST(name AS BLOB))");
    QTest::newRow("NULL name") << users("name IS NULL");
    QTest::newRow("empty name") << users("name = ''");
    QTest::newRow("NULL timezone") << users("timezone IS NULL");
    QTest::newRow("empty timezone") << users("timezone = ''");
    QTest::newRow("mixed-case email") << users("email <> lower(email)");
    QTest::newRow("non-ASCII email") << users("length(email) <> length(CAST(email AS BLOB))");
    QTest::newRow("created_at with T") << users("created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'");
    QTest::newRow("created_at with space") << users("created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] *'");

    QTest::newRow("token >= 2000 bytes") << anyToken(QStringLiteral("length(CAST($ AS BLOB)) >= 2000"));
    QTest::newRow("token with a backslash") << anyToken(QStringLiteral("instr($, char(92)) > 0"));
    QTest::newRow("token with a newline") << anyToken(QStringLiteral("instr($, char(10)) > 0"));
    QTest::newRow("token with a quote") << anyToken(QStringLiteral("instr($, '\"') > 0 AND instr($, '''') > 0"));
    QTest::newRow("token with JSON") << anyToken(QStringLiteral("instr($, '{\"a\":1') > 0"));
    QTest::newRow("token with non-ASCII") << anyToken(QStringLiteral("length($) <> length(CAST($ AS BLOB))"));
    QTest::newRow("empty token") << anyToken(QStringLiteral("$ = ''"));
    QTest::newRow("gmail access token >= 2000 bytes") << users("length(CAST(access_token AS BLOB)) >= 2000");
    QTest::newRow("calendar access token >= 2000 bytes") << users("length(CAST(access_token_2 AS BLOB)) >= 2000");

    QTest::newRow("gmail connected") << users("access_token IS NOT NULL OR refresh_token IS NOT NULL OR client_id IS NOT NULL");
    QTest::newRow("gmail only client_id")
        << users("client_id IS NOT NULL AND access_token IS NULL AND refresh_token IS NULL AND client_secret IS NULL "
                 "AND auth_code IS NULL AND granted_scopes IS NULL AND refresh_expired IS NULL");
    QTest::newRow("gmail only refresh_token")
        << users("refresh_token IS NOT NULL AND access_token IS NULL AND client_id IS NULL AND client_secret IS NULL "
                 "AND auth_code IS NULL AND granted_scopes IS NULL AND refresh_expired IS NULL");
    QTest::newRow("gmail without refresh_token") << users("access_token IS NOT NULL AND refresh_token IS NULL");
    QTest::newRow("incomplete gmail oauth")
        << users("(auth_code IS NOT NULL OR granted_scopes IS NOT NULL) "
                 "AND access_token IS NULL AND refresh_token IS NULL AND client_id IS NULL");
    QTest::newRow("incomplete gmail oauth, auth_code only")
        << users("auth_code IS NOT NULL AND granted_scopes IS NULL "
                 "AND access_token IS NULL AND refresh_token IS NULL AND client_id IS NULL");
    QTest::newRow("incomplete gmail oauth, scopes only")
        << users("auth_code IS NULL AND granted_scopes IS NOT NULL "
                 "AND access_token IS NULL AND refresh_token IS NULL AND client_id IS NULL");
    QTest::newRow("refresh_expired 0") << users("refresh_expired = 0");
    QTest::newRow("refresh_expired 1") << users("refresh_expired = 1");
    QTest::newRow("refresh_expired NULL") << users("refresh_expired IS NULL AND access_token IS NOT NULL");

    QTest::newRow("calendar connected") << users("access_token_2 IS NOT NULL OR refresh_token_2 IS NOT NULL OR client_id_2 IS NOT NULL");
    QTest::newRow("calendar only client_id_2")
        << users("client_id_2 IS NOT NULL AND access_token_2 IS NULL AND refresh_token_2 IS NULL");
    QTest::newRow("calendar only refresh_token_2")
        << users("refresh_token_2 IS NOT NULL AND access_token_2 IS NULL AND client_id_2 IS NULL");
    QTest::newRow("incomplete calendar oauth")
        << users("(auth_code_2 IS NOT NULL OR granted_scopes_2 IS NOT NULL) "
                 "AND access_token_2 IS NULL AND refresh_token_2 IS NULL AND client_id_2 IS NULL");
    QTest::newRow("refresh_expired_2 0") << users("refresh_expired_2 = 0");
    QTest::newRow("refresh_expired_2 1") << users("refresh_expired_2 = 1");
    QTest::newRow("refresh_expired_2 NULL") << users("refresh_expired_2 IS NULL AND access_token_2 IS NOT NULL");

    QTest::newRow("telegram with NULL token") << users("telegram_id IS NOT NULL AND telegram_signup_token IS NULL");
    QTest::newRow("telegram with token") << users("telegram_id IS NOT NULL AND telegram_signup_token IS NOT NULL");
    QTest::newRow("telegram with empty token") << users("telegram_id IS NOT NULL AND telegram_signup_token = ''");
    QTest::newRow("telegram token with JSON") << users("telegram_id IS NOT NULL AND telegram_signup_token = '{\"x\":\"y\"}'");
    QTest::newRow("telegram token with a quote") << users("telegram_id IS NOT NULL AND instr(telegram_signup_token, '\"') > 0");
    QTest::newRow("telegram token with a backslash") << users("telegram_id IS NOT NULL AND instr(telegram_signup_token, char(92)) > 0");
    QTest::newRow("telegram token with a newline") << users("telegram_id IS NOT NULL AND instr(telegram_signup_token, char(10)) > 0");
    QTest::newRow("telegram token with non-ASCII")
        << users("telegram_id IS NOT NULL AND length(telegram_signup_token) <> length(CAST(telegram_signup_token AS BLOB))");
    QTest::newRow("signal users") << users("signal_source_uuid IS NOT NULL");

    QTest::newRow("email with NULL subject") << QStringLiteral("SELECT count(*) FROM emails WHERE subject IS NULL");
    QTest::newRow("task from an email") << QStringLiteral("SELECT count(*) FROM tasks WHERE extracted_from_id IS NOT NULL");
    QTest::newRow("task from no email") << QStringLiteral("SELECT count(*) FROM tasks WHERE extracted_from_id IS NULL");
}

void TestDemoDatabaseWriter::awkwardCases()
{
    QFETCH(QString, sql);
    Connection c(m_file);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    const qint64 n = c.count(sql);
    QVERIFY2(n > 0, qPrintable(QStringLiteral("%1 -> %2").arg(sql).arg(n)));
}

void TestDemoDatabaseWriter::noBlockers()
{
    Connection c(m_file);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM users WHERE email IS NULL")), 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM (SELECT lower(email) FROM users "
                                    "GROUP BY lower(email) HAVING count(*) > 1)")), 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM emails WHERE user_id NOT IN (SELECT id FROM users)")), 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM digests WHERE user_id NOT IN (SELECT id FROM users)")), 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM tasks WHERE user_id NOT IN (SELECT id FROM users)")), 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'users_old'")), 0);
    // telegram_id is unique by constraint; make sure the data did not rely on NULLs only.
    QVERIFY(c.count(QStringLiteral("SELECT count(DISTINCT telegram_id) FROM users")) > 100);
}

void TestDemoDatabaseWriter::deterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("same-a.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("same-b.sqlite"));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(DemoDatabaseWriter::write(a, 1000));
    QVERIFY(DemoDatabaseWriter::write(b, 1000));
    QVERIFY(DemoDatabaseWriter::write(other, 999));

    QByteArray digestA, digestB, digestOther, digestMain;
    {
        Connection ca(a), cb(b), co(other), cm(m_file);
        QVERIFY(ca.isOpen() && cb.isOpen() && co.isOpen() && cm.isOpen());
        digestA = ca.digest();
        digestB = cb.digest();
        digestOther = co.digest();
        digestMain = cm.digest();
    }
    QVERIFY(!digestA.isEmpty());
    QCOMPARE(digestA.toHex(), digestB.toHex());
    QCOMPARE(digestA.toHex(), digestMain.toHex());
    QVERIFY(digestA != digestOther);
    QVERIFY(QFile::remove(a));
    QVERIFY(QFile::remove(b));
    QVERIFY(QFile::remove(other));
}

void TestDemoDatabaseWriter::ownerOnlyAndNoLeftovers()
{
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(m_file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));

    // No journal, WAL or half-written temporary file is left behind.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(left, QStringList{QStringLiteral("demo-1000.sqlite")});
}

void TestDemoDatabaseWriter::hundredThousandUsers()
{
    const QString file = m_dir.filePath(QStringLiteral("demo-100000.sqlite"));
    QElapsedTimer timer;
    timer.start();
    ErrorInfo error;
    QVERIFY2(DemoDatabaseWriter::write(file, 100000, &error),
             qPrintable(error.message + QLatin1Char('\n') + error.details));
    const qint64 elapsed = timer.elapsed();
    qInfo().noquote() << QStringLiteral("100 000 users written in %1 ms (%2 MB)")
                             .arg(elapsed)
                             .arg(QFileInfo(file).size() / (1024.0 * 1024.0), 0, 'f', 1);
    {
        Connection c(file);
        QVERIFY2(c.isOpen(), qPrintable(c.error()));
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM users")), 100000);
    }
    QVERIFY(QFile::remove(file));
}

QTEST_GUILESS_MAIN(TestDemoDatabaseWriter)
#include "tst_demodatabasewriter.moc"
