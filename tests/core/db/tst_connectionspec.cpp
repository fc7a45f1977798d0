// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionSpec: the --db URL of the headless interface (spec/cli.md), parsed into a
// connection, and the promise that a password is never taken from it nor shown again.
#include "db/ConnectionSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

constexpr int Sqlite = int(ConnectionSpec::Driver::Sqlite);
constexpr int Postgresql = int(ConnectionSpec::Driver::Postgresql);

// The secret used in password rows: it must never come back in any text.
const QString kSecret = QStringLiteral("s3cr3tPw");

} // namespace

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void passwordIsRefused_data();
    void passwordIsRefused();
    void passwordNeverEchoed_data();
    void passwordNeverEchoed();
    void sslmodeSmugglesNoPassword();

    void displayUrlHidesPassword_data();
    void displayUrlHidesPassword();
    void displayUrlRoundTrip_data();
    void displayUrlRoundTrip();

    void identityIsStable();
    void identityDiffers_data();
    void identityDiffers();
    void identityIgnoresSessionSettings_data();
    void identityIgnoresSessionSettings();
    void sqliteFactoryMakesPathAbsolute();

private:
    QString expand(QString text) const
    {
        return text.replace(QLatin1String("{tmp}"), m_dir.path()).replace(QLatin1String("{cwd}"), QDir::currentPath());
    }
    ConnectionSpec parsed(const QString &url)
    {
        ErrorInfo error;
        const auto spec = ConnectionSpec::parse(url, &error);
        if (!spec)
            qWarning("%s: %s", qPrintable(url), qPrintable(error.message));
        return spec.value_or(ConnectionSpec());
    }

    QTemporaryDir m_dir;
};

void TestConnectionSpec::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.path() + QStringLiteral("/existing.db"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not really a database, but a file");
}

void TestConnectionSpec::parseValid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("driver");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<int>("timeout");

    // --- SQLite --------------------------------------------------------------------------------
    QTest::newRow("sqlite:/abs") << "sqlite:/abs/x.db" << Sqlite << "/abs/x.db" << "" << 5432 << "" << "" << "public" << "" << 5;
    QTest::newRow("sqlite:rel becomes absolute") << "sqlite:rel.db" << Sqlite << "{cwd}/rel.db" << "" << 5432 << "" << "" << "public" << "" << 5;
    QTest::newRow("sqlite:sub/rel becomes absolute") << "sqlite:data/customer one.db" << Sqlite << "{cwd}/data/customer one.db" << "" << 5432 << "" << "" << "public" << "" << 5;
    QTest::newRow("sqlite:///abs") << "sqlite:///abs/x.db" << Sqlite << "/abs/x.db" << "" << 5432 << "" << "" << "public" << "" << 5;
    QTest::newRow("sqlite: surrounding blanks") << "  sqlite:/abs/x.db \n" << Sqlite << "/abs/x.db" << "" << 5432 << "" << "" << "public" << "" << 5;
    QTest::newRow("sqlite: missing file is fine (open reports it)") << "sqlite:{tmp}/missing.db" << Sqlite << "{tmp}/missing.db" << "" << 5432 << "" << "" << "public" << "" << 5;
    QTest::newRow("bare existing file") << "{tmp}/existing.db" << Sqlite << "{tmp}/existing.db" << "" << 5432 << "" << "" << "public" << "" << 5;

    // --- PostgreSQL ------------------------------------------------------------------------------
    QTest::newRow("postgresql: every field") << "postgresql://u@h:5433/db?schema=s&sslmode=require" << Postgresql << ""
                                             << "h" << 5433 << "db" << "u" << "s" << "require" << 5;
    QTest::newRow("postgres: defaults") << "postgres://u@h/db" << Postgresql << "" << "h" << 5432 << "db" << "u" << "public" << "" << 5;
    QTest::newRow("postgresql: no user") << "postgresql://db.example.com/sales" << Postgresql << "" << "db.example.com" << 5432
                                         << "sales" << "" << "public" << "" << 5;
    QTest::newRow("postgresql: url-encoded user, db and schema")
        << "postgresql://j%C3%B6rg%40corp@h/my%20db?schema=sch%C3%A9ma%20x" << Postgresql << "" << "h" << 5432 << "my db"
        << QStringLiteral("jörg@corp") << QStringLiteral("schéma x") << "" << 5;
    QTest::newRow("postgresql: encoded colon in user") << "postgresql://a%3Ab@h/db" << Postgresql << "" << "h" << 5432 << "db"
                                                       << "a:b" << "public" << "" << 5;
    QTest::newRow("postgresql: IPv6 host") << "postgresql://u@[::1]:6543/db" << Postgresql << "" << "::1" << 6543 << "db"
                                           << "u" << "public" << "" << 5;
    QTest::newRow("postgresql: connect_timeout") << "postgresql://u@h/db?connect_timeout=12&schema=app" << Postgresql << ""
                                                 << "h" << 5432 << "db" << "u" << "app" << "" << 12;
}

