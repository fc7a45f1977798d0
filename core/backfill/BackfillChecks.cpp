// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfill/BackfillChecks.h"

#include "db/DatabaseConnection.h"
#include "crypto/KeyFile.h"
#include "plan/PlanCheck.h"

#include <QSqlQuery>

bool BackfillChecks::handles(const QString &builtin)
{
    return builtin == QLatin1String("non-null-count") || builtin == QLatin1String("key-fingerprint");
}

std::optional<bool> BackfillChecks::columnExists(DatabaseConnection &db, const QString &table, const QString &column,
                                                 ErrorInfo *error)
{
    const QVariant n = db.isSqlite()
        ? db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"), error, {table, column})
        : db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND "
                                   "table_name = ? AND column_name = ?"),
                    error, {db.spec().schema, table, column});
    if (!n.isValid())
        return std::nullopt;
    return n.toLongLong() > 0;
}

std::optional<BackfillChecks::Outcome> BackfillChecks::run(DatabaseConnection &db, const PlanCheck &check,
                                                           const CheckContext &context, ErrorInfo *error)
{
    const QString table = check.parameters.value(QLatin1String("table")).toString();
    const QString column = check.parameters.value(QLatin1String("column")).toString();
    const auto exists = columnExists(db, table, column, error);
    if (!exists)
        return std::nullopt;
    Outcome out;
    const QString t = db.qualified(table);
    const QString c = DatabaseConnection::quoteIdentifier(column);
    if (check.builtin == QLatin1String("non-null-count")) {
        if (*exists) {
            const QVariant n = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(t, c), error);
            if (!n.isValid())
                return std::nullopt;
            out.value = n.toLongLong();
        }
        return out;
    }
    // key-fingerprint
    if (context.keyFile.isEmpty()) {
        out.passed = true;
        out.detail = tr("No key file given: the key is compared with the one used so far when a run gets one");
        return out;
    }
    ErrorInfo keyError;
    const auto key = KeyFile::read(context.keyFile, &keyError);
    if (!key) {
        fail(error, keyError.message);
        return std::nullopt;
    }
    const QString fingerprint = KeyFile::fingerprint(*key);
    if (!*exists) {
        out.detail = tr("Nothing is encrypted yet; the key's fingerprint is %1").arg(fingerprint);
        return out;
    }
    const QVariant n = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %2 <> ?").arg(t, c),
                                 error, {fingerprint});
    if (!n.isValid())
        return std::nullopt;
    out.value = n.toLongLong();
    if (out.value == 0) {
        out.detail = tr("The key file matches: fingerprint %1").arg(fingerprint);
        return out;
    }
    // Fingerprints are not secret (the table holds them); they tell which key the rows need.
    QSqlQuery q = db.query();
    QStringList others;
    if (db.exec(q, QStringLiteral("SELECT DISTINCT %2 FROM %1 WHERE %2 IS NOT NULL AND %2 <> ? ORDER BY 1 LIMIT 3")
                       .arg(t, c),
                {fingerprint}, nullptr))
        while (q.next())
            others << q.value(0).toString();
    out.detail = tr("%n row(s) were encrypted with another key (fingerprint %1), not with this key file (%2)",
                    nullptr, int(out.value))
                     .arg(others.join(QStringLiteral(", ")), fingerprint);
    return out;
}
