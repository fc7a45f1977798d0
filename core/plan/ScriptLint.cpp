// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/ScriptLint.h"

#include "plan/StatementSplitter.h"

#include <algorithm>

#include <QRegularExpression>

#include <sqlite3.h>

namespace {

// The placeholders the runner fills in (PlanScript, StepExecutor), filled with something that parses.
QString withPlaceholders(QString sql)
{
    static const QRegularExpression chunk(QStringLiteral("\\{\\{chunk(?::[A-Za-z_][A-Za-z0-9_]*)?\\}\\}"));
    sql.replace(chunk, QStringLiteral("(1 = 1)"));
    sql.replace(QLatin1String("{{schema_literal}}"), QLatin1String("'main'"));
    sql.replace(QLatin1String("{{schema}}"), QLatin1String("\"main\""));
    return sql;
}

// SQLite's own parser on an empty database: a syntax error, or nothing (unknown tables and
// functions are for the run to find, with the product's schema).
QString sqliteSyntaxError(sqlite3 *db, const QString &statement)
{
    const QByteArray sql = withPlaceholders(statement).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr);
    sqlite3_finalize(stmt);
    if (rc == SQLITE_OK)
        return {};
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if (message.contains(QLatin1String("syntax error")) || message.contains(QLatin1String("incomplete input"))
        || message.contains(QLatin1String("unrecognized token")))
        return message;
    return {};
}

} // namespace

QList<LintFinding> ScriptLint::check(const QString &script, const QString &driver, qint64 minimumPostgresql,
                                     ScriptTransactionControl::Use use, const QHash<QString, QString> &variables)
{
    const bool sqlite = driver == QLatin1String("sqlite");
    // The very statements the runner sends, and the faults its checks block on.
    const PreparedScript prepared = ScriptTransactionControl::prepare(script, driver, use, variables, minimumPostgresql);
    QList<LintFinding> out = prepared.faults;
    sqlite3 *db = nullptr;
    if (sqlite && sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    if (db)
        for (const StatementSplitter::Piece &statement : prepared.statements)
            if (const QString error = sqliteSyntaxError(db, statement.text); !error.isEmpty())
                out << LintFinding{QString(), statement.line, tr("SQLite cannot parse this statement: %1").arg(error)};
    sqlite3_close(db);
    std::stable_sort(out.begin(), out.end(), [](const LintFinding &x, const LintFinding &y) { return x.line < y.line; });
    return out;
}
