// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetTargetExpander.h"

#include "db/DatabaseConnection.h"
#include "run/CancelToken.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>

QString FleetTargetExpander::likePattern(const QString &glob)
{
    QString out;
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            out += QLatin1Char('%');
        else if (c == QLatin1Char('?'))
            out += QLatin1Char('_');
        else if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QList<FleetTarget> FleetTargetExpander::expand(const FleetTargetEntry &entry, const QString &password,
                                               const QString &stage, ErrorInfo *error, CancelToken *cancel)
{
    QList<FleetTarget> out;
    const auto add = [&](ConnectionSpec spec) {
        FleetTarget target;
        if (!spec.isSqlite() && !password.isEmpty())
            spec.password = password;
        target.spec = std::move(spec);
        target.label = entry.label;
        target.stage = stage;
        out.append(target);
    };
    if (!entry.isPattern()) {
        add(entry.spec);
        return out;
    }
    if (entry.spec.isSqlite()) {
        const QFileInfo pattern(entry.spec.path);
        const QDir dir = pattern.absoluteDir();
        // Files only, by name: a lock file or a backup never matches *.db (their names go on).
        const QStringList names = dir.entryList({pattern.fileName()}, QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString &name : names)
            add(ConnectionSpec::sqlite(dir.filePath(name)));
        return out;
    }
    if (entry.spec.schema.contains(QLatin1Char('['))) {
        fail(error, tr("A schema pattern takes * and ?, not [...]: %1").arg(ConnectionSpec::redacted(entry.url)));
        return out;
    }
    // The catalogue of the database itself; pg_catalog always exists to connect into.
    ConnectionSpec catalogue = entry.spec;
    catalogue.schema = QStringLiteral("pg_catalog");
    if (!password.isEmpty())
        catalogue.password = password;
    QStringList schemas;
    {
        if (cancel && cancel->isCancelled())
            return out;
        DatabaseConnection db(catalogue);
        if (!db.open(DatabaseConnection::Mode::ReadOnly, error))
            return out;
        if (cancel)
            cancel->attachHelper(&db);
        const auto detach = qScopeGuard([&] {
            if (cancel)
                cancel->detachHelper(&db);
        });
        QSqlQuery q = db.query();
        const bool ok = db.exec(
            q, QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname LIKE ? ORDER BY nspname COLLATE \"C\""),
            {likePattern(entry.spec.schema)}, error);
        if (cancel && cancel->isCancelled()) {
            if (error)
                *error = ErrorInfo();
            return {};
        }
        if (!ok)
            return out;
        while (q.next())
            schemas << q.value(0).toString();
    }
    for (const QString &schema : std::as_const(schemas)) {
        ConnectionSpec spec = entry.spec;
        spec.schema = schema;
        add(spec);
    }
    return out;
}
