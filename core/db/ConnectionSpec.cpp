// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ConnectionSpec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return ConnectionSpec::tr(text, disambiguation, n);
}
}

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.driver = Driver::Sqlite;
    spec.path = QFileInfo(path).absoluteFilePath();
    return spec;
}

QString ConnectionSpec::redacted(const QString &text)
{
    // Whatever stands before the last '@' of the authority may hold a password, and so may
    // a password= option (also percent-encoded, password%3D inside another option's value):
    // neither is ever shown, whatever shape the rest of the text has.
    QString out = text;
    const qsizetype schemeEnd = out.indexOf(QLatin1String("://"));
    const qsizetype start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    const qsizetype at = out.lastIndexOf(QLatin1Char('@'));
    if (at >= start)
        out.replace(start, at - start, QStringLiteral("***"));
    static const QRegularExpression password(QStringLiteral("(password(?:=|%3D))[^&#]*"),
                                             QRegularExpression::CaseInsensitiveOption);
    out.replace(password, QStringLiteral("\\1***"));
    return out;
}

std::optional<ConnectionSpec> ConnectionSpec::parse(const QString &url, ErrorInfo *error)
{
    const QString text = url.trimmed();
    if (text.isEmpty()) {
        fail(error, tr("No database given: use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DBNAME."));
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")) && path.mid(2).section(QLatin1Char('/'), 0, 0).contains(QLatin1Char('@'))) {
            // sqlite://USER:PASSWORD@... is no SQLite URL, and its text must not be echoed as a path.
            fail(error, tr("A SQLite URL names a file, not a user or a password: write sqlite:PATH."));
            return std::nullopt;
        }
        if (path.startsWith(QLatin1String("//")))
            path = QUrl(text).toLocalFile().isEmpty() ? path.mid(2) : QUrl(text).toLocalFile();
        if (path.isEmpty()) {
            fail(error, tr("The SQLite URL names no file: write sqlite:PATH."));
            return std::nullopt;
        }
        return sqlite(path);
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            // QUrl's own error text quotes the whole URL, password and all: not shown.
            fail(error, tr("The PostgreSQL URL is malformed."), redacted(text));
            return std::nullopt;
        }
        const QString authority = text.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0);
        const bool hasUserInfo = authority.contains(QLatin1Char('@'));
        if (!parsed.password().isEmpty()
            || (hasUserInfo && authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))) {
            // Never echo the URL here: it holds the password.
            fail(error, tr("The database URL contains a password. Passwords are never taken on the command line: "
                           "use --password-file, PGPASSWORD or ~/.pgpass."));
            return std::nullopt;
        }
        ConnectionSpec spec;
        spec.driver = Driver::Postgresql;
        spec.host = parsed.host();
        spec.port = parsed.port(5432);
        spec.user = parsed.userName();
        spec.database = parsed.path().mid(1);
        if (spec.host.isEmpty() || spec.database.isEmpty() || spec.database.contains(QLatin1Char('/'))) {
            fail(error, tr("The PostgreSQL URL must look like postgresql://USER@HOST:PORT/DBNAME?schema=NAME."),
                 redacted(text));
            return std::nullopt;
        }
        const QUrlQuery query(parsed);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first == QLatin1String("schema"))
                spec.schema = item.second;
            else if (item.first == QLatin1String("sslmode")) {
                // Only libpq's words: the value goes into the connection options as it is, where
                // "require password=…" would smuggle in a password that every display then shows.
                static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
                                               QStringLiteral("prefer"), QStringLiteral("require"),
                                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
                if (!modes.contains(item.second)) {
                    fail(error, tr("The PostgreSQL URL's sslmode must be one of %1.").arg(modes.join(QStringLiteral(", "))),
                         redacted(text));
                    return std::nullopt;
                }
                spec.sslMode = item.second;
            }
            else if (item.first == QLatin1String("connect_timeout"))
                spec.connectTimeoutSeconds = qMax(1, item.second.toInt());
            else {
                fail(error, tr("The PostgreSQL URL has an unknown option \"%1\" (known: schema, sslmode, connect_timeout).")
                                .arg(item.first), redacted(text));
                return std::nullopt;
            }
        }
        if (spec.schema.isEmpty()) {
            fail(error, tr("The schema given in the URL is empty."), redacted(text));
            return std::nullopt;
        }
        return spec;
    }
    if (text.contains(QLatin1String("://"))) {
        fail(error, tr("Unknown kind of database URL: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME."),
             redacted(text));
        return std::nullopt;
    }
    // A bare path works for an existing file, so `migration-assistant customer.db` feels natural.
    if (QFileInfo(text).isFile())
        return sqlite(text);
    fail(error, tr("\"%1\" is neither a database URL nor an existing file. Use sqlite:PATH or "
                   "postgresql://USER@HOST:PORT/DBNAME.").arg(redacted(text)));
    return std::nullopt;
}

QString ConnectionSpec::driverName() const
{
    return isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString ConnectionSpec::displayUrl() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("schema"), schema);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    // Fully encoded, so that a name with a space or '&' parses back to the same connection.
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSpec::identity() const
{
    const QByteArray key = isSqlite() ? path.toUtf8()
                                      : QStringLiteral("%1:%2/%3/%4").arg(host).arg(port).arg(database, schema).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}