void TestConnectionSpec::parseValid()
{
    QFETCH(QString, url);
    QFETCH(int, driver);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, schema);
    QFETCH(QString, sslMode);
    QFETCH(int, timeout);

    ErrorInfo error;
    const auto spec = ConnectionSpec::parse(expand(url), &error);
    QVERIFY2(spec, qPrintable(error.message + QLatin1Char(' ') + error.details));
    QVERIFY(!error.isError());
    QCOMPARE(int(spec->driver), driver);
    QCOMPARE(spec->isSqlite(), driver == Sqlite);
    QCOMPARE(spec->driverName(), driver == Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
    if (driver == Sqlite) {
        QVERIFY2(QFileInfo(spec->path).isAbsolute(), qPrintable(spec->path));
        QCOMPARE(spec->path, QDir::cleanPath(expand(path)));
        QCOMPARE(spec->displayUrl(), QStringLiteral("sqlite:") + spec->path);
    } else {
        QCOMPARE(spec->host, host);
        QCOMPARE(spec->port, port);
        QCOMPARE(spec->database, database);
        QCOMPARE(spec->user, user);
        QCOMPARE(spec->schema, schema);
        QCOMPARE(spec->sslMode, sslMode);
        QCOMPARE(spec->connectTimeoutSeconds, timeout);
        QVERIFY(spec->path.isEmpty());
    }
    QVERIFY(spec->password.isEmpty());
}

void TestConnectionSpec::parseInvalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("words"); // in the message, case-insensitive

    QTest::newRow("empty string") << "" << QStringList{"No database given", "sqlite:PATH"};
    QTest::newRow("only blanks") << "  \t " << QStringList{"No database given"};
    QTest::newRow("bare missing path") << "{tmp}/missing.db" << QStringList{"{tmp}/missing.db", "sqlite:PATH"};
    QTest::newRow("bare missing relative path") << "nowhere/customer.db" << QStringList{"nowhere/customer.db"};
    QTest::newRow("bare path of a folder") << "{tmp}" << QStringList{"{tmp}"};
    QTest::newRow("sqlite: without a path") << "sqlite:" << QStringList{"SQLite", "no file"};
    QTest::newRow("missing host") << "postgresql://u@/db" << QStringList{"PostgreSQL URL"};
    QTest::newRow("missing host, no user") << "postgresql:///db" << QStringList{"PostgreSQL URL"};
    QTest::newRow("missing db") << "postgresql://u@h" << QStringList{"PostgreSQL URL", "DBNAME"};
    QTest::newRow("missing db, trailing slash") << "postgresql://u@h:5433/" << QStringList{"PostgreSQL URL", "DBNAME"};
    QTest::newRow("db with a slash") << "postgresql://u@h/db/more" << QStringList{"PostgreSQL URL"};
    QTest::newRow("unknown query option") << "postgresql://u@h/db?schema=s&colour=blue" << QStringList{"unknown option", "colour"};
    QTest::newRow("empty schema") << "postgresql://u@h/db?schema=" << QStringList{"schema", "empty"};
    QTest::newRow("port not a number") << "postgresql://u@h:abc/db" << QStringList{"PostgreSQL URL"};
    QTest::newRow("port out of range") << "postgresql://u@h:70000/db" << QStringList{"PostgreSQL URL"};
    QTest::newRow("mysql://x") << "mysql://x" << QStringList{"Unknown kind", "sqlite:PATH", "postgresql://"};
    QTest::newRow("http URL") << "http://h/db" << QStringList{"Unknown kind"};
    QTest::newRow("password") << "postgresql://u:pw@h/db" << QStringList{"password"};
    QTest::newRow("empty password") << "postgresql://u:@h/db" << QStringList{"password"};
}

