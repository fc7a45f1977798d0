// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/ScriptLint.h"

#include "plan/StatementSplitter.h"

#include <QRegularExpression>

#include <sqlite3.h>

namespace {

struct Rule
{
    QRegularExpression pattern; // on the statement, simplified and upper case
    QString what;               // the statement's kind, as people write it
};


const QList<Rule> &postgresqlRules()
{
    static const QList<Rule> rules{
        {QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX CONCURRENTLY\\b")), QStringLiteral("CREATE INDEX CONCURRENTLY")},
        {QRegularExpression(QStringLiteral("^DROP INDEX CONCURRENTLY\\b")), QStringLiteral("DROP INDEX CONCURRENTLY")},
        {QRegularExpression(QStringLiteral("^REINDEX\\b.*\\bCONCURRENTLY\\b")), QStringLiteral("REINDEX CONCURRENTLY")},
        {QRegularExpression(QStringLiteral("^VACUUM\\b")), QStringLiteral("VACUUM")},
        {QRegularExpression(QStringLiteral("^ALTER SYSTEM\\b")), QStringLiteral("ALTER SYSTEM")},
        {QRegularExpression(QStringLiteral("^(CREATE|DROP) DATABASE\\b")), QStringLiteral("CREATE/DROP DATABASE")},
        {QRegularExpression(QStringLiteral("^(CREATE|DROP) TABLESPACE\\b")), QStringLiteral("CREATE/DROP TABLESPACE")},
        {QRegularExpression(QStringLiteral("^ALTER DATABASE\\b.*\\bSET TABLESPACE\\b")), QStringLiteral("ALTER DATABASE … SET TABLESPACE")},
        {QRegularExpression(QStringLiteral("^(CREATE|DROP) SUBSCRIPTION\\b")), QStringLiteral("CREATE/DROP SUBSCRIPTION")},
    };
    return rules;
}

const QList<Rule> &sqliteRules()
{
    static const QList<Rule> rules{
        {QRegularExpression(QStringLiteral("^VACUUM\\b")), QStringLiteral("VACUUM")},
        {QRegularExpression(QStringLiteral("^ATTACH\\b")), QStringLiteral("ATTACH")},
        {QRegularExpression(QStringLiteral("^DETACH\\b")), QStringLiteral("DETACH")},
    };
    return rules;
}

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

QList<LintFinding> ScriptLint::check(const QString &script, const QString &driver, qint64 minimumPostgresql)
{
    QList<LintFinding> out;
    const bool sqlite = driver == QLatin1String("sqlite");
    const QStringList statements =
        StatementSplitter::split(script, sqlite ? StatementSplitter::Dialect::Sqlite : StatementSplitter::Dialect::Postgresql);
    sqlite3 *db = nullptr;
    if (sqlite && sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    static const QRegularExpression transactionControl(
        QStringLiteral("^(BEGIN|START TRANSACTION|COMMIT|END|ABORT|ROLLBACK(?!( TRANSACTION| WORK)? TO\\b))\\b"));
    static const QRegularExpression addValue(QStringLiteral("^ALTER TYPE\\b.*\\bADD VALUE\\b"));
    qsizetype cursor = 0;
    for (const QString &statement : statements) {
        const qsizetype at = script.indexOf(statement, cursor);
        if (at >= 0)
            cursor = at + statement.size();
        const int line = int(script.left(at >= 0 ? at : cursor).count(QLatin1Char('\n'))) + 1;
        const QString head = statement.simplified().toUpper();
        auto add = [&](const QString &message) { out << LintFinding{QString(), line, message}; };
        if (const auto m = transactionControl.match(head); m.hasMatch())
            add(tr("%1 in a plan's SQL: the assistant owns the transaction (it begins, commits and rolls back "
                   "every run); remove it").arg(m.captured(1)));
        for (const Rule &rule : sqlite ? sqliteRules() : postgresqlRules())
            if (rule.pattern.match(head).hasMatch())
                add(tr("%1 cannot run inside a transaction on %2, and every step of a plan runs inside the run's "
                       "transaction").arg(rule.what, sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
        if (!sqlite && addValue.match(head).hasMatch() && minimumPostgresql < 120000)
            add(tr("ALTER TYPE … ADD VALUE cannot run inside a transaction before PostgreSQL 12: set "
                   "minimum_server_version.postgresql to 120000 or more (the new value is usable only after the commit)"));
        if (db)
            if (const QString error = sqliteSyntaxError(db, statement); !error.isEmpty())
                add(tr("SQLite cannot parse this statement: %1").arg(error));
    }
    sqlite3_close(db);
    return out;
}
