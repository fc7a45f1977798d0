// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/PostgresSessions.h"

#include "db/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// One select list for every question, so each answer reads the same way.
const char *const sessionColumns =
    "SELECT DISTINCT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'), "
    "coalesce(a.usename::text, ''), coalesce(a.state, ''), "
    "extract(epoch FROM coalesce(a.xact_start, a.backend_start))::float8 ";

std::optional<QList<ServerSession>> select(DatabaseConnection &db, const QString &sql, const QVariantList &values,
                                           ErrorInfo *error)
{
    QSqlQuery q = db.query();
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!ok || !q.exec()) {
        if (error)
            *error = db.describe(q.lastError(), PostgresSessions::tr("Listing the other sessions"), sql);
        return std::nullopt;
    }
    QList<ServerSession> sessions;
    while (q.next()) {
        ServerSession s;
        s.pid = q.value(0).toLongLong();
        s.application = q.value(1).toString();
        s.client = q.value(2).toString();
        s.user = q.value(3).toString();
        s.state = q.value(4).toString();
        s.since = QDateTime::fromMSecsSinceEpoch(qint64(q.value(5).toDouble() * 1000.0), Qt::UTC);
        sessions << s;
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const ServerSession &a, const ServerSession &b) { return a.since < b.since; });
    return sessions;
}

} // namespace

std::optional<QList<ServerSession>> PostgresSessions::connectedToDatabase(DatabaseConnection &db, ErrorInfo *error)
{
    return select(db,
                  QLatin1String(sessionColumns)
                      + QStringLiteral("FROM pg_stat_activity a WHERE a.datname = current_database() "
                                       "AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend' "
                                       // the run's own second session (the parallel snapshot) is not "another"
                                       "AND a.application_name IS DISTINCT FROM current_setting('application_name')"),
                  {}, error);
}

std::optional<QList<ServerSession>> PostgresSessions::holdingTables(DatabaseConnection &db, const QStringList &tables,
                                                                    ErrorInfo *error)
{
    if (tables.isEmpty())
        return QList<ServerSession>{};
    QStringList marks;
    QVariantList values{db.spec().schema};
    for (const QString &t : tables) {
        marks << QStringLiteral("?");
        values << t;
    }
    return select(db,
                  QLatin1String(sessionColumns)
                      + QStringLiteral("FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                       "WHERE l.granted AND l.pid <> pg_backend_pid() AND l.relation IN ("
                                       "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = ? AND c.relname IN (%1))")
                            .arg(marks.join(QStringLiteral(", "))),
                  values, error);
}

std::optional<QList<ServerSession>> PostgresSessions::holdingAdvisoryLock(DatabaseConnection &db, qint64 key,
                                                                          ErrorInfo *error)
{
    // A bigint key shows as its high half in classid and its low half in objid (objsubid 1).
    return select(db,
                  QLatin1String(sessionColumns)
                      + QStringLiteral("FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                       "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                                       "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                                       "AND ((l.classid::int8 << 32) | l.objid::int8) = ?"),
                  {key}, error);
}

QString PostgresSessions::describe(const QList<ServerSession> &sessions, int limit)
{
    QStringList parts;
    for (qsizetype i = 0; i < sessions.size() && i < limit; ++i)
        parts << sessions.at(i).describe();
    if (sessions.size() > limit)
        parts << tr("and %n more", nullptr, int(sessions.size() - limit));
    return parts.join(QStringLiteral("; "));
}