void TestConnectionSpec::parseInvalid()
{
    QFETCH(QString, url);
    QFETCH(QStringList, words);

    ErrorInfo error;
    const auto spec = ConnectionSpec::parse(expand(url), &error);
    QVERIFY2(!spec, qPrintable(QStringLiteral("parsed as %1").arg(spec ? spec->displayUrl() : QString())));
    QVERIFY(error.isError());
    for (const QString &word : std::as_const(words))
        QVERIFY2(error.message.contains(expand(word), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(expand(word), error.message)));
    // Without an ErrorInfo it fails the same way.
    QVERIFY(!ConnectionSpec::parse(expand(url), nullptr));
}

void TestConnectionSpec::passwordIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::newRow("u:pw@") << "postgresql://u:pw@h/db" << "pw";
    QTest::newRow("u:@ (empty password)") << "postgresql://u:@h/db" << "";
    QTest::newRow("postgres scheme") << "postgres://u:pw@h:5433/db?schema=s" << "pw";
    QTest::newRow("longer password") << "postgresql://admin:s3cr3tPw@db.example.com/sales" << "s3cr3tPw";
    QTest::newRow("no user, only a password") << "postgresql://:s3cr3tPw@h/db" << "s3cr3tPw";
    QTest::newRow("password with an encoded @") << "postgresql://u:s3cr3t%40Pw@h/db" << "s3cr3t";
    QTest::newRow("password and a missing host") << "postgresql://u:s3cr3tPw@/db" << "s3cr3tPw";
    QTest::newRow("password and an unknown option") << "postgresql://u:s3cr3tPw@h/db?colour=blue" << "s3cr3tPw";
}

void TestConnectionSpec::passwordIsRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, password);

    ErrorInfo error;
    QVERIFY(!ConnectionSpec::parse(url, &error));
    QVERIFY2(error.message.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("--password-file")), qPrintable(error.message));
    if (!password.isEmpty()) {
        QVERIFY2(!error.message.contains(password), qPrintable(error.message));
        QVERIFY2(!error.details.contains(password), qPrintable(error.details));
    }
    // Nor the URL as a whole.
    QVERIFY(!error.message.contains(url));
    QVERIFY(!error.details.contains(url));
}

// sslmode goes into libpq's options as it is: "require password=…" would be a password the
// URL check never saw, shown by every display of the URL (the fleet's events, reports, table).
void TestConnectionSpec::sslmodeSmugglesNoPassword()
{
    ErrorInfo error;
    const QString url = QStringLiteral("postgresql://u@h/db?sslmode=require%20password%3Ds3cr3tPw");
    QVERIFY(!ConnectionSpec::parse(url, &error));
    QVERIFY2(error.message.contains(QLatin1String("sslmode")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("s3cr3tPw")), qPrintable(error.message));
    QVERIFY2(!error.details.contains(QLatin1String("s3cr3tPw")), qPrintable(error.details));
    QVERIFY(!ConnectionSpec::redacted(url).contains(QLatin1String("s3cr3tPw")));
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}) {
        const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://u@h/db?sslmode=") + QLatin1String(mode), &error);
        QVERIFY2(spec, qPrintable(error.message));
        QCOMPARE(spec->sslMode, QLatin1String(mode));
    }
}

void TestConnectionSpec::passwordNeverEchoed_data()
{
    // URLs that carry a password in a shape QUrl finds malformed. Whatever the verdict, the
    // password must not come back: not in the message, and not in the details either (they
    // are shown to support and go into reports). Spec: "never printed or logged".
    QTest::addColumn<QString>("url");
    QTest::newRow("space in password") << "postgresql://u:s3cr3t Pw@h/db";
    QTest::newRow("bad percent escape in password") << "postgresql://u:s3cr3t%zzPw@h/db";
    QTest::newRow("slash in password") << "postgresql://u:s3cr3t/Pw@h/db";
    QTest::newRow("question mark in password") << "postgresql://u:s3cr3t?Pw@h/db";
    QTest::newRow("hash in password") << "postgresql://u:s3cr3t#Pw@h/db";
    QTest::newRow("raw @ in password") << "postgresql://u:s3cr3t@Pw@h/db";
    QTest::newRow("password and a bad port") << "postgresql://u:s3cr3tPw@h:port/db";
    // libpq takes ?password=… in a URI; the assistant refuses it, and must not echo it.
    QTest::newRow("password as a query option") << "postgresql://u@h/db?password=s3cr3tPw";
    QTest::newRow("password option and a missing host") << "postgresql://u@/db?password=s3cr3tPw";
    // Mistyped URLs holding a password.
    QTest::newRow("mistyped scheme") << "postgresq://u:s3cr3tPw@h/db";
    QTest::newRow("scheme without colon") << "postgresql//u:s3cr3tPw@h/db";
}

void TestConnectionSpec::passwordNeverEchoed()
{
    QFETCH(QString, url);
    ErrorInfo error;
    const auto spec = ConnectionSpec::parse(url, &error);
    QVERIFY2(!spec, qPrintable(spec ? spec->displayUrl() : QString()));
    QVERIFY(error.isError());
    QVERIFY2(!error.message.contains(QLatin1String("s3cr3t")), qPrintable(error.message));
    QVERIFY2(!error.details.contains(QLatin1String("s3cr3t")),
             qPrintable(QStringLiteral("details echo the password: %1").arg(error.details)));
}

void TestConnectionSpec::displayUrlHidesPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << "postgresql://u@h:5433/db?schema=s&sslmode=require"
                          << "postgresql://u@h:5433/db?schema=s&sslmode=require";
    QTest::newRow("postgres scheme, defaults") << "postgres://u@h/db" << "postgresql://u@h:5432/db?schema=public";
    QTest::newRow("no user") << "postgresql://h/db" << "postgresql://h:5432/db?schema=public";
    QTest::newRow("sqlite") << "sqlite:/abs/x.db" << "sqlite:/abs/x.db";
}

void TestConnectionSpec::displayUrlHidesPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    ConnectionSpec spec = parsed(url);
    QCOMPARE(spec.displayUrl(), expected);
    for (const QString &password : {kSecret, QStringLiteral("p@ss:w/rd?#&="), QStringLiteral("zz top secret")}) {
        spec.password = password;
        const QString shown = spec.displayUrl();
        QCOMPARE(shown, expected);
        QVERIFY2(!shown.contains(password), qPrintable(shown));
        QVERIFY2(!shown.contains(QString::fromLatin1(QUrl::toPercentEncoding(password))), qPrintable(shown));
    }
}

void TestConnectionSpec::displayUrlRoundTrip_data()
{
    // What displayUrl() shows parses back to the same database (recent connections rely on it).
    QTest::addColumn<QString>("url");
    QTest::newRow("full") << "postgresql://u@h:5433/db?schema=s&sslmode=require";
    QTest::newRow("encoded @ and Unicode") << "postgresql://j%C3%B6rg%40corp@h/d%C3%B6b?schema=sch%C3%A9ma";
    // PostgreSQL allows spaces in (quoted) database, schema and role names.
    QTest::newRow("space in database name") << "postgresql://u@h/my%20db";
    QTest::newRow("space in schema") << "postgresql://u@h/db?schema=my%20schema";
    QTest::newRow("space in user") << "postgresql://app%20user@h/db";
    QTest::newRow("schema with & and =") << "postgresql://u@h/db?schema=a%26b%3Dc";
    QTest::newRow("IPv6") << "postgresql://u@[::1]:6543/db";
    QTest::newRow("sqlite") << "sqlite:/abs/with space/x.db";
}

void TestConnectionSpec::displayUrlRoundTrip()
{
    QFETCH(QString, url);
    ConnectionSpec first = parsed(url);
    first.password = kSecret;
    ErrorInfo error;
    const auto again = ConnectionSpec::parse(first.displayUrl(), &error);
    QVERIFY2(again, qPrintable(first.displayUrl() + QStringLiteral(": ") + error.message));
    QCOMPARE(int(again->driver), int(first.driver));
    QCOMPARE(again->path, first.path);
    QCOMPARE(again->host, first.host);
    QCOMPARE(again->port, first.port);
    QCOMPARE(again->database, first.database);
    QCOMPARE(again->user, first.user);
    QCOMPARE(again->schema, first.schema);
    QCOMPARE(again->sslMode, first.sslMode);
    QVERIFY(again->password.isEmpty());
    QCOMPARE(again->identity(), first.identity());
}

void TestConnectionSpec::identityIsStable()
{
    // The default lock file's name comes from it: two versions of the assistant must agree.
    QCOMPARE(parsed(QStringLiteral("postgresql://u@h/db")).identity(), QStringLiteral("2d60a3533d063f28"));
    QCOMPARE(parsed(QStringLiteral("postgresql://ops@db.example.com:5433/sales?schema=billing")).identity(),
             QStringLiteral("a5fa576d71e4d414"));
    const ConnectionSpec spec = parsed(QStringLiteral("postgresql://u@h:5433/db?schema=s"));
    QCOMPARE(spec.identity(), spec.identity());
    QCOMPARE(parsed(QStringLiteral("postgresql://u@h:5433/db?schema=s")).identity(), spec.identity());
    static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
    QVERIFY(hex16.match(spec.identity()).hasMatch());
    QVERIFY(hex16.match(ConnectionSpec::sqlite(QStringLiteral("/abs/x.db")).identity()).hasMatch());
}

void TestConnectionSpec::identityDiffers_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("schema") << "postgresql://u@h/db?schema=a" << "postgresql://u@h/db?schema=b";
    QTest::newRow("schema vs default") << "postgresql://u@h/db" << "postgresql://u@h/db?schema=other";
    QTest::newRow("database") << "postgresql://u@h/db1" << "postgresql://u@h/db2";
    QTest::newRow("host") << "postgresql://u@h1/db" << "postgresql://u@h2/db";
    QTest::newRow("port") << "postgresql://u@h:5432/db" << "postgresql://u@h:5433/db";
    QTest::newRow("sqlite path") << "sqlite:/abs/a.db" << "sqlite:/abs/b.db";
    QTest::newRow("sqlite vs postgresql") << "sqlite:/abs/db" << "postgresql://u@h/db";
}

void TestConnectionSpec::identityDiffers()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(parsed(a).identity() != parsed(b).identity());
}

void TestConnectionSpec::identityIgnoresSessionSettings_data()
{
    // Two sessions on the same database must meet at the same lock.
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("user") << "postgresql://alice@h/db" << "postgresql://bob@h/db";
    QTest::newRow("sslmode") << "postgresql://u@h/db" << "postgresql://u@h/db?sslmode=require";
    QTest::newRow("scheme spelling") << "postgres://u@h/db" << "postgresql://u@h/db";
    QTest::newRow("explicit default port") << "postgresql://u@h/db" << "postgresql://u@h:5432/db";
    QTest::newRow("explicit default schema") << "postgresql://u@h/db" << "postgresql://u@h/db?schema=public";
    QTest::newRow("sqlite relative vs absolute") << "sqlite:rel.db" << "sqlite:{cwd}/rel.db";
}

void TestConnectionSpec::identityIgnoresSessionSettings()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    ConnectionSpec first = parsed(expand(a));
    ConnectionSpec second = parsed(expand(b));
    second.password = kSecret;
    QCOMPARE(first.identity(), second.identity());
}

void TestConnectionSpec::sqliteFactoryMakesPathAbsolute()
{
    const ConnectionSpec spec = ConnectionSpec::sqlite(QStringLiteral("some/file.db"));
    QVERIFY(spec.isSqlite());
    QCOMPARE(spec.path, QDir::current().absoluteFilePath(QStringLiteral("some/file.db")));
    QCOMPARE(spec.displayUrl(), QStringLiteral("sqlite:") + spec.path);
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
